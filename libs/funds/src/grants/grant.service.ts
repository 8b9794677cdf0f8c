import { Collaborative, OrganizationService } from '@braid/collaboratives';
import {
  FundingPlanProblemReason,
  GRANT_CREATED,
  GrantCreatedPayload,
} from '@braid/contracts';
import { fundingApprovalOf } from '@braid/governance';
import {
  accessibleBy,
  assertCan,
  AuditService,
  ConnectionShape,
  DomainEvents,
  findAccessible,
  NotFoundError,
  Notifier,
  paginate,
  RequestContext,
} from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { loadById, loadByParent } from '../batched-reads';
import { In, QueryFailedError } from 'typeorm';
import { DisbursementStatus } from '../disbursements/disbursement-lifecycle';
import { DisbursementTransition } from '../disbursements/disbursement-transition.entity';
import { Disbursement } from '../disbursements/disbursement.entity';
import {
  AmountNotPositive,
  AmountsDoNotAddUp,
  CurrencyMismatch,
  DatesOutOfOrder,
  GrantExistsForMotion,
  InsufficientFunds,
  NotAnApprovingMotion,
  StreamListedTwice,
  StreamRestricted,
} from '../funds.errors';
import {
  grantAccount,
  LedgerAccountKind,
  LedgerSource,
  normalBalance,
  organizationAccount,
  streamAccount,
} from '../ledger/chart-of-accounts';
import { LedgerService } from '../ledger/ledger.service';
import { fundLinks, partnerContactsOf } from '../notifications/recipients';
import { FundingStream } from '../streams/funding-stream.entity';
import { restrictionBroken, type RestrictionBroken } from '../streams/stream-restrictions';
import { CreateGrantInput, GrantsArgs } from './dto/grant.inputs';
import { GrantAllocation } from './grant-allocation.entity';
import { Grant, GrantOrigin, MetricTarget, ReportDue } from './grant.entity';
import { quarterlyReportingSchedule } from './reporting-schedule';
import { streamProblems, uncommittedShortfalls } from './funding-plan';

const { STREAM_UNCOMMITTED, GRANT_COMMITTED, GRANT_DISBURSED } = LedgerAccountKind;

/** What a grant is made of, whoever asks for it (a passed motion's event or a fund administrator). */
export interface GrantSpec {
  collaborativeId: string;
  approvingMotionId: string;
  recipientOrganizationId: string;
  title: string;
  purpose: string;
  workgroupId: string | null;
  periodStart: string;
  periodEnd: string;
  amount: { cents: bigint; currency: string };
  allocations: { fundingStreamId: string; cents: bigint }[];
  tranches: { cents: bigint; plannedOn: string }[];
  reportingSchedule: ReportDue[] | null;
  metricTargets: MetricTarget[];
}

@Injectable()
export class GrantService {
  constructor(
    private readonly audit: AuditService,
    private readonly organizations: OrganizationService,
    private readonly ledger: LedgerService,
    private readonly events: DomainEvents,
    private readonly notifier: Notifier,
  ) {}

  list(ctx: RequestContext, args: GrantsArgs): Promise<ConnectionShape<Grant>> {
    const qb = ctx.em
      .getRepository(Grant)
      .createQueryBuilder('award')
      .where('award.collaborativeId = :collaborativeId', { collaborativeId: args.collaborativeId })
      .andWhere(accessibleBy(ctx.ability, 'read', 'Grant', 'award'));
    if (args.recipientOrganizationId) {
      qb.andWhere('award.recipientOrganizationId = :recipient', { recipient: args.recipientOrganizationId });
    }
    if (args.approvingMotionId) {
      qb.andWhere('award.approvingMotionId = :motion', { motion: args.approvingMotionId });
    }
    return paginate(qb, args, [{ property: 'id' }]);
  }

  get(ctx: RequestContext, id: string): Promise<Grant> {
    return findAccessible(ctx, Grant, 'Grant', id);
  }

  load(ctx: RequestContext, id: string): Promise<Grant | null> {
    return loadById(ctx, Grant, 'Grant', id);
  }

