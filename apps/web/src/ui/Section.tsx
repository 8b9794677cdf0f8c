import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled part of a page: a landmark a screen reader can list and jump to by its heading. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={2} id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}
