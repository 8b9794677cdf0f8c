import { assertCan, AuditService, Clock, findAccessible, RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { ContributionReceipt } from '../contributions/contribution-receipt.entity';
import { Contribution, ContributionStatus } from '../contributions/contribution.entity';
import { ContributionService } from '../contributions/contribution.service';
import { DisbursementStatus } from '../disbursements/disbursement-lifecycle';
import { Disbursement } from '../disbursements/disbursement.entity';
import { DisbursementService } from '../disbursements/disbursement.service';
import { InsufficientFunds, NotReversible } from '../funds.errors';
import { FundingStream } from '../streams/funding-stream.entity';
import { LedgerAccountKind, LedgerSource, streamAccount } from './chart-of-accounts';
import { ReverseLedgerTransactionInput } from './dto/ledger.inputs';
import { LedgerTransaction } from './ledger-transaction.entity';
import { LedgerService } from './ledger.service';

/**
 * Corrects a mistake without rewriting history: posts the original's legs negated, once, and
 * moves the record it came from back (a receipt recorded in error, a tranche released in error).
 * Pledges, write-offs, commitments and cancellations are not reversed here: they are undone by
 * their own operations (a write-off, a tranche cancellation), which keep the grant consistent.
 */
@Injectable()
export class ReversalService {
  constructor(
    private readonly audit: AuditService,
    private readonly ledger: LedgerService,
    private readonly contributions: ContributionService,
    private readonly disbursements: DisbursementService,
    private readonly clock: Clock,
  ) {}

  async reverse(ctx: RequestContext, input: ReverseLedgerTransactionInput): Promise<LedgerTransaction> {
    // Lock order: the original transaction, then its source record, then the accounts.
    const original = await findAccessible(
      ctx,
      LedgerTransaction,
      'LedgerTransaction',
      input.ledgerTransactionId,
      { lock: true },
    );
    assertCan(ctx, 'reverse', 'LedgerTransaction', original);
    if (original.source === LedgerSource.REVERSAL) throw new NotReversible('IS_A_REVERSAL');
    if (await ctx.em.existsBy(LedgerTransaction, { reversesTransactionId: original.id })) {
      throw new NotReversible('ALREADY_REVERSED');
    }

    let reversal: LedgerTransaction;
    let after: object;
    switch (original.source) {
      case LedgerSource.CONTRIBUTION_RECEIPT:
        ({ reversal, after } = await this.reverseReceipt(ctx, original, input.reason));
        break;
      case LedgerSource.DISBURSEMENT_RELEASE:
        ({ reversal, after } = await this.reverseRelease(ctx, original, input.reason));
        break;
      default:
        throw new NotReversible('NOT_A_RECEIPT_OR_RELEASE');
    }
    await this.audit.record(ctx, {
      action: 'ledgerTransaction.reversed',
      collaborativeId: original.collaborativeId,
      entityType: 'LedgerTransaction',
      entityId: original.id,
      before: original,
      after: { reversal, reason: input.reason, ...after },
    });
    return reversal;
  }

  private async reverseReceipt(ctx: RequestContext, original: LedgerTransaction, reason: string) {
    const contribution = await ctx.em.findOneOrFail(Contribution, {
      where: { id: original.contributionId as string },
      lock: { mode: 'pessimistic_write' },
    });
    if (contribution.status === ContributionStatus.WRITTEN_OFF) {
      throw new NotReversible('PLEDGE_WRITTEN_OFF');
    }
    const receipt = await ctx.em.findOneByOrFail(ContributionReceipt, {
      id: original.contributionReceiptId as string,
    });
    const { legs, currency } = await this.ledger.reversingLegs(ctx, original.id);
    const accounts = await this.ledger.lock(
      ctx,
      original.collaborativeId,
      currency,
      legs.map((leg) => leg.account),
    );
    const cash = streamAccount(LedgerAccountKind.STREAM_CASH, contribution.fundingStreamId);
    const available = accounts.balance(cash);
    if (available < receipt.amount.cents) {
      // The money was already released to grants: taking it back would overdraw the stream.
      const stream = await ctx.em.findOneByOrFail(FundingStream, { id: contribution.fundingStreamId });
      throw new InsufficientFunds(
        'cash',
        receipt.amount.cents - available,
        [{ fundingStreamId: stream.id, streamName: stream.name, availableCents: available }],
        currency,
      );
    }
    const reversal = await this.post(ctx, original, reason, legs, currency, accounts);
    this.contributions.setReceived(contribution, contribution.receivedCents - receipt.amount.cents);
    await ctx.em.save(contribution);
    receipt.reversedAt = this.clock.now();
    await ctx.em.save(receipt);
    return { reversal, after: { contribution } };
  }

  private async reverseRelease(ctx: RequestContext, original: LedgerTransaction, reason: string) {
    const disbursement = await ctx.em.findOneOrFail(Disbursement, {
      where: { id: original.disbursementId as string },
      lock: { mode: 'pessimistic_write' },
    });
    if (
      disbursement.status !== DisbursementStatus.RELEASED ||
      disbursement.releaseTransactionId !== original.id
    ) {
      throw new NotReversible(
        disbursement.status === DisbursementStatus.PAID ? 'TRANCHE_PAID' : 'TRANCHE_NOT_RELEASED',
      );
    }
    const { legs, currency } = await this.ledger.reversingLegs(ctx, original.id);
    const accounts = await this.ledger.lock(
      ctx,
      original.collaborativeId,
      currency,
      legs.map((leg) => leg.account),
    );
    const reversal = await this.post(ctx, original, reason, legs, currency, accounts);
    await this.disbursements.releaseReversed(ctx, disbursement, reason, reversal.id);
    return { reversal, after: { disbursement } };
  }

  private post(
    ctx: RequestContext,
    original: LedgerTransaction,
    reason: string,
    legs: Awaited<ReturnType<LedgerService['reversingLegs']>>['legs'],
    currency: string,
    accounts: Awaited<ReturnType<LedgerService['lock']>>,
  ): Promise<LedgerTransaction> {
    return this.ledger.post(ctx, accounts, {
      collaborativeId: original.collaborativeId,
      currency,
      source: LedgerSource.REVERSAL,
      memo: reason,
      reversesTransactionId: original.id,
      contributionId: original.contributionId,
      contributionReceiptId: original.contributionReceiptId,
      grantId: original.grantId,
      disbursementId: original.disbursementId,
      legs,
    });
  }
}
