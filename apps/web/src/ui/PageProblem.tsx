import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Problem } from '../graphql/problem';
import type { MessageId } from '../i18n/messages';
import { ProblemAlert } from './states';

/**
 * A page whose record could not be shown (not found, not yours, or the network): it keeps its
 * heading, so the page still has an h1 a screen reader can jump to and say what page this is
 * (axe: page-has-heading-one), and the alert below says what went wrong.
 */
export function PageProblem({
  title,
  error,
  specific,
  onRetry,
  children,
}: {
  title: string;
  error: unknown;
  specific?: Partial<Record<Problem['code'], MessageId>>;
  onRetry?: () => void;
  /** A way on from here (back to a list). */
  children?: ReactNode;
}) {
  return (
    <Stack gap="md" align="flex-start">
      <Title order={1}>{title}</Title>
      <ProblemAlert error={error} specific={specific} onRetry={onRetry} />
      {children}
    </Stack>
  );
}
