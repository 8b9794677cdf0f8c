import {
  accessibleBy,
  assertCan,
  AuditService,
  ConnectionShape,
  findAccessible,
  paginate,
  RequestContext,
} from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { loadByParent } from '../batched-reads';
import {
  AmountNotPositive,
  CurrencyMismatch,
  OverReceipt,
  PledgeExceedsAward,
  WriteOffUncoversCommitments,
} from '../funds.errors';
import { LedgerAccountKind, LedgerSource, normalBalance, streamAccount } from '../ledger/chart-of-accounts';
import { LedgerService } from '../ledger/ledger.service';
import { FundingStream } from '../streams/funding-stream.entity';
import { ContributionReceipt } from './contribution-receipt.entity';
import { Contribution, ContributionStatus } from './contribution.entity';
import { CONTRIBUTION_LIFECYCLE, statusForAmounts } from './contribution-lifecycle';
import {
  ContributionsArgs,
  RecordContributionInput,
  RecordContributionReceiptInput,
  WriteOffContributionInput,
} from './dto/contribution.inputs';

const { STREAM_RECEIVABLE, STREAM_CASH, STREAM_UNCOMMITTED } = LedgerAccountKind;

@Injectable()
export class ContributionService {
  constructor(
    private readonly audit: AuditService,
    private readonly ledger: LedgerService,
  ) {}

  list(ctx: RequestContext, args: ContributionsArgs): Promise<ConnectionShape<Contribution>> {
    const qb = ctx.em
      .getRepository(Contribution)
      .createQueryBuilder('contribution')
      .where('contribution.collaborativeId = :collaborativeId', { collaborativeId: args.collaborativeId })
      .andWhere(accessibleBy(ctx.ability, 'read', 'Contribution', 'contribution'));
    if (args.fundingStreamId)
      qb.andWhere('contribution.fundingStreamId = :streamId', { streamId: args.fundingStreamId });
    return paginate(qb, args, [{ property: 'id' }]);
  }

  /** A stream's contributions as a nested field, one query for every stream on the page. */
  loadForStream(ctx: RequestContext, fundingStreamId: string): Promise<Contribution[]> {
    return loadByParent(ctx, Contribution, 'Contribution', 'fundingStreamId', fundingStreamId, [
      'pledgedOn',
      'id',
    ]);
  }

  loadReceipts(ctx: RequestContext, contributionId: string): Promise<ContributionReceipt[]> {
    return ctx
      .loader<string, ContributionReceipt[]>('contributionReceipt.byContribution', async (ids) => {
        // Receipts are read through their contribution's access rule.
        const rows = await ctx.em
          .getRepository(ContributionReceipt)
          .createQueryBuilder('receipt')
          .innerJoin(Contribution, 'contribution', 'contribution.id = receipt.contributionId')
          .where('receipt.contributionId IN (:...ids)', { ids })
          .andWhere(accessibleBy(ctx.ability, 'read', 'Contribution', 'contribution'))
          .orderBy('receipt.receivedOn')
          .addOrderBy('receipt.createdAt')
          .getMany();
        return ids.map((id) => rows.filter((row) => row.contributionId === id));
      })
      .load(contributionId);
  }

  /** A pledge: the stream row is locked so concurrent pledges cannot together exceed the award. */
  async record(ctx: RequestContext, input: RecordContributionInput): Promise<Contribution> {
    const stream = await findAccessible(ctx, FundingStream, 'FundingStream', input.fundingStreamId, {
      lock: true,
    });
    assertCan(ctx, 'create', 'Contribution', { collaborativeId: stream.collaborativeId });
    if (input.amount.currency !== stream.currency)
      throw new CurrencyMismatch('amount.currency', stream.currency, input.amount.currency);
    if (input.amount.cents <= 0n) throw new AmountNotPositive('amount.cents');
    const [{ pledged }] = await ctx.em.query(
      `SELECT coalesce(sum(pledged_cents - written_off_cents), 0)::text AS pledged FROM contribution WHERE funding_stream_id = $1`,
      [stream.id],
    );
    const open = stream.award.cents - BigInt(pledged);
    if (input.amount.cents > open) throw new PledgeExceedsAward(stream.name, open, stream.currency);

    const contribution = await ctx.em.save(
      ctx.em.create(Contribution, {
        collaborativeId: stream.collaborativeId,
        fundingStreamId: stream.id,
        pledged: { cents: input.amount.cents, currency: stream.currency },
        pledgedOn: input.pledgedOn,
        receivedCents: 0n,
        writtenOffCents: 0n,
        status: ContributionStatus.PLEDGED,
        memo: input.memo,
      }),
    );
    const receivable = streamAccount(STREAM_RECEIVABLE, stream.id);
    const uncommitted = streamAccount(STREAM_UNCOMMITTED, stream.id);
    const accounts = await this.ledger.lock(ctx, stream.collaborativeId, stream.currency, [
      receivable,
      uncommitted,
    ]);
    await this.ledger.post(ctx, accounts, {
      collaborativeId: stream.collaborativeId,
      currency: stream.currency,
      source: LedgerSource.CONTRIBUTION_PLEDGE,
      memo: input.memo || `Pledge to ${stream.name}`,
      contributionId: contribution.id,
      legs: [
        { account: receivable, cents: contribution.pledged.cents },
        { account: uncommitted, cents: -contribution.pledged.cents },
      ],
    });
    await this.audit.record(ctx, {
      action: 'contribution.pledged',
      collaborativeId: contribution.collaborativeId,
      entityType: 'Contribution',
      entityId: contribution.id,
      after: contribution,
    });
    return contribution;
  }

