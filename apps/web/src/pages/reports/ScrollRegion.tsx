import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A table that may be wider than a 360 px phone scrolls inside this box, which keyboards can
 * reach (focusable, named) so its hidden columns are not out of reach. A named group rather than a
 * region, as WideTable: the section around it is the landmark.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box role="group" aria-label={label} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }}>
      {children}
    </Box>
  );
}
