import { AttendanceStatus, BallotChoice, MotionKind } from '@braid/contracts';
import { BallotService, MeetingService, MotionService } from '@braid/governance';
import { principalOf } from '@braid/identity';
import { DomainEvents, RequestContext, RequestContextService } from '@braid/kernel';
import { TestApp } from './test-app';
import { TenantRole, TestTenant } from './tenant';

export interface FundingPlan {
  recipientOrganizationId: string;
  purpose: string;
  amountCents: bigint;
  /** What each stream pays; empty leaves the choice of streams to the fund administrator. */
  allocations: { fundingStreamId: string; cents: bigint }[];
  tranches: { cents: bigint; plannedOn: string }[];
  title?: string;
  workgroupId?: string | null;
  periodStart?: string;
  periodEnd?: string;
}

/** The seat holders of a test tenant: all present, all voting yes. */
const VOTERS: TenantRole[] = ['chair', 'lead', 'member', 'resident'];
let sequence = 0;

/**
 * The board's decision as governance takes it: the chair holds a meeting with every seat present,
 * a FUNDING motion is moved, opened, voted YES by every seat and closed; its FundingMotionPassed
 * event is then delivered (as after any mutation). Returns the motion's id.
 */
export async function passFundingMotion(
  app: TestApp,
  tenant: TestTenant,
  plan: FundingPlan,
): Promise<string> {
  const contexts = app.get(RequestContextService);
  const as = <T>(role: TenantRole, work: (ctx: RequestContext) => Promise<T>) =>
    app.dataSource.transaction(async (em) =>
      work(await contexts.contextFor(principalOf(tenant.users[role]), em)),
    );
  const meetings = app.get(MeetingService);
  const motions = app.get(MotionService);
  const n = ++sequence;

  const motionId = await as('chair', async (ctx) => {
    const meeting = await meetings.schedule(ctx, {
      collaborativeId: tenant.collaborativeId,
      title: `Leadership team, funding decision ${n}`,
      scheduledAt: new Date(Date.UTC(2025, 7, 1, 17) + n * 3_600_000),
    });
    await meetings.start(ctx, meeting.id);
    await meetings.recordAttendance(ctx, {
      meetingId: meeting.id,
      entries: VOTERS.map((role) => ({
        seatId: tenant.seats[role] as string,
        status: AttendanceStatus.PRESENT,
      })),
    });
    const motion = await motions.create(ctx, {
      meetingId: meeting.id,
      kind: MotionKind.FUNDING,
      title: plan.title ?? `Fund ${plan.purpose} (${n})`,
      text: `Resolved, that the Wellness Fund grant ${plan.amountCents} cents for ${plan.purpose}.`,
      secret: false,
      funding: {
        amount: { cents: plan.amountCents, currency: 'USD' },
        recipientOrganizationId: plan.recipientOrganizationId,
        purpose: plan.purpose,
        workgroupId: plan.workgroupId ?? null,
        periodStart: plan.periodStart ?? '2025-09-01',
        periodEnd: plan.periodEnd ?? '2026-08-31',
        allocations: plan.allocations,
        tranches: plan.tranches,
      },
    });
    await motions.open(ctx, motion.id);
    return motion.id;
  });
  for (const role of VOTERS) {
    await as(role, (ctx) => app.get(BallotService).cast(ctx, { motionId, choice: BallotChoice.YES }));
  }
  await as('chair', (ctx) => motions.close(ctx, motionId));
  await app.get(DomainEvents).dispatchPending();
  return motionId;
}
