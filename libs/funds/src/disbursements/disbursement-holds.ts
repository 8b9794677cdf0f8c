import type { DisbursementHoldFigure } from '@braid/contracts';
import { RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import type { Grant } from '../grants/grant.entity';
import type { Disbursement } from './disbursement.entity';

/**
 * Why a tranche is held: in English for the ledger's history and the audit, and as figures (report
 * periods, due dates) from which the client writes its own sentence in the reader's language.
 */
export interface DisbursementHold {
  text: string;
  figures: DisbursementHoldFigure[];
}

/**
 * A reason to hold a tranche, or null to let it go. Runs inside the release transaction, after
 * the tranche is locked, with the fund administrator's context: read with `ctx.em` only.
 */
export type DisbursementHoldCheck = (
  ctx: RequestContext,
  disbursement: Disbursement,
  grant: Grant,
) => Promise<DisbursementHold | null>;

/**
 * The seam where other libraries hold money back without funds knowing them. The reports library
 * will register "a late report holds the next tranche" here in its module's onModuleInit:
 *
 *   disbursementHolds.register('late-report', async (ctx, tranche, grant) =>
 *     (await reports.overdueFor(ctx, grant.id))
 *       ? { text: 'the report due 2026-04-30 has not been accepted', figures: [...] }
 *       : null);
 *
 * Every registered check is consulted on each release; any reason refuses it (DisbursementOnHold,
 * CONFLICT) and nothing is posted.
 */
@Injectable()
export class DisbursementHolds {
  private readonly checks = new Map<string, DisbursementHoldCheck>();

  register(name: string, check: DisbursementHoldCheck): void {
    if (this.checks.has(name)) throw new Error(`A disbursement hold named "${name}" is already registered`);
    this.checks.set(name, check);
  }

  unregister(name: string): void {
    this.checks.delete(name);
  }

  /** The reasons the tranche is held, empty when it may be released. */
  async reasons(ctx: RequestContext, disbursement: Disbursement, grant: Grant): Promise<DisbursementHold[]> {
    const reasons: DisbursementHold[] = [];
    for (const check of this.checks.values()) {
      const reason = await check(ctx, disbursement, grant);
      if (reason) reasons.push(reason);
    }
    return reasons;
  }
}
