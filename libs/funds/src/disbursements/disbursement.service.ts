import {
  accessibleBy,
  assertCan,
  AuditService,
  can,
  Clock,
  ConnectionShape,
  findAccessible,
  Money,
  Notifier,
  paginate,
  RequestContext,
  updateLoaded,
} from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { loadByParent } from '../batched-reads';
import { QueryFailedError } from 'typeorm';
import { DisbursementOnHold, IdempotencyKeyReused, InsufficientFunds } from '../funds.errors';
import { GrantAllocation } from '../grants/grant-allocation.entity';
import { Grant } from '../grants/grant.entity';
import {
  AccountRef,
  accountKey,
  grantAccount,
  LedgerAccountKind,
  LedgerSource,
  normalBalance,
  organizationAccount,
  streamAccount,
} from '../ledger/chart-of-accounts';
import { LedgerAccount } from '../ledger/ledger-account.entity';
import { LedgerTransaction } from '../ledger/ledger-transaction.entity';
import { LedgerService, LockedAccounts } from '../ledger/ledger.service';
import { fundLinks, partnerContactsOf } from '../notifications/recipients';
import { FundingStream } from '../streams/funding-stream.entity';
import { DisbursementHolds } from './disbursement-holds';
import {
  DISBURSEMENT_LIFECYCLE,
  DisbursementMoveDetails,
  DisbursementStatus,
} from './disbursement-lifecycle';
import { DisbursementTransition } from './disbursement-transition.entity';
import { Disbursement } from './disbursement.entity';
import {
  CancelDisbursementInput,
  DisbursementsArgs,
  MarkDisbursementPaidInput,
  ReleaseDisbursementInput,
} from './dto/disbursement.inputs';
import { ReleasePreview, releaseHold } from './release-preview.types';
import { DrawSource, planDraws } from './tranche-draws';

const { STREAM_CASH, STREAM_UNCOMMITTED, GRANT_COMMITTED, GRANT_DISBURSED } = LedgerAccountKind;

@Injectable()
export class DisbursementService {
  constructor(
    private readonly audit: AuditService,
    private readonly ledger: LedgerService,
    private readonly holds: DisbursementHolds,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
  ) {}

  list(ctx: RequestContext, args: DisbursementsArgs): Promise<ConnectionShape<Disbursement>> {
    const qb = ctx.em
      .getRepository(Disbursement)
      .createQueryBuilder('disbursement')
      .where('disbursement.collaborativeId = :collaborativeId', { collaborativeId: args.collaborativeId })
      .andWhere(accessibleBy(ctx.ability, 'read', 'Disbursement', 'disbursement'));
    if (args.grantId) qb.andWhere('disbursement.grantId = :grantId', { grantId: args.grantId });
    if (args.status) qb.andWhere('disbursement.status = :status', { status: args.status });
    return paginate(qb, args, [{ property: 'id' }]);
  }

  get(ctx: RequestContext, id: string): Promise<Disbursement> {
    return findAccessible(ctx, Disbursement, 'Disbursement', id);
  }

  loadForGrant(ctx: RequestContext, grantId: string): Promise<Disbursement[]> {
    return loadByParent(ctx, Disbursement, 'Disbursement', 'grantId', grantId, ['sequence']);
  }

  loadHistory(ctx: RequestContext, disbursementId: string): Promise<DisbursementTransition[]> {
    return ctx
      .loader<string, DisbursementTransition[]>('disbursement.history', async (ids) => {
        const rows = await ctx.em
          .getRepository(DisbursementTransition)
          .createQueryBuilder('transition')
          .innerJoin(Disbursement, 'disbursement', 'disbursement.id = transition.disbursementId')
          .where('transition.disbursementId IN (:...ids)', { ids })
          .andWhere(accessibleBy(ctx.ability, 'read', 'Disbursement', 'disbursement'))
          .orderBy('transition.id')
          .getMany();
        return ids.map((id) => rows.filter((row) => row.disbursementId === id));
      })
      .load(disbursementId);
  }

