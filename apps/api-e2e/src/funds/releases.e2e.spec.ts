import { DISBURSEMENT_HOLD_CHECK, DisbursementHold, TrancheToRelease } from '@braid/contracts';
import { DomainChecks } from '@braid/kernel';
import { performance } from 'node:perf_hooks';
import { createTenant, TestTenant } from '../support/tenant';
import { startTestApp, TestApp } from '../support/test-app';
import { expectLedgerConsistent, FundBuilder, GrantResult, RELEASE, releaseKey } from './fund-fixtures';

const $ = (dollars: number) => BigInt(dollars) * 100n;

interface Released {
  releaseDisbursement: { id: string; status: string; releaseTransactionId: string };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

describe('Releasing disbursement tranches', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let fund: FundBuilder;

  beforeAll(async () => {
    app = await startTestApp('funds-releases');
    tenant = await createTenant(app, 'releases');
    fund = new FundBuilder(app, tenant);
  });
  afterEach(() => expectLedgerConsistent(app));
  afterAll(() => app.close());

  it('lets exactly 7 of 200 concurrent releases through when the stream holds cash for 7', async () => {
    // $200,000 pledged and committed to four grants of fifty $1,000 tranches; $7,500 received.
    const stream = await fund.stream({
      name: 'Seven tranches of cash',
      awardCents: $(200_000),
      pledgedCents: $(200_000),
      receivedCents: $(7_500),
    });
    const grants: GrantResult[] = [];
    for (let i = 0; i < 4; i++) {
      grants.push(
        await fund.grant({
          title: `Grant ${i + 1}`,
          recipientOrganizationId: i % 2 ? tenant.organizations.granteeB : tenant.organizations.granteeA,
          allocations: [{ fundingStreamId: stream.id, cents: $(50_000) }],
          tranches: Array.from({ length: 50 }, () => $(1_000)),
        }),
      );
    }
    const tranches = grants.flatMap((grant) => grant.disbursements);
    expect(tranches).toHaveLength(200);

    const latencies: number[] = [];
    const started = performance.now();
    const responses = await Promise.all(
      tranches.map(async (tranche) => {
        const t0 = performance.now();
        const response = await fund.admin.request<Released>(RELEASE, {
          input: { disbursementId: tranche.id, idempotencyKey: releaseKey() },
        });
        latencies.push(performance.now() - t0);
        return response;
      }),
    );
    const wall = performance.now() - started;
    latencies.sort((a, b) => a - b);
    process.stdout.write(
      `\n200 concurrent releases over HTTP: wall ${wall.toFixed(0)} ms, latency p50 ${percentile(latencies, 50).toFixed(0)} ms, ` +
        `p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${latencies[latencies.length - 1].toFixed(0)} ms\n`,
    );

    const released = responses.filter((response) => response.data?.releaseDisbursement.status === 'RELEASED');
    const refused = responses.filter((response) => response.errors?.length);
    expect(released).toHaveLength(7);
    expect(refused).toHaveLength(193);
    expect(new Set(refused.map((response) => response.errors?.[0].extensions?.['reason']))).toEqual(
      new Set(['INSUFFICIENT_FUNDS']),
    );
    expect(new Set(refused.map((response) => response.errors?.[0].extensions?.code))).toEqual(
      new Set(['CONFLICT']),
    );

    const budget = await fund.streamBudget(stream.id);
    expect(budget).toMatchObject({
      disbursed: { cents: $(7_000).toString() },
      cashOnHand: { cents: $(500).toString() },
    });
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM ledger_transaction WHERE source = 'DISBURSEMENT_RELEASE' AND grant_id = ANY($1)`,
      [grants.map((grant) => grant.id)],
    );
    expect(n).toBe(7);
    const [{ statuses }] = await app.dataSource.query(
      `SELECT json_object_agg(status, n) AS statuses FROM (SELECT status, count(*)::int AS n FROM disbursement WHERE grant_id = ANY($1) GROUP BY status) s`,
      [grants.map((grant) => grant.id)],
    );
    expect(statuses).toEqual({ RELEASED: 7, SCHEDULED: 193 });
  });

  it('answers a repeated idempotency key with the first result and posts once', async () => {
    const stream = await fund.stream({
      name: 'Idempotent',
      awardCents: $(10_000),
      pledgedCents: $(10_000),
      receivedCents: $(10_000),
    });
    const grant = await fund.grant({
      allocations: [{ fundingStreamId: stream.id, cents: $(4_000) }],
      tranches: [$(2_000), $(2_000)],
    });
    const key = releaseKey();
    const first = await fund.admin.data<Released>(RELEASE, {
      input: { disbursementId: grant.disbursements[0].id, idempotencyKey: key },
    });
    const again = await fund.admin.data<Released>(RELEASE, {
      input: { disbursementId: grant.disbursements[0].id, idempotencyKey: key },
    });
    expect(again.releaseDisbursement).toEqual(first.releaseDisbursement);
    expect((await fund.streamBudget(stream.id)).cashOnHand.cents).toBe($(8_000).toString());

    const reused = await fund.admin.error(RELEASE, {
      input: { disbursementId: grant.disbursements[1].id, idempotencyKey: key },
    });
    expect(reused.code).toBe('CONFLICT');
    expect(reused.extensions?.['reason']).toBe('IDEMPOTENCY_KEY_REUSED');
    // A new key for a tranche already released is an illegal move, not a second payment.
    const twice = await fund.admin.error(RELEASE, {
      input: { disbursementId: grant.disbursements[0].id, idempotencyKey: releaseKey() },
    });
    expect(twice.code).toBe('CONFLICT');
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM ledger_transaction WHERE idempotency_key = $1`,
      [key],
    );
    expect(n).toBe(1);
  });

