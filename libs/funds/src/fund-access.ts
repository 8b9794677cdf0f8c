import { Action, SubjectName } from '@braid/contracts';
import { Collaborative } from '@braid/collaboratives';
import { can, findAccessible, NotAllowedError, NotFoundError, RequestContext } from '@braid/kernel';

/**
 * For queries scoped to a whole fund (budget, exports): the caller must be allowed the action in
 * that collaborative. A member without the right hears FORBIDDEN; anyone else NOT_FOUND, so a
 * published collaborative's fund details never leak to another tenant's staff.
 */
export async function requireFundAccess(
  ctx: RequestContext,
  collaborativeId: string,
  action: Action,
  subject: Exclude<SubjectName, 'all'>,
): Promise<Collaborative> {
  const collaborative = await findAccessible(ctx, Collaborative, 'Collaborative', collaborativeId);
  if (can(ctx, action, subject, { collaborativeId })) return collaborative;
  if (ctx.membershipIn(collaborativeId))
    throw new NotAllowedError(
      `You are not allowed to ${action} this fund's ${subject === 'LedgerTransaction' ? 'ledger' : 'budget'}.`,
      { action, subject },
    );
  throw new NotFoundError('Collaborative', collaborativeId);
}
