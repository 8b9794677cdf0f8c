import { FUNDING_MOTION_PASSED, FundingMotionPassedPayload } from '@braid/contracts';
import {
  DisbursementService,
  FundingMotionHandler,
  FundingStreamService,
  Grant,
  GrantOrigin,
  GrantService,
} from '@braid/funds';
import { RequestContextService } from '@braid/kernel';
import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DemoChapter, DemoWorld } from '../demo-world';
import { DEMO_COUNTY_STREAM } from './funds.chapter';

const $ = (dollars: number) => BigInt(dollars) * 100n;

/**
 * Story step 5, after governance's chapter has passed the FUNDING motion for the Stockton Trauma
 * Recovery Center (step 4): the fund administrator releases tranche one.
 *
 * The demo is written in one transaction, and domain events are delivered after commit, so the
 * motion's FundingMotionPassed event is still pending here: this chapter delivers it to the funds
 * handler now (the handler is idempotent, so the delivery after commit changes nothing).
 *
 * FALLBACK, until governance lands on main: with no motion at all, the fund administrator enters
 * the grant directly (createGrant) with a placeholder motion id. The lead removes this fallback
 * once the governance chapter runs before this one.
 */
@Injectable()
export class GrantsChapter implements DemoChapter {
  readonly title = 'The Wellness Fund: the trauma recovery center grant and its first tranche';
  private readonly logger = new Logger(GrantsChapter.name);

  constructor(
    private readonly contexts: RequestContextService,
    private readonly streams: FundingStreamService,
    private readonly grants: GrantService,
    private readonly disbursements: DisbursementService,
    private readonly fundingMotions: FundingMotionHandler,
  ) {}

  async write(world: DemoWorld): Promise<void> {
    const fundAdmin = await world.as('fundAdmin');
    const grant = (await this.grantFromMotion(world)) ?? (await this.enterGrantDirectly(world));
    const [trancheOne] = await this.disbursements.loadForGrant(fundAdmin, grant.id);
    await this.disbursements.release(fundAdmin, {
      disbursementId: trancheOne.id,
      idempotencyKey: 'demo-trc-tranche-1',
    });
  }

  private async grantFromMotion(world: DemoWorld): Promise<Grant | null> {
    const fundAdmin = await world.as('fundAdmin');
    const system = this.contexts.systemContext(fundAdmin.em);
    const pending: {
      id: string;
      occurred_at: Date;
      actor_user_id: string | null;
      payload: FundingMotionPassedPayload;
    }[] = await fundAdmin.em.query(
      `SELECT id, occurred_at, actor_user_id, payload FROM domain_event
          WHERE type = $1 AND collaborative_id = $2 AND processed_at IS NULL ORDER BY id`,
      [FUNDING_MOTION_PASSED, world.collaborativeId],
    );
    for (const event of pending) {
      await this.fundingMotions.handle(
        {
          id: event.id,
          type: FUNDING_MOTION_PASSED,
          collaborativeId: world.collaborativeId,
          occurredAt: event.occurred_at,
          actorUserId: event.actor_user_id,
          payload: event.payload,
        },
        system,
      );
    }
    const { nodes } = await this.grants.list(fundAdmin, {
      collaborativeId: world.collaborativeId,
      recipientOrganizationId: world.organizations.trc.id,
      first: 50,
    });
    return nodes.find((grant) => grant.origin === GrantOrigin.FUNDING_MOTION) ?? null;
  }

  private async enterGrantDirectly(world: DemoWorld): Promise<Grant> {
    this.logger.warn(
      'No FUNDING motion for the trauma recovery center yet: entering its grant directly (fallback until governance lands)',
    );
    const fundAdmin = await world.as('fundAdmin');
    const county = (await this.streams.list(fundAdmin, world.collaborativeId)).find(
      (stream) => stream.name === DEMO_COUNTY_STREAM,
    );
    if (!county) throw new Error('The funds chapter must run before the grants chapter');
    return this.grants.createByAdministrator(fundAdmin, {
      collaborativeId: world.collaborativeId,
      approvingMotionId: randomUUID(),
      recipientOrganizationId: world.organizations.trc.id,
      title: 'Stockton Trauma Recovery Center: trauma recovery services, year one',
      purpose: 'Trauma-informed care',
      workgroupId: null,
      periodStart: '2025-09-01',
      periodEnd: '2026-08-31',
      amount: { cents: $(150_000), currency: 'USD' },
      allocations: [{ fundingStreamId: county.id, cents: $(150_000) }],
      tranches: [
        { cents: $(50_000), plannedOn: '2025-09-15' },
        { cents: $(50_000), plannedOn: '2026-01-15' },
        { cents: $(50_000), plannedOn: '2026-05-15' },
      ],
      reportingSchedule: null,
      metricTargets: [
        { name: 'Non-duplicated clients enrolled', target: 500, period: 'Year one' },
        { name: 'People educated on trauma recovery services', target: 1000, period: 'Year one' },
      ],
    });
  }
}
