import { useQuery } from '@apollo/client/react';
import { subject } from '@casl/ability';
import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { BudgetOverviewQuery as BudgetData } from '../../../graphql/generated/graphql';
import { useFormat, useT } from '../../../i18n/use-t';
import { Can } from '../../../session/ability';
import { Section } from '../../../ui/Section';
import { EmptyState, LoadingState, ProblemAlert } from '../../../ui/states';
import { usePageTitle } from '../../../ui/use-page-title';
import { ChartFigure, chartDollars, MoneyBarChart } from '../charts';
import { FundFigures } from '../FundFigures';
import { FunderLine } from '../funders/StreamTerms';
import { AmountCell, AmountHeader, WideTable } from '../WideTable';
import { BudgetOverviewQuery } from './operations';

type Overview = BudgetData['budgetOverview'];

/** The leadership's view of the fund: totals, each stream, each grant, with charts and tables. */
export function BudgetPage() {
  const t = useT();
  usePageTitle(t('funds.budget.title'));
  const { collaborativeId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(BudgetOverviewQuery, {
    variables: { collaborativeId },
    fetchPolicy: 'cache-and-network',
  });
  const overview = data?.budgetOverview;

  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Title order={1}>{t('funds.budget.title')}</Title>
        <Can I="export" this={subject('FundingStream', { collaborativeId })}>
          <Group gap="xs" wrap="wrap">
            <Button
              component="a"
              variant="default"
              href={`/api/collaboratives/${collaborativeId}/funds/budget.csv`}
              download
            >
              {t('funds.export.budget')}
            </Button>
            <Button
              component="a"
              variant="default"
              href={`/api/collaboratives/${collaborativeId}/funds/ledger.csv`}
              download
            >
              {t('funds.export.ledger')}
            </Button>
          </Group>
        </Can>
      </Group>
      {loading && !overview ? (
        <LoadingState label={t('funds.budget.loading')} />
      ) : error && !overview ? (
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      ) : !overview || overview.fund.length === 0 ? (
        <EmptyState
          action={
            <Can I="create" this={subject('FundingStream', { collaborativeId })}>
              <Anchor component={Link} to={`/collaboratives/${collaborativeId}/funds/contributions`}>
                {t('funds.budget.addStream')}
              </Anchor>
            </Can>
          }
        >
          {t('funds.budget.empty')}
        </EmptyState>
      ) : (
        <>
          <Section id="fund-totals" title={t('funds.budget.totals')}>
            {overview.fund.map((totals) => (
              <FundFigures key={totals.currency} totals={totals} testId="budget-totals" />
            ))}
          </Section>
          <StreamsSection streams={overview.streams} collaborativeId={collaborativeId} />
          <GrantsSection grants={overview.grants} collaborativeId={collaborativeId} />
        </>
      )}
    </Stack>
  );
}

