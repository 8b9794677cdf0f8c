import {
  DISBURSEMENT_HOLD_CHECK,
  type DisbursementHold,
  type TrancheToRelease,
} from '@braid/contracts';
import { DomainChecks, RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { RequirementService } from '../requirements/requirement.service';

/**
 * Reports' answer to funds' DISBURSEMENT_HOLD_CHECK: a tranche is held while a report due before
 * its planned date is late (due date passed, nothing submitted) or has changes requested and not
 * resubmitted — when the collaborative's setting says so (on by default). Funds asks without
 * knowing reports; the administrator may override with a recorded reason.
 */
@Injectable()
export class LateReportHold {
  constructor(private readonly requirements: RequirementService) {}

  register(checks: DomainChecks): void {
    checks.register<TrancheToRelease, DisbursementHold>(DISBURSEMENT_HOLD_CHECK, async (ctx, tranche) => {
      const reason = await this.reason(ctx, tranche);
      return reason ? [reason] : [];
    });
  }

  async reason(ctx: RequestContext, tranche: TrancheToRelease): Promise<DisbursementHold | null> {
    const holds = await this.requirements.holdsFor(ctx, tranche.grantId, tranche.plannedOn);
    return holds.length
      ? { text: holds.map((hold) => hold.text).join('; '), figures: holds.map((hold) => hold.figure) }
      : null;
  }
}