  it('posts once when the same key arrives many times at once', async () => {
    const stream = await fund.stream({
      name: 'Concurrent repeats',
      awardCents: $(10_000),
      pledgedCents: $(10_000),
      receivedCents: $(10_000),
    });
    const grant = await fund.grant({
      allocations: [{ fundingStreamId: stream.id, cents: $(3_000) }],
      tranches: [$(3_000)],
    });
    const key = releaseKey();
    const responses = await Promise.all(
      Array.from({ length: 25 }, () =>
        fund.admin.request<Released>(RELEASE, {
          input: { disbursementId: grant.disbursements[0].id, idempotencyKey: key },
        }),
      ),
    );
    expect(responses.filter((response) => response.errors)).toEqual([]);
    expect(
      new Set(responses.map((response) => response.data?.releaseDisbursement.releaseTransactionId)).size,
    ).toBe(1);
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM ledger_transaction WHERE idempotency_key = $1`,
      [key],
    );
    expect(n).toBe(1);
    expect((await fund.streamBudget(stream.id)).cashOnHand.cents).toBe($(7_000).toString());
  });

  it('refuses the same key sent for two different tranches at once: one wins, the other hears CONFLICT', async () => {
    const stream = await fund.stream({
      name: 'Key race',
      awardCents: $(10_000),
      pledgedCents: $(10_000),
      receivedCents: $(10_000),
    });
    const grant = await fund.grant({
      allocations: [{ fundingStreamId: stream.id, cents: $(2_000) }],
      tranches: [$(1_000), $(1_000)],
    });
    const key = releaseKey();
    const responses = await Promise.all(
      grant.disbursements.map((tranche) =>
        fund.admin.request<Released>(RELEASE, { input: { disbursementId: tranche.id, idempotencyKey: key } }),
      ),
    );
    expect(
      responses.filter((response) => response.data?.releaseDisbursement.status === 'RELEASED'),
    ).toHaveLength(1);
    expect(
      responses.filter(
        (response) => response.errors?.[0].extensions?.['reason'] === 'IDEMPOTENCY_KEY_REUSED',
      ),
    ).toHaveLength(1);
    expect((await fund.streamBudget(stream.id)).cashOnHand.cents).toBe($(9_000).toString());
  });

  it('holds a tranche while a registered hold applies (the seam for "a late report holds the next tranche")', async () => {
    const stream = await fund.stream({
      name: 'Holds',
      awardCents: $(10_000),
      pledgedCents: $(10_000),
      receivedCents: $(10_000),
    });
    const grant = await fund.grant({
      allocations: [{ fundingStreamId: stream.id, cents: $(2_000) }],
      tranches: [$(1_000), $(1_000)],
    });
    const stopHolding = app
      .get(DomainChecks)
      .register<TrancheToRelease, DisbursementHold>(DISBURSEMENT_HOLD_CHECK, async (ctx, tranche) => {
        const [{ n }] = await ctx.em.query(
          `SELECT count(*)::int AS n FROM disbursement WHERE grant_id = $1 AND status = 'RELEASED'`,
          [tranche.grantId],
        );
        return tranche.sequence > 1 && n === 0
          ? [
              {
                text: 'the first quarterly report has not been accepted',
                figures: [
                  { hold: 'REPORT_CHANGES_REQUESTED', periodStart: '2026-01-01', periodEnd: '2026-03-31' },
                ],
              },
            ]
          : [];
      });
    try {
      const held = await fund.admin.error(RELEASE, {
        input: { disbursementId: grant.disbursements[1].id, idempotencyKey: releaseKey() },
      });
      expect(held.code).toBe('CONFLICT');
      expect(held.message).toBe('This tranche is on hold: the first quarterly report has not been accepted.');
      expect(held.extensions).toMatchObject({
        reason: 'DISBURSEMENT_ON_HOLD',
        holds: [{ hold: 'REPORT_CHANGES_REQUESTED', periodStart: '2026-01-01', periodEnd: '2026-03-31' }],
      });
      expect((await fund.streamBudget(stream.id)).cashOnHand.cents).toBe($(10_000).toString());
      await fund.admin.data(RELEASE, {
        input: { disbursementId: grant.disbursements[0].id, idempotencyKey: releaseKey() },
      });
      await fund.admin.data(RELEASE, {
        input: { disbursementId: grant.disbursements[1].id, idempotencyKey: releaseKey() },
      });
      expect((await fund.streamBudget(stream.id)).cashOnHand.cents).toBe($(8_000).toString());
    } finally {
      stopHolding();
    }
  });

  it('splits a tranche across its streams when the first lacks cash, and traces each part', async () => {
    const county = await fund.stream({
      name: 'Split county',
      awardCents: $(10_000),
      pledgedCents: $(10_000),
      receivedCents: $(600),
    });
    const plan = await fund.stream({
      name: 'Split health plan',
      awardCents: $(10_000),
      pledgedCents: $(10_000),
      receivedCents: $(5_000),
    });
    const grant = await fund.grant({
      allocations: [
        { fundingStreamId: county.id, cents: $(2_000) },
        { fundingStreamId: plan.id, cents: $(2_000) },
      ],
      tranches: [$(1_000), $(3_000)],
    });
    await fund.admin.data(RELEASE, {
      input: { disbursementId: grant.disbursements[0].id, idempotencyKey: releaseKey() },
    });
    const { disbursementTraceability } = await fund.admin.data<{
      disbursementTraceability: { draws: { fundingStream: { name: string }; amount: { cents: string } }[] };
    }>(
      `query ($id: ID!) { disbursementTraceability(disbursementId: $id) { draws { fundingStream { name } amount { cents } } } }`,
      {
        id: grant.disbursements[0].id,
      },
    );
    expect(
      disbursementTraceability.draws.sort((a, b) => a.fundingStream.name.localeCompare(b.fundingStream.name)),
    ).toEqual([
      { fundingStream: { name: 'Split county' }, amount: { cents: $(600).toString() } },
      { fundingStream: { name: 'Split health plan' }, amount: { cents: $(400).toString() } },
    ]);
    // The grant's own commitment on each stream caps what a tranche may take from it.
    const error = await fund.admin.error(RELEASE, {
      input: { disbursementId: grant.disbursements[1].id, idempotencyKey: releaseKey() },
    });
    expect(error.message).toBe(
      'Insufficient funds: "Split county" has USD 0.00 in cash available for this grant; "Split health plan" has USD 1600.00 in cash available for this grant; the shortfall is USD 1400.00.',
    );
  });

  it("previews a release before it is made: the tranche's holds and what each of the grant's streams would pay and keep", async () => {
    const county = await fund.stream({
      name: 'Preview county',
      awardCents: $(10_000),
      pledgedCents: $(10_000),
      receivedCents: $(600),
    });
    const plan = await fund.stream({
      name: 'Preview health plan',
      awardCents: $(10_000),
      pledgedCents: $(10_000),
      receivedCents: $(5_000),
    });
    // Another stream with plenty of cash the grant does not draw on: it must not appear.
    await fund.stream({
      name: 'Someone else',
      awardCents: $(90_000),
      pledgedCents: $(90_000),
      receivedCents: $(90_000),
    });
    const grant = await fund.grant({
      allocations: [
        { fundingStreamId: county.id, cents: $(2_000) },
        { fundingStreamId: plan.id, cents: $(2_000) },
      ],
      tranches: [$(1_000), $(3_000)],
    });
    const PREVIEW = `query ($id: ID!) { disbursement(id: $id) { releasePreview {
      holds { hold periodStart periodEnd dueOn } shortfall { cents } draws { fundingStream { name } cashNow { cents } draw { cents } cashAfter { cents } } } } }`;
    type Preview = {
      disbursement: {
        releasePreview: {
          holds: Record<string, unknown>[];
          shortfall: { cents: string };
          draws: {
            fundingStream: { name: string };
            cashNow: { cents: string };
            draw: { cents: string };
            cashAfter: { cents: string };
          }[];
        } | null;
      };
    };
    const stopHolding = app
      .get(DomainChecks)
      .register<TrancheToRelease, DisbursementHold>(DISBURSEMENT_HOLD_CHECK, async (_ctx, tranche) =>
        tranche.sequence === 1
          ? [
              {
                text: 'the first quarterly report has not been accepted',
                figures: [
                  { hold: 'REPORT_CHANGES_REQUESTED', periodStart: '2026-01-01', periodEnd: '2026-03-31' },
                ],
              },
            ]
          : [],
      );
    try {
      const first = (await fund.admin.data<Preview>(PREVIEW, { id: grant.disbursements[0].id })).disbursement
        .releasePreview;
      expect(first).toEqual({
        holds: [
          {
            hold: 'REPORT_CHANGES_REQUESTED',
            periodStart: '2026-01-01',
            periodEnd: '2026-03-31',
            dueOn: null,
          },
        ],
        shortfall: { cents: '0' },
        draws: [
          {
            fundingStream: { name: 'Preview county' },
            cashNow: { cents: $(600).toString() },
            draw: { cents: $(600).toString() },
            cashAfter: { cents: '0' },
          },
          {
            fundingStream: { name: 'Preview health plan' },
            cashNow: { cents: $(5_000).toString() },
            draw: { cents: $(400).toString() },
            cashAfter: { cents: $(4_600).toString() },
          },
        ],
      });
      // The second tranche is more than the grant's streams can pay together: the shortfall says how much.
      const second = (await fund.admin.data<Preview>(PREVIEW, { id: grant.disbursements[1].id })).disbursement
        .releasePreview;
      expect(second?.holds).toEqual([]);
      expect(second?.shortfall).toEqual({ cents: $(400).toString() });
      // What the preview said is what the release does.
      await fund.admin.data(RELEASE, {
        input: {
          disbursementId: grant.disbursements[0].id,
          idempotencyKey: releaseKey(),
          holdOverrideReason: 'Report received by email',
        },
      });
      expect((await fund.streamBudget(county.id)).cashOnHand.cents).toBe('0');
      expect((await fund.streamBudget(plan.id)).cashOnHand.cents).toBe($(4_600).toString());
      // A released tranche has nothing left to preview.
      expect(
        (await fund.admin.data<Preview>(PREVIEW, { id: grant.disbursements[0].id })).disbursement
          .releasePreview,
      ).toBeNull();
    } finally {
      stopHolding();
    }
  });
});
