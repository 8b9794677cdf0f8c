import { readdirSync } from 'node:fs';
import { FundBuilder, GrantResult, RELEASE, releaseKey } from '../funds/fund-fixtures';
import { createTenant, TestTenant } from '../support/tenant';
import { startTestApp, TestApp } from '../support/test-app';
import {
  CREATE_METRIC,
  download,
  fillAndSubmit,
  FUNDERS,
  PDF,
  PUBLIC_OUTCOMES,
  REPORT,
  Report,
  REPORTS,
  requirementsOf,
  REVIEW,
  ROLLUP,
  SAVE,
  SET_GRANT_METRIC,
  SETTINGS,
  START,
  SUBMIT,
  upload,
} from './report-fixtures';

const $ = (dollars: number) => BigInt(dollars) * 100n;
const MAX_BYTES = 64 * 1024;
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Story step 6 (docs/DOMAIN-GUIDE.md) with the reports library: the funded partner signs in, sees only its
 * own grant, submits its quarterly report with metrics and an attachment; the fund administrator
 * requests changes; the partner resubmits; the report is accepted. Around it: late reports hold
 * the next tranche (and an override is recorded), the roll-up adds up, attachments are checked.
 */
describe('Grant reports: story step 6, holds, roll-up and attachments', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let uploadsDir: string;
  let fund: FundBuilder;
  let grantA: GrantResult;
  let grantB: GrantResult;
  const metrics: { clients: string; educated: string } = { clients: '', educated: '' };
  let firstReport: Report;
  let countyId: string;
  let revision: Report;

  beforeAll(async () => {
    app = await startTestApp('reports-acceptance', { attachmentMaxBytes: MAX_BYTES, queryStats: true });
    uploadsDir = app.braid.config.uploadsDir;
    tenant = await createTenant(app, 'reports');
    fund = new FundBuilder(app, tenant, { reportHolds: true });
    const { createOrganization: ovcFunder } = await tenant.clients.admin.data<{
      createOrganization: { id: string };
    }>(`mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, {
      input: {
        collaborativeId: tenant.collaborativeId,
        name: 'Office for Victims of Crime',
        kinds: ['FUNDER'],
      },
    });
    const county = await fund.stream({
      name: 'County trauma-informed care',
      awardCents: $(850_000),
      pledgedCents: $(850_000),
      receivedCents: $(400_000),
    });
    countyId = county.id;
    const ovc = await fund.stream({
      name: 'OVC victim services',
      awardCents: $(509_000),
      pledgedCents: $(509_000),
      receivedCents: $(200_000),
      funderOrganizationId: ovcFunder.id,
    });
    // Two thirds county, one third federal: the roll-up credits outcomes in that proportion.
    grantA = await fund.grant({
      title: 'Trauma recovery center, year one',
      allocations: [
        { fundingStreamId: county.id, cents: $(200_000) },
        { fundingStreamId: ovc.id, cents: $(100_000) },
      ],
      tranches: [$(100_000), $(100_000), $(100_000)],
      // The first before any report is due; the others after reports they must wait for.
      plannedOn: ['2025-09-01', '2026-02-15', '2026-06-15'],
    });
    grantB = await fund.grant({
      title: 'Trust builders outreach',
      recipientOrganizationId: tenant.organizations.granteeB,
      allocations: [{ fundingStreamId: county.id, cents: $(75_000) }],
      tranches: [$(75_000)],
      plannedOn: ['2026-05-01'],
    });
    const metric = async (name: string, unit: string) =>
      (
        await fund.admin.data<{ createMetric: { id: string } }>(CREATE_METRIC, {
          input: { collaborativeId: tenant.collaborativeId, name, unit },
        })
      ).createMetric.id;
    metrics.clients = await metric('Non-duplicated clients enrolled', 'clients');
    metrics.educated = await metric('People educated on trauma recovery services', 'people');
    await fund.admin.data(SET_GRANT_METRIC, {
      input: { grantId: grantA.id, metricId: metrics.clients, target: 500 },
    });
    await fund.admin.data(SET_GRANT_METRIC, {
      input: { grantId: grantA.id, metricId: metrics.educated, target: 1000 },
    });
    await fund.admin.data(SET_GRANT_METRIC, {
      input: { grantId: grantB.id, metricId: metrics.clients, target: 300 },
    });
  });
  afterAll(() => app.close());

  it('gives each grant its quarterly requirements from the grant schedule, with period targets adding up to the grant targets', async () => {
    const requirements = await requirementsOf(fund.admin, tenant.collaborativeId, grantA.id);
    expect(requirements.map((r) => [r.covers, r.dueOn, r.status])).toEqual([
      ['2025-09-01 to 2025-09-30', '2025-10-30', 'LATE'],
      ['2025-10-01 to 2025-12-31', '2026-01-30', 'LATE'],
      ['2026-01-01 to 2026-03-31', '2026-04-30', 'LATE'],
      ['2026-04-01 to 2026-06-30', '2026-07-30', 'LATE'],
      ['2026-07-01 to 2026-08-31', '2026-09-30', 'LATE'],
    ]);
    const sum = (metricId: string) =>
      requirements.reduce(
        (total, r) => total + (r.metricTargets.find((t) => t.metricId === metricId)?.target ?? 0),
        0,
      );
    expect(sum(metrics.clients)).toBe(500);
    expect(sum(metrics.educated)).toBe(1000);
    expect(requirements[0].requiredSections).toEqual(['NARRATIVE', 'SPENDING', 'METRICS']);
    const move = `mutation ($input: UpdateReportingRequirementInput!) { updateReportingRequirement(input: $input) { dueOn } }`;
    const early = await fund.admin.error(move, {
      input: { requirementId: requirements[4].id, dueOn: '2026-08-01' },
    });
    expect(early.code).toBe('BAD_USER_INPUT');
    expect(
      (
        await fund.admin.data<{ updateReportingRequirement: { dueOn: string } }>(move, {
          input: { requirementId: requirements[4].id, dueOn: '2026-10-15' },
        })
      ).updateReportingRequirement.dueOn,
    ).toBe('2026-10-15');
    expect(
      (
        await tenant.clients.partnerA.error(move, {
          input: { requirementId: requirements[4].id, dueOn: '2026-12-01' },
        })
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('6a. the partner signs in and sees only its own grant and its own reports to make', async () => {
    const partner = tenant.clients.partnerA;
    const { grants } = await partner.data<{ grants: { nodes: { id: string }[] } }>(
      `query ($c: ID!) { grants(collaborativeId: $c) { nodes { id } } }`,
      { c: tenant.collaborativeId },
    );
    expect(grants.nodes.map((grant) => grant.id)).toEqual([grantA.id]);
    const requirements = await requirementsOf(partner, tenant.collaborativeId);
    expect(new Set(requirements.map((r) => r.grantId))).toEqual(new Set([grantA.id]));
    // Each report is named by its grant and partner, read in one query per page, not one per row.
    const { reportingRequirements: named } = await partner.data<{
      reportingRequirements: { nodes: { grant: { title: string; recipient: { name: string } } }[] };
    }>(
      `query ($c: ID!) { reportingRequirements(collaborativeId: $c, first: 50) { nodes { grant { title recipient { name } } } } }`,
      { c: tenant.collaborativeId },
    );
    expect(new Set(named.nodes.map((node) => `${node.grant.title} / ${node.grant.recipient.name}`))).toEqual(
      new Set(['Trauma recovery center, year one / Grantee A']),
    );
    expect(requirements).toHaveLength(5);
    // Another partner's requirement is not found, not forbidden.
    const [theirs] = await requirementsOf(tenant.clients.partnerB, tenant.collaborativeId);
    expect((await partner.error(START, { requirementId: theirs.id })).code).toBe('NOT_FOUND');
  });

  it('holds the next tranche while reports due before it are late, naming the missing report, and posts nothing', async () => {
    // The fund administrator sees the hold before pressing Release, from the check the release runs.
    const previewOf = async (client: typeof fund.admin, id: string) =>
      (
        await client.data<{ disbursement: { releasePreview: { holds: Record<string, unknown>[] } | null } }>(
          `query ($id: ID!) { disbursement(id: $id) { releasePreview { holds { hold periodStart periodEnd dueOn } } } }`,
          { id },
        )
      ).disbursement.releasePreview;
    const preview = await previewOf(fund.admin, grantA.disbursements[1].id);
    expect(preview?.holds).toEqual([
      { hold: 'REPORT_LATE', periodStart: '2025-09-01', periodEnd: '2025-09-30', dueOn: '2025-10-30' },
      { hold: 'REPORT_LATE', periodStart: '2025-10-01', periodEnd: '2025-12-31', dueOn: '2026-01-30' },
    ]);
    expect((await previewOf(fund.admin, grantA.disbursements[0].id))?.holds).toEqual([]);
    // The partner reads its tranche, not the fund's cash or the hold machinery.
    expect(await previewOf(tenant.clients.partnerA, grantA.disbursements[1].id)).toBeNull();

    const refused = await fund.admin.error(RELEASE, {
      input: { disbursementId: grantA.disbursements[1].id, idempotencyKey: releaseKey() },
    });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.extensions?.['reason']).toBe('DISBURSEMENT_ON_HOLD');
    // The figures a client words the hold with, in the reader's language and date format.
    expect(refused.extensions?.['holds']).toEqual([
      { hold: 'REPORT_LATE', periodStart: '2025-09-01', periodEnd: '2025-09-30', dueOn: '2025-10-30' },
      { hold: 'REPORT_LATE', periodStart: '2025-10-01', periodEnd: '2025-12-31', dueOn: '2026-01-30' },
    ]);
    expect(preview?.holds).toEqual(refused.extensions?.['holds']);
    expect(refused.message).toContain(
      'the report for 2025-09-01 to 2025-09-30, due 2025-10-30, has not been submitted',
    );
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM ledger_transaction WHERE grant_id = $1 AND source = 'DISBURSEMENT_RELEASE'`,
      [grantA.id],
    );
    expect(n).toBe(0);
    // Tranche one was planned before any report was due: it is not held.
    await fund.admin.data(RELEASE, {
      input: { disbursementId: grantA.disbursements[0].id, idempotencyKey: releaseKey() },
    });
  });

  it('6b. the partner drafts (partial content saved), is told what is missing, attaches evidence and submits', async () => {
    const partner = tenant.clients.partnerA;
    const [first] = await requirementsOf(partner, tenant.collaborativeId);
    const { startGrantReport: draft } = await partner.data<{ startGrantReport: Report }>(START, {
      requirementId: first.id,
    });
    expect(draft).toMatchObject({ version: 1, status: 'DRAFT', revision: 0 });
    // A second tab opens the same draft rather than a second one.
    expect(
      (await partner.data<{ startGrantReport: Report }>(START, { requirementId: first.id })).startGrantReport
        .id,
    ).toBe(draft.id);

    const saved = (
      await partner.data<{ saveGrantReportDraft: Report }>(SAVE, {
        input: { reportId: draft.id, expectedRevision: 0, narrative: 'We opened our doors in September.' },
      })
    ).saveGrantReportDraft;
    expect(saved).toMatchObject({ revision: 1, narrative: 'We opened our doors in September.' });
    // The other tab still thinks it is at revision 0: refused, nothing overwritten.
    const stale = await partner.error(SAVE, {
      input: { reportId: draft.id, expectedRevision: 0, narrative: 'old' },
    });
    expect(stale.code).toBe('CONFLICT');

    const incomplete = await partner.error(SUBMIT, { input: { reportId: draft.id } });
    expect(incomplete.code).toBe('BAD_USER_INPUT');
    expect((incomplete.extensions?.['fields'] as { field: string }[]).map((f) => f.field)).toEqual([
      'spending',
      'metricValues',
    ]);

    // Bad input is refused and leaves the draft as it was.
    const negative = await partner.error(SAVE, {
      input: { reportId: draft.id, metricValues: [{ metricId: metrics.clients, value: -3 }] },
    });
    expect(negative.code).toBe('BAD_USER_INPUT');
    const unknown = await partner.error(SAVE, {
      input: { reportId: draft.id, metricValues: [{ metricId: draft.id, value: 3 }] },
    });
    expect(unknown.code).toBe('BAD_USER_INPUT');
    const otherCurrency = await partner.error(SAVE, {
      input: {
        reportId: draft.id,
        spending: [{ budgetLine: 'Rent', amount: { cents: '100', currency: 'EUR' } }],
      },
    });
    expect(otherCurrency.code).toBe('BAD_USER_INPUT');
    const [{ values }] = await app.dataSource.query(
      `SELECT count(*)::int AS values FROM report_metric_value WHERE report_id = $1`,
      [draft.id],
    );
    expect(values).toBe(0);

    await partner.data(SAVE, {
      input: {
        reportId: draft.id,
        spending: [
          { budgetLine: 'Case managers (2 FTE)', amount: { cents: '4200000' } },
          {
            budgetLine: 'Therapy, contracted',
            amount: { cents: '1850050' },
            note: 'Two clinicians from October',
          },
        ],
        metricValues: [
          { metricId: metrics.clients, value: 95 },
          { metricId: metrics.educated, value: 300 },
        ],
      },
    });
    const attached = await upload(app, partner, draft.id, { name: 'sign-in sheets.pdf', bytes: PDF });
    expect(attached.status).toBe(201);

    const { submitGrantReport: submitted } = await partner.data<{ submitGrantReport: Report }>(SUBMIT, {
      input: { reportId: draft.id },
    });
    expect(submitted).toMatchObject({ version: 1, status: 'SUBMITTED' });
    expect(submitted.spendingTotal).toEqual([{ cents: '6050050', currency: 'USD' }]);
    expect(submitted.attachments).toEqual([
      expect.objectContaining({
        fileName: 'sign-in sheets.pdf',
        contentType: 'application/pdf',
        sizeBytes: PDF.length,
      }),
    ]);
    firstReport = submitted;
    // The spending is set against the grant's money: what was awarded and released so far.
    const { grantReport: withGrant } = await partner.data<{
      grantReport: {
        grant: { id: string };
        grantTotals: { awarded: { cents: string }; disbursed: { cents: string } };
      };
    }>(
      `query ($id: ID!) { grantReport(id: $id) { grant { id } grantTotals { awarded { cents } disbursed { cents } } } }`,
      {
        id: draft.id,
      },
    );
    expect(withGrant).toEqual({
      grant: { id: grantA.id },
      grantTotals: { awarded: { cents: $(300_000).toString() }, disbursed: { cents: $(100_000).toString() } },
    });

    // Submitted is final: no more saves, no more files, and the database refuses a direct edit.
    expect((await partner.error(SAVE, { input: { reportId: draft.id, narrative: 'edited' } })).code).toBe(
      'CONFLICT',
    );
    expect((await upload(app, partner, draft.id, { name: 'more.pdf', bytes: PDF })).status).toBe(409);
    await expect(
      app.dataSource.query(`UPDATE grant_report SET narrative = 'rewritten' WHERE id = $1`, [draft.id]),
    ).rejects.toThrow(/can no longer change/);
    await expect(
      app.dataSource.query(`UPDATE report_metric_value SET value = 1000 WHERE report_id = $1`, [draft.id]),
    ).rejects.toThrow(/can no longer change/);
  });

  it('6c. the fund administrator requests changes per section, audited; the partner revises and resubmits; it is accepted', async () => {
    const partner = tenant.clients.partnerA;
    // A partner cannot review its own report.
    expect(
      (await partner.error(REVIEW, { input: { reportId: firstReport.id, decision: 'ACCEPTED' } })).code,
    ).toBe('FORBIDDEN');
    // Requesting changes needs a comment.
    expect(
      (await fund.admin.error(REVIEW, { input: { reportId: firstReport.id, decision: 'CHANGES_REQUESTED' } }))
        .code,
    ).toBe('BAD_USER_INPUT');
    const { reviewGrantReport: reviewed } = await fund.admin.data<{ reviewGrantReport: Report }>(REVIEW, {
      input: {
        reportId: firstReport.id,
        decision: 'CHANGES_REQUESTED',
        comments: [
          {
            section: 'METRICS',
            comment: 'Please count only clients enrolled after intake: 95 includes walk-ins.',
          },
        ],
      },
    });
    expect(reviewed.status).toBe('CHANGES_REQUESTED');
    expect(reviewed.reviews).toEqual([
      {
        decision: 'CHANGES_REQUESTED',
        comments: [
          {
            section: 'METRICS',
            comment: 'Please count only clients enrolled after intake: 95 includes walk-ins.',
          },
        ],
        reviewerName: 'fundAdmin of reports',
      },
    ]);
    const [audit] = await app.dataSource.query(
      `SELECT actor_user_id, after->'review'->'comments' AS comments FROM audit_event WHERE action = 'grantReport.changesRequested' AND entity_id = $1`,
      [firstReport.id],
    );
    expect(audit).toEqual({
      actor_user_id: tenant.users.fundAdmin.id,
      comments: [
        {
          section: 'METRICS',
          comment: 'Please count only clients enrolled after intake: 95 includes walk-ins.',
        },
      ],
    });
    const [requirement] = await requirementsOf(partner, tenant.collaborativeId);
    expect(requirement.status).toBe('CHANGES_REQUESTED');

    // The partner sees the comments and revises a copy: narrative, spending, values and files carried over.
    const { startGrantReport: v2 } = await partner.data<{ startGrantReport: Report }>(START, {
      requirementId: firstReport.requirementId,
    });
    expect(v2).toMatchObject({ version: 2, status: 'DRAFT', narrative: firstReport.narrative });
    expect(v2.spending).toEqual(firstReport.spending);
    expect(v2.attachments.map((a) => a.sha256)).toEqual(firstReport.attachments.map((a) => a.sha256));
    await partner.data(SAVE, {
      input: {
        reportId: v2.id,
        metricValues: [
          { metricId: metrics.clients, value: 120, note: 'After intake only' },
          { metricId: metrics.educated, value: 300 },
        ],
      },
    });
    const { submitGrantReport: resubmitted } = await partner.data<{ submitGrantReport: Report }>(SUBMIT, {
      input: { reportId: v2.id },
    });
    expect(resubmitted.status).toBe('RESUBMITTED');
    const { reviewGrantReport: accepted } = await fund.admin.data<{ reviewGrantReport: Report }>(REVIEW, {
      input: { reportId: v2.id, decision: 'ACCEPTED' },
    });
    expect(accepted.status).toBe('ACCEPTED');
    revision = accepted;
    // An accepted report is final; a second review is refused.
    expect((await fund.admin.error(REVIEW, { input: { reportId: v2.id, decision: 'ACCEPTED' } })).code).toBe(
      'CONFLICT',
    );
    expect((await partner.error(START, { requirementId: firstReport.requirementId })).code).toBe('CONFLICT');
    // The first version is still what it said when it was reviewed.
    const { grantReport: v1 } = await fund.admin.data<{ grantReport: Report }>(REPORT, {
      id: firstReport.id,
    });
    expect(v1.metricValues.find((value) => value.metricId === metrics.clients)?.value).toBe(95);
    expect(
      (
        await app.dataSource.query(
          `SELECT action FROM audit_event WHERE entity_id = ANY($1) ORDER BY occurred_at, id`,
          [[firstReport.id, v2.id]],
        )
      ).map((row: { action: string }) => row.action),
    ).toEqual(
      expect.arrayContaining([
        'grantReport.submitted',
        'grantReport.changesRequested',
        'grantReport.resubmitted',
        'grantReport.accepted',
      ]),
    );
  });

  it('lets the leadership read accepted reports only, and readers download the evidence', async () => {
    const { grantReports } = await tenant.clients.member.data<{ grantReports: { nodes: { id: string }[] } }>(
      REPORTS,
      {
        collaborativeId: tenant.collaborativeId,
      },
    );
    expect(grantReports.nodes.map((report) => report.id)).toEqual([revision.id]);
    expect((await tenant.clients.member.error(REPORT, { id: firstReport.id })).code).toBe('NOT_FOUND');
    expect(
      (await tenant.clients.observer.error(REPORTS, { collaborativeId: tenant.collaborativeId })).code,
    ).toBe('FORBIDDEN');

    const path = revision.attachments[0].downloadUrl;
    const asMember = await download(app, tenant.clients.member, path);
    expect(asMember.status).toBe(200);
    expect(asMember.bytes.equals(PDF)).toBe(true);
    expect(asMember.headers.get('content-type')).toBe('application/pdf');
    expect(asMember.headers.get('x-content-type-options')).toBe('nosniff');
    // The first version's copy is not accepted: the member may not read it, nor another partner.
    expect((await download(app, tenant.clients.member, firstReport.attachments[0].downloadUrl)).status).toBe(
      404,
    );
    expect((await download(app, tenant.clients.partnerB, path)).status).toBe(404);
    expect((await download(app, app.client('anonymous'), path)).status).toBe(401);
    expect(
      (await download(app, tenant.clients.partnerA, firstReport.attachments[0].downloadUrl)).status,
    ).toBe(200);
  });

  it('still holds the tranche for the reports that are late; an override needs a reason and is recorded and audited', async () => {
    const tranche = grantA.disbursements[1].id;
    const held = await fund.admin.error(RELEASE, {
      input: { disbursementId: tranche, idempotencyKey: releaseKey() },
    });
    expect(held.message).not.toContain('2025-09-01 to 2025-09-30');
    expect(held.message).toContain(
      'the report for 2025-10-01 to 2025-12-31, due 2026-01-30, has not been submitted',
    );
    expect(
      (
        await fund.admin.error(RELEASE, {
          input: { disbursementId: tranche, idempotencyKey: releaseKey(), holdOverrideReason: '  ' },
        })
      ).code,
    ).toBe('BAD_USER_INPUT');

    const reason = 'The board chair approved payroll continuity while the center catches up on reports.';
    const { releaseDisbursement } = await fund.admin.data<{ releaseDisbursement: { status: string } }>(
      RELEASE,
      {
        input: { disbursementId: tranche, idempotencyKey: releaseKey(), holdOverrideReason: reason },
      },
    );
    expect(releaseDisbursement.status).toBe('RELEASED');
    const [audit] = await app.dataSource.query(
      `SELECT actor_user_id, after->>'reason' AS reason, jsonb_array_length(after->'holds') AS holds
         FROM audit_event WHERE action = 'disbursement.holdOverridden' AND entity_id = $1`,
      [tranche],
    );
    expect(audit).toEqual({ actor_user_id: tenant.users.fundAdmin.id, reason, holds: 1 });
    const [transition] = await app.dataSource.query(
      `SELECT reason FROM disbursement_transition WHERE disbursement_id = $1 AND to_status = 'RELEASED'`,
      [tranche],
    );
    expect(transition.reason).toContain(reason);
    expect(transition.reason).toContain('2025-10-01 to 2025-12-31');
  });

  it('releases without a hold once the collaborative turns the setting off (administrators only)', async () => {
    const off = { input: { collaborativeId: tenant.collaborativeId, holdDisbursementsOnLateReports: false } };
    expect((await fund.admin.error(SETTINGS, off)).code).toBe('FORBIDDEN');
    await tenant.clients.admin.data(SETTINGS, off);
    const { releaseDisbursement } = await fund.admin.data<{ releaseDisbursement: { status: string } }>(
      RELEASE,
      {
        input: { disbursementId: grantB.disbursements[0].id, idempotencyKey: releaseKey() },
      },
    );
    expect(releaseDisbursement.status).toBe('RELEASED');
    await tenant.clients.admin.data(SETTINGS, {
      input: { ...off.input, holdDisbursementsOnLateReports: true },
    });
  });

  it('rolls outcomes up per metric, grant, period, stream and funder, equal to the sums by hand, and exports them', async () => {
    // One more accepted quarter for A (clients 80, educated 150) and one for B (clients 40).
    const requirementsA = await requirementsOf(tenant.clients.partnerA, tenant.collaborativeId);
    const second = await fillAndSubmit(tenant.clients.partnerA, requirementsA[1].id, [
      { metricId: metrics.clients, value: 80 },
      { metricId: metrics.educated, value: 150 },
    ]);
    await fund.admin.data(REVIEW, { input: { reportId: second.id, decision: 'ACCEPTED' } });
    const [firstB] = await requirementsOf(tenant.clients.partnerB, tenant.collaborativeId);
    const reportB = await fillAndSubmit(tenant.clients.partnerB, firstB.id, [
      { metricId: metrics.clients, value: 40 },
    ]);
    await fund.admin.data(REVIEW, { input: { reportId: reportB.id, decision: 'ACCEPTED' } });
    // A submitted but not accepted report counts for nothing.
    const pending = await fillAndSubmit(tenant.clients.partnerA, requirementsA[2].id, [
      { metricId: metrics.clients, value: 1000 },
      { metricId: metrics.educated, value: 1000 },
    ]);
    expect(pending.status).toBe('SUBMITTED');

    const { outcomeRollup } = await tenant.clients.chair.data<{
      outcomeRollup: {
        metrics: {
          name: string;
          target: number;
          actual: number;
          percentAchieved: number;
          grantCount: number;
          grants: { grantTitle: string; target: number; actual: number }[];
          periods: { covers: string; grantTitle: string; target: number; actual: number }[];
          streams: {
            streamName: string;
            funderName: string;
            target: number;
            actual: number;
            percentAchieved: number;
          }[];
        }[];
      };
    }>(ROLLUP, { collaborativeId: tenant.collaborativeId });
    const [clients, educated] = outcomeRollup.metrics;
    // Clients: targets 500 + 300; accepted 120 + 80 (A) + 40 (B).
    expect(clients).toMatchObject({
      name: 'Non-duplicated clients enrolled',
      target: 800,
      actual: 240,
      percentAchieved: 30,
      grantCount: 2,
    });
    expect(clients.grants).toEqual([
      {
        grantTitle: 'Trauma recovery center, year one',
        organizationName: 'Grantee A',
        target: 500,
        actual: 200,
        percentAchieved: 40,
      },
      {
        grantTitle: 'Trust builders outreach',
        organizationName: 'Grantee B',
        target: 300,
        actual: 40,
        percentAchieved: 13.3,
      },
    ]);
    expect(clients.periods.filter((p) => p.grantTitle === 'Trauma recovery center, year one')).toEqual([
      {
        covers: '2025-09-01 to 2025-09-30',
        grantTitle: 'Trauma recovery center, year one',
        target: 100,
        actual: 120,
      },
      {
        covers: '2025-10-01 to 2025-12-31',
        grantTitle: 'Trauma recovery center, year one',
        target: 100,
        actual: 80,
      },
      {
        covers: '2026-01-01 to 2026-03-31',
        grantTitle: 'Trauma recovery center, year one',
        target: 100,
        actual: 0,
      },
      {
        covers: '2026-04-01 to 2026-06-30',
        grantTitle: 'Trauma recovery center, year one',
        target: 100,
        actual: 0,
      },
      {
        covers: '2026-07-01 to 2026-08-31',
        grantTitle: 'Trauma recovery center, year one',
        target: 100,
        actual: 0,
      },
    ]);
    // County: 2/3 of A and all of B; OVC: 1/3 of A. People are counted whole: A's 500 clients
    // are 333.33 and 166.67 exactly, 333 and 166 whole, and the one left over goes to the larger
    // remainder (OVC's .67) — largest remainder, so the streams add up to the grants' 800.
    expect(clients.streams).toEqual([
      {
        streamName: 'County trauma-informed care',
        funderName: 'Funder',
        target: 633,
        actual: 173,
        percentAchieved: 27.3,
      },
      {
        streamName: 'OVC victim services',
        funderName: 'Office for Victims of Crime',
        target: 167,
        actual: 67,
        percentAchieved: 40.1,
      },
    ]);
    expect(clients.streams.reduce((sum, stream) => sum + stream.target, 0)).toBe(800);
    expect(clients.streams.reduce((sum, stream) => sum + stream.actual, 0)).toBe(240);
    expect(educated).toMatchObject({ target: 1000, actual: 450, percentAchieved: 45, grantCount: 1 });

    // Each breakdown is one statement for every metric, and only read when the query selects it.
    const totalsOnly = await tenant.clients.chair.request(
      `query ($collaborativeId: ID!) { outcomeRollup(collaborativeId: $collaborativeId) { metrics { name actual } } }`,
      { collaborativeId: tenant.collaborativeId },
    );
    const withBreakdowns = await tenant.clients.chair.request(ROLLUP, {
      collaborativeId: tenant.collaborativeId,
    });
    expect(totalsOnly.errors).toBeUndefined();
    expect(withBreakdowns.sqlQueries).toBe((totalsOnly.sqlQueries as number) + 3);

    const { funderOutcomes } = await fund.admin.data<{
      funderOutcomes: {
        funderName: string;
        committed: { cents: string }[];
        disbursed: { cents: string }[];
        grantCount: number;
        metrics: { name: string; target: number; actual: number }[];
      }[];
    }>(FUNDERS, { collaborativeId: tenant.collaborativeId });
    const byName = Object.fromEntries(funderOutcomes.map((funder) => [funder.funderName, funder]));
    expect(byName['Funder']).toMatchObject({
      committed: [{ cents: $(275_000).toString() }],
      // Tranche one of A ($100,000: county $66,666.67... drawn in allocation order) and B's $75,000.
      grantCount: 2,
      metrics: [
        { name: 'Non-duplicated clients enrolled', target: 633, actual: 173 },
        { name: 'People educated on trauma recovery services', target: 667, actual: 300 },
      ],
    });
    expect(byName['Office for Victims of Crime']).toMatchObject({
      committed: [{ cents: $(100_000).toString() }],
      grantCount: 1,
      metrics: [
        { name: 'Non-duplicated clients enrolled', target: 167, actual: 67 },
        { name: 'People educated on trauma recovery services', target: 333, actual: 150 },
      ],
    });
    const [{ disbursed }] = await app.dataSource.query(
      `SELECT (-sum(a.balance_cents))::text AS disbursed FROM ledger_account a JOIN funding_stream s ON s.id = a.funding_stream_id
        WHERE a.kind = 'GRANT_DISBURSED' AND s.funder_organization_id = $1`,
      [tenant.organizations.funder],
    );
    expect(byName['Funder'].disbursed).toEqual([{ cents: disbursed, currency: 'USD' }]);

    // The CSV says the same; an observer may not export, the public sees aggregates only.
    const csv = await download(
      app,
      tenant.clients.chair,
      `/api/collaboratives/${tenant.collaborativeId}/reports/outcomes.csv`,
    );
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    // UTF-8 with a byte-order mark, the bytes Excel needs to read accents and dashes.
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines).toContain('METRIC,Non-duplicated clients enrolled,clients,,,,,,800,240,30,,,');
    expect(lines).toContain(
      'STREAM,Non-duplicated clients enrolled,clients,,,,OVC victim services,Office for Victims of Crime,167,67,40.1,,,',
    );
    expect(
      (
        await download(
          app,
          tenant.clients.observer,
          `/api/collaboratives/${tenant.collaborativeId}/reports/outcomes.csv`,
        )
      ).status,
    ).toBe(403);
    const { publicOutcomes } = await app
      .client('public')
      .data<{ publicOutcomes: unknown[] }>(PUBLIC_OUTCOMES, {
        slug: tenant.slug,
      });
    expect(publicOutcomes).toEqual([
      {
        name: 'Non-duplicated clients enrolled',
        unit: 'clients',
        target: 800,
        actual: 240,
        percentAchieved: 30,
        grantCount: 2,
      },
      {
        name: 'People educated on trauma recovery services',
        unit: 'people',
        target: 1000,
        actual: 450,
        percentAchieved: 45,
        grantCount: 1,
      },
    ]);
  });

  it('refuses to submit a report for a period that is not over, and keeps the draft as it was', async () => {
    const current = await fund.grant({
      title: 'Running year',
      allocations: [{ fundingStreamId: countyId, cents: $(1_000) }],
      tranches: [$(1_000)],
      // Started a month ago: its current quarter is not over.
      plannedOn: [daysFromToday(-30)],
      period: { start: daysFromToday(-30), end: daysFromToday(300) },
    });
    const requirements = await requirementsOf(fund.admin, tenant.collaborativeId, current.id);
    const open = requirements.find((requirement) => requirement.status === 'UPCOMING');
    if (!open) throw new Error('the running grant should have a period not yet over');
    const partner = tenant.clients.partnerA;
    const { startGrantReport: draft } = await partner.data<{ startGrantReport: Report }>(START, {
      requirementId: open.id,
    });
    await partner.data(SAVE, {
      input: {
        reportId: draft.id,
        narrative: 'Early.',
        spending: [{ budgetLine: 'Staff', amount: { cents: '100' } }],
      },
    });
    const refused = await partner.error(SUBMIT, { input: { reportId: draft.id } });
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toContain(`ends on ${open.periodEnd}`);
    const { grantReport } = await partner.data<{ grantReport: Report }>(REPORT, { id: draft.id });
    expect(grantReport).toMatchObject({ status: 'DRAFT', narrative: 'Early.' });
  });

  it('checks attachments on the server: size, real type, the draft state and whose report it is; nothing is stored when refused', async () => {
    const partner = tenant.clients.partnerA;
    const requirements = await requirementsOf(partner, tenant.collaborativeId);
    const { startGrantReport: draft } = await partner.data<{ startGrantReport: Report }>(START, {
      requirementId: requirements[3].id,
    });
    const rowsBefore = await app.dataSource.query(`SELECT count(*)::int AS n FROM report_attachment`);
    const filesBefore = countFiles(uploadsDir);

    const oversize = await upload(app, partner, draft.id, {
      name: 'scan.pdf',
      bytes: Buffer.concat([PDF, Buffer.alloc(MAX_BYTES)]),
    });
    expect(oversize).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT' } });
    const renamed = await upload(app, partner, draft.id, {
      name: 'report.pdf',
      bytes: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]),
      type: 'application/pdf',
    });
    expect(renamed).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT' } });
    expect((await upload(app, partner, draft.id, { name: 'empty.pdf', bytes: Buffer.alloc(0) })).status).toBe(
      400,
    );
    expect((await upload(app, tenant.clients.partnerB, draft.id, { name: 'x.pdf', bytes: PDF })).status).toBe(
      404,
    );
    expect((await upload(app, tenant.clients.member, draft.id, { name: 'x.pdf', bytes: PDF })).status).toBe(
      403,
    );
    expect((await upload(app, app.client('anonymous'), draft.id, { name: 'x.pdf', bytes: PDF })).status).toBe(
      401,
    );
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM report_attachment`)).toEqual(
      rowsBefore,
    );
    expect(countFiles(uploadsDir)).toBe(filesBefore);

    const sheet = await upload(app, partner, draft.id, {
      name: 'spending.csv',
      bytes: Buffer.from('line,amount\r\nCase managers,42000\r\n'),
      type: 'text/csv',
    });
    expect(sheet.status).toBe(201);
    expect(countFiles(uploadsDir)).toBe(filesBefore + 1);
    const removed = await partner.data<{ removeReportAttachment: Report }>(
      `mutation ($id: ID!) { removeReportAttachment(attachmentId: $id) { id attachments { id } } }`,
      { id: sheet.body.id },
    );
    expect(removed.removeReportAttachment.attachments).toEqual([]);
    expect(countFiles(uploadsDir)).toBe(filesBefore);
  });

  it('keeps a file name in any language, and gives it the extension of what the file really is (issue 17)', async () => {
    const partner = tenant.clients.partnerA;
    const [draft] = (
      await partner.data<{ grantReports: { nodes: Report[] } }>(
        `query ($id: ID!) { grantReports(collaborativeId: $id, status: DRAFT) { nodes { id } } }`,
        { id: tenant.collaborativeId },
      )
    ).grantReports.nodes;
    // As a browser sends it: the name as raw UTF-8 in filename="…".
    const spanish = await upload(app, partner, draft.id, { name: 'Informe año.pdf', bytes: PDF });
    expect(spanish).toMatchObject({ status: 201, body: { fileName: 'Informe año.pdf' } });
    const disguised = await upload(app, partner, draft.id, {
      name: 'report.html',
      bytes: PDF,
      type: 'text/html',
    });
    expect(disguised).toMatchObject({
      status: 201,
      body: { fileName: 'report.pdf', contentType: 'application/pdf' },
    });
    const file = await download(app, partner, disguised.body.downloadUrl as string);
    expect(file.headers.get('content-disposition')).toContain(`filename*=UTF-8''report.pdf`);
    for (const id of [spanish.body.id, disguised.body.id])
      await partner.data(`mutation ($id: ID!) { removeReportAttachment(attachmentId: $id) { id } }`, { id });
  });
});

function countFiles(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).length;
}
