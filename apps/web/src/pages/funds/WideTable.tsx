import { Box, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './wide-table.module.css';

/**
 * A table of figures that may be wider than a phone: it scrolls inside its own box, which can
 * take focus (so arrow keys scroll it) and is named, instead of widening the whole page; its first
 * column (the row's name) stays fixed while the figures scroll.
 * The box is a named group, not a region: the section around it is the landmark, often with the
 * same name, and two landmarks of one name (or one per ledger transaction) are noise to a screen
 * reader's list of landmarks (axe: landmark-unique).
 */
export function WideTable({
  label,
  children,
  testId,
  minWidth = 560,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
  /** Below this width (px) the table scrolls; a narrow table of three columns may fit a phone. */
  minWidth?: number;
}) {
  return (
    <Box
      role="group"
      aria-label={label}
      tabIndex={0}
      // relative: visually hidden headers (absolutely positioned) stay inside the scrolling box.
      style={{ overflowX: 'auto', maxWidth: '100%', position: 'relative' }}
      data-testid={testId}
    >
      <Table
        verticalSpacing="xs"
        striped
        miw={minWidth}
        className={classes.table}
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {children}
      </Table>
    </Box>
  );
}

/** A right-aligned cell for an amount, so digits line up. */
export function AmountCell({ children }: { children: ReactNode }) {
  return (
    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
      {children}
    </Table.Td>
  );
}

export function AmountHeader({ children }: { children: ReactNode }) {
  return (
    <Table.Th scope="col" ta="right">
      {children}
    </Table.Th>
  );
}
