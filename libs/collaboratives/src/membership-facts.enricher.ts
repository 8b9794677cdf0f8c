import { Role } from '@braid/contracts';
import { Principal, PrincipalEnricher } from '@braid/kernel';
import { EntityManager } from 'typeorm';

interface Row {
  membership_id: string;
  collaborative_id: string;
  roles: Role[] | string;
  organization_id: string | null;
  seat_ids: string[];
  alternate_seat_ids: string[];
}

function parseRoles(value: Role[] | string): Role[] {
  // pg returns arrays of a custom enum type as the literal '{ADMIN,CHAIR}'.
  if (Array.isArray(value)) return value;
  return value
    .replace(/^\{|\}$/g, '')
    .split(',')
    .filter(Boolean) as Role[];
}

/** Adds the person's active memberships and the seats they hold, in one query per request. */
export class MembershipFactsEnricher implements PrincipalEnricher {
  async enrich(principal: Principal, em: EntityManager): Promise<void> {
    const rows: Row[] = await em.query(
      `SELECT m.id AS membership_id, m.collaborative_id, m.roles, m.organization_id,
              coalesce(array_agg(s.id) FILTER (WHERE s.holder_user_id = m.user_id), '{}') AS seat_ids,
              coalesce(array_agg(s.id) FILTER (WHERE s.alternate_user_id = m.user_id), '{}') AS alternate_seat_ids
         FROM membership m
         LEFT JOIN seat s ON s.collaborative_id = m.collaborative_id
                         AND (s.holder_user_id = m.user_id OR s.alternate_user_id = m.user_id)
        WHERE m.user_id = $1 AND m.status = 'ACTIVE'
        GROUP BY m.id`,
      [principal.userId],
    );
    principal.memberships = rows.map((row) => ({
      membershipId: row.membership_id,
      collaborativeId: row.collaborative_id,
      roles: parseRoles(row.roles),
      organizationId: row.organization_id,
      seatIds: row.seat_ids,
      alternateSeatIds: row.alternate_seat_ids,
      ledWorkgroupIds: [],
      workgroupIds: [],
    }));
  }
}