  /** Grants an organization received, as a nested field; the caller's access rule is in the query. */
  loadForRecipient(ctx: RequestContext, organizationId: string): Promise<Grant[]> {
    return loadByParent(ctx, Grant, 'Grant', 'recipientOrganizationId', organizationId, ['createdAt', 'id']);
  }

  /** A grant's allocations; the parent grant was already read under the caller's access rule. */
  loadAllocations(ctx: RequestContext, grantId: string): Promise<GrantAllocation[]> {
    return loadByParent(ctx, GrantAllocation, null, 'grantId', grantId, ['position']);
  }

  findByMotion(ctx: RequestContext, approvingMotionId: string): Promise<Grant | null> {
    return ctx.em.findOneBy(Grant, { approvingMotionId });
  }

  /** A fund administrator enters the grant a motion approved (e.g. one passed on paper). */
  async createByAdministrator(ctx: RequestContext, input: CreateGrantInput): Promise<Grant> {
    await findAccessible(ctx, Collaborative, 'Collaborative', input.collaborativeId);
    assertCan(ctx, 'create', 'Grant', { collaborativeId: input.collaborativeId });
    await this.requireApprovingMotion(ctx, input);
    return this.create(ctx, GrantOrigin.FUND_ADMINISTRATOR, {
      collaborativeId: input.collaborativeId,
      approvingMotionId: input.approvingMotionId,
      recipientOrganizationId: input.recipientOrganizationId,
      title: input.title,
      purpose: input.purpose,
      workgroupId: input.workgroupId ?? null,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      amount: { cents: input.amount.cents, currency: input.amount.currency },
      allocations: input.allocations.map((allocation) => ({
        fundingStreamId: allocation.fundingStreamId,
        cents: allocation.cents,
      })),
      tranches: input.tranches.map((tranche) => ({ cents: tranche.cents, plannedOn: tranche.plannedOn })),
      reportingSchedule:
        input.reportingSchedule?.map((report) => ({ dueOn: report.dueOn, covers: report.covers })) ?? null,
      metricTargets: (input.metricTargets ?? []).map((metric) => ({
        name: metric.name,
        target: metric.target,
        period: metric.period ?? null,
      })),
    });
  }

  /**
   * The fund administrator enters a grant by hand when the board's decision could not become one
   * by itself (a stream refused the allocation it named): the motion must have passed, be about
   * funding this recipient, and approve at least the amount.
   */
  private async requireApprovingMotion(ctx: RequestContext, input: CreateGrantInput): Promise<void> {
    // Another collaborative's organization is not found, before anything is said about the motion.
    await this.organizations.requireInCollaborative(
      ctx,
      input.collaborativeId,
      input.recipientOrganizationId,
    );
    // Governance says what the motion approved (a read it exposes); funds judges the grant against it.
    const approval = await fundingApprovalOf(ctx, input.collaborativeId, input.approvingMotionId);
    if (typeof approval === 'string') throw new NotAnApprovingMotion(approval);
    if (approval.recipientOrganizationId !== input.recipientOrganizationId) {
      throw new NotAnApprovingMotion('OTHER_ORGANIZATION');
    }
    if (approval.amount.currency !== input.amount.currency || input.amount.cents > approval.amount.cents) {
      throw new NotAnApprovingMotion('MORE_THAN_APPROVED');
    }
  }

