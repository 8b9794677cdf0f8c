import { CollaborativeService, Organization } from '@braid/collaboratives';
import { accessibleBy, findAccessible, Money, RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';
import { Disbursement } from '../disbursements/disbursement.entity';
import { requireFundAccess } from '../fund-access';
import { Grant } from '../grants/grant.entity';
import { LedgerAccountKind, LedgerSource } from '../ledger/chart-of-accounts';
import { LedgerAccount } from '../ledger/ledger-account.entity';
import { LedgerEntry } from '../ledger/ledger-entry.entity';
import { LedgerTransaction } from '../ledger/ledger-transaction.entity';
import { FundingStream } from '../streams/funding-stream.entity';
import {
  BudgetOverview,
  DisbursementTraceability,
  FunderTraceability,
  FundSummary,
  FundTotals,
  GrantBudget,
  GrantTotals,
  GrantTraceability,
  MoneyTotals,
  StreamBudget,
} from './budget.types';

/** Signed sums per account kind, as text: pg's numeric sums of bigint exceed a JS number. */
interface KindSums {
  receivable: string;
  cash: string;
  uncommitted: string;
  committed: string;
  disbursed: string;
}

/** The signed sum of one kind of account over the joined `entry` and `account` rows, as text. */
const sumOf = (kind: LedgerAccountKind) =>
  `coalesce(sum(entry.amount_cents) FILTER (WHERE account.kind = '${kind}'), 0)::text`;

/**
 * The same signed sum read from the accounts' maintained balances. `ledger_entry_apply` moves an
 * account's balance with each posting, in the posting's transaction, and postings are never
 * changed or deleted: a balance always equals the sum of its postings (the e2e suites check it).
 * Budgets read the balances: one row per account instead of every posting of the fund, so a
 * budget costs the same after ten years of receipts (bench/: 10,000 postings per fund).
 */
const balanceOf = (kind: LedgerAccountKind) =>
  `coalesce(sum(account.balance_cents) FILTER (WHERE account.kind = '${kind}'), 0)::text`;

const GRANT_SUMS = {
  committed: sumOf(LedgerAccountKind.GRANT_COMMITTED),
  disbursed: sumOf(LedgerAccountKind.GRANT_DISBURSED),
};

const GRANT_BALANCES = {
  committed: balanceOf(LedgerAccountKind.GRANT_COMMITTED),
  disbursed: balanceOf(LedgerAccountKind.GRANT_DISBURSED),
};

const SUM_BY_KIND = (
  Object.entries({
    receivable: LedgerAccountKind.STREAM_RECEIVABLE,
    cash: LedgerAccountKind.STREAM_CASH,
    uncommitted: LedgerAccountKind.STREAM_UNCOMMITTED,
    committed: LedgerAccountKind.GRANT_COMMITTED,
    disbursed: LedgerAccountKind.GRANT_DISBURSED,
  }) as [keyof KindSums, LedgerAccountKind][]
).map(([name, kind]) => [balanceOf(kind), name] as const);

const money = (cents: bigint, currency: string) => Money.of({ cents, currency });

/** A grant's figures from the signed sums of its two accounts (chart-of-accounts.ts). */
function grantFigures(
  sums: { committed: string; disbursed: string } | null | undefined,
  currency: string,
): GrantTotals {
  const remaining = -BigInt(sums?.committed ?? '0');
  const disbursed = -BigInt(sums?.disbursed ?? '0');
  return {
    awarded: money(remaining + disbursed, currency),
    disbursed: money(disbursed, currency),
    remaining: money(remaining, currency),
  };
}

/** The people's view of the signed sums (chart-of-accounts.ts): every figure positive. */
function totalsFrom(sums: KindSums, currency: string): MoneyTotals {
  const receivable = BigInt(sums.receivable);
  const cash = BigInt(sums.cash);
  const uncommitted = -BigInt(sums.uncommitted);
  const outstanding = -BigInt(sums.committed);
  const disbursed = -BigInt(sums.disbursed);
  const received = cash + disbursed;
  const committed = outstanding + disbursed;
  return {
    pledged: money(receivable + received, currency),
    received: money(received, currency),
    committed: money(committed, currency),
    disbursed: money(disbursed, currency),
    cashOnHand: money(cash, currency),
    availableToCommit: money(uncommitted, currency),
  };
}

const FIGURES = ['pledged', 'received', 'committed', 'disbursed', 'cashOnHand', 'availableToCommit'] as const;

/** The fund per currency as the sum of its streams' figures, currencies in order. */
function fundFromStreams(streams: StreamBudget[], grantCounts: Map<string, number>): FundTotals[] {
  const byCurrency = new Map<string, StreamBudget[]>();
  for (const stream of streams) {
    const currency = stream.fundingStream.currency;
    const members = byCurrency.get(currency);
    if (members) members.push(stream);
    else byCurrency.set(currency, [stream]);
  }
  return [...byCurrency.keys()].sort().map((currency) => {
    const members = byCurrency.get(currency) as StreamBudget[];
    const figures = Object.fromEntries(
      FIGURES.map((figure) => [
        figure,
        money(
          members.reduce((sum, stream) => sum + stream[figure].cents, 0n),
          currency,
        ),
      ]),
    ) as Record<(typeof FIGURES)[number], Money>;
    return { currency, streamCount: members.length, grantCount: grantCounts.get(currency) ?? 0, ...figures };
  });
}

/**
 * Budgets, balances and traceability, each computed by PostgreSQL aggregates (never by loading
 * postings into memory), within what the caller may read: budgets over the accounts' maintained
 * balances, traceability over the postings.
 */
@Injectable()
export class BudgetService {
  constructor(private readonly collaboratives: CollaborativeService) {}

  async overview(ctx: RequestContext, collaborativeId: string): Promise<BudgetOverview> {
    await requireFundAccess(ctx, collaborativeId, 'read', 'FundingStream');
    const [streams, grants, grantCounts] = await ctx.readTogether([
      () =>
        this.streamBudgets(ctx, (qb) =>
          qb.where('stream.collaborativeId = :collaborativeId', { collaborativeId }),
        ),
      () => this.grantBudgets(ctx, collaborativeId),
      () => this.grantCounts(ctx, collaborativeId),
    ]);
    // The fund is the sum of the streams just read (the same readable streams): every figure is
    // a sum of signed balances, so adding the streams' figures gives the fund's without reading
    // their accounts a second time (bench/: a third of the overview's database time).
    return { fund: fundFromStreams(streams, grantCounts), streams, grants };
  }

  /**
   * Totals only, no stream or grant names: open to the public for collaboratives that publish a
   * transparency view, and to every member (observers included) otherwise.
   */
  async summary(ctx: RequestContext, collaborativeId: string): Promise<FundSummary> {
    await this.collaboratives.getPublishedOrAccessible(ctx, collaborativeId);
    return { collaborativeId, totals: await this.fundTotals(ctx, collaborativeId) };
  }

  /** Every stream of the fund, readable or not: the published totals (summary). */
  private async fundTotals(ctx: RequestContext, collaborativeId: string): Promise<FundTotals[]> {
    const qb = this.sums(ctx)
      .select('stream.award_currency', 'currency')
      .addSelect('count(DISTINCT stream.id)::int', 'stream_count')
      .where('stream.collaborativeId = :collaborativeId', { collaborativeId })
      .groupBy('stream.award_currency')
      .orderBy('stream.award_currency');
    for (const [expression, alias] of SUM_BY_KIND) qb.addSelect(expression, alias);
    const [rows, grantCounts] = await ctx.readTogether([
      () => qb.getRawMany<KindSums & { currency: string; stream_count: number }>(),
      () => this.grantCounts(ctx, collaborativeId),
    ]);
    return rows.map((row) => ({
      currency: row.currency,
      streamCount: row.stream_count,
      grantCount: grantCounts.get(row.currency) ?? 0,
      ...totalsFrom(row, row.currency),
    }));
  }

  /** Grants per currency, whoever may read them: a count is part of the fund's totals. */
  private async grantCounts(ctx: RequestContext, collaborativeId: string): Promise<Map<string, number>> {
    const rows: { currency: string; n: number }[] = await ctx.em
      .getRepository(Grant)
      .createQueryBuilder('award')
      .select('award.amount_currency', 'currency')
      .addSelect('count(*)::int', 'n')
      .where('award.collaborativeId = :collaborativeId', { collaborativeId })
      .groupBy('award.amount_currency')
      .getRawMany();
    return new Map(rows.map((row) => [row.currency, row.n]));
  }

  async streamBudgets(
    ctx: RequestContext,
    scope: (qb: SelectQueryBuilder<FundingStream>) => SelectQueryBuilder<FundingStream>,
  ): Promise<StreamBudget[]> {
    const streams = await scope(ctx.em.getRepository(FundingStream).createQueryBuilder('stream'))
      .andWhere(accessibleBy(ctx.ability, 'read', 'FundingStream', 'stream'))
      .orderBy('stream.name')
      .getMany();
    // One aggregate for all of them: streamTotals batches through the request's loader.
    return Promise.all(
      streams.map(async (stream) => ({ fundingStream: stream, ...(await this.streamTotals(ctx, stream)) })),
    );
  }

  private async grantBudgets(ctx: RequestContext, collaborativeId: string): Promise<GrantBudget[]> {
    const grants = await ctx.em
      .getRepository(Grant)
      .createQueryBuilder('award')
      .where('award.collaborativeId = :collaborativeId', { collaborativeId })
      .andWhere(accessibleBy(ctx.ability, 'read', 'Grant', 'award'))
      .orderBy('award.createdAt')
      .addOrderBy('award.id')
      .getMany();
    return Promise.all(grants.map(async (grant) => ({ grant, ...(await this.grantTotals(ctx, grant)) })));
  }

  /**
   * A grant's awarded, disbursed and remaining money, batched per request (one aggregate for every
   * grant on a page). The caller has already read the grant under its access rule.
   */
  async grantTotals(ctx: RequestContext, grant: Grant): Promise<GrantTotals> {
    const row = await ctx
      .loader<string, { committed: string; disbursed: string } | null>('grant.totals', async (ids) => {
        const rows: { id: string; committed: string; disbursed: string }[] = await ctx.em
          .getRepository(LedgerAccount)
          .createQueryBuilder('account')
          .select('account.grant_id', 'id')
          .addSelect(GRANT_BALANCES.committed, 'committed')
          .addSelect(GRANT_BALANCES.disbursed, 'disbursed')
          .where('account.grantId IN (:...ids)', { ids })
          .groupBy('account.grant_id')
          .getRawMany();
        const byId = new Map(rows.map((sums) => [sums.id, sums]));
        return ids.map((id) => byId.get(id) ?? null);
      })
      .load(grant.id);
    return grantFigures(row, grant.amount.currency);
  }

  /** A stream's figures as a nested field, batched per request; the stream was read under its rule. */
  async streamTotals(ctx: RequestContext, stream: FundingStream): Promise<MoneyTotals> {
    const sums = await ctx
      .loader<string, KindSums | null>('fundingStream.totals', async (ids) => {
        const qb = this.sums(ctx)
          .select('stream.id', 'id')
          .where('stream.id IN (:...ids)', { ids: [...ids] })
          .groupBy('stream.id');
        for (const [expression, alias] of SUM_BY_KIND) qb.addSelect(expression, alias);
        const rows: (KindSums & { id: string })[] = await qb.getRawMany();
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      })
      .load(stream.id);
    return totalsFrom(
      sums ?? { receivable: '0', cash: '0', uncommitted: '0', committed: '0', disbursed: '0' },
      stream.currency,
    );
  }

  /** Which streams (with their restrictions and contributions) pay for a grant, and how much. */
  async grantTraceability(ctx: RequestContext, grantId: string): Promise<GrantTraceability> {
    const grant = await findAccessible(ctx, Grant, 'Grant', grantId);
    const rows: { stream_id: string; committed: string; disbursed: string }[] = await ctx.em
      .getRepository(LedgerEntry)
      .createQueryBuilder('entry')
      .innerJoin(LedgerAccount, 'account', 'account.id = entry.accountId')
      .innerJoin(FundingStream, 'stream', 'stream.id = entry.fundingStreamId')
      .select('entry.funding_stream_id', 'stream_id')
      .addSelect(GRANT_SUMS.committed, 'committed')
      .addSelect(GRANT_SUMS.disbursed, 'disbursed')
      .where('entry.grantId = :grantId', { grantId })
      .andWhere(accessibleBy(ctx.ability, 'read', 'FundingStream', 'stream'))
      .groupBy('entry.funding_stream_id')
      .getRawMany();
    const streams = await this.readableStreams(
      ctx,
      rows.map((row) => row.stream_id),
    );
    const currency = grant.amount.currency;
    return {
      grant,
      sources: rows
        .filter((row) => streams.has(row.stream_id))
        .map((row) => ({
          fundingStream: streams.get(row.stream_id) as FundingStream,
          ...grantFigures(row, currency),
        }))
        .sort((a, b) => a.fundingStream.name.localeCompare(b.fundingStream.name)),
    };
  }

  /** Which streams paid a released tranche: the cash legs of its current release. */
  async disbursementTraceability(
    ctx: RequestContext,
    disbursementId: string,
  ): Promise<DisbursementTraceability> {
    const disbursement = await findAccessible(ctx, Disbursement, 'Disbursement', disbursementId);
    if (!disbursement.releaseTransactionId) return { disbursement, draws: [] };
    const rows: { stream_id: string; cents: string }[] = await ctx.em
      .getRepository(LedgerEntry)
      .createQueryBuilder('entry')
      .innerJoin(LedgerAccount, 'account', 'account.id = entry.accountId')
      .innerJoin(LedgerTransaction, 'ledgerTransaction', 'ledgerTransaction.id = entry.transactionId')
      .select('entry.funding_stream_id', 'stream_id')
      .addSelect('(-sum(entry.amount_cents))::text', 'cents')
      .where('entry.transactionId = :id', { id: disbursement.releaseTransactionId })
      .andWhere('ledgerTransaction.source = :source', { source: LedgerSource.DISBURSEMENT_RELEASE })
      .andWhere('account.kind = :cash', { cash: LedgerAccountKind.STREAM_CASH })
      .groupBy('entry.funding_stream_id')
      .getRawMany();
    const streams = await this.readableStreams(
      ctx,
      rows.map((row) => row.stream_id),
    );
    return {
      disbursement,
      draws: rows
        .filter((row) => streams.has(row.stream_id))
        .map((row) => ({
          fundingStream: streams.get(row.stream_id) as FundingStream,
          amount: money(BigInt(row.cents), disbursement.amount.currency),
        })),
    };
  }

  /** Where a funder's money went: its streams' totals, and every grant that drew on them. */
  async funderTraceability(ctx: RequestContext, organizationId: string): Promise<FunderTraceability> {
    const funder = await findAccessible(ctx, Organization, 'Organization', organizationId);
    const streams = await this.streamBudgets(ctx, (qb) =>
      qb.where('stream.funderOrganizationId = :organizationId', { organizationId }),
    );
    const streamIds = streams.map((budget) => budget.fundingStream.id);
    if (streamIds.length === 0) return { funder, streams, grants: [] };
    const rows: { grant_id: string; stream_id: string; committed: string; disbursed: string }[] = await ctx.em
      .getRepository(LedgerEntry)
      .createQueryBuilder('entry')
      .innerJoin(LedgerAccount, 'account', 'account.id = entry.accountId')
      .innerJoin(Grant, 'award', 'award.id = entry.grantId')
      .select('entry.grant_id', 'grant_id')
      .addSelect('entry.funding_stream_id', 'stream_id')
      .addSelect(GRANT_SUMS.committed, 'committed')
      .addSelect(GRANT_SUMS.disbursed, 'disbursed')
      .where('entry.fundingStreamId IN (:...streamIds)', { streamIds })
      .andWhere(accessibleBy(ctx.ability, 'read', 'Grant', 'award'))
      .groupBy('entry.grant_id')
      .addGroupBy('entry.funding_stream_id')
      .getRawMany();
    if (rows.length === 0) return { funder, streams, grants: [] };
    // Already limited to readable grants by the aggregate above.
    const grants = await ctx.em
      .getRepository(Grant)
      .createQueryBuilder('award')
      .where('award.id IN (:...ids)', { ids: rows.map((row) => row.grant_id) })
      .getMany();
    const grantById = new Map(grants.map((grant) => [grant.id, grant]));
    const streamById = new Map(streams.map((budget) => [budget.fundingStream.id, budget.fundingStream]));
    return {
      funder,
      streams,
      grants: rows.map((row) => {
        const grant = grantById.get(row.grant_id) as Grant;
        const { awarded, disbursed } = grantFigures(row, grant.amount.currency);
        return { grant, fundingStream: streamById.get(row.stream_id) as FundingStream, awarded, disbursed };
      }),
    };
  }

  /** Streams joined to their accounts (stream, grant and organization ones), for `balanceOf` sums. */
  private sums(ctx: RequestContext): SelectQueryBuilder<FundingStream> {
    return ctx.em
      .getRepository(FundingStream)
      .createQueryBuilder('stream')
      .leftJoin(LedgerAccount, 'account', 'account.fundingStreamId = stream.id');
  }

  private async readableStreams(ctx: RequestContext, ids: string[]): Promise<Map<string, FundingStream>> {
    if (ids.length === 0) return new Map();
    const streams = await ctx.em
      .getRepository(FundingStream)
      .createQueryBuilder('stream')
      .where('stream.id IN (:...ids)', { ids })
      .andWhere(accessibleBy(ctx.ability, 'read', 'FundingStream', 'stream'))
      .getMany();
    return new Map(streams.map((stream) => [stream.id, stream]));
  }
}