  /**
   * Releases a tranche. Lock order (the same on every path that moves money): the tranche row,
   * then every ledger account involved in one `ORDER BY id FOR UPDATE`. Concurrent releases on a
   * stream queue on its cash account and each sees the balance the previous one left, so the
   * stream, hence the fund, and the grant's commitment can never be overdrawn.
   */
  async release(ctx: RequestContext, input: ReleaseDisbursementInput): Promise<Disbursement> {
    const disbursement = await findAccessible(ctx, Disbursement, 'Disbursement', input.disbursementId, {
      lock: true,
    });
    assertCan(ctx, 'release', 'Disbursement', disbursement);

    // Read after the tranche lock: a concurrent request with the same key has committed by now,
    // so a repeat sees its transaction and answers with the same tranche, posting nothing.
    const previous = await ctx.em.findOneBy(LedgerTransaction, {
      collaborativeId: disbursement.collaborativeId,
      idempotencyKey: input.idempotencyKey,
    });
    if (previous) {
      if (
        previous.disbursementId !== disbursement.id ||
        previous.source !== LedgerSource.DISBURSEMENT_RELEASE
      ) {
        throw new IdempotencyKeyReused();
      }
      await this.audit.record(ctx, {
        action: 'disbursement.releaseRepeated',
        collaborativeId: disbursement.collaborativeId,
        entityType: 'Disbursement',
        entityId: disbursement.id,
        after: { idempotencyKey: input.idempotencyKey, ledgerTransactionId: previous.id },
      });
      return disbursement;
    }
    DISBURSEMENT_LIFECYCLE.assert(disbursement.status, DisbursementStatus.RELEASED);

    const grant = await ctx.em.findOneByOrFail(Grant, { id: disbursement.grantId });
    const holds = await this.holds.reasons(ctx, disbursement, grant);
    const overrideReason = input.holdOverrideReason?.trim() || null;
    if (holds.length && !overrideReason) throw new DisbursementOnHold(holds);
    const overridden = holds.length
      ? { holds: holds.map((hold) => hold.text), reason: overrideReason }
      : null;

    const allocations = await this.allocationsOf(ctx, grant.id);
    const currency = disbursement.amount.currency;
    const accounts = await this.ledger.lock(
      ctx,
      grant.collaborativeId,
      currency,
      allocations.flatMap(({ allocation }) => this.releaseAccounts(grant, allocation.fundingStreamId)),
    );
    const plan = planDraws(
      disbursement.amount.cents,
      this.drawSources(grant, allocations, (ref) => accounts.balance(ref)),
    );
    if (!plan.ok) throw new InsufficientFunds('cash', plan.shortfallCents, plan.limitedBy, currency);

    let transaction: LedgerTransaction;
    try {
      transaction = await this.ledger.post(ctx, accounts, {
        collaborativeId: grant.collaborativeId,
        currency,
        source: LedgerSource.DISBURSEMENT_RELEASE,
        memo: `Tranche ${disbursement.sequence} of "${grant.title}"`,
        grantId: grant.id,
        disbursementId: disbursement.id,
        idempotencyKey: input.idempotencyKey,
        legs: plan.draws.flatMap((draw) => [
          { account: grantAccount(GRANT_COMMITTED, grant.id, draw.fundingStreamId), cents: draw.cents },
          { account: grantAccount(GRANT_DISBURSED, grant.id, draw.fundingStreamId), cents: -draw.cents },
          { account: streamAccount(STREAM_CASH, draw.fundingStreamId), cents: -draw.cents },
          {
            account: organizationAccount(grant.recipientOrganizationId, draw.fundingStreamId),
            cents: draw.cents,
          },
        ]),
      });
    } catch (error) {
      // The same key sent for another tranche at the same moment: the unique index decides.
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: string }).constraint === 'ledger_transaction_idempotency_key'
      ) {
        throw new IdempotencyKeyReused();
      }
      throw error;
    }

    const before = { ...disbursement };
    disbursement.releasedAt = this.clock.now();
    disbursement.releaseTransactionId = transaction.id;
    await this.move(ctx, disbursement, DisbursementStatus.RELEASED, {
      reason: overridden
        ? `Released despite: ${overridden.holds.join('; ')}. Override: ${overridden.reason}`
        : null,
      ledgerTransactionId: transaction.id,
    });
    if (overridden) {
      await this.audit.record(ctx, {
        action: 'disbursement.holdOverridden',
        collaborativeId: disbursement.collaborativeId,
        entityType: 'Disbursement',
        entityId: disbursement.id,
        after: { holds: overridden.holds, reason: overridden.reason, ledgerTransactionId: transaction.id },
      });
    }
    await this.audit.record(ctx, {
      action: 'disbursement.released',
      collaborativeId: disbursement.collaborativeId,
      entityType: 'Disbursement',
      entityId: disbursement.id,
      before,
      after: { ...disbursement, idempotencyKey: input.idempotencyKey, draws: plan.draws },
    });
    // Keyed by the release's posting: a release reversed and made again is news again.
    await this.notifier.notify(ctx, {
      kind: 'TRANCHE_RELEASED',
      collaborativeId: grant.collaborativeId,
      recipientUserIds: await partnerContactsOf(ctx, grant.collaborativeId, grant.recipientOrganizationId),
      about: { type: 'Disbursement', id: disbursement.id },
      link: fundLinks.grant(grant.collaborativeId, grant.id),
      figures: { grantTitle: grant.title, amountCents: disbursement.amount.cents.toString(), currency },
      dedupeKey: `tranche-released:${disbursement.id}:${transaction.id}`,
    });
    return disbursement;
  }

  /** The partner has the money. The ledger moved at release; this records the payment itself. */
  async markPaid(ctx: RequestContext, input: MarkDisbursementPaidInput): Promise<Disbursement> {
    const disbursement = await findAccessible(ctx, Disbursement, 'Disbursement', input.disbursementId, {
      lock: true,
    });
    assertCan(ctx, 'update', 'Disbursement', disbursement);
    DISBURSEMENT_LIFECYCLE.assert(disbursement.status, DisbursementStatus.PAID);
    const before = { ...disbursement };
    disbursement.paidAt = this.clock.now();
    disbursement.paymentReference = input.paymentReference ?? null;
    await this.move(ctx, disbursement, DisbursementStatus.PAID, {
      reason: input.paymentReference ?? null,
      ledgerTransactionId: null,
    });
    await this.audit.record(ctx, {
      action: 'disbursement.paid',
      collaborativeId: disbursement.collaborativeId,
      entityType: 'Disbursement',
      entityId: disbursement.id,
      before,
      after: disbursement,
    });
    return disbursement;
  }

  /**
   * Cancels a scheduled tranche: its amount is decommitted and returns to the streams' uncommitted
   * money, last allocation first. A released tranche must have its release reversed first.
   */
  async cancel(ctx: RequestContext, input: CancelDisbursementInput): Promise<Disbursement> {
    const disbursement = await findAccessible(ctx, Disbursement, 'Disbursement', input.disbursementId, {
      lock: true,
    });
    assertCan(ctx, 'update', 'Disbursement', disbursement);
    DISBURSEMENT_LIFECYCLE.assert(disbursement.status, DisbursementStatus.CANCELLED);
    const grant = await ctx.em.findOneByOrFail(Grant, { id: disbursement.grantId });
    const allocations = (await this.allocationsOf(ctx, grant.id)).reverse();
    const currency = disbursement.amount.currency;
    const accounts = await this.ledger.lock(
      ctx,
      grant.collaborativeId,
      currency,
      allocations.flatMap(({ allocation }) => [
        grantAccount(GRANT_COMMITTED, grant.id, allocation.fundingStreamId),
        streamAccount(STREAM_UNCOMMITTED, allocation.fundingStreamId),
      ]),
    );
    const legs = this.decommitLegs(
      grant,
      allocations.map(({ allocation }) => allocation.fundingStreamId),
      disbursement.amount.cents,
      accounts,
    );
    const transaction = await this.ledger.post(ctx, accounts, {
      collaborativeId: grant.collaborativeId,
      currency,
      source: LedgerSource.DISBURSEMENT_CANCELLATION,
      memo: input.reason,
      grantId: grant.id,
      disbursementId: disbursement.id,
      legs,
    });
    const before = { ...disbursement };
    disbursement.cancelledAt = this.clock.now();
    await this.move(ctx, disbursement, DisbursementStatus.CANCELLED, {
      reason: input.reason,
      ledgerTransactionId: transaction.id,
    });
    await this.audit.record(ctx, {
      action: 'disbursement.cancelled',
      collaborativeId: disbursement.collaborativeId,
      entityType: 'Disbursement',
      entityId: disbursement.id,
      before,
      after: { ...disbursement, reason: input.reason },
    });
    return disbursement;
  }

  /** Called by a reversal of the tranche's release (already posted): back to SCHEDULED. */
  async releaseReversed(
    ctx: RequestContext,
    disbursement: Disbursement,
    reason: string,
    reversalId: string,
  ): Promise<void> {
    DISBURSEMENT_LIFECYCLE.assert(disbursement.status, DisbursementStatus.SCHEDULED);
    disbursement.releasedAt = null;
    disbursement.releaseTransactionId = null;
    await this.move(ctx, disbursement, DisbursementStatus.SCHEDULED, {
      reason,
      ledgerTransactionId: reversalId,
    });
  }

  /** Moves the tranche through its lifecycle (which writes the history row) and saves what the move changed. */
  private async move(
    ctx: RequestContext,
    disbursement: Disbursement,
    to: DisbursementStatus,
    details: DisbursementMoveDetails,
  ): Promise<void> {
    await DISBURSEMENT_LIFECYCLE.transition(ctx, disbursement, to, details);
    await updateLoaded(ctx.em, Disbursement, disbursement, [
      'status',
      'releasedAt',
      'releaseTransactionId',
      'paidAt',
      'paymentReference',
      'cancelledAt',
    ]);
  }

  private async allocationsOf(
    ctx: RequestContext,
    grantId: string,
  ): Promise<{ allocation: GrantAllocation; stream: FundingStream }[]> {
    const allocations = await ctx.em
      .getRepository(GrantAllocation)
      .createQueryBuilder('allocation')
      .innerJoinAndSelect('allocation.fundingStream', 'stream')
      .where('allocation.grantId = :grantId', { grantId })
      .orderBy('allocation.position')
      .getMany();
    return allocations.map((allocation) => ({
      allocation,
      stream: allocation.fundingStream as FundingStream,
    }));
  }

  /**
   * What a release of this planned tranche would do now: its holds and the streams it would draw
   * on, from the same hold checks and draw plan as the release, read without locks. Null for a
   * tranche that is not planned, or for a reader who may not release it (stream cash and report
   * holds are the fund administrator's business).
   */
  async releasePreview(ctx: RequestContext, disbursement: Disbursement): Promise<ReleasePreview | null> {
    if (disbursement.status !== DisbursementStatus.SCHEDULED) return null;
    if (!can(ctx, 'release', 'Disbursement', disbursement)) return null;
    const grant = await ctx.em.findOneByOrFail(Grant, { id: disbursement.grantId });
    const holds = await this.holds.reasons(ctx, disbursement, grant);
    const allocations = await this.allocationsOf(ctx, grant.id);
    const currency = disbursement.amount.currency;
    const keys = allocations.flatMap(({ allocation }) =>
      this.releaseAccounts(grant, allocation.fundingStreamId).map(accountKey),
    );
    const rows = await ctx.em
      .getRepository(LedgerAccount)
      .createQueryBuilder('account')
      .where('account.collaborativeId = :collaborativeId AND account.key IN (:...keys)', {
        collaborativeId: grant.collaborativeId,
        keys,
      })
      .getMany();
    const balances = new Map(rows.map((account) => [account.key, account.balanceCents]));
    // An account nobody has posted to yet does not exist: its balance is zero.
    const sources = this.drawSources(grant, allocations, (ref) => balances.get(accountKey(ref)) ?? 0n);
    const plan = planDraws(disbursement.amount.cents, sources);
    const money = (cents: bigint) => Money.of({ cents, currency });
    return {
      holds: holds.flatMap((hold) => hold.figures).map(releaseHold),
      draws: allocations.map(({ stream }, index) => {
        const draw = plan.ok
          ? (plan.draws.find((planned) => planned.fundingStreamId === stream.id)?.cents ?? 0n)
          : 0n;
        return {
          fundingStream: stream,
          cashNow: money(sources[index].cashCents),
          draw: money(draw),
          cashAfter: money(sources[index].cashCents - draw),
        };
      }),
      shortfall: money(plan.ok ? 0n : plan.shortfallCents),
    };
  }

  /** The grant's streams as a release draws on them: remaining commitment and cash, per stream. */
  private drawSources(
    grant: Grant,
    allocations: { allocation: GrantAllocation; stream: FundingStream }[],
    balance: (ref: AccountRef) => bigint,
  ): DrawSource[] {
    return allocations.map(({ stream }) => ({
      fundingStreamId: stream.id,
      streamName: stream.name,
      committedCents: normalBalance(
        GRANT_COMMITTED,
        balance(grantAccount(GRANT_COMMITTED, grant.id, stream.id)),
      ),
      cashCents: balance(streamAccount(STREAM_CASH, stream.id)),
    }));
  }

  private releaseAccounts(grant: Grant, fundingStreamId: string) {
    return [
      grantAccount(GRANT_COMMITTED, grant.id, fundingStreamId),
      grantAccount(GRANT_DISBURSED, grant.id, fundingStreamId),
      streamAccount(STREAM_CASH, fundingStreamId),
      organizationAccount(grant.recipientOrganizationId, fundingStreamId),
    ];
  }

  private decommitLegs(grant: Grant, streamIds: string[], amountCents: bigint, accounts: LockedAccounts) {
    let left = amountCents;
    const legs = [];
    for (const streamId of streamIds) {
      if (left === 0n) break;
      const committed = normalBalance(
        GRANT_COMMITTED,
        accounts.balance(grantAccount(GRANT_COMMITTED, grant.id, streamId)),
      );
      const cents = committed < left ? committed : left;
      if (cents <= 0n) continue;
      legs.push(
        { account: grantAccount(GRANT_COMMITTED, grant.id, streamId), cents },
        { account: streamAccount(STREAM_UNCOMMITTED, streamId), cents: -cents },
      );
      left -= cents;
    }
    // Scheduled tranches always add up to the grant's open commitment; anything else is a bug.
    if (left !== 0n)
      throw new Error(`Grant ${grant.id} has ${left} cents fewer committed than its scheduled tranches`);
    return legs;
  }
}