  /**
   * Creates the grant, its allocations and tranches, and commits the allocated money: each
   * stream's uncommitted balance is locked and must cover its allocation. Commitments may use
   * pledged money not yet received (chart-of-accounts.ts); releases will need cash.
   */
  async create(ctx: RequestContext, origin: GrantOrigin, spec: GrantSpec): Promise<Grant> {
    await this.organizations.requireInCollaborative(ctx, spec.collaborativeId, spec.recipientOrganizationId);
    this.validate(spec);
    if (await this.findByMotion(ctx, spec.approvingMotionId))
      throw new GrantExistsForMotion(spec.approvingMotionId);

    const streamIds = spec.allocations.map((allocation) => allocation.fundingStreamId);
    const streams = await ctx.em.findBy(FundingStream, {
      id: In(streamIds),
      collaborativeId: spec.collaborativeId,
    });
    const streamById = new Map(streams.map((stream) => [stream.id, stream]));
    const currency = spec.amount.currency;
    // The rules governance's FUNDING_PLAN_CHECK showed the board (funding-plan.ts), now binding.
    const [problem] = streamProblems({ ...spec, currency }, streamById);
    if (problem) {
      const index = spec.allocations.findIndex((a) => a.fundingStreamId === problem.fundingStreamId);
      const stream = streamById.get(problem.fundingStreamId) as FundingStream;
      if (problem.reason === FundingPlanProblemReason.STREAM_NOT_FOUND)
        throw new NotFoundError('FundingStream', problem.fundingStreamId);
      if (problem.reason === FundingPlanProblemReason.CURRENCY_MISMATCH)
        throw new CurrencyMismatch(`allocations.${index}.fundingStreamId`, stream.currency, currency);
      throw new StreamRestricted(
        stream.name,
        restrictionBroken(stream, spec) as RestrictionBroken,
        stream.id,
      );
    }

    const uncommittedRefs = streamIds.map((id) => streamAccount(STREAM_UNCOMMITTED, id));
    const streamAccounts = await this.ledger.lock(ctx, spec.collaborativeId, currency, uncommittedRefs);
    const shortfalls = uncommittedShortfalls(spec.allocations, streamById, (id) =>
      normalBalance(STREAM_UNCOMMITTED, streamAccounts.balance(streamAccount(STREAM_UNCOMMITTED, id))),
    );
    if (shortfalls.length) {
      throw new InsufficientFunds(
        'uncommitted',
        shortfalls.reduce((sum, s) => sum + s.missing, 0n),
        shortfalls.map(({ fundingStreamId, streamName, availableCents }) => ({
          fundingStreamId,
          streamName,
          availableCents,
        })),
        currency,
      );
    }

    const grant = ctx.em.create(Grant, {
      collaborativeId: spec.collaborativeId,
      approvingMotionId: spec.approvingMotionId,
      origin,
      recipientOrganizationId: spec.recipientOrganizationId,
      title: spec.title,
      purpose: spec.purpose,
      workgroupId: spec.workgroupId,
      periodStart: spec.periodStart,
      periodEnd: spec.periodEnd,
      amount: { cents: spec.amount.cents, currency },
      reportingSchedule:
        spec.reportingSchedule ?? quarterlyReportingSchedule(spec.periodStart, spec.periodEnd),
      metricTargets: spec.metricTargets,
    });
    try {
      await ctx.em.save(grant);
    } catch (error) {
      // Two requests for one motion at once: the unique index decides, the loser hears CONFLICT.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new GrantExistsForMotion(spec.approvingMotionId);
      }
      throw error;
    }
    const allocations = await ctx.em.save(
      spec.allocations.map((allocation, position) =>
        ctx.em.create(GrantAllocation, {
          collaborativeId: spec.collaborativeId,
          grantId: grant.id,
          fundingStreamId: allocation.fundingStreamId,
          amount: { cents: allocation.cents, currency },
          position,
        }),
      ),
    );
    const tranches = await ctx.em.save(
      spec.tranches.map((tranche, index) =>
        ctx.em.create(Disbursement, {
          collaborativeId: spec.collaborativeId,
          grantId: grant.id,
          recipientOrganizationId: spec.recipientOrganizationId,
          sequence: index + 1,
          amount: { cents: tranche.cents, currency },
          plannedOn: tranche.plannedOn,
          status: DisbursementStatus.SCHEDULED,
          releasedAt: null,
          releaseTransactionId: null,
          paidAt: null,
          paymentReference: null,
          cancelledAt: null,
        }),
      ),
    );
    await ctx.em.insert(
      DisbursementTransition,
      tranches.map((tranche) => ({
        collaborativeId: spec.collaborativeId,
        disbursementId: tranche.id,
        fromStatus: null,
        toStatus: DisbursementStatus.SCHEDULED,
        reason:
          origin === GrantOrigin.FUNDING_MOTION
            ? 'Scheduled by the passed motion'
            : 'Scheduled with the grant',
        ledgerTransactionId: null,
        byUserId: ctx.actorUserId,
        byName: ctx.principal?.displayName ?? 'Braid (system)',
      })),
    );

