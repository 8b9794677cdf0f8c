import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A table that may be wider than a 360 px phone scrolls inside this region, which keyboards can
 * reach (focusable, named) so its hidden columns are not out of reach.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }}>
      {children}
    </Box>
  );
}
