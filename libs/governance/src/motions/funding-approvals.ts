import { MotionKind, MotionOutcome } from '@braid/contracts';
import type { RequestContext } from '@braid/kernel';
import { In } from 'typeorm';
import { FundingProposal } from './funding-proposal.entity';
import { Motion } from './motion.entity';

/** What the board approved with a passed FUNDING motion: whom to fund, and up to how much. */
export interface FundingApproval {
  motionId: string;
  recipientOrganizationId: string;
  amount: { cents: bigint; currency: string };
}

/** Why a motion approves no grant: it is not this collaborative's, or not a passed FUNDING motion. */
export type NoFundingApproval = 'NO_SUCH_MOTION' | 'NOT_A_PASSED_FUNDING_MOTION';

/**
 * Governance's answer to "what did this motion approve?", for funds when a fund administrator
 * enters a grant by hand citing the motion. Governance owns motions and their proposals; funds
 * asks here rather than reading the tables, so the rule of what counts as an approval stays here.
 * Reads with `ctx.em`: inside the caller's transaction.
 */
export async function fundingApprovalOf(
  ctx: RequestContext,
  collaborativeId: string,
  motionId: string,
): Promise<FundingApproval | NoFundingApproval> {
  const motion = await ctx.em.findOneBy(Motion, { id: motionId, collaborativeId });
  if (!motion) return 'NO_SUCH_MOTION';
  if (motion.kind !== MotionKind.FUNDING || motion.outcome !== MotionOutcome.PASSED)
    return 'NOT_A_PASSED_FUNDING_MOTION';
  const proposal = await ctx.em.findOneByOrFail(FundingProposal, { motionId: motion.id });
  return {
    motionId: motion.id,
    recipientOrganizationId: proposal.recipientOrganizationId,
    amount: { cents: proposal.amount.cents, currency: proposal.amount.currency },
  };
}

/**
 * Motion titles by id, for what other domains say about the records a motion made (funds' ledger
 * memos name the motion that approved a grant). One statement for all the ids.
 */
export async function motionTitlesOf(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const motions = await ctx.em.find(Motion, { select: { id: true, title: true }, where: { id: In([...ids]) } });
  return new Map(motions.map((motion) => [motion.id, motion.title]));
}