function StreamsSection({
  streams,
  collaborativeId,
}: {
  streams: Overview['streams'];
  collaborativeId: string;
}) {
  const t = useT();
  const format = useFormat();
  const currency = streams[0]?.received.currency ?? 'USD';
  return (
    <Section id="streams" title={t('funds.budget.streams')}>
      {streams.length === 0 ? (
        <EmptyState>{t('funds.budget.noStreams')}</EmptyState>
      ) : (
        <ChartFigure
          caption={t('funds.budget.streamsChart')}
          chart={
            <MoneyBarChart
              currency={currency}
              dataKey="stream"
              data={streams.map((row) => ({
                stream: row.fundingStream.name,
                received: chartDollars(row.received),
                committed: chartDollars(row.committed),
                disbursed: chartDollars(row.disbursed),
              }))}
              series={[
                { name: 'received', label: t('funds.figure.received'), color: 'teal.7' },
                { name: 'committed', label: t('funds.figure.committed'), color: 'indigo.6' },
                { name: 'disbursed', label: t('funds.figure.disbursed'), color: 'orange.7' },
              ]}
            />
          }
          table={
            <WideTable label={t('funds.budget.streamsTable')} testId="streams-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('funds.stream.name')}</Table.Th>
                  <AmountHeader>{t('funds.figure.received')}</AmountHeader>
                  <AmountHeader>{t('funds.figure.committed')}</AmountHeader>
                  <AmountHeader>{t('funds.figure.disbursed')}</AmountHeader>
                  <AmountHeader>{t('funds.figure.cashOnHand')}</AmountHeader>
                  <AmountHeader>{t('funds.figure.available')}</AmountHeader>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {streams.map((row) => (
                  <Table.Tr key={row.fundingStream.id}>
                    <Table.Th scope="row" fw={500}>
                      <Text fw={600} size="sm">
                        {row.fundingStream.name}
                      </Text>
                      <Text size="xs">
                        {t(`funds.kind.${row.fundingStream.kind}`)} ·{' '}
                        {row.fundingStream.restricted
                          ? t('funds.stream.restrictedTo', {
                              purposes: row.fundingStream.allowedPurposes.join(', ') || '—',
                            })
                          : t('funds.stream.unrestricted')}
                      </Text>
                      {row.fundingStream.funder && (
                        <FunderLine collaborativeId={collaborativeId} funder={row.fundingStream.funder} />
                      )}
                    </Table.Th>
                    <AmountCell>{format.money(row.received)}</AmountCell>
                    <AmountCell>{format.money(row.committed)}</AmountCell>
                    <AmountCell>{format.money(row.disbursed)}</AmountCell>
                    <AmountCell>{format.money(row.cashOnHand)}</AmountCell>
                    <AmountCell>{format.money(row.availableToCommit)}</AmountCell>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </WideTable>
          }
        />
      )}
    </Section>
  );
}

function GrantsSection({ grants, collaborativeId }: { grants: Overview['grants']; collaborativeId: string }) {
  const t = useT();
  const format = useFormat();
  const currency = grants[0]?.awarded.currency ?? 'USD';
  return (
    <Section id="grants" title={t('funds.budget.grants')}>
      {grants.length === 0 ? (
        <EmptyState>{t('funds.grants.empty')}</EmptyState>
      ) : (
        <ChartFigure
          caption={t('funds.budget.grantsChart')}
          chart={
            <MoneyBarChart
              currency={currency}
              dataKey="grant"
              data={grants.map((row) => ({
                grant: row.grant.recipient?.name ?? row.grant.title,
                disbursed: chartDollars(row.disbursed),
                remaining: chartDollars(row.remaining),
              }))}
              series={[
                { name: 'disbursed', label: t('funds.figure.disbursed'), color: 'orange.7' },
                { name: 'remaining', label: t('funds.figure.remaining'), color: 'indigo.6' },
              ]}
            />
          }
          table={
            <WideTable label={t('funds.budget.grantsTable')} testId="grants-budget-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('funds.grant.title')}</Table.Th>
                  <AmountHeader>{t('funds.figure.awarded')}</AmountHeader>
                  <AmountHeader>{t('funds.figure.disbursed')}</AmountHeader>
                  <AmountHeader>{t('funds.figure.remaining')}</AmountHeader>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {grants.map((row) => (
                  <Table.Tr key={row.grant.id}>
                    <Table.Th scope="row" fw={500}>
                      <Anchor
                        component={Link}
                        to={`/collaboratives/${collaborativeId}/funds/grants/${row.grant.id}`}
                        size="sm"
                        fw={600}
                      >
                        {row.grant.title}
                      </Anchor>
                      <Text size="xs">
                        {row.grant.recipient?.name ?? '—'} · {row.grant.purpose}
                      </Text>
                    </Table.Th>
                    <AmountCell>{format.money(row.awarded)}</AmountCell>
                    <AmountCell>{format.money(row.disbursed)}</AmountCell>
                    <AmountCell>{format.money(row.remaining)}</AmountCell>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </WideTable>
          }
        />
      )}
    </Section>
  );
}
