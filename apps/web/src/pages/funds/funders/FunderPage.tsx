import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { FunderTraceabilityQuery as FunderData } from '../../../graphql/generated/graphql';
import { useFormat, useT } from '../../../i18n/use-t';
import { Section } from '../../../ui/Section';
import { EmptyState, LoadingState } from '../../../ui/states';
import { PageProblem } from '../../../ui/PageProblem';
import { usePageTitle } from '../../../ui/use-page-title';
import { FundFigures } from '../FundFigures';
import { AmountCell, AmountHeader, WideTable } from '../WideTable';
import { FunderTraceabilityQuery } from './operations';
import { StreamTerms } from './StreamTerms';

type Traceability = FunderData['funderTraceability'];

/** Where one funder's money went: each of its streams' balances, then every grant it paid for. */
export function FunderPage() {
  const t = useT();
  const { collaborativeId = '', organizationId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(FunderTraceabilityQuery, {
    variables: { organizationId },
    fetchPolicy: 'cache-and-network',
  });
  const trace = data?.funderTraceability;
  usePageTitle(trace?.funder.name ?? t('funds.funder.title'));

  const back = (
    <Anchor component={Link} to={`/collaboratives/${collaborativeId}/funds`}>
      {t('funds.funder.back')}
    </Anchor>
  );
  if (loading && !trace) return <LoadingState label={t('funds.funder.loading')} />;
  if (error || !trace) {
    return (
      <Stack gap="md" align="flex-start">
        {back}
        <PageProblem
          title={t('funds.funder.title')}
          error={error}
          specific={{ NOT_FOUND: 'funds.funder.notFound', BAD_USER_INPUT: 'funds.funder.notFound' }}
          onRetry={() => void refetch()}
        />
      </Stack>
    );
  }

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        {back}
        <Title order={1}>{trace.funder.name}</Title>
        <Text>{t('funds.funder.intro')}</Text>
      </Stack>
      <Streams streams={trace.streams} />
      <Grants grants={trace.grants} collaborativeId={collaborativeId} />
    </Stack>
  );
}

function Streams({ streams }: { streams: Traceability['streams'] }) {
  const t = useT();
  return (
    <Section id="funder-streams" title={t('funds.funder.streams')}>
      {streams.length === 0 ? (
        <EmptyState>{t('funds.funder.noStreams')}</EmptyState>
      ) : (
        streams.map((row) => (
          <Stack key={row.fundingStream.id} gap="xs" data-testid={`funder-stream-${row.fundingStream.id}`}>
            <Title order={3} fz="lg">
              {row.fundingStream.name}
            </Title>
            <Text size="xs">{t(`funds.kind.${row.fundingStream.kind}`)}</Text>
            <StreamTerms stream={row.fundingStream} />
            <FundFigures totals={{ ...row, currency: row.received.currency }} />
          </Stack>
        ))
      )}
    </Section>
  );
}

function Grants({ grants, collaborativeId }: { grants: Traceability['grants']; collaborativeId: string }) {
  const t = useT();
  const format = useFormat();
  return (
    <Section id="funder-grants" title={t('funds.funder.grants')}>
      {grants.length === 0 ? (
        <EmptyState>{t('funds.funder.noGrants')}</EmptyState>
      ) : (
        <WideTable label={t('funds.funder.grantsTable')} testId="funder-grants-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('funds.grant.title')}</Table.Th>
              <Table.Th scope="col">{t('funds.funder.recipient')}</Table.Th>
              <Table.Th scope="col">{t('funds.stream.name')}</Table.Th>
              <AmountHeader>{t('funds.figure.awarded')}</AmountHeader>
              <AmountHeader>{t('funds.figure.disbursed')}</AmountHeader>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grants.map((row) => (
              <Table.Tr key={`${row.grant.id}-${row.fundingStream.id}`}>
                <Table.Th scope="row" fw={500}>
                  <Anchor
                    component={Link}
                    to={`/collaboratives/${collaborativeId}/funds/grants/${row.grant.id}`}
                    size="sm"
                    fw={600}
                  >
                    {row.grant.title}
                  </Anchor>
                </Table.Th>
                <Table.Td>{row.grant.recipient?.name ?? '—'}</Table.Td>
                <Table.Td>{row.fundingStream.name}</Table.Td>
                <AmountCell>{format.money(row.awarded)}</AmountCell>
                <AmountCell>{format.money(row.disbursed)}</AmountCell>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </WideTable>
      )}
    </Section>
  );
}
