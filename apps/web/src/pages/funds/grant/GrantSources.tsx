import { useQuery } from '@apollo/client/react';
import { Table, Text } from '@mantine/core';
import { useFormat, useT } from '../../../i18n/use-t';
import { Section } from '../../../ui/Section';
import { EmptyState, LoadingState, ProblemAlert } from '../../../ui/states';
import { FunderLine, StreamTerms } from '../funders/StreamTerms';
import { AmountCell, AmountHeader, WideTable } from '../WideTable';
import { GrantTraceabilityQuery } from './sources-operations';

/**
 * Where a grant's money comes from, from the ledger: each stream's share of the award, what it has
 * paid and what it still owes, with the funder and the terms the money came with.
 */
export function GrantSources({ grantId, collaborativeId }: { grantId: string; collaborativeId: string }) {
  const t = useT();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(GrantTraceabilityQuery, {
    variables: { grantId },
    fetchPolicy: 'cache-and-network',
  });
  const sources = data?.grantTraceability.sources;
  return (
    <Section id="sources" title={t('funds.sources.title')}>
      {loading && !sources ? (
        <LoadingState label={t('funds.sources.loading')} />
      ) : error && !sources ? (
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      ) : !sources || sources.length === 0 ? (
        <EmptyState>{t('funds.sources.empty')}</EmptyState>
      ) : (
        <WideTable label={t('funds.sources.table')} testId="sources-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('funds.stream.name')}</Table.Th>
              <AmountHeader>{t('funds.figure.awarded')}</AmountHeader>
              <AmountHeader>{t('funds.figure.disbursed')}</AmountHeader>
              <AmountHeader>{t('funds.figure.remaining')}</AmountHeader>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sources.map((source) => (
              <Table.Tr key={source.fundingStream.id}>
                <Table.Th scope="row" fw={500}>
                  <Text fw={600} size="sm">
                    {source.fundingStream.name}
                  </Text>
                  {source.fundingStream.funder && (
                    <FunderLine collaborativeId={collaborativeId} funder={source.fundingStream.funder} />
                  )}
                  <StreamTerms stream={source.fundingStream} />
                </Table.Th>
                <AmountCell>{format.money(source.awarded)}</AmountCell>
                <AmountCell>{format.money(source.disbursed)}</AmountCell>
                <AmountCell>{format.money(source.remaining)}</AmountCell>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </WideTable>
      )}
    </Section>
  );
}
