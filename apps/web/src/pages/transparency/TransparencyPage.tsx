import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Box, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { TransparencyQuery as TransparencyData } from '../../graphql/generated/graphql';
import type { MoneyValue } from '../../i18n/format';
import type { MessageId } from '../../i18n/messages';
import { useFormat, useT } from '../../i18n/use-t';
import { Section } from '../../ui/Section';
import { EmptyState, LoadingState, ProblemAlert } from '../../ui/states';
import { PageProblem } from '../../ui/PageProblem';
import { usePageTitle } from '../../ui/use-page-title';
import { CHART_COLORS, ChartFigure, chartDollars, MoneyBarChart, MoneyDonutChart } from '../funds/charts';
import { AmountCell, AmountHeader, WideTable } from '../funds/WideTable';
import { OutcomesRollup } from '../reports/OutcomesRollup';
import { PublicOutcomesQuery, TransparencyQuery } from './operations';

type View = TransparencyData['transparency'];

/**
 * What a collaborative publishes, for anyone and without signing in: the decisions its leadership
 * team took, where the Wellness Fund's money came from and where it went. The API's read model
 * carries no personal data, so nothing here can show any.
 * The outcomes reported by funded partners are summed per metric by the API (publicOutcomes), so
 * no organization or report can be told apart either.
 */
export function TransparencyPage() {
  const t = useT();
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(TransparencyQuery, { variables: { slug } });
  const view = data?.transparency;
  usePageTitle(
    view ? t('public.page.title', { name: view.collaborative.name }) : t('public.directory.title'),
  );

  if (loading && !view) return <LoadingState label={t('public.page.loading')} />;
  if (error || !view) {
    return (
      <PageProblem
        title={t('public.directory.title')}
        error={error}
        specific={{ NOT_FOUND: 'public.page.notFound', BAD_USER_INPUT: 'public.page.notFound' }}
        onRetry={() => void refetch()}
      >
        <Anchor component={Link} to="/public">
          {t('public.page.allCollaboratives')}
        </Anchor>
      </PageProblem>
    );
  }

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Text size="sm" fw={600} c="dimmed">
          {t('public.page.kicker')}
        </Text>
        <Title order={1}>{view.collaborative.name}</Title>
        {view.collaborative.region && <Text>{view.collaborative.region}</Text>}
        {view.collaborative.description && <Text>{view.collaborative.description}</Text>}
      </Stack>
      <Totals view={view} />
      <Received view={view} />
      <Spent view={view} />
      <Decisions view={view} />
      <Outcomes slug={slug} />
    </Stack>
  );
}

const FIGURES: { key: 'received' | 'committed' | 'disbursed' | 'cashOnHand'; label: MessageId }[] = [
  { key: 'received', label: 'public.figure.received' },
  { key: 'committed', label: 'public.figure.committed' },
  { key: 'disbursed', label: 'public.figure.disbursed' },
  { key: 'cashOnHand', label: 'public.figure.cashOnHand' },
];

