import { useQuery } from '@apollo/client/react';
import { subject } from '@casl/ability';
import { Anchor, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../i18n/use-t';
import { Can } from '../../session/ability';
import { Section } from '../../ui/Section';
import { EmptyState, LoadingState, ProblemAlert } from '../../ui/states';
import { FundFigures } from './FundFigures';
import { FundSummaryQuery } from './operations';

/**
 * The Wellness Fund's balances on the collaborative's overview. Totals only (fundSummary), which
 * every member may read; the budget behind them is linked for those who may read the streams.
 */
export function FundBalances({ collaborativeId }: { collaborativeId: string }) {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(FundSummaryQuery, {
    variables: { collaborativeId },
    fetchPolicy: 'cache-and-network',
  });
  const totals = data?.fundSummary.totals;
  return (
    <Section id="fund-balances" title={t('funds.balances.title')}>
      {loading && !totals ? (
        <LoadingState label={t('funds.balances.loading')} />
      ) : error && !totals ? (
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      ) : !totals || totals.length === 0 ? (
        <EmptyState>{t('funds.balances.empty')}</EmptyState>
      ) : (
        <Stack gap="sm">
          {totals.map((currencyTotals) => (
            <FundFigures key={currencyTotals.currency} totals={currencyTotals} testId="fund-balances" />
          ))}
          <Can I="read" this={subject('FundingStream', { collaborativeId })}>
            <Anchor component={Link} to={`/collaboratives/${collaborativeId}/funds`}>
              {t('funds.balances.seeBudget')}
            </Anchor>
          </Can>
        </Stack>
      )}
    </Section>
  );
}
