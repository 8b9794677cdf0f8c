import {
  DISBURSEMENT_HOLD_CHECK,
  type DisbursementHold,
  type TrancheToRelease,
} from '@braid/contracts';
import { DomainChecks, RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import type { Grant } from '../grants/grant.entity';
import type { Disbursement } from './disbursement.entity';

/**
 * Funds asks the kernel's DomainChecks whether anything holds a tranche (DISBURSEMENT_HOLD_CHECK in
 * @braid/contracts): other libraries hold money back without funds knowing them, as reports does
 * with its late reports. This class only puts the question in funds' terms for the release, its
 * preview and the reminders; the checks themselves are registered with DomainChecks.
 */
@Injectable()
export class DisbursementHolds {
  constructor(private readonly checks: DomainChecks) {}

  /** The reasons the tranche is held, empty when it may be released. */
  reasons(ctx: RequestContext, disbursement: Disbursement, grant: Grant): Promise<DisbursementHold[]> {
    return this.checks.problems<TrancheToRelease, DisbursementHold>(DISBURSEMENT_HOLD_CHECK, ctx, {
      collaborativeId: grant.collaborativeId,
      grantId: grant.id,
      disbursementId: disbursement.id,
      sequence: disbursement.sequence,
      plannedOn: disbursement.plannedOn,
    });
  }
}
