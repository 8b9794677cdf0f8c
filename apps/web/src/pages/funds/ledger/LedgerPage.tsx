import { useQuery } from '@apollo/client/react';
import { Anchor, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import type { LedgerAccountKind, LedgerSource } from '../../../graphql/generated/graphql';
import type { MessageId } from '../../../i18n/messages';
import { useFormat, useT } from '../../../i18n/use-t';
import { LoadMore } from '../../../ui/LoadMore';
import { EmptyState, LoadingState, ProblemAlert } from '../../../ui/states';
import { usePageTitle } from '../../../ui/use-page-title';
import { AmountCell, AmountHeader, WideTable } from '../WideTable';
import { LedgerStreamsQuery, LedgerTransactionsQuery } from './operations';
import { ledgerMemo, type MemoOfTransaction } from '../ledger-memo';

export const LEDGER_PAGE_SIZE = 20;

const SOURCE_LABEL: Record<LedgerSource, MessageId> = {
  CONTRIBUTION_PLEDGE: 'funds.ledger.source.CONTRIBUTION_PLEDGE',
  CONTRIBUTION_RECEIPT: 'funds.ledger.source.CONTRIBUTION_RECEIPT',
  CONTRIBUTION_WRITE_OFF: 'funds.ledger.source.CONTRIBUTION_WRITE_OFF',
  GRANT_COMMITMENT: 'funds.ledger.source.GRANT_COMMITMENT',
  DISBURSEMENT_RELEASE: 'funds.ledger.source.DISBURSEMENT_RELEASE',
  DISBURSEMENT_CANCELLATION: 'funds.ledger.source.DISBURSEMENT_CANCELLATION',
  REVERSAL: 'funds.ledger.source.REVERSAL',
};

const ACCOUNT_LABEL: Record<LedgerAccountKind, MessageId> = {
  STREAM_RECEIVABLE: 'funds.ledger.account.STREAM_RECEIVABLE',
  STREAM_CASH: 'funds.ledger.account.STREAM_CASH',
  STREAM_UNCOMMITTED: 'funds.ledger.account.STREAM_UNCOMMITTED',
  GRANT_COMMITTED: 'funds.ledger.account.GRANT_COMMITTED',
  GRANT_DISBURSED: 'funds.ledger.account.GRANT_DISBURSED',
  ORGANIZATION_RECEIVED: 'funds.ledger.account.ORGANIZATION_RECEIVED',
};

const SOURCES = Object.keys(SOURCE_LABEL) as LedgerSource[];
const isSource = (value: string | null): value is LedgerSource =>
  (SOURCES as (string | null)[]).includes(value);

type Transaction = MemoOfTransaction & {
  id: string;
  source: LedgerSource;
  postedAt: string;
  postedByName: string;
  entries: {
    id: string;
    amount: { cents: string; currency: string };
    account: {
      kind: LedgerAccountKind;
      fundingStream?: { name: string } | null;
      grant?: { title: string } | null;
      organization?: { name: string } | null;
    } | null;
  }[];
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The start of a calendar day in the reader's own time zone, as an instant: the ledger's
 * postings are instants, and "on 2 March" means the reader's 2 March. `days` moves the day, so
 * "up to 31 March" asks for everything before the start of 1 April.
 */
export function startOfLocalDay(day: string, days = 0): string | null {
  if (!DAY.test(day)) return null;
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date + days).toISOString();
}

/** Whose account it is: the grant or partner, then the stream it is kept for. */
function accountOwner(account: NonNullable<Transaction['entries'][number]['account']>): string {
  return [account.grant?.title ?? account.organization?.name, account.fundingStream?.name]
    .filter(Boolean)
    .join(' · ');
}

/** Debits (positive postings) and credits (negative ones, as positive amounts) per currency. */
export function sideTotals(entries: Transaction['entries']) {
  const totals = new Map<string, { debits: bigint; credits: bigint }>();
  for (const { amount } of entries) {
    const cents = BigInt(amount.cents);
    const sum = totals.get(amount.currency) ?? { debits: 0n, credits: 0n };
    if (cents > 0n) sum.debits += cents;
    else sum.credits -= cents;
    totals.set(amount.currency, sum);
  }
  return [...totals].map(([currency, sum]) => ({ currency, ...sum }));
}

/**
 * The fund's double-entry ledger, newest transaction first: each money movement with why, who and
 * when, and its postings split into debits and credits that add up to the same total. The
 * leadership team reads it; the filters (kind of movement, and a grant from the grant page) live in
 * the address so the grant page can link here.
 */
export function LedgerPage() {
  const t = useT();
  usePageTitle(t('funds.ledger.title'));
  const { collaborativeId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const source = search.get('source');
  const grantId = search.get('grantId');
  const streamId = search.get('stream') ?? '';
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  const streams = useQuery(LedgerStreamsQuery, { variables: { collaborativeId } });
  const { data, loading, error, refetch, fetchMore } = useQuery(LedgerTransactionsQuery, {
    variables: {
      collaborativeId,
      first: LEDGER_PAGE_SIZE,
      source: isSource(source) ? source : null,
      grantId: grantId || null,
      // The API filters in SQL; only what is set is sent, so the default query stays the same.
      ...(streamId && { fundingStreamId: streamId }),
      ...(startOfLocalDay(from) && { postedFrom: startOfLocalDay(from) }),
      ...(startOfLocalDay(to, 1) && { postedBefore: startOfLocalDay(to, 1) }),
    },
  });
  const page = data?.ledgerTransactions;

  const filterBy = (name: 'source' | 'stream' | 'from' | 'to', value: string) =>
    setSearch((previous) => {
      const next = new URLSearchParams(previous);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });
  const choose = (value: string) => filterBy('source', value);

  const fetchNext = (after: string) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ledgerTransactions: {
          ...fetchMoreResult.ledgerTransactions,
          nodes: [...previous.ledgerTransactions.nodes, ...fetchMoreResult.ledgerTransactions.nodes],
        },
      }),
    });

  const funds = `/collaboratives/${collaborativeId}/funds`;
  return (
    <Stack gap="lg">
      <Title order={1}>{t('funds.ledger.title')}</Title>
      <Text>{t('funds.ledger.explain')}</Text>
      {grantId && (
        <Text data-testid="ledger-grant-filter">
          {t('funds.ledger.oneGrant')}{' '}
          <Anchor component={Link} to={`${funds}/grants/${grantId}`}>
            {t('funds.ledger.backToGrant')}
          </Anchor>
          {' · '}
          <Anchor component={Link} to={`${funds}/ledger`}>
            {t('funds.ledger.wholeLedger')}
          </Anchor>
        </Text>
      )}
      <NativeSelect
        label={t('funds.ledger.filter')}
        value={isSource(source) ? source : ''}
        onChange={(event) => choose(event.currentTarget.value)}
        data={[
          { value: '', label: t('funds.ledger.allSources') },
          ...SOURCES.map((value) => ({ value, label: t(SOURCE_LABEL[value]) })),
        ]}
        style={{ maxWidth: '22rem' }}
      />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('funds.ledger.streamFilter')}
          value={streamId}
          onChange={(event) => filterBy('stream', event.currentTarget.value)}
          data={[
            { value: '', label: t('funds.ledger.allStreams') },
            ...(streams.data?.fundingStreams ?? []).map((stream) => ({
              value: stream.id,
              label: stream.name,
            })),
          ]}
          style={{ maxWidth: '22rem', flex: '1 1 14rem' }}
        />
        <TextInput
          type="date"
          label={t('funds.ledger.from')}
          value={from}
          max={to || undefined}
          onChange={(event) => filterBy('from', event.currentTarget.value)}
          style={{ flex: '0 1 11rem' }}
        />
        <TextInput
          type="date"
          label={t('funds.ledger.to')}
          value={to}
          min={from || undefined}
          onChange={(event) => filterBy('to', event.currentTarget.value)}
          style={{ flex: '0 1 11rem' }}
        />
      </Group>
      {loading && !page ? (
        <LoadingState label={t('funds.ledger.loading')} />
      ) : error && !page ? (
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      ) : !page || page.nodes.length === 0 ? (
        <EmptyState>{t('funds.ledger.empty')}</EmptyState>
      ) : (
        <>
          <Stack gap="md" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
            {page.nodes.map((transaction) => (
              <TransactionCard key={transaction.id} transaction={transaction} />
            ))}
          </Stack>
          <Text size="sm" aria-live="polite">
            {t('funds.ledger.shown', { count: page.nodes.length })}
          </Text>
          <LoadMore pageInfo={page.pageInfo} fetchNext={fetchNext} label={t('funds.ledger.loadMore')} />
        </>
      )}
    </Stack>
  );
}

