import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { MoneyValue } from '../../i18n/format';
import type { MessageId } from '../../i18n/messages';
import { useFormat, useT } from '../../i18n/use-t';

export interface FundFiguresValue {
  currency: string;
  pledged: MoneyValue;
  received: MoneyValue;
  committed: MoneyValue;
  disbursed: MoneyValue;
  cashOnHand: MoneyValue;
  availableToCommit: MoneyValue;
}

const FIGURES: { key: keyof Omit<FundFiguresValue, 'currency'>; label: MessageId; hint: MessageId }[] = [
  { key: 'received', label: 'funds.figure.received', hint: 'funds.figure.receivedHint' },
  { key: 'committed', label: 'funds.figure.committed', hint: 'funds.figure.committedHint' },
  { key: 'disbursed', label: 'funds.figure.disbursed', hint: 'funds.figure.disbursedHint' },
  { key: 'cashOnHand', label: 'funds.figure.cashOnHand', hint: 'funds.figure.cashOnHandHint' },
  { key: 'availableToCommit', label: 'funds.figure.available', hint: 'funds.figure.availableHint' },
  { key: 'pledged', label: 'funds.figure.pledged', hint: 'funds.figure.pledgedHint' },
];

/**
 * The fund's balances in one currency, as a description list: each figure is read out with its
 * name and what it means, and the cards wrap to one column on a phone.
 */
export function FundFigures({ totals, testId }: { totals: FundFiguresValue; testId?: string }) {
  const t = useT();
  const format = useFormat();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" component="dl" m={0} data-testid={testId}>
      {FIGURES.map((figure) => (
        <Paper key={figure.key} withBorder p="sm" radius="md" data-testid={`figure-${figure.key}`}>
          <Text component="dt" size="sm" fw={600}>
            {t(figure.label)}
          </Text>
          <Text component="dd" m={0} fz="xl" fw={700}>
            {format.money(totals[figure.key])}
          </Text>
          <Text component="dd" m={0} size="xs" c="dimmed">
            {t(figure.hint)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
