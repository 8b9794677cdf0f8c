import { Disbursement, DisbursementHold, DisbursementHolds, Grant } from '@braid/funds';
import { RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { RequirementService } from '../requirements/requirement.service';

export const LATE_REPORT_HOLD = 'late-report';

/**
 * Reports' answer to funds' release: a tranche is held while a report due before its planned date
 * is late (due date passed, nothing submitted) or has changes requested and not resubmitted —
 * when the collaborative's setting says so (on by default). Registered with funds' DisbursementHolds, so
 * funds asks without knowing reports; the administrator may override with a recorded reason.
 */
@Injectable()
export class LateReportHold {
  constructor(private readonly requirements: RequirementService) {}

  register(holds: DisbursementHolds): void {
    holds.register(LATE_REPORT_HOLD, (ctx, tranche, grant) => this.reason(ctx, tranche, grant));
  }

  async reason(ctx: RequestContext, tranche: Disbursement, grant: Grant): Promise<DisbursementHold | null> {
    const holds = await this.requirements.holdsFor(ctx, grant.id, tranche.plannedOn);
    return holds.length
      ? { text: holds.map((hold) => hold.text).join('; '), figures: holds.map((hold) => hold.figure) }
      : null;
  }
}