function TransactionCard({ transaction }: { transaction: Transaction }) {
  const t = useT();
  const format = useFormat();
  const postedAt = format.dateTime(transaction.postedAt);
  const kind = t(SOURCE_LABEL[transaction.source]);
  const totals = sideTotals(transaction.entries);
  const balanced = totals.every((total) => total.debits === total.credits);
  const money = (cents: bigint, currency: string) => format.money({ cents: cents.toString(), currency });

  return (
    <Paper component="li" withBorder p="sm" radius="md" data-testid="ledger-transaction">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {kind} · {postedAt}
        </Title>
        <Text>{ledgerMemo(t, transaction)}</Text>
        <Text size="sm">{t('funds.ledger.postedBy', { name: transaction.postedByName })}</Text>
        <WideTable label={t('funds.ledger.entries', { kind, when: postedAt })} minWidth={280}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('funds.ledger.account')}</Table.Th>
              <AmountHeader>{t('funds.ledger.debit')}</AmountHeader>
              <AmountHeader>{t('funds.ledger.credit')}</AmountHeader>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {transaction.entries.map((entry) => {
              const negative = entry.amount.cents.startsWith('-');
              const shown = format.money({
                cents: negative ? entry.amount.cents.slice(1) : entry.amount.cents,
                currency: entry.amount.currency,
              });
              return (
                <Table.Tr key={entry.id}>
                  <Table.Th scope="row" fw={400}>
                    {entry.account ? (
                      <>
                        {t(ACCOUNT_LABEL[entry.account.kind])}
                        {accountOwner(entry.account) && (
                          <Text component="span" size="sm" c="dimmed" display="block">
                            {accountOwner(entry.account)}
                          </Text>
                        )}
                      </>
                    ) : (
                      '—'
                    )}
                  </Table.Th>
                  <AmountCell>{negative ? '' : shown}</AmountCell>
                  <AmountCell>{negative ? shown : ''}</AmountCell>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            {totals.map((total) => (
              <Table.Tr key={total.currency} data-testid="ledger-totals">
                <Table.Th scope="row">{t('funds.ledger.total')}</Table.Th>
                <AmountCell>
                  {t('funds.ledger.debitsTotal', { amount: money(total.debits, total.currency) })}
                </AmountCell>
                <AmountCell>
                  {t('funds.ledger.creditsTotal', { amount: money(total.credits, total.currency) })}
                </AmountCell>
              </Table.Tr>
            ))}
          </Table.Tfoot>
        </WideTable>
        <Text size="sm" fw={600} c={balanced ? undefined : 'red.8'}>
          {balanced ? t('funds.ledger.balanced') : t('funds.ledger.unbalanced')}
        </Text>
        {transaction.source === 'DISBURSEMENT_RELEASE' && (
          // A $100,000 release totals $200,000 on each side: say why before someone reads it as $200,000 paid.
          <Text size="sm" data-testid="release-sides">
            {t('funds.ledger.releaseSides')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
