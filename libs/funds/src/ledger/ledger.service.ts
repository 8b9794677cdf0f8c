import { accessibleBy, ConnectionShape, paginate, RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { loadById, loadByParent } from '../batched-reads';
import { AccountRef, accountKey, LedgerSource } from './chart-of-accounts';
import { LedgerAccountsArgs, LedgerTransactionsArgs } from './dto/ledger.inputs';
import { LedgerAccount } from './ledger-account.entity';
import { LedgerEntry } from './ledger-entry.entity';
import { LedgerTransaction } from './ledger-transaction.entity';

export interface Leg {
  account: AccountRef;
  /** Signed cents: debit positive, credit negative. */
  cents: bigint;
}

export interface Posting {
  collaborativeId: string;
  currency: string;
  source: LedgerSource;
  memo: string;
  legs: Leg[];
  contributionId?: string | null;
  contributionReceiptId?: string | null;
  grantId?: string | null;
  disbursementId?: string | null;
  reversesTransactionId?: string | null;
  idempotencyKey?: string | null;
}

/** Accounts locked for the rest of the transaction, by natural key. */
export class LockedAccounts {
  constructor(private readonly byKey: Map<string, LedgerAccount>) {}

  get(ref: AccountRef): LedgerAccount {
    const account = this.byKey.get(accountKey(ref));
    // Posting to an account that was not locked first could lock out of order (deadlock) or read
    // a stale balance: a programming error, never a user's.
    if (!account) throw new Error(`Ledger account ${accountKey(ref)} was not locked before posting`);
    return account;
  }

  /** Both sets of locked accounts, for one posting. */
  with(other: LockedAccounts): LockedAccounts {
    return new LockedAccounts(new Map([...this.byKey, ...other.byKey]));
  }

  /** The signed balance as of the lock: no other transaction can change it until this one ends. */
  balance(ref: AccountRef): bigint {
    return this.get(ref).balanceCents;
  }
}

/**
 * The double-entry ledger (chart-of-accounts.ts). Every posting path follows the same order:
 * lock the domain record (contribution, tranche), then `lock()` every account it will touch, in
 * one statement ordered by id, then check balances and `post()`. One global lock order means
 * concurrent releases queue on a stream's cash account instead of deadlocking.
 */
@Injectable()
export class LedgerService {
  list(ctx: RequestContext, args: LedgerTransactionsArgs): Promise<ConnectionShape<LedgerTransaction>> {
    const qb = ctx.em
      .getRepository(LedgerTransaction)
      .createQueryBuilder('ledgerTransaction')
      .where('ledgerTransaction.collaborativeId = :collaborativeId', {
        collaborativeId: args.collaborativeId,
      })
      .andWhere(accessibleBy(ctx.ability, 'read', 'LedgerTransaction', 'ledgerTransaction'));
    if (args.source) qb.andWhere('ledgerTransaction.source = :source', { source: args.source });
    if (args.grantId) qb.andWhere('ledgerTransaction.grantId = :grantId', { grantId: args.grantId });
    // A stream's transactions are those with a posting on it: a release of a grant paid by two
    // streams shows under both. EXISTS keeps one row per transaction, so the keyset stays exact.
    if (args.fundingStreamId)
      qb.andWhere(
        `EXISTS (SELECT 1 FROM ledger_entry entry
                  WHERE entry.transaction_id = ledgerTransaction.id AND entry.funding_stream_id = :streamId)`,
        { streamId: args.fundingStreamId },
      );
    if (args.postedFrom)
      qb.andWhere('ledgerTransaction.postedAt >= :postedFrom', { postedFrom: args.postedFrom });
    if (args.postedBefore)
      qb.andWhere('ledgerTransaction.postedAt < :postedBefore', { postedBefore: args.postedBefore });
    return paginate(qb, args, [{ property: 'sequence' }], 'DESC');
  }

  /**
   * Accounts and their maintained balances. Accounts carry the same `collaborativeId` as the
   * transactions posted to them, so the ledger's read rule applies to them unchanged.
   */
  accounts(ctx: RequestContext, args: LedgerAccountsArgs): Promise<LedgerAccount[]> {
    const qb = ctx.em
      .getRepository(LedgerAccount)
      .createQueryBuilder('account')
      .where('account.collaborativeId = :collaborativeId', { collaborativeId: args.collaborativeId })
      .andWhere(accessibleBy(ctx.ability, 'read', 'LedgerTransaction', 'account'));
    if (args.fundingStreamId)
      qb.andWhere('account.fundingStreamId = :streamId', { streamId: args.fundingStreamId });
    if (args.kind) qb.andWhere('account.kind = :kind', { kind: args.kind });
    return qb
      .orderBy('account.fundingStreamId')
      .addOrderBy('account.kind')
      .addOrderBy('account.key')
      .getMany();
  }

  loadEntries(ctx: RequestContext, transactionId: string): Promise<LedgerEntry[]> {
    return loadByParent(ctx, LedgerEntry, 'LedgerTransaction', 'transactionId', transactionId, ['id']);
  }

  loadAccount(ctx: RequestContext, accountId: string): Promise<LedgerAccount | null> {
    return loadById(ctx, LedgerAccount, 'LedgerTransaction', accountId);
  }

  /** Creates the accounts that do not exist yet; existing ones are left alone. */
  async open(
    ctx: RequestContext,
    collaborativeId: string,
    currency: string,
    refs: readonly AccountRef[],
  ): Promise<void> {
    // In key order, so that two transactions opening the same accounts insert them in one order.
    const rows = uniqueRefs(refs)
      .map((ref) => ({
        collaborativeId,
        key: accountKey(ref),
        kind: ref.kind,
        fundingStreamId: ref.fundingStreamId,
        grantId: ref.grantId ?? null,
        organizationId: ref.organizationId ?? null,
        currency,
      }))
      .sort((a, b) => (a.key < b.key ? -1 : 1));
    if (rows.length === 0) return;
    await ctx.em.createQueryBuilder().insert().into(LedgerAccount).values(rows).orIgnore().execute();
  }

  /**
   * Locks the accounts with SELECT ... ORDER BY id FOR UPDATE, opening the missing ones first.
   * Most postings touch accounts that exist (a stream's cash, a grant's commitment), so the lock is
   * tried first and the insert is paid for only when something is missing; the rows already locked
   * are then locked again, in order, with the new ones. While accounts are first being created, a
   * third transaction can make that insert wait on someone who waits on us: PostgreSQL detects the
   * deadlock and the transaction interceptor retries the request.
   */
  async lock(
    ctx: RequestContext,
    collaborativeId: string,
    currency: string,
    refs: readonly AccountRef[],
  ): Promise<LockedAccounts> {
    const unique = uniqueRefs(refs);
    const keys = unique.map(accountKey);
    let accounts = await this.selectForUpdate(ctx, collaborativeId, keys);
    if (accounts.length < keys.length) {
      await this.open(ctx, collaborativeId, currency, unique);
      accounts = await this.selectForUpdate(ctx, collaborativeId, keys);
    }
    return new LockedAccounts(new Map(accounts.map((account) => [account.key, account])));
  }

  private selectForUpdate(
    ctx: RequestContext,
    collaborativeId: string,
    keys: string[],
  ): Promise<LedgerAccount[]> {
    return ctx.em
      .getRepository(LedgerAccount)
      .createQueryBuilder('account')
      .where('account.collaborativeId = :collaborativeId AND account.key IN (:...keys)', {
        collaborativeId,
        keys,
      })
      .orderBy('account.id')
      .setLock('pessimistic_write')
      .getMany();
  }

  /**
   * Writes one balanced transaction. Debits must equal credits here and again at commit (a
   * deferred constraint trigger); balances move through the entry trigger, whose sign checks
   * refuse an overdraft even if a caller forgot to check.
   */
  async post(ctx: RequestContext, accounts: LockedAccounts, posting: Posting): Promise<LedgerTransaction> {
    const legs = mergeLegs(posting.legs);
    if (legs.length < 2) throw new Error('A ledger transaction needs at least two postings');
    const total = legs.reduce((sum, leg) => sum + leg.cents, 0n);
    if (total !== 0n)
      throw new Error(`Unbalanced ledger transaction (${total} cents): debits must equal credits`);

    const transaction = ctx.em.create(LedgerTransaction, {
      collaborativeId: posting.collaborativeId,
      source: posting.source,
      memo: posting.memo,
      contributionId: posting.contributionId ?? null,
      contributionReceiptId: posting.contributionReceiptId ?? null,
      grantId: posting.grantId ?? null,
      disbursementId: posting.disbursementId ?? null,
      reversesTransactionId: posting.reversesTransactionId ?? null,
      idempotencyKey: posting.idempotencyKey ?? null,
      postedByUserId: ctx.actorUserId,
      postedByName: ctx.principal?.displayName ?? 'Braid (system)',
    });
    // insert, not save: save would diff and cascade a row that is only ever inserted. The insert
    // still fills in the generated id, sequence and posting time.
    await ctx.em.insert(LedgerTransaction, transaction);
    const entries = legs.map((leg) => {
      const account = accounts.get(leg.account);
      if (account.currency !== posting.currency)
        throw new Error(`Account ${account.key} is kept in ${account.currency}`);
      return {
        transactionId: transaction.id,
        collaborativeId: posting.collaborativeId,
        accountId: account.id,
        fundingStreamId: account.fundingStreamId,
        grantId: account.grantId,
        currency: posting.currency,
        amountCents: leg.cents,
      };
    });
    await ctx.em.insert(LedgerEntry, entries);
    for (const leg of legs) {
      const account = accounts.get(leg.account);
      account.balanceCents += leg.cents; // mirrors the trigger, for checks later in this transaction
    }
    return transaction;
  }

  /** The legs of a transaction, negated: what a reversal posts. */
  async reversingLegs(
    ctx: RequestContext,
    transactionId: string,
  ): Promise<{ legs: Leg[]; currency: string }> {
    const rows = await ctx.em
      .getRepository(LedgerEntry)
      .createQueryBuilder('entry')
      .innerJoinAndSelect('entry.account', 'account')
      .where('entry.transactionId = :transactionId', { transactionId })
      .orderBy('entry.id')
      .getMany();
    const legs = rows.map(({ account, amountCents }) => {
      if (!account) throw new Error(`Ledger entry of transaction ${transactionId} has no account`);
      const { kind, fundingStreamId, grantId, organizationId } = account;
      return { account: { kind, fundingStreamId, grantId, organizationId }, cents: -amountCents };
    });
    return { legs, currency: rows[0]?.currency ?? 'USD' };
  }
}

function uniqueRefs(refs: readonly AccountRef[]): AccountRef[] {
  const byKey = new Map(refs.map((ref) => [accountKey(ref), ref]));
  return [...byKey.values()];
}

/** One leg per account: each account's balance then moves once, straight to its final value. */
function mergeLegs(legs: readonly Leg[]): Leg[] {
  const byKey = new Map<string, Leg>();
  for (const leg of legs) {
    const key = accountKey(leg.account);
    const existing = byKey.get(key);
    byKey.set(key, { account: leg.account, cents: (existing?.cents ?? 0n) + leg.cents });
  }
  return [...byKey.values()].filter((leg) => leg.cents !== 0n);
}
