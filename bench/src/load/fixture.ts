import { Client } from 'pg';
import { BENCH_PASSWORD, benchEmail, COLLABORATIVES, ScaleName, SHAPE } from '../scale';
import { inBatches, signIn } from './http';

/** A signed-in person of one collaborative, as the load runner speaks for them. */
export interface Actor {
  email: string;
  cookie: string;
  collaborativeId: string;
  organizationId: string | null;
}

export interface Fixture {
  fundAdministrators: Actor[];
  chairs: Actor[];
  members: Actor[];
  partners: Actor[];
  /** Seat holders seated at the meeting where the open motions are, with those motions. */
  voters: { actor: Actor; openMotionIds: string[] }[];
  closedMotionIds: Map<string, string[]>;
  scheduledTranches: { collaborativeId: string; id: string; grantId: string }[];
  /** Year-two drafts ready to submit, of the signed-in partners' organizations. */
  draftReports: { organizationId: string; id: string }[];
}

/** Partners and voters signed in per collaborative: enough to spread the load, few enough to sign in fast. */
const PARTNERS_PER_COLLABORATIVE = 3;
const VOTERS_PER_COLLABORATIVE = 4;
const SIGNED_IN_COLLABORATIVES = 20;

/**
 * Who the load runner acts as, and on what: read from the seeded database (the data set's
 * deterministic emails), then signed in through the API like any browser.
 */
export async function buildFixture(baseUrl: string, db: Client, scale: ScaleName): Promise<Fixture> {
  const collaboratives = COLLABORATIVES[scale];
  const people = new Map(
    (
      await db.query(
        `SELECT u.email, m.collaborative_id, m.organization_id FROM user_account AS u JOIN membership AS m ON m.user_id = u.id
          WHERE u.email LIKE '%@bench.braid.example'`,
      )
    ).rows.map((row: { email: string; collaborative_id: string; organization_id: string | null }) => [
      row.email,
      row,
    ]),
  );
  const wanted: {
    role: keyof Omit<Fixture, 'voters' | 'closedMotionIds' | 'scheduledTranches'> | 'voter';
    email: string;
  }[] = [];
  // At most SIGNED_IN_COLLABORATIVES tenants, spread over the data set: every table is full size
  // either way, and 200 tenants' sign-ins (argon2) would take longer than the measurement.
  const step = Math.max(1, Math.floor(collaboratives / SIGNED_IN_COLLABORATIVES));
  for (let c = 1; c <= collaboratives; c += step) {
    wanted.push({ role: 'fundAdministrators', email: benchEmail.fundAdministrator(c) });
    wanted.push({ role: 'chairs', email: benchEmail.seatHolder(c, 1) });
    wanted.push({ role: 'members', email: benchEmail.seatHolder(c, 2) });
    for (let p = 1; p <= PARTNERS_PER_COLLABORATIVE; p++)
      wanted.push({ role: 'partners', email: benchEmail.partner(c, p) });
    // Seats absent from the last meeting are those with (seat + meetings) % 5 = 0 (tenant.sql.ts).
    const seated = Array.from({ length: SHAPE.seats }, (_, i) => i + 1).filter(
      (k) => (k + SHAPE.meetings) % 5 !== 0,
    );
    for (const k of seated.slice(2, 2 + VOTERS_PER_COLLABORATIVE))
      wanted.push({ role: 'voter', email: benchEmail.seatHolder(c, k) });
  }
  // argon2 runs on the API's thread pool (4 threads by default): more at once only queues.
  const actors = await inBatches(wanted, 4, async ({ role, email }) => {
    const person = people.get(email);
    if (!person) throw new Error(`${email} is not in the data set: seed it first`);
    const cookie = await signIn(baseUrl, email, BENCH_PASSWORD);
    const actor: Actor = {
      email,
      cookie,
      collaborativeId: person.collaborative_id,
      organizationId: person.organization_id,
    };
    return { role, actor };
  });
  const byRole = (role: string) => actors.filter((a) => a.role === role).map((a) => a.actor);

  const motions = (
    await db.query(
      `SELECT collaborative_id, id, status FROM motion WHERE kind = 'GENERAL' AND collaborative_id = ANY($1) ORDER BY id`,
      [[...new Set(actors.map((a) => a.actor.collaborativeId))]],
    )
  ).rows as { collaborative_id: string; id: string; status: string }[];
  const closedMotionIds = new Map<string, string[]>();
  const openMotionIds = new Map<string, string[]>();
  for (const motion of motions) {
    const target = motion.status === 'OPEN' ? openMotionIds : closedMotionIds;
    target.set(motion.collaborative_id, [...(target.get(motion.collaborative_id) ?? []), motion.id]);
  }
  const tranches = (
    await db.query(
      `SELECT collaborative_id, id, grant_id FROM disbursement WHERE status = 'SCHEDULED' ORDER BY collaborative_id, planned_on, id`,
    )
  ).rows as { collaborative_id: string; id: string; grant_id: string }[];

  const partnerOrganizations = byRole('partners').map((a) => a.organizationId);
  const drafts = (
    await db.query(
      // Only a period that is over can be reported on (a day's margin for time zones).
      `SELECT report.id, report.recipient_organization_id FROM grant_report AS report
         JOIN reporting_requirement AS requirement ON requirement.id = report.requirement_id
        WHERE report.status = 'DRAFT' AND report.recipient_organization_id = ANY($1)
          AND requirement.period_end < current_date - 1
        ORDER BY report.id`,
      [partnerOrganizations],
    )
  ).rows as { id: string; recipient_organization_id: string }[];

  return {
    draftReports: drafts.map((d) => ({ organizationId: d.recipient_organization_id, id: d.id })),
    fundAdministrators: byRole('fundAdministrators'),
    chairs: byRole('chairs'),
    members: byRole('members'),
    partners: byRole('partners'),
    voters: byRole('voter').map((actor) => ({
      actor,
      openMotionIds: openMotionIds.get(actor.collaborativeId) ?? [],
    })),
    closedMotionIds,
    scheduledTranches: tranches.map((t) => ({
      collaborativeId: t.collaborative_id,
      id: t.id,
      grantId: t.grant_id,
    })),
  };
}
