import {
  expectLedgerConsistent,
  FundBuilder,
  RECORD_CONTRIBUTION,
  RECORD_RECEIPT,
} from '../funds/fund-fixtures';
import { close, GQL, leadershipMeeting, openMotion, present } from '../governance/governance-support';
import { GraphQLResponse } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';
import { createTenant, TestTenant } from '../support/tenant';

const $ = (dollars: number) => BigInt(dollars) * 100n;
const DOCUMENTED = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);

/** Counts outcomes by code ('ok' for success); any undocumented code fails the test. */
function tally(responses: GraphQLResponse<unknown>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const response of responses) {
    const code = response.errors?.length ? String(response.errors[0].extensions?.code) : 'ok';
    if (code !== 'ok' && !DOCUMENTED.has(code)) throw new Error(`${code}: ${response.errors?.[0].message}`);
    counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
}

describe('Concurrent writes keep their invariants', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let fund: FundBuilder;

  beforeAll(async () => {
    app = await startTestApp('concurrency');
    tenant = await createTenant(app, 'concurrency');
    fund = new FundBuilder(app, tenant);
  });
  afterAll(() => app.close());

  it('takes 40 concurrent receipts against a pledge with room for 10: exactly 10 land, the ledger balances', async () => {
    const stream = await fund.stream({
      name: 'Housing stream',
      awardCents: $(50_000),
      pledgedCents: $(1_000),
    });
    const contributionId = stream.contributionId as string;
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        fund.admin.request(RECORD_RECEIPT, {
          input: { contributionId, cents: $(100).toString(), receivedOn: '2025-09-01', memo: `race ${i}` },
        }),
      ),
    );
    expect(tally(responses)).toEqual({ ok: 10, BAD_USER_INPUT: 30 });
    const [row] = await app.dataSource.query(
      `SELECT c.status, c.received_cents::text AS received,
              (SELECT count(*)::int FROM contribution_receipt r WHERE r.contribution_id = c.id) AS receipts
         FROM contribution c WHERE c.id = $1`,
      [contributionId],
    );
    expect(row).toEqual({ status: 'RECEIVED', received: $(1_000).toString(), receipts: 10 });
    await expectLedgerConsistent(app);
  });

  it('races receipts, a write-off and new pledges on one stream: received + written off equal the pledge, and what is still pledged never exceeds the award', async () => {
    const stream = await fund.stream({ name: 'Youth stream', awardCents: $(3_000), pledgedCents: $(2_000) });
    const contributionId = stream.contributionId as string;
    const responses = await Promise.all([
      ...Array.from({ length: 15 }, () =>
        fund.admin.request(RECORD_RECEIPT, {
          input: { contributionId, cents: $(200).toString(), receivedOn: '2025-09-01' },
        }),
      ),
      fund.admin.request(
        `mutation ($input: WriteOffContributionInput!) { writeOffContribution(input: $input) { status } }`,
        { input: { contributionId, reason: 'The funder cut its budget' } },
      ),
      // The award has room for $1,000 more, plus whatever the write-off frees if it lands first
      // (a written-off amount will never arrive, so the funder may pledge it again).
      ...Array.from({ length: 10 }, () =>
        fund.admin.request(RECORD_CONTRIBUTION, {
          input: {
            fundingStreamId: stream.id,
            amount: { cents: $(200).toString() },
            pledgedOn: '2025-09-01',
          },
        }),
      ),
    ]);
    tally(responses);
    const [row] = await app.dataSource.query(
      `SELECT pledged_cents AS pledged, received_cents AS received, written_off_cents AS written_off FROM contribution WHERE id = $1`,
      [contributionId],
    );
    expect(BigInt(row.received) + BigInt(row.written_off)).toBe(BigInt(row.pledged));
    const [{ pledged }] = await app.dataSource.query(
      `SELECT sum(pledged_cents - written_off_cents)::text AS pledged FROM contribution WHERE funding_stream_id = $1`,
      [stream.id],
    );
    expect(BigInt(pledged)).toBeLessThanOrEqual($(3_000));
    await expectLedgerConsistent(app);
  });

  it('keeps one ballot per seat and a tally equal to the ballots when 4 seats vote 10 times each while the chair closes', async () => {
    const seats = ['chair', 'lead', 'member', 'resident'] as const;
    const meeting = await leadershipMeeting(tenant, present(...seats.map((role) => tenant.seats[role])));
    const motionId = await openMotion(tenant, meeting);
    const choices = ['YES', 'NO', 'ABSTAIN'];
    const casts = seats.flatMap((role) =>
      Array.from({ length: 10 }, (_, i) =>
        tenant.clients[role].request(GQL.castBallot, { input: { motionId, choice: choices[i % 3] } }),
      ),
    );
    // The chair closes while the ballots are in flight: those after the close hear CONFLICT.
    const closing = new Promise((resolve) => setTimeout(resolve, 30)).then(() =>
      tenant.clients.chair.request(GQL.closeMotion, { id: motionId }),
    );
    const [closed, ...cast] = await Promise.all([closing, ...casts]);
    expect(closed.errors).toBeUndefined();
    const counts = tally(cast);
    expect(Object.keys(counts).every((code) => code === 'ok' || code === 'CONFLICT')).toBe(true);

    const ballots: { seat_id: string; choice: string }[] = await app.dataSource.query(
      `SELECT seat_id, choice FROM ballot WHERE motion_id = $1`,
      [motionId],
    );
    expect(new Set(ballots.map((b) => b.seat_id)).size).toBe(ballots.length);
    const { recomputeTally } = await tenant.clients.member.data<{
      recomputeTally: { matches: boolean; differences: string[]; recomputed: Record<string, number> };
    }>(GQL.recomputeTally, { motionId });
    expect(recomputeTally.matches).toBe(true);
    const [stored] = await app.dataSource.query(
      `SELECT yes, no, abstain, ballots_cast FROM tally WHERE motion_id = $1`,
      [motionId],
    );
    const byChoice = (choice: string) => ballots.filter((b) => b.choice === choice).length;
    expect(stored).toMatchObject({
      yes: byChoice('YES'),
      no: byChoice('NO'),
      abstain: byChoice('ABSTAIN'),
      ballots_cast: ballots.length,
    });
  });

  it('races minutes edits against the vote that approves them: the approved text is the last edit that landed, and nothing changes it after', async () => {
    const everyone = present(
      tenant.seats.chair,
      tenant.seats.lead,
      tenant.seats.member,
      tenant.seats.resident,
    );
    const earlier = await leadershipMeeting(tenant, everyone, 'January');
    const chair = tenant.clients.chair;
    const { draftMinutes } = await chair.data<{ draftMinutes: { id: string } }>(GQL.draftMinutes, {
      input: { meetingId: earlier, body: 'Draft 0' },
    });
    await chair.data(GQL.circulateMinutes, { id: draftMinutes.id });
    const later = await leadershipMeeting(tenant, everyone, 'February');
    const { createMotion } = await chair.data<{ createMotion: { id: string } }>(GQL.createMotion, {
      input: {
        meetingId: later,
        kind: 'MINUTES_APPROVAL',
        title: 'Approve January',
        minutesId: draftMinutes.id,
      },
    });
    const edit = (i: number) =>
      chair.request(GQL.updateMinutes, { input: { id: draftMinutes.id, body: `Edit ${i}` } });

    // Round 1: edits race the opening of the vote.
    const [opened, ...round1] = await Promise.all([
      chair.request(GQL.openMotion, { id: createMotion.id }),
      ...Array.from({ length: 20 }, (_, i) => edit(i + 1)),
    ]);
    expect(opened.errors).toBeUndefined();
    tally(round1);
    for (const role of ['chair', 'lead', 'member', 'resident'] as const)
      await tenant.clients[role].data(GQL.castBallot, {
        input: { motionId: createMotion.id, choice: 'YES' },
      });

    // Round 2: edits and corrections race the close that approves.
    const [closed, ...round2] = await Promise.all([
      close(tenant, createMotion.id),
      ...Array.from({ length: 20 }, (_, i) => edit(100 + i)),
      ...Array.from({ length: 5 }, (_, i) =>
        chair.request(`mutation($input: CorrectMinutesInput!) { correctMinutes(input: $input) { id } }`, {
          input: { minutesId: draftMinutes.id, body: `Correction ${i}` },
        }),
      ),
    ]);
    expect((closed as { outcome: string }).outcome).toBe('PASSED');
    const edits2 = tally(round2.slice(0, 20));
    const corrections = tally(round2.slice(20));
    expect(edits2).toEqual({ CONFLICT: 20 });
    expect(corrections.ok ?? 0).toBeLessThanOrEqual(1);

    // The edits that landed form one chain in the audit trail, each replacing the text the previous
    // one left (no lost update), and the approved text is the end of that chain.
    const updates: { before: string; after: string }[] = await app.dataSource.query(
      `SELECT before->>'body' AS before, after->>'body' AS after FROM audit_event WHERE entity_id = $1::text AND action = 'minutes.updated'`,
      [draftMinutes.id],
    );
    const acknowledged = round1.filter((r) => !r.errors).length;
    // Only round 1's edits landed: none during the vote or after the approval.
    expect(updates).toHaveLength(acknowledged);
    let text = 'Draft 0';
    for (let step = 0; step < updates.length; step++) {
      const next = updates.find((update) => update.before === text);
      expect(next).toBeDefined();
      text = next?.after ?? text;
    }
    const [minutes] = await app.dataSource.query(`SELECT status, body FROM minutes WHERE id = $1`, [
      draftMinutes.id,
    ]);
    expect(minutes.status).toBe('APPROVED');
    expect(minutes.body).toBe(text);
    process.stdout.write(
      `\nMinutes race: round 1 ${JSON.stringify(tally(round1))}, round 2 edits ${JSON.stringify(edits2)}, corrections ${JSON.stringify(corrections)}\n`,
    );
  });
});