  /** Money arrived: cash rises, the receivable falls. More than the open pledge is refused. */
  async receive(ctx: RequestContext, input: RecordContributionReceiptInput): Promise<Contribution> {
    const contribution = await findAccessible(ctx, Contribution, 'Contribution', input.contributionId, {
      lock: true,
    });
    assertCan(ctx, 'update', 'Contribution', contribution);
    const before = { ...contribution };
    const outstanding =
      contribution.pledged.cents - contribution.receivedCents - contribution.writtenOffCents;
    // Every status but WRITTEN_OFF takes a receipt; asked before the amount, so a written-off
    // pledge is refused as such (with the advice to record a new one), not as an over-receipt.
    CONTRIBUTION_LIFECYCLE.assert(contribution.status, ContributionStatus.PARTIALLY_RECEIVED);
    if (input.cents > outstanding) throw new OverReceipt(outstanding, contribution.pledged.currency);
    const stream = await ctx.em.findOneByOrFail(FundingStream, { id: contribution.fundingStreamId });

    const receipt = await ctx.em.save(
      ctx.em.create(ContributionReceipt, {
        collaborativeId: contribution.collaborativeId,
        contributionId: contribution.id,
        fundingStreamId: contribution.fundingStreamId,
        amount: { cents: input.cents, currency: contribution.pledged.currency },
        receivedOn: input.receivedOn,
        memo: input.memo,
        reversedAt: null,
      }),
    );
    const cash = streamAccount(STREAM_CASH, stream.id);
    const receivable = streamAccount(STREAM_RECEIVABLE, stream.id);
    const accounts = await this.ledger.lock(ctx, stream.collaborativeId, stream.currency, [cash, receivable]);
    await this.ledger.post(ctx, accounts, {
      collaborativeId: stream.collaborativeId,
      currency: stream.currency,
      source: LedgerSource.CONTRIBUTION_RECEIPT,
      memo: input.memo || `Received from the funder of ${stream.name}`,
      contributionId: contribution.id,
      contributionReceiptId: receipt.id,
      legs: [
        { account: cash, cents: input.cents },
        { account: receivable, cents: -input.cents },
      ],
    });
    this.setReceived(contribution, contribution.receivedCents + input.cents);
    await ctx.em.save(contribution);
    await this.audit.record(ctx, {
      action: 'contribution.received',
      collaborativeId: contribution.collaborativeId,
      entityType: 'Contribution',
      entityId: contribution.id,
      before,
      after: { ...contribution, receipt },
    });
    return contribution;
  }

  /**
   * The rest of a pledge will not arrive. Only money not yet committed to grants can be written
   * off: grants awarded against the pledge would otherwise be promised money that never comes.
   */
  async writeOff(ctx: RequestContext, input: WriteOffContributionInput): Promise<Contribution> {
    const contribution = await findAccessible(ctx, Contribution, 'Contribution', input.contributionId, {
      lock: true,
    });
    assertCan(ctx, 'update', 'Contribution', contribution);
    CONTRIBUTION_LIFECYCLE.assert(contribution.status, ContributionStatus.WRITTEN_OFF);
    const before = { ...contribution };
    const outstanding =
      contribution.pledged.cents - contribution.receivedCents - contribution.writtenOffCents;
    const stream = await ctx.em.findOneByOrFail(FundingStream, { id: contribution.fundingStreamId });
    const receivable = streamAccount(STREAM_RECEIVABLE, stream.id);
    const uncommitted = streamAccount(STREAM_UNCOMMITTED, stream.id);
    const accounts = await this.ledger.lock(ctx, stream.collaborativeId, stream.currency, [
      receivable,
      uncommitted,
    ]);
    const available = normalBalance(STREAM_UNCOMMITTED, accounts.balance(uncommitted));
    if (outstanding > available)
      throw new WriteOffUncoversCommitments(stream.name, available, outstanding, stream.currency);
    await this.ledger.post(ctx, accounts, {
      collaborativeId: stream.collaborativeId,
      currency: stream.currency,
      source: LedgerSource.CONTRIBUTION_WRITE_OFF,
      memo: input.reason,
      contributionId: contribution.id,
      legs: [
        { account: uncommitted, cents: outstanding },
        { account: receivable, cents: -outstanding },
      ],
    });
    contribution.writtenOffCents += outstanding;
    contribution.status = ContributionStatus.WRITTEN_OFF;
    await ctx.em.save(contribution);
    await this.audit.record(ctx, {
      action: 'contribution.writtenOff',
      collaborativeId: contribution.collaborativeId,
      entityType: 'Contribution',
      entityId: contribution.id,
      before,
      after: { ...contribution, reason: input.reason },
    });
    return contribution;
  }

  /** Moves the received amount and the status together, through the lifecycle's transition table. */
  setReceived(contribution: Contribution, receivedCents: bigint): void {
    const status = statusForAmounts(contribution.pledged.cents, receivedCents);
    if (status !== contribution.status) CONTRIBUTION_LIFECYCLE.assert(contribution.status, status);
    contribution.receivedCents = receivedCents;
    contribution.status = status;
  }
}
