import { FundingMotionPassedPayload, parseCents, parseCurrency } from '@braid/contracts';
import { isLocalDate, PublishedEvent, RequestContext } from '@braid/kernel';
import { Injectable, Logger } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { GrantOrigin } from './grant.entity';
import { GrantService, GrantSpec } from './grant.service';

/**
 * Governance → funds: a passed FUNDING motion becomes a grant. Runs as the system inside the
 * transaction that marks the event processed. Idempotent: a redelivered event finds the grant
 * its motion already created (and the unique index on approving_motion_id backs that up). A
 * refusal (restricted stream, insufficient funds) fails the event, which keeps its last error and
 * is retried by the poller; the fund administrator may then enter the grant by hand, citing the
 * motion. A motion that names no streams leaves that choice to the fund administrator from the start.
 */
@Injectable()
export class FundingMotionHandler {
  private readonly logger = new Logger(FundingMotionHandler.name);

  constructor(private readonly grants: GrantService) {}

  async handle(event: PublishedEvent<FundingMotionPassedPayload>, ctx: RequestContext): Promise<void> {
    if (Array.isArray(event.payload.allocations) && event.payload.allocations.length === 0) {
      // The board approved the grant and left the choice of streams to the fund administrator,
      // who enters it with createGrant, citing this motion.
      this.logger.log(
        `Motion ${event.payload.motionId} names no streams: the fund administrator enters its grant`,
      );
      return;
    }
    const spec = this.specOf(event);
    if (await this.grants.findByMotion(ctx, spec.approvingMotionId)) {
      this.logger.log(
        `Motion ${spec.approvingMotionId} already has its grant; event #${event.id} changes nothing`,
      );
      return;
    }
    await this.grants.create(ctx, GrantOrigin.FUNDING_MOTION, spec);
  }

  /** The payload is JSON written by another library: checked field by field, never trusted. */
  private specOf(event: PublishedEvent<FundingMotionPassedPayload>): GrantSpec {
    const payload = event.payload;
    const uuid = (value: unknown, name: string): string => {
      if (typeof value !== 'string' || !isUUID(value))
        throw new Error(`FundingMotionPassed: ${name} is not an id`);
      return value;
    };
    const date = (value: unknown, name: string): string => {
      if (!isLocalDate(value)) throw new Error(`FundingMotionPassed: ${name} is not a date`);
      return value;
    };
    const text = (value: unknown, name: string): string => {
      if (typeof value !== 'string' || !value.trim())
        throw new Error(`FundingMotionPassed: ${name} is missing`);
      return value.trim();
    };
    const collaborativeId = uuid(payload.collaborativeId, 'collaborativeId');
    if (event.collaborativeId !== collaborativeId)
      throw new Error('FundingMotionPassed: the payload names another collaborative');
    if (!Array.isArray(payload.allocations) || !Array.isArray(payload.tranches)) {
      throw new Error('FundingMotionPassed: allocations and tranches must be lists');
    }
    return {
      collaborativeId,
      approvingMotionId: uuid(payload.motionId, 'motionId'),
      recipientOrganizationId: uuid(payload.recipientOrganizationId, 'recipientOrganizationId'),
      title: text(payload.title, 'title'),
      purpose: text(payload.purpose, 'purpose'),
      workgroupId: payload.workgroupId ? uuid(payload.workgroupId, 'workgroupId') : null,
      periodStart: date(payload.periodStart, 'periodStart'),
      periodEnd: date(payload.periodEnd, 'periodEnd'),
      amount: { cents: parseCents(payload.amount.cents), currency: parseCurrency(payload.amount.currency) },
      allocations: payload.allocations.map((allocation, i) => ({
        fundingStreamId: uuid(allocation.fundingStreamId, `allocations.${i}.fundingStreamId`),
        cents: parseCents(allocation.cents),
      })),
      tranches: payload.tranches.map((tranche, i) => ({
        cents: parseCents(tranche.cents),
        plannedOn: date(tranche.plannedOn, `tranches.${i}.plannedOn`),
      })),
      reportingSchedule: null,
      metricTargets: [],
    };
  }
}
