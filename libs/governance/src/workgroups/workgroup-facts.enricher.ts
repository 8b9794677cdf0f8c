import { Principal, PrincipalEnricher } from '@braid/kernel';
import { EntityManager } from 'typeorm';

interface Row {
  collaborative_id: string;
  workgroup_id: string;
  lead: boolean;
}

/**
 * Adds the workgroups a person leads and belongs to (MembershipFacts.ledWorkgroupIds and
 * workgroupIds), for the rules "leads manage their own workgroups" and "members update the items
 * they own". Runs after the collaboratives enricher, which creates the memberships it fills in.
 */
export class WorkgroupFactsEnricher implements PrincipalEnricher {
  async enrich(principal: Principal, em: EntityManager): Promise<void> {
    if (!principal.memberships.length) return;
    const rows: Row[] = await em.query(
      `SELECT collaborative_id, workgroup_id, lead FROM workgroup_member WHERE user_id = $1`,
      [principal.userId],
    );
    for (const membership of principal.memberships) {
      const mine = rows.filter((row) => row.collaborative_id === membership.collaborativeId);
      membership.workgroupIds = mine.map((row) => row.workgroup_id);
      membership.ledWorkgroupIds = mine.filter((row) => row.lead).map((row) => row.workgroup_id);
    }
  }
}