function Totals({ view }: { view: View }) {
  const t = useT();
  const format = useFormat();
  return (
    <Section id="public-fund" title={t('public.fund.title')}>
      {view.totals.length === 0 ? (
        <EmptyState>{t('public.fund.empty')}</EmptyState>
      ) : (
        view.totals.map((totals) => (
          <SimpleGrid
            key={totals.currency}
            cols={{ base: 1, xs: 2, md: 4 }}
            spacing="sm"
            component="dl"
            m={0}
            data-testid="public-totals"
          >
            {FIGURES.map((figure) => (
              <Paper key={figure.key} withBorder p="sm" radius="md" data-testid={`public-${figure.key}`}>
                <Text component="dt" size="sm" fw={600}>
                  {t(figure.label)}
                </Text>
                <Text component="dd" m={0} fz="xl" fw={700}>
                  {format.money(totals[figure.key])}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
        ))
      )}
    </Section>
  );
}

function Received({ view }: { view: View }) {
  const t = useT();
  const format = useFormat();
  const rows = view.receivedByStreamKind;
  return (
    <Section id="public-received" title={t('public.received.title')}>
      {rows.length === 0 ? (
        <EmptyState>{t('public.received.empty')}</EmptyState>
      ) : (
        <ChartFigure
          caption={t('public.received.chart')}
          chart={
            <Group justify="center">
              <MoneyDonutChart
                data={rows.map((row, i) => ({
                  name: t(`funds.kind.${row.kind}`),
                  value: chartDollars(row.received),
                  color: CHART_COLORS[i % CHART_COLORS.length] ?? 'gray.6',
                }))}
              />
            </Group>
          }
          table={
            <WideTable label={t('public.received.table')} testId="public-received-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('public.received.kind')}</Table.Th>
                  <Table.Th scope="col">{t('public.received.streams')}</Table.Th>
                  <AmountHeader>{t('public.figure.pledged')}</AmountHeader>
                  <AmountHeader>{t('public.figure.received')}</AmountHeader>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row, i) => (
                  <Table.Tr key={`${row.kind}-${row.received.currency}`}>
                    <Table.Th scope="row" fw={500}>
                      <Group gap="xs" wrap="nowrap">
                        <Swatch color={CHART_COLORS[i % CHART_COLORS.length] ?? 'gray.6'} />
                        {t(`funds.kind.${row.kind}`)}
                      </Group>
                    </Table.Th>
                    <Table.Td>{format.number(row.streamCount)}</Table.Td>
                    <AmountCell>{format.money(row.pledged)}</AmountCell>
                    <AmountCell>{format.money(row.received)}</AmountCell>
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

/** The legend's colour beside a table row, so the donut can be read against the table. */
function Swatch({ color }: { color: string }) {
  const [name, shade] = color.split('.');
  return (
    <Box
      aria-hidden="true"
      w={12}
      h={12}
      style={{ borderRadius: 3, flex: 'none', background: `var(--mantine-color-${name}-${shade})` }}
    />
  );
}

function Spent({ view }: { view: View }) {
  const t = useT();
  const format = useFormat();
  const purposes = view.grantsByPurpose;
  const currency = purposes[0]?.committed.currency ?? 'USD';
  const row = (committed: MoneyValue, disbursed: MoneyValue) => (
    <>
      <AmountCell>{format.money(committed)}</AmountCell>
      <AmountCell>{format.money(disbursed)}</AmountCell>
    </>
  );
  return (
    <>
      <Section id="public-purposes" title={t('public.purposes.title')}>
        {purposes.length === 0 ? (
          <EmptyState>{t('public.purposes.empty')}</EmptyState>
        ) : (
          <ChartFigure
            caption={t('public.purposes.chart')}
            chart={
              <MoneyBarChart
                currency={currency}
                dataKey="purpose"
                data={purposes.map((purpose) => ({
                  purpose: purpose.purpose,
                  committed: chartDollars(purpose.committed),
                  disbursed: chartDollars(purpose.disbursed),
                }))}
                series={[
                  { name: 'committed', label: t('public.figure.committed'), color: 'indigo.6' },
                  { name: 'disbursed', label: t('public.figure.disbursed'), color: 'orange.7' },
                ]}
              />
            }
            table={
              <WideTable label={t('public.purposes.table')} testId="public-purposes-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('public.purposes.purpose')}</Table.Th>
                    <Table.Th scope="col">{t('public.purposes.grants')}</Table.Th>
                    <AmountHeader>{t('public.figure.committed')}</AmountHeader>
                    <AmountHeader>{t('public.figure.disbursed')}</AmountHeader>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {purposes.map((purpose) => (
                    <Table.Tr key={`${purpose.purpose}-${purpose.committed.currency}`}>
                      <Table.Th scope="row" fw={500}>
                        {purpose.purpose}
                      </Table.Th>
                      <Table.Td>{format.number(purpose.grantCount)}</Table.Td>
                      {row(purpose.committed, purpose.disbursed)}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </WideTable>
            }
          />
        )}
      </Section>
      <Section id="public-recipients" title={t('public.recipients.title')}>
        {view.grantsByRecipient.length === 0 ? (
          <EmptyState>{t('public.purposes.empty')}</EmptyState>
        ) : (
          <WideTable label={t('public.recipients.table')} testId="public-recipients-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('public.recipients.organization')}</Table.Th>
                <Table.Th scope="col">{t('public.purposes.grants')}</Table.Th>
                <AmountHeader>{t('public.figure.committed')}</AmountHeader>
                <AmountHeader>{t('public.figure.disbursed')}</AmountHeader>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.grantsByRecipient.map((recipient) => (
                <Table.Tr key={`${recipient.organizationName}-${recipient.committed.currency}`}>
                  <Table.Th scope="row" fw={500}>
                    {recipient.organizationName}
                  </Table.Th>
                  <Table.Td>{format.number(recipient.grantCount)}</Table.Td>
                  {row(recipient.committed, recipient.disbursed)}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </WideTable>
        )}
      </Section>
    </>
  );
}

const OUTCOME_COLOR = { PASSED: 'green', FAILED: 'red', NO_QUORUM: 'gray' } as const;

function Decisions({ view }: { view: View }) {
  const t = useT();
  const format = useFormat();
  return (
    <Section id="public-decisions" title={t('public.decisions.title')}>
      {view.decisions.length === 0 ? (
        <EmptyState>{t('public.decisions.empty')}</EmptyState>
      ) : (
        <Stack
          gap="sm"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          data-testid="public-decisions"
        >
          {view.decisions.map((decision) => (
            <Paper key={decision.motionId} component="li" withBorder p="md" radius="md">
              <Stack gap={6}>
                <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
                  <Title order={3} fz="md">
                    {decision.title}
                  </Title>
                  <Badge color={OUTCOME_COLOR[decision.outcome]} variant="light" tt="none" size="lg">
                    {t(`public.outcome.${decision.outcome}`)}
                  </Badge>
                </Group>
                <Text size="sm">
                  {t('public.decisions.decidedOn', {
                    date: format.date(decision.decidedAt),
                    kind: t(`public.motionKind.${decision.kind}`),
                  })}
                </Text>
                <Text size="sm" fw={600}>
                  {t('public.decisions.tally', {
                    yes: decision.yes,
                    no: decision.no,
                    abstain: decision.abstain,
                    recused: decision.recused,
                  })}
                </Text>
                {decision.secret ? (
                  <Text size="sm">{t('public.decisions.secret')}</Text>
                ) : (
                  decision.votes.length > 0 && (
                    <details>
                      <summary>{t('public.decisions.votes', { count: decision.votes.length })}</summary>
                      <Table mt="xs" verticalSpacing={4}>
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th scope="col">{t('public.decisions.seat')}</Table.Th>
                            <Table.Th scope="col">{t('public.decisions.vote')}</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {decision.votes.map((vote) => (
                            <Table.Tr key={`${vote.seatName}-${vote.choice}`}>
                              <Table.Th scope="row" fw={500}>
                                {vote.seatName}
                              </Table.Th>
                              <Table.Td>{t(`public.choice.${vote.choice}`)}</Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </details>
                  )
                )}
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
    </Section>
  );
}

/** Its own query, so a failure here leaves the rest of the page readable. */
function Outcomes({ slug }: { slug: string }) {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(PublicOutcomesQuery, { variables: { slug } });
  return (
    <Section id="public-outcomes" title={t('public.outcomes.title')}>
      <Text>{t('public.outcomes.explain')}</Text>
      {loading && !data ? (
        <LoadingState />
      ) : error ? (
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      ) : (
        <OutcomesRollup outcomes={data?.publicOutcomes ?? []} caption={t('public.outcomes.title')} />
      )}
    </Section>
  );
}
