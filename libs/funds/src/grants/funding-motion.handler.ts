import {
  ErrorCode,
  FUNDING_GRANT_REFUSED,
  FundingGrantRefusedPayload,
  FundingMotionPassedPayload,
  parseCents,
  parseCurrency,
} from '@braid/contracts';
import {
  AuditService,
  BraidError,
  DomainEvents,
  isLocalDate,
  PublishedEvent,
  RequestContext,
} from '@braid/kernel';
import { Injectable, Logger } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { GrantExistsForMotion } from '../funds.errors';
import { GrantOrigin } from './grant.entity';
import { GrantService, GrantSpec } from './grant.service';

/**
 * Governance → funds: a passed FUNDING motion becomes a grant. Runs as the system inside the
 * transaction that marks the event processed. Idempotent: a redelivered event finds the grant
 * its motion already created (and the unique index on approving_motion_id backs that up).
 *
 * Governance checked the plan (FUNDING_PLAN_CHECK) when the motion was moved, opened and closed,
 * but money can still be committed elsewhere between the close and this handler. Such a refusal
 * (insufficient funds, a stream restricted or gone since) is the fund's answer, not a fault: it is
 * recorded in the audit log and told to governance (FUNDING_GRANT_REFUSED), which shows it on the
 * motion, and the event is done. Retrying it ten times changed nothing and told no one (issue 17).
 * The fund administrator may then enter the grant by hand, citing the motion. A motion that names
 * no streams leaves that choice to the fund administrator from the start.
 */
@Injectable()
export class FundingMotionHandler {
  private readonly logger = new Logger(FundingMotionHandler.name);

  constructor(
    private readonly grants: GrantService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

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
    try {
      await this.grants.create(ctx, GrantOrigin.FUNDING_MOTION, spec);
    } catch (error) {
      if (!isFundRefusal(error)) throw error;
      await this.recordRefusal(ctx, spec, error);
    }
  }

  private async recordRefusal(ctx: RequestContext, spec: GrantSpec, refusal: BraidError): Promise<void> {
    const { collaborativeId, approvingMotionId: motionId } = spec;
    const payload: FundingGrantRefusedPayload = {
      motionId,
      collaborativeId,
      reason: String(refusal.extensions['reason'] ?? refusal.name),
      message: refusal.message,
    };
    this.logger.warn(`Motion ${motionId} passed but its grant was refused: ${refusal.message}`);
    // Recorded against the stream that refused, so the fund administrator's audit trail (the
    // fund's records only) shows it; governance records it against the motion.
    const details = refusal.extensions as {
      fundingStreamId?: unknown;
      streams?: { fundingStreamId?: unknown }[];
    };
    const named = details.fundingStreamId ?? details.streams?.[0]?.fundingStreamId;
    await this.audit.record(ctx, {
      action: 'grant.refusedForMotion',
      collaborativeId,
      entityType: 'FundingStream',
      entityId: typeof named === 'string' ? named : spec.allocations[0].fundingStreamId,
      after: { ...payload, details: refusal.extensions },
    });
    await this.events.publish<FundingGrantRefusedPayload>(ctx, {
      type: FUNDING_GRANT_REFUSED,
      collaborativeId,
      payload,
    });
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

/**
 * The fund's own answers (no money, a restricted or missing stream, a plan that does not add up),
 * all thrown before the grant writes anything, so the transaction can still record them. A grant
 * that already exists (a redelivery racing another) and faults of the database are not refusals.
 */
function isFundRefusal(error: unknown): error is BraidError {
  return (
    error instanceof BraidError &&
    !(error instanceof GrantExistsForMotion) &&
    [ErrorCode.BAD_USER_INPUT, ErrorCode.CONFLICT, ErrorCode.NOT_FOUND].includes(error.code)
  );
}
