import { useQuery } from '@apollo/client/react';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { useFormat, useT } from '../../i18n/use-t';
import { EmptyState, LoadingState, ProblemAlert } from '../../ui/states';
import { usePageTitle } from '../../ui/use-page-title';
import { OutcomeSummaryQuery } from './operations';
import { OutcomesRollup } from './OutcomesRollup';

/** The leadership's summary: what accepted reports add up to, overall and per funder. */
export function OutcomesPage() {
  const t = useT();
  const format = useFormat();
  const { collaborativeId = '' } = useParams();
  usePageTitle(t('reports.outcomes.title'));
  const { data, loading, error, refetch } = useQuery(OutcomeSummaryQuery, { variables: { collaborativeId } });
  const list = (amounts: readonly { cents: string; currency: string }[]) =>
    amounts.length === 0
      ? format.money({ cents: '0', currency: 'USD' })
      : amounts.map((m) => format.money(m)).join(', ');

  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Title order={1}>{t('reports.outcomes.title')}</Title>
        <Text>{t('reports.outcomes.intro')}</Text>
      </Stack>
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      ) : data ? (
        <>
          <OutcomesRollup outcomes={data.outcomeRollup.metrics} />
          <Stack gap="md" component="section" aria-labelledby="outcomes-by-funder">
            <Title order={2} id="outcomes-by-funder">
              {t('reports.outcomes.byFunder')}
            </Title>
            <Text size="sm" data-testid="whole-people-rule">
              {t('reports.outcomes.wholePeople')}
            </Text>
            {data.funderOutcomes.length === 0 ? (
              <EmptyState>{t('reports.outcomes.noFunders')}</EmptyState>
            ) : (
              data.funderOutcomes.map((funder) => (
                <Paper
                  key={funder.funderOrganizationId}
                  withBorder
                  p="md"
                  radius="md"
                  component="section"
                  aria-label={funder.funderName}
                >
                  <Title order={3} size="h4">
                    {funder.funderName}
                  </Title>
                  <Text size="sm" mb="sm">
                    {t('reports.outcomes.funderSummary', {
                      grants: funder.grantCount,
                      committed: list(funder.committed),
                      disbursed: list(funder.disbursed),
                    })}
                  </Text>
                  <OutcomesRollup outcomes={funder.metrics} caption={funder.funderName} />
                </Paper>
              ))
            )}
          </Stack>
        </>
      ) : null}
    </Stack>
  );
}
