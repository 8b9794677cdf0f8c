import { useQuery } from '@apollo/client/react';
import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useFormat, useT } from '../../../i18n/use-t';
import { LoadMore } from '../../../ui/LoadMore';
import { EmptyState, LoadingState, ProblemAlert } from '../../../ui/states';
import { GrantsQuery } from '../operations';
import { AmountCell, AmountHeader, WideTable } from '../WideTable';

export const GRANTS_PAGE_SIZE = 25;

/**
 * The grants the signed-in person may read, as the API filters them: the whole fund for the
 * leadership team, its own organization's grants for a partner contact.
 */
export function GrantList({ collaborativeId, emptyText }: { collaborativeId: string; emptyText: string }) {
  const t = useT();
  const format = useFormat();
  const { data, loading, error, refetch, fetchMore } = useQuery(GrantsQuery, {
    variables: { collaborativeId, first: GRANTS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.grants;

  const fetchNext = (after: string) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        grants: {
          ...fetchMoreResult.grants,
          nodes: [...previous.grants.nodes, ...fetchMoreResult.grants.nodes],
        },
      }),
    });

  if (loading && !page) return <LoadingState label={t('funds.grants.loading')} />;
  if (error && !page) return <ProblemAlert error={error} onRetry={() => void refetch()} />;
  if (!page || page.nodes.length === 0) return <EmptyState>{emptyText}</EmptyState>;

  return (
    <>
      <WideTable label={t('funds.grants.table')} testId="grants-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('funds.grant.title')}</Table.Th>
            <Table.Th scope="col">{t('funds.grant.period')}</Table.Th>
            <AmountHeader>{t('funds.figure.awarded')}</AmountHeader>
            <AmountHeader>{t('funds.figure.disbursed')}</AmountHeader>
            <AmountHeader>{t('funds.figure.remaining')}</AmountHeader>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {page.nodes.map((grant) => (
            <Table.Tr key={grant.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor
                  component={Link}
                  to={`/collaboratives/${collaborativeId}/funds/grants/${grant.id}`}
                  fw={600}
                  size="sm"
                >
                  {grant.title}
                </Anchor>
                <Text size="xs">
                  {grant.recipient?.name ?? '—'} · {grant.purpose}
                </Text>
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {t('funds.grant.periodRange', {
                  start: format.localDate(grant.periodStart),
                  end: format.localDate(grant.periodEnd),
                })}
              </Table.Td>
              <AmountCell>{format.money(grant.totals.awarded)}</AmountCell>
              <AmountCell>{format.money(grant.totals.disbursed)}</AmountCell>
              <AmountCell>{format.money(grant.totals.remaining)}</AmountCell>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </WideTable>
      <LoadMore pageInfo={page.pageInfo} fetchNext={fetchNext} label={t('funds.grants.loadMore')} />
    </>
  );
}
