import { FundBuilder, GrantResult } from '../funds/fund-fixtures';
import { createTenant, TestTenant } from '../support/tenant';
import { startTestApp, TestApp } from '../support/test-app';
import {
  fillAndSubmit,
  Report,
  REQUIREMENTS,
  Requirement,
  RequirementPage,
  requirementPages,
  requirementsOf,
  REVIEW,
  START,
  SUBMIT,
} from './report-fixtures';

const $ = (dollars: number) => BigInt(dollars) * 100n;
const STATUSES = ['UPCOMING', 'DUE', 'LATE', 'UNDER_REVIEW', 'CHANGES_REQUESTED', 'ACCEPTED'];
/** Three grant years of quarters: twelve requirements a grant, due on the same dates for every grant. */
const THREE_YEARS = { start: '2025-07-01', end: '2028-06-30' };
const today = () => new Date().toISOString().slice(0, 10);

/** The keyset order the API promises: due date, then number within the grant, then id. */
const byKeyset = (a: Requirement, b: Requirement) =>
  a.dueOn.localeCompare(b.dueOn) || a.sequence - b.sequence || a.id.localeCompare(b.id);
const ids = (requirements: Requirement[]) => requirements.map((requirement) => requirement.id);
const nodesOf = (pages: RequirementPage[]) => pages.flatMap((page) => page.nodes);

/**
 * The list a fund administrator chases late reports with: a collaborative of multi-year quarterly
 * grants owes more reports than one answer should carry, so the list comes in pages, filtered by
 * status in the database, and a partner's pages hold only its own organization's reports.
 */
