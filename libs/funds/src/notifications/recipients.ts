import { MembershipStatus, Role } from '@braid/contracts';
import { RequestContext } from '@braid/kernel';

/**
 * Who hears about the fund's and the reports' events. Both lists mirror the read rules of
 * `ability.factory.ts` (fundRules, reportRules), so nobody is told about a record they could not
 * open: a partner contact reads its own organization's grants, tranches and requirements (its
 * membership names the organization), and the fund administrator reads all of the fund. Only active
 * memberships count; the notifier drops anyone who has left by the time the message goes.
 */
export async function partnerContactsOf(
  ctx: RequestContext,
  collaborativeId: string,
  organizationId: string,
): Promise<string[]> {
  return membersWithRole(ctx, collaborativeId, Role.PARTNER_CONTACT, organizationId);
}

/** The collaborative's fund administrators (the backbone staff who keep the fund). */
export async function fundAdministratorsOf(ctx: RequestContext, collaborativeId: string): Promise<string[]> {
  return membersWithRole(ctx, collaborativeId, Role.FUND_ADMINISTRATOR, null);
}

async function membersWithRole(
  ctx: RequestContext,
  collaborativeId: string,
  role: Role,
  organizationId: string | null,
): Promise<string[]> {
  const rows: { user_id: string }[] = await ctx.em.query(
    `SELECT user_id FROM membership
      WHERE collaborative_id = $1 AND status = $2 AND $3 = ANY(roles)
        AND ($4::uuid IS NULL OR organization_id = $4::uuid)
      ORDER BY user_id`,
    [collaborativeId, MembershipStatus.ACTIVE, role, organizationId],
  );
  return rows.map((row) => row.user_id);
}

/**
 * Where the web app shows what a message is about (apps/web/src/app/funds.routes.tsx): the grant
 * page is open to the grant's partner contacts and the leadership team alike.
 */
export const fundLinks = {
  grant: (collaborativeId: string, grantId: string) =>
    `/collaboratives/${collaborativeId}/funds/grants/${grantId}`,
  contributions: (collaborativeId: string) => `/collaboratives/${collaborativeId}/funds/contributions`,
  budget: (collaborativeId: string) => `/collaboratives/${collaborativeId}/funds`,
};
