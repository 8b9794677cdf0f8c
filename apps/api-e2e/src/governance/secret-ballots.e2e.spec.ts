import { startTestApp, TestApp } from '../support/test-app';
import { subscribe } from '../support/subscriptions';
import { createTenant, TestTenant } from '../support/tenant';
import { close, GQL, leadershipMeeting, openMotion, present, vote } from './governance-support';

const MOTION_UPDATED = `subscription($motionId: ID!) { motionUpdated(motionId: $motionId) { motionId status secret ballotsCast counts { yes no abstain } } }`;
const BALLOTS = `query($id: ID!) {
  motion(id: $id) { secret runningCounts { yes no abstain } ballots { seatId choice secret castByAlternate } tally { yes no abstain } }
}`;

interface LiveUpdate {
  motionUpdated: {
    ballotsCast: number;
    counts: { yes: number; no: number; abstain: number } | null;
    status: string;
  };
}

/**
 * Secret ballots: the choice of a seat must not be learnable by anyone, through the API or from
 * what the database keeps. Braid stores no link between a seat and its choice: the ballot row
 * says the seat voted; the choices are counts in the motion's ballot box; the voter holds a
 * sealed receipt to change the ballot.
 */
describe('A secret ballot', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let motionId: string;
  const receipts: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp('gov-secret');
    tenant = await createTenant(app, 'gov-secret');
    const { chair, lead, member, resident } = tenant.seats;
    const meetingId = await leadershipMeeting(tenant, present(chair, lead, member, resident));
    motionId = await openMotion(tenant, meetingId, {
      title: 'Elect the vice chair: Gloria Hernández',
      secret: true,
    });
  });
  afterAll(() => app.close());

  it('gives each voter a receipt and keeps no choice beside a seat', async () => {
    const live = subscribe<LiveUpdate>(tenant.clients.admin, MOTION_UPDATED, { motionId });
    expect((await live.next()).data?.motionUpdated).toMatchObject({
      status: 'OPEN',
      ballotsCast: 0,
      counts: null,
    });

    for (const [role, choice] of [
      ['member', 'YES'],
      ['resident', 'NO'],
      ['chair', 'ABSTAIN'],
      ['lead', 'YES'],
    ] as const) {
      const { castBallot } = await vote(tenant.clients[role], motionId, choice);
      expect(castBallot.ballot).toMatchObject({ choice: null, secret: true });
      expect(castBallot.receipt).toEqual(expect.any(String));
      receipts[role] = castBallot.receipt as string;
      // The projector sees that a seat voted, never running counts.
      expect((await live.next()).data?.motionUpdated).toMatchObject({ counts: null });
    }
    await live.close();

    // In the database: ballot rows without choices, and counts without seats.
    expect(
      await app.dataSource.query(`SELECT DISTINCT choice FROM ballot WHERE motion_id = $1`, [motionId]),
    ).toEqual([{ choice: null }]);
    expect(
      await app.dataSource.query(`SELECT yes, no, abstain FROM secret_ballot_box WHERE motion_id = $1`, [
        motionId,
      ]),
    ).toEqual([{ yes: 2, no: 1, abstain: 1 }]);
    // Nothing that names a seat can hold a choice: the check constraint refuses it outright.
    await expect(
      app.dataSource.query(`UPDATE ballot SET choice = 'YES' WHERE motion_id = $1 AND seat_id = $2`, [
        motionId,
        tenant.seats.member,
      ]),
    ).rejects.toThrow(/ballot_secret_has_no_choice/);
  });

  it('shows no one, not even the administrator, who chose what, in any query', async () => {
    for (const role of ['admin', 'chair', 'member', 'observer'] as const) {
      const { motion } = await tenant.clients[role].data<{
        motion: { runningCounts: unknown; ballots: { choice: string | null }[]; tally: unknown };
      }>(BALLOTS, { id: motionId });
      expect(motion.runningCounts).toBeNull();
      expect(motion.tally).toBeNull();
      expect(motion.ballots).toHaveLength(4);
      expect(motion.ballots.every((ballot) => ballot.choice === null)).toBe(true);
    }
    const { auditEvents } = await tenant.clients.admin.data<{
      auditEvents: { nodes: { action: string; before: unknown; after: unknown }[] };
    }>(
      `query($c: ID!) { auditEvents(collaborativeId: $c, entityType: "Ballot", first: 200) { nodes { action before after } } }`,
      { c: tenant.collaborativeId },
    );
    expect(auditEvents.nodes.length).toBeGreaterThanOrEqual(4);
    for (const event of auditEvents.nodes) {
      expect(event.after).toMatchObject({ secret: true, choice: null });
      expect(JSON.stringify(event)).not.toMatch(/"choice":"(YES|NO|ABSTAIN)"|receipt/i);
    }
  });

  it('changes a secret vote only with its receipt, and counts it once', async () => {
    const without = await tenant.clients.resident.error(GQL.castBallot, {
      input: { motionId, choice: 'YES' },
    });
    expect(without.code).toBe('CONFLICT');
    const someoneElses = await tenant.clients.resident.error(GQL.castBallot, {
      input: { motionId, choice: 'YES', receipt: receipts.member },
    });
    expect(someoneElses.code).toBe('BAD_USER_INPUT');

    const changed = await vote(tenant.clients.resident, motionId, 'YES', { receipt: receipts.resident });
    expect(changed.castBallot.changed).toBe(true);
    const replay = await tenant.clients.resident.error(GQL.castBallot, {
      input: { motionId, choice: 'NO', receipt: receipts.resident },
    });
    expect(replay.code).toBe('BAD_USER_INPUT');
    receipts.resident = changed.castBallot.receipt as string;
    expect(
      await app.dataSource.query(`SELECT yes, no, abstain FROM secret_ballot_box WHERE motion_id = $1`, [
        motionId,
      ]),
    ).toEqual([{ yes: 3, no: 0, abstain: 1 }]);
  });

  it('takes a recusing voter’s secret ballot out of the box by its receipt', async () => {
    const withoutReceipt = await tenant.clients.chair.error(GQL.declareConflict, {
      input: { motionId, reason: 'Gloria is my cousin' },
    });
    expect(withoutReceipt.code).toBe('CONFLICT');
    await tenant.clients.chair.data(GQL.declareConflict, {
      input: { motionId, reason: 'Gloria is my cousin', receipt: receipts.chair },
    });
    expect(
      await app.dataSource.query(`SELECT yes, no, abstain FROM secret_ballot_box WHERE motion_id = $1`, [
        motionId,
      ]),
    ).toEqual([{ yes: 3, no: 0, abstain: 0 }]);
  });

  it('shows only the counts once closed, erases the receipt key, and leaks nothing to events', async () => {
    const closed = await close(tenant, motionId);
    expect(closed.tally).toMatchObject({
      yes: 3,
      no: 0,
      abstain: 0,
      ballotsCast: 3,
      recusedSeatIds: [tenant.seats.chair],
      outcome: 'PASSED',
    });
    expect(
      await app.dataSource.query(`SELECT receipt_key FROM secret_ballot_box WHERE motion_id = $1`, [
        motionId,
      ]),
    ).toEqual([{ receipt_key: null }]);
    const { recomputeTally } = await tenant.clients.observer.data<{ recomputeTally: { matches: boolean } }>(
      GQL.recomputeTally,
      { motionId },
    );
    expect(recomputeTally.matches).toBe(true);

    // The audit trail and the outbox hold no receipt and no per-seat choice of this motion.
    const leaks = await app.dataSource.query(
      `SELECT 'audit' AS source, action FROM audit_event
        WHERE coalesce(before::text, '') || coalesce(after::text, '') ~ $2
       UNION ALL
       SELECT 'event', type FROM domain_event WHERE payload::text LIKE '%' || $1 || '%'`,
      [motionId, Object.values(receipts).join('|')],
    );
    expect(leaks).toEqual([]);
    const ballotEvents = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'Ballot' AND after->>'motionId' = $1 AND after->>'choice' IS NOT NULL`,
      [motionId],
    );
    expect(ballotEvents[0].n).toBe(0);
    // A receipt is worthless once the motion has closed.
    expect(
      (
        await tenant.clients.member.error(GQL.castBallot, {
          input: { motionId, choice: 'NO', receipt: receipts.member },
        })
      ).code,
    ).toBe('CONFLICT');
  });
});