describe('Reporting requirements, page by page', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let fund: FundBuilder;
  let grantsA: GrantResult[];
  let grantB: GrantResult;
  /** Partner A's grant that ends today, its reports in every state. */
  let story: Requirement[];

  beforeAll(async () => {
    app = await startTestApp('requirement-pages', { queryStats: true });
    tenant = await createTenant(app, 'pages');
    fund = new FundBuilder(app, tenant);
    const stream = await fund.stream({
      name: 'County prevention',
      awardCents: $(1_000_000),
      pledgedCents: $(1_000_000),
      receivedCents: $(1_000_000),
    });
    const grant = (recipientOrganizationId: string, period: { start: string; end: string }) =>
      fund.grant({
        recipientOrganizationId,
        allocations: [{ fundingStreamId: stream.id, cents: $(1_000) }],
        tranches: [$(1_000)],
        period,
      });
    grantsA = [
      await grant(tenant.organizations.granteeA, THREE_YEARS),
      await grant(tenant.organizations.granteeA, THREE_YEARS),
    ];
    grantB = await grant(tenant.organizations.granteeB, THREE_YEARS);
    const storyGrant = await grant(tenant.organizations.granteeA, { start: '2025-07-01', end: today() });
    grantsA.push(storyGrant);

    // One report in every state, the dates' edges included.
    const partner = tenant.clients.partnerA;
    story = await requirementsOf(fund.admin, tenant.collaborativeId, storyGrant.id);
    const [submitted, sentBack, resubmitted, accepted, dueToday] = story;
    await fillAndSubmit(partner, submitted.id, []);
    const requestChanges = (report: Report) =>
      fund.admin.data(REVIEW, {
        input: {
          reportId: report.id,
          decision: 'CHANGES_REQUESTED',
          comments: [{ section: 'NARRATIVE', comment: 'Say which neighborhoods the workshops reached.' }],
        },
      });
    // Sent back, and the partner has opened its revision: the draft does not change the status.
    await requestChanges(await fillAndSubmit(partner, sentBack.id, []));
    await partner.data(START, { requirementId: sentBack.id });
    await requestChanges(await fillAndSubmit(partner, resubmitted.id, []));
    const { startGrantReport: revision } = await partner.data<{ startGrantReport: Report }>(START, {
      requirementId: resubmitted.id,
    });
    await partner.data(SUBMIT, { input: { reportId: revision.id } });
    const first = await fillAndSubmit(partner, accepted.id, []);
    await fund.admin.data(REVIEW, { input: { reportId: first.id, decision: 'ACCEPTED' } });
    // The period is over and the report is due today: due, not late, even with a draft started.
    await fund.admin.data(
      `mutation ($input: UpdateReportingRequirementInput!) { updateReportingRequirement(input: $input) { id } }`,
      { input: { requirementId: dueToday.id, dueOn: today() } },
    );
    await partner.data(START, { requirementId: dueToday.id });
    story = await requirementsOf(fund.admin, tenant.collaborativeId, storyGrant.id);
  }, 120_000);
  afterAll(() => app.close());

  it('walks every page in (due date, sequence, id) order, with no duplicate and no gap', async () => {
    const pages = await requirementPages(fund.admin, { collaborativeId: tenant.collaborativeId, first: 5 });
    const walked = nodesOf(pages);
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM reporting_requirement WHERE collaborative_id = $1`,
      [tenant.collaborativeId],
    );
    expect(n).toBe(12 * 3 + story.length);
    expect(pages.length).toBe(Math.ceil(n / 5));
    expect(pages.slice(0, -1).every((page) => page.nodes.length === 5 && page.pageInfo.hasNextPage)).toBe(
      true,
    );
    expect(pages[pages.length - 1].pageInfo.hasNextPage).toBe(false);
    expect(new Set(ids(walked)).size).toBe(n);
    expect(ids(walked)).toEqual(ids([...walked].sort(byKeyset)));
    // Four grants owe their first report on the same day: the id decides between them.
    expect(walked.filter((r) => r.dueOn === '2025-10-30' && r.sequence === 1)).toHaveLength(4);
  });

  it('gives the same page for the same cursor, and the grant filter still narrows to one grant', async () => {
    const [firstPage, secondPage] = await requirementPages(fund.admin, {
      collaborativeId: tenant.collaborativeId,
      first: 7,
    });
    const again = await fund.admin.data<{ reportingRequirements: RequirementPage }>(REQUIREMENTS, {
      collaborativeId: tenant.collaborativeId,
      first: 7,
      after: firstPage.pageInfo.endCursor,
    });
    expect(ids(again.reportingRequirements.nodes)).toEqual(ids(secondPage.nodes));

    const pages = await requirementPages(fund.admin, {
      collaborativeId: tenant.collaborativeId,
      grantId: grantB.id,
      first: 5,
    });
    expect(pages).toHaveLength(3);
    expect(nodesOf(pages).map((r) => [r.grantId, r.sequence])).toEqual(
      Array.from({ length: 12 }, (_, i) => [grantB.id, i + 1]),
    );
  });

  it('filters by status in SQL exactly as the status field reads, for every status and the dates’ edges', async () => {
    expect(story.slice(0, 5).map((r) => r.status)).toEqual([
      'UNDER_REVIEW',
      'CHANGES_REQUESTED',
      'UNDER_REVIEW',
      'ACCEPTED',
      'DUE',
    ]);
    expect(story[4].dueOn).toBe(today());
    const last = story[story.length - 1];
    expect([last.periodEnd, last.status]).toEqual([today(), 'UPCOMING']);

    const everything = await requirementsOf(fund.admin, tenant.collaborativeId);
    expect(new Set(everything.map((r) => r.status))).toEqual(new Set(STATUSES));
    for (const status of STATUSES) {
      const filtered = nodesOf(
        await requirementPages(fund.admin, {
          collaborativeId: tenant.collaborativeId,
          statuses: [status],
          first: 4,
        }),
      );
      expect({ status, ids: ids(filtered) }).toEqual({
        status,
        ids: ids(everything.filter((r) => r.status === status)),
      });
    }
    // The Reports page's "due or late" filter.
    const open = ['DUE', 'LATE', 'CHANGES_REQUESTED'];
    const filtered = nodesOf(
      await requirementPages(fund.admin, {
        collaborativeId: tenant.collaborativeId,
        statuses: open,
        first: 6,
      }),
    );
    expect(ids(filtered)).toEqual(ids(everything.filter((r) => open.includes(r.status))));
  });

  it("shows a partner contact only its own organization's requirements, on every page and with every filter", async () => {
    const own = new Set(grantsA.map((grant) => grant.id));
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM reporting_requirement WHERE recipient_organization_id = $1`,
      [tenant.organizations.granteeA],
    );
    const pages = await requirementPages(tenant.clients.partnerA, {
      collaborativeId: tenant.collaborativeId,
      first: 4,
    });
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.nodes.filter((r) => !own.has(r.grantId))).toEqual([]);
    expect(new Set(ids(nodesOf(pages))).size).toBe(n);

    for (const statuses of [['LATE'], ['UPCOMING', 'UNDER_REVIEW']]) {
      const filtered = await requirementPages(tenant.clients.partnerA, {
        collaborativeId: tenant.collaborativeId,
        statuses,
        first: 3,
      });
      const nodes = nodesOf(filtered);
      expect(nodes.length).toBeGreaterThan(3);
      expect(nodes.filter((r) => !own.has(r.grantId) || !statuses.includes(r.status))).toEqual([]);
    }
    // Another organization's grant named outright: nothing, not an error that tells it exists.
    const theirs = await requirementPages(tenant.clients.partnerA, {
      collaborativeId: tenant.collaborativeId,
      grantId: grantB.id,
    });
    expect(theirs).toEqual([{ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } }]);
    const partnerB = nodesOf(
      await requirementPages(tenant.clients.partnerB, { collaborativeId: tenant.collaborativeId, first: 5 }),
    );
    expect(new Set(partnerB.map((r) => r.grantId))).toEqual(new Set([grantB.id]));
    expect(partnerB).toHaveLength(12);
  });

  it.each([
    ['a page of none', { first: 0 }],
    ['a page above 200', { first: 201 }],
    ['an unknown status', { statuses: ['OVERDUE'] }],
    ['an empty status list', { statuses: [] }],
    ['a made-up cursor', { after: 'not-a-cursor' }],
  ])('refuses %s as BAD_USER_INPUT', async (_case, variables) => {
    const error = await fund.admin.error(REQUIREMENTS, {
      collaborativeId: tenant.collaborativeId,
      ...variables,
    });
    expect(error.code).toBe('BAD_USER_INPUT');
  });

  it('runs as many SQL statements for a page of 30 as for a page of 5, statuses, targets and reports included', async () => {
    const query = `query ($c: ID!, $first: Int!, $statuses: [RequirementStatus!]) {
      reportingRequirements(collaborativeId: $c, first: $first, statuses: $statuses) {
        nodes { id status metricTargets { target } reports { id status } } pageInfo { hasNextPage } } }`;
    // The principal is read on a session's first request, then remembered: warm it first.
    await fund.admin.request(`{ me { id } }`);
    for (const statuses of [null, ['DUE', 'LATE', 'UPCOMING', 'UNDER_REVIEW']]) {
      const counted = async (first: number) => {
        const response = await fund.admin.request<{ reportingRequirements: RequirementPage }>(query, {
          c: tenant.collaborativeId,
          first,
          statuses,
        });
        expect(response.data?.reportingRequirements.nodes).toHaveLength(first);
        return response.sqlQueries;
      };
      const small = await counted(5);
      expect(small).toBeGreaterThan(0);
      expect(await counted(30)).toBe(small);
    }
  });

  it('lists every requirement of a collaborative that owes more than 2,000, the old cap', async () => {
    // 2,100 more reports on one of partner B's grants, written in bulk: through the API it would
    // take 21 grants of 100 scheduled reports each.
    await app.dataSource.query(
      `INSERT INTO reporting_requirement (collaborative_id, grant_id, recipient_organization_id, sequence,
              covers, period_start, period_end, due_on, required_sections)
       SELECT $1, $2, $3, 12 + i, 'Week ' || i, DATE '2020-01-01' + i, DATE '2020-01-01' + i, DATE '2020-01-02' + i,
              '{NARRATIVE}'
         FROM generate_series(1, 2100) AS i`,
      [tenant.collaborativeId, grantB.id, tenant.organizations.granteeB],
    );
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM reporting_requirement WHERE collaborative_id = $1`,
      [tenant.collaborativeId],
    );
    expect(n).toBeGreaterThan(2_100);
    const pages = await requirementPages(fund.admin, { collaborativeId: tenant.collaborativeId, first: 200 });
    const walked = nodesOf(pages);
    expect(pages).toHaveLength(Math.ceil(n / 200));
    expect(new Set(ids(walked)).size).toBe(n);
    expect(ids(walked)).toEqual(ids([...walked].sort(byKeyset)));
    // What a fund administrator chases: every late report, however many.
    const late = nodesOf(
      await requirementPages(fund.admin, {
        collaborativeId: tenant.collaborativeId,
        statuses: ['LATE'],
        first: 200,
      }),
    );
    expect(late).toEqual(walked.filter((r) => r.status === 'LATE'));
    expect(late.length).toBeGreaterThan(2_100);
  }, 120_000);
});
