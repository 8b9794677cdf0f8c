import { FUNDING_MOTION_PASSED } from '@braid/contracts';
import { DomainEvents } from '@braid/kernel';
import { passFundingMotion } from '../support/motions';
import { createTenant, TestTenant } from '../support/tenant';
import { startTestApp, TestApp } from '../support/test-app';
import {
  BUDGET,
  BudgetResult,
  expectLedgerConsistent,
  FundBuilder,
  RELEASE,
  releaseKey,
} from './fund-fixtures';

const $ = (dollars: number) => BigInt(dollars) * 100n;
const cents = (dollars: number) => $(dollars).toString();

/** RFC 4180, enough to read back what the export wrote (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  return rows;
}

describe('The acceptance story, steps 2, 4 and 5 (docs/DOMAIN-GUIDE.md)', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let fund: FundBuilder;
  const streams: Record<'county' | 'ovc' | 'healthPlan', { id: string; contributionId: string | null }> =
    {} as never;
  const funders: Record<'county' | 'ovc' | 'healthPlan', string> = {} as never;
  let motionId: string;
  let grantId: string;
  let tranches: { id: string; sequence: number; status: string }[];

  beforeAll(async () => {
    app = await startTestApp('funds-acceptance');
    tenant = await createTenant(app, 'acceptance');
    fund = new FundBuilder(app, tenant);
    const organization = async (name: string) =>
      (
        await tenant.clients.admin.data<{ createOrganization: { id: string } }>(
          `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
          { input: { collaborativeId: tenant.collaborativeId, name, kinds: ['FUNDER'] } },
        )
      ).createOrganization.id;
    funders.county = await organization('San Joaquin County, "Health Care Services"');
    funders.ovc = await organization('Office for Victims of Crime');
    funders.healthPlan = await organization('Health Plan of San Joaquin');
  });
  afterEach(() => expectLedgerConsistent(app));
  afterAll(() => app.close());

  it('2. contributions arrive on two restricted streams and one unrestricted stream', async () => {
    streams.county = await fund.stream({
      name: 'County trauma-informed care, 2025–2028',
      kind: 'COUNTY',
      restricted: true,
      allowedPurposes: ['Trauma-informed care'],
      awardCents: $(850_000),
      pledgedCents: $(283_334),
      receivedCents: $(60_000),
      funderOrganizationId: funders.county,
    });
    streams.ovc = await fund.stream({
      name: 'OVC victim services',
      kind: 'FEDERAL',
      restricted: true,
      allowedPurposes: ['Victim services'],
      awardCents: $(509_000),
      pledgedCents: $(169_667),
      receivedCents: $(42_000),
      funderOrganizationId: funders.ovc,
    });
    streams.healthPlan = await fund.stream({
      name: 'Health plan community benefit',
      kind: 'HEALTH_PLAN',
      awardCents: $(300_000),
      pledgedCents: $(100_000),
      receivedCents: $(100_000),
      funderOrganizationId: funders.healthPlan,
    });
    const {
      fund: [totals],
      streams: rows,
    } = await fund.budget();
    expect(totals).toMatchObject({
      currency: 'USD',
      streamCount: 3,
      pledged: { cents: cents(283_334 + 169_667 + 100_000) },
      received: { cents: cents(60_000 + 42_000 + 100_000) },
      cashOnHand: { cents: cents(202_000) },
      committed: { cents: '0' },
    });
    // The fund is the sum of its streams.
    expect(rows.reduce((sum, row) => sum + BigInt(row.received.cents), 0n)).toBe(
      BigInt(totals.received.cents),
    );
  });

  it('4. a passed funding motion creates the grant with three tranches, drawing on a restricted stream', async () => {
    motionId = await passFundingMotion(app, tenant, {
      title: 'Stockton Trauma Recovery Center, year one',
      recipientOrganizationId: tenant.organizations.granteeA,
      purpose: 'Trauma-informed care',
      amountCents: $(150_000),
      allocations: [{ fundingStreamId: streams.county.id, cents: $(150_000) }],
      tranches: [
        { cents: $(50_000), plannedOn: '2025-09-15' },
        { cents: $(50_000), plannedOn: '2026-01-15' },
        { cents: $(50_000), plannedOn: '2026-05-15' },
      ],
    });
    // Delivered again (a retry after a crash, before the processed mark was seen): still one grant.
    await app.dataSource.query(`UPDATE domain_event SET processed_at = NULL WHERE type = $1`, [
      FUNDING_MOTION_PASSED,
    ]);
    await app.get(DomainEvents).dispatchPending();

    const { grants } = await tenant.clients.chair.data<{
      grants: {
        nodes: {
          id: string;
          approvingMotionId: string;
          origin: string;
          reportingSchedule: { dueOn: string }[];
          disbursements: typeof tranches;
        }[];
      };
    }>(
      `query ($c: ID!) { grants(collaborativeId: $c) { nodes { id approvingMotionId origin reportingSchedule { dueOn }
         disbursements { id sequence status } } } }`,
      { c: tenant.collaborativeId },
    );
    expect(grants.nodes).toHaveLength(1);
    const [grant] = grants.nodes;
    expect(grant).toMatchObject({ approvingMotionId: motionId, origin: 'FUNDING_MOTION' });
    expect(grant.reportingSchedule.map((report) => report.dueOn)).toEqual([
      '2025-10-30',
      '2026-01-30',
      '2026-04-30',
      '2026-07-30',
      '2026-09-30',
    ]);
    expect(grant.disbursements.map((tranche) => [tranche.sequence, tranche.status])).toEqual([
      [1, 'SCHEDULED'],
      [2, 'SCHEDULED'],
      [3, 'SCHEDULED'],
    ]);
    grantId = grant.id;
    tranches = grant.disbursements;
    const events = await app.dataSource.query(
      `SELECT processed_at IS NOT NULL AS processed, attempts FROM domain_event WHERE type = $1`,
      [FUNDING_MOTION_PASSED],
    );
    expect(events).toEqual([{ processed: true, attempts: 0 }]);
    const [audit] = await app.dataSource.query(
      `SELECT actor_name FROM audit_event WHERE action = 'grant.createdFromMotion' AND entity_id = $1`,
      [grantId],
    );
    expect(audit.actor_name).toBe('Braid (system)');
    expect(await fund.streamBudget(streams.county.id)).toMatchObject({
      committed: { cents: cents(150_000) },
      availableToCommit: { cents: cents(133_334) },
    });
  });

  it('4b. the board cannot vote on a plan a restricted stream refuses: the motion is refused when moved', async () => {
    const before = await app.dataSource.query(`SELECT count(*)::int AS n FROM motion`);
    await expect(
      passFundingMotion(app, tenant, {
        title: 'Housing navigation',
        recipientOrganizationId: tenant.organizations.granteeB,
        purpose: 'Housing policy',
        amountCents: $(10_000),
        allocations: [{ fundingStreamId: streams.ovc.id, cents: $(10_000) }],
        tranches: [{ cents: $(10_000), plannedOn: '2025-09-15' }],
      }),
    ).rejects.toThrow(
      /"OVC victim services" cannot fund this grant: it may only fund "Victim services", not "Housing policy"/,
    );
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM motion`)).toEqual(before);
  });

  it('4c. a motion asking a stream for more than it has uncommitted is refused when moved (issue 17)', async () => {
    // Allowed by the stream's restrictions, but beyond what is left uncommitted. It used to pass,
    // and its grant then failed ten times in the event log, unseen (reliability/integrity suite).
    const uncommitted = BigInt((await fund.streamBudget(streams.ovc.id)).availableToCommit.cents);
    const before = await app.dataSource.query(`SELECT count(*)::int AS n FROM motion`);
    await expect(
      passFundingMotion(app, tenant, {
        title: 'More victim services than the stream holds',
        recipientOrganizationId: tenant.organizations.granteeB,
        purpose: 'Victim services',
        amountCents: uncommitted + $(1),
        allocations: [{ fundingStreamId: streams.ovc.id, cents: uncommitted + $(1) }],
        tranches: [{ cents: uncommitted + $(1), plannedOn: '2025-09-15' }],
      }),
    ).rejects.toThrow(/"OVC victim services" has USD [\d.]+ not yet committed; the plan asks it for/);
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM motion`)).toEqual(before);
  });

  it('5. the administrator releases tranche one; the fund and stream balances drop; a second release beyond the balance is refused', async () => {
    const before = await fund.budget();
    const released = await fund.admin.data<{ releaseDisbursement: { status: string } }>(RELEASE, {
      input: { disbursementId: tranches[0].id, idempotencyKey: releaseKey() },
    });
    expect(released.releaseDisbursement.status).toBe('RELEASED');
    const after = await fund.budget();
    const county = (budget: BudgetResult['budgetOverview']) =>
      budget.streams.find((row) => row.fundingStream.id === streams.county.id);
    expect(BigInt(county(before)?.cashOnHand.cents ?? 0) - BigInt(county(after)?.cashOnHand.cents ?? 0)).toBe(
      $(50_000),
    );
    expect(BigInt(before.fund[0].cashOnHand.cents) - BigInt(after.fund[0].cashOnHand.cents)).toBe($(50_000));
    expect(after.fund[0].disbursed.cents).toBe(cents(50_000));
    expect(after.grants).toEqual([
      {
        grant: { id: grantId, title: 'Stockton Trauma Recovery Center, year one' },
        awarded: { cents: cents(150_000) },
        disbursed: { cents: cents(50_000) },
        remaining: { cents: cents(100_000) },
      },
    ]);

    // The partner sees its own grant's money; the fund's streams are not its to see.
    const { grant: own } = await tenant.clients.partnerA.data<{
      grant: { totals: Record<string, { cents: string }> };
    }>(
      `query ($id: ID!) { grant(id: $id) { totals { awarded { cents } disbursed { cents } remaining { cents } } } }`,
      { id: grantId },
    );
    expect(own.totals).toEqual({
      awarded: { cents: cents(150_000) },
      disbursed: { cents: cents(50_000) },
      remaining: { cents: cents(100_000) },
    });
    const { fundingStream } = await tenant.clients.member.data<{
      fundingStream: { totals: Record<string, { cents: string }> };
    }>(
      `query ($id: ID!) { fundingStream(id: $id) { totals { pledged { cents } received { cents } committed { cents } disbursed { cents } cashOnHand { cents } availableToCommit { cents } } } }`,
      { id: streams.county.id },
    );
    const { fundingStream: _stream, ...countyRow } = county(after) as NonNullable<ReturnType<typeof county>>;
    expect(fundingStream.totals).toEqual(countyRow);

    // The county stream holds $10,000 in cash now: tranche two ($50,000) cannot go out.
    const refused = await fund.admin.error(RELEASE, {
      input: { disbursementId: tranches[1].id, idempotencyKey: releaseKey() },
    });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toBe(
      'Insufficient funds: "County trauma-informed care, 2025–2028" has USD 10000.00 in cash available for this grant; the shortfall is USD 40000.00.',
    );
    expect(await fund.budget()).toEqual(after);
  });

  it('traces the dollars: the grant to its stream, restrictions and contributions; the county to the grants it paid', async () => {
    const { grantTraceability } = await tenant.clients.resident.data<{
      grantTraceability: {
        sources: {
          fundingStream: {
            name: string;
            restricted: boolean;
            allowedPurposes: string[];
            funder: { name: string };
            contributions: { pledged: { cents: string }; received: { cents: string } }[];
          };
          awarded: { cents: string };
          disbursed: { cents: string };
        }[];
      };
    }>(
      `query ($id: ID!) { grantTraceability(grantId: $id) { sources { awarded { cents } disbursed { cents }
         fundingStream { name restricted allowedPurposes funder { name } contributions { pledged { cents } received { cents } } } } } }`,
      { id: grantId },
    );
    expect(grantTraceability.sources).toEqual([
      {
        awarded: { cents: cents(150_000) },
        disbursed: { cents: cents(50_000) },
        fundingStream: {
          name: 'County trauma-informed care, 2025–2028',
          restricted: true,
          allowedPurposes: ['Trauma-informed care'],
          funder: { name: 'San Joaquin County, "Health Care Services"' },
          contributions: [{ pledged: { cents: cents(283_334) }, received: { cents: cents(60_000) } }],
        },
      },
    ]);
    const { funderTraceability } = await tenant.clients.chair.data<{
      funderTraceability: {
        streams: { fundingStream: { name: string }; disbursed: { cents: string } }[];
        grants: {
          grant: { id: string; recipient: { id: string } };
          awarded: { cents: string };
          disbursed: { cents: string };
        }[];
      };
    }>(
      `query ($id: ID!) { funderTraceability(organizationId: $id) { streams { fundingStream { name } disbursed { cents } }
         grants { grant { id recipient { id } } awarded { cents } disbursed { cents } } } }`,
      { id: funders.county },
    );
    expect(funderTraceability).toEqual({
      streams: [
        {
          fundingStream: { name: 'County trauma-informed care, 2025–2028' },
          disbursed: { cents: cents(50_000) },
        },
      ],
      grants: [
        {
          grant: { id: grantId, recipient: { id: tenant.organizations.granteeA } },
          awarded: { cents: cents(150_000) },
          disbursed: { cents: cents(50_000) },
        },
      ],
    });
  });

  it('exports the ledger as CSV: a header, every posting, exact dollars and cents, proper escaping', async () => {
    const response = await fetch(`${app.url}/api/collaboratives/${tenant.collaborativeId}/funds/ledger.csv`, {
      headers: { cookie: tenant.clients.chair.sessionCookie as string },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="ledger-acceptance.csv"');
    // Excel reads the file as UTF-8 only when it starts with the byte-order mark (EF BB BF);
    // without it "2025–2028" opens as "2025â€“2028".
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes(Buffer.from([0xe2, 0x80, 0x93]))).toBe(true); // the en dash, as UTF-8
    const text = bytes.subarray(3).toString('utf8');
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([
      'entry_id',
      'posted_at',
      'transaction_id',
      'source',
      'memo',
      'posted_by',
      'reverses_transaction_id',
      'account_kind',
      'funding_stream',
      'grant',
      'organization',
      'currency',
      'amount',
      'amount_cents',
    ]);
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM ledger_entry WHERE collaborative_id = $1`,
      [tenant.collaborativeId],
    );
    expect(rows).toHaveLength(n);
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    const column = (name: string) => header.indexOf(name);
    expect(rows.reduce((sum, row) => sum + BigInt(row[column('amount_cents')]), 0n)).toBe(0n);
    for (const row of rows) {
      const amountCents = BigInt(row[column('amount_cents')]);
      const [whole, fraction] = row[column('amount')].replace('-', '').split('.');
      expect((BigInt(whole) * 100n + BigInt(fraction)) * (amountCents < 0n ? -1n : 1n)).toBe(amountCents);
    }
    const release = rows.filter((row) => row[column('source')] === 'DISBURSEMENT_RELEASE');
    expect(release.map((row) => [row[column('account_kind')], row[column('amount')]]).sort()).toEqual(
      [
        ['GRANT_COMMITTED', '50000.00'],
        ['GRANT_DISBURSED', '-50000.00'],
        ['STREAM_CASH', '-50000.00'],
        ['ORGANIZATION_RECEIVED', '50000.00'],
      ].sort(),
    );
    expect(
      release.find((row) => row[column('account_kind')] === 'ORGANIZATION_RECEIVED')?.[
        column('organization')
      ],
    ).toBe('Grantee A');
    // Commas and quotes are quoted on the wire (quotes doubled) and intact when read back.
    expect(text).toContain('"Tranche 1 of ""Stockton Trauma Recovery Center, year one"""');
    expect(release[0][column('memo')]).toBe('Tranche 1 of "Stockton Trauma Recovery Center, year one"');
    expect(text).toContain('"County trauma-informed care, 2025–2028"');
  });

  it('exports the budget overview as CSV, figures equal to the budget query', async () => {
    const response = await fetch(`${app.url}/api/collaboratives/${tenant.collaborativeId}/funds/budget.csv`, {
      headers: { cookie: tenant.clients.fundAdmin.sessionCookie as string },
    });
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(header.slice(0, 5)).toEqual(['scope', 'name', 'currency', 'pledged', 'pledged_cents']);
    const { budgetOverview } = await fund.admin.data<BudgetResult>(BUDGET, {
      collaborativeId: tenant.collaborativeId,
    });
    const fundRow = rows.find((row) => row[0] === 'FUND') as string[];
    expect(fundRow[header.indexOf('received_cents')]).toBe(budgetOverview.fund[0].received.cents);
    expect(fundRow[header.indexOf('cash_on_hand')]).toBe('152000.00');
    const streamRows = rows.filter((row) => row[0] === 'STREAM');
    expect(streamRows.map((row) => row[1]).sort()).toEqual(
      budgetOverview.streams.map((row) => row.fundingStream.name).sort(),
    );
    const grantRow = rows.find((row) => row[0] === 'GRANT') as string[];
    expect([
      grantRow[header.indexOf('awarded')],
      grantRow[header.indexOf('disbursed')],
      grantRow[header.indexOf('remaining')],
    ]).toEqual(['150000.00', '50000.00', '100000.00']);
  });
});