    // The new grant's accounts cannot be contended (no one else knows the grant yet), so locking
    // them after the streams' accounts keeps the global order safe.
    const grantRefs = streamIds.flatMap((id) => [
      grantAccount(GRANT_COMMITTED, grant.id, id),
      grantAccount(GRANT_DISBURSED, grant.id, id),
      organizationAccount(spec.recipientOrganizationId, id),
    ]);
    const accounts = streamAccounts.with(
      await this.ledger.lock(ctx, spec.collaborativeId, currency, grantRefs),
    );
    const transaction = await this.ledger.post(ctx, accounts, {
      collaborativeId: spec.collaborativeId,
      currency,
      source: LedgerSource.GRANT_COMMITMENT,
      memo: `Committed to "${spec.title}" by motion ${spec.approvingMotionId}`,
      grantId: grant.id,
      legs: spec.allocations.flatMap((allocation) => [
        { account: streamAccount(STREAM_UNCOMMITTED, allocation.fundingStreamId), cents: allocation.cents },
        {
          account: grantAccount(GRANT_COMMITTED, grant.id, allocation.fundingStreamId),
          cents: -allocation.cents,
        },
      ]),
    });
    await this.audit.record(ctx, {
      action: origin === GrantOrigin.FUNDING_MOTION ? 'grant.createdFromMotion' : 'grant.created',
      collaborativeId: grant.collaborativeId,
      entityType: 'Grant',
      entityId: grant.id,
      after: { ...grant, allocations, tranches, commitmentTransactionId: transaction.id },
    });
    // Reports sets up the grant's reporting requirements from its schedule (funds does not know it).
    await this.events.publish<GrantCreatedPayload>(ctx, {
      type: GRANT_CREATED,
      collaborativeId: grant.collaborativeId,
      payload: {
        grantId: grant.id,
        collaborativeId: grant.collaborativeId,
        approvingMotionId: grant.approvingMotionId,
      },
    });
    // The partner learns of the award by hand or from the board alike: it now owes reports.
    await this.notifier.notify(ctx, {
      kind: 'GRANT_AWARDED',
      collaborativeId: grant.collaborativeId,
      recipientUserIds: await partnerContactsOf(ctx, grant.collaborativeId, grant.recipientOrganizationId),
      about: { type: 'Grant', id: grant.id },
      link: fundLinks.grant(grant.collaborativeId, grant.id),
      figures: { grantTitle: grant.title, amountCents: grant.amount.cents.toString(), currency },
      dedupeKey: `grant-awarded:${grant.id}`,
    });
    return grant;
  }

  private validate(spec: GrantSpec): void {
    if (spec.amount.cents <= 0n) throw new AmountNotPositive('amount.cents');
    if (spec.periodEnd < spec.periodStart) throw new DatesOutOfOrder('periodEnd', 'GRANT_PERIOD');
    const streams = new Set(spec.allocations.map((allocation) => allocation.fundingStreamId));
    if (streams.size !== spec.allocations.length) {
      throw new StreamListedTwice();
    }
    const sum = (items: { cents: bigint }[]) => items.reduce((total, item) => total + item.cents, 0n);
    if (spec.allocations.some((allocation) => allocation.cents <= 0n))
      throw new AmountNotPositive('allocations');
    if (spec.tranches.some((tranche) => tranche.cents <= 0n)) throw new AmountNotPositive('tranches');
    if (sum(spec.allocations) !== spec.amount.cents)
      throw new AmountsDoNotAddUp('allocations', 'allocations');
    if (sum(spec.tranches) !== spec.amount.cents) throw new AmountsDoNotAddUp('tranches', 'tranches');
    const outside = spec.tranches.findIndex(
      (tranche) => tranche.plannedOn < spec.periodStart || tranche.plannedOn > spec.periodEnd,
    );
    if (outside >= 0) throw new DatesOutOfOrder(`tranches.${outside}.plannedOn`, 'TRANCHE_OUTSIDE_PERIOD');
  }
}
