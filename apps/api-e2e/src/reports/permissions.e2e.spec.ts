import { PermissionDeclarations } from '@braid/kernel';
import { REPORTS_RESOLVERS } from '@braid/reports';
import { FundBuilder } from '../funds/fund-fixtures';
import { GraphQLClient } from '../support/graphql-client';
import { createTenant, TenantRole, TestTenant } from '../support/tenant';
import { startTestApp, TestApp } from '../support/test-app';
import {
  CREATE_METRIC,
  download,
  fillAndSubmit,
  PDF,
  Report,
  requirementsOf,
  REVIEW,
  SAVE,
  SET_GRANT_METRIC,
  START,
  upload,
} from './report-fixtures';

type Caller = TenantRole | 'anonymous' | 'outsider';
const ROLES: TenantRole[] = [
  'admin',
  'chair',
  'fundAdmin',
  'lead',
  'member',
  'resident',
  'partnerA',
  'partnerB',
  'observer',
];
const CALLERS: Caller[] = [...ROLES, 'anonymous', 'outsider'];
const LEADERSHIP: TenantRole[] = ['admin', 'chair', 'fundAdmin', 'lead', 'member', 'resident'];
const $ = (dollars: number) => BigInt(dollars) * 100n;

/** OK: data; EMPTY: data, but an empty list (filtered in SQL); otherwise the error code. */
type Outcome = 'OK' | 'EMPTY' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED';

interface Ids {
  collaborativeId: string;
  slug: string;
  grantA: string;
  requirementA: string;
  acceptedA: string;
  draftA: string;
  metric: string;
}

interface Row {
  document: string;
  /** The roles of this collaborative for whom the operation succeeds. */
  allowed: TenantRole[];
  /** What other roles get where it is not FORBIDDEN. */
  denied?: Partial<Record<TenantRole, Outcome>>;
  /** What another collaborative's person with the first allowed role gets (NOT_FOUND unless a list). */
  outsider?: Outcome;
  anonymous?: Outcome;
  /** Variables; `fresh` is true for a caller expected to succeed (state-changing rows make new records). */
  variables(ids: Ids, fresh: boolean): Promise<Record<string, unknown>> | Record<string, unknown>;
}

describe('Who may do what with grant reports: every operation × every role', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let other: TestTenant;
  let fund: FundBuilder;
  let streamId: string;
  const ids = {} as Ids;

  /** A grant to partner A with its requirements; its first requirement. */
  const freshRequirement = async (): Promise<string> => {
    const grant = await fund.grant({
      allocations: [{ fundingStreamId: streamId, cents: $(100) }],
      tranches: [$(100)],
    });
    return (await requirementsOf(fund.admin, tenant.collaborativeId, grant.id))[0].id;
  };
  const freshDraft = async (): Promise<string> =>
    (
      await tenant.clients.partnerA.data<{ startGrantReport: Report }>(START, {
        requirementId: await freshRequirement(),
      })
    ).startGrantReport.id;
  const freshSubmitted = async (): Promise<string> =>
    (await fillAndSubmit(tenant.clients.partnerA, await freshRequirement(), [])).id;

  const MATRIX: Record<string, Row> = {
    metrics: {
      document: `query ($c: ID!) { metrics(collaborativeId: $c) { id } }`,
      allowed: [...LEADERSHIP, 'partnerA', 'partnerB'],
      outsider: 'EMPTY',
      variables: (i) => ({ c: i.collaborativeId }),
    },
    createMetric: {
      document: CREATE_METRIC,
      allowed: ['fundAdmin'],
      variables: (i) => ({
        input: { collaborativeId: i.collaborativeId, name: `Metric ${Math.random()}`, unit: 'people' },
      }),
    },
    setGrantMetric: {
      document: SET_GRANT_METRIC,
      allowed: ['fundAdmin'],
      variables: (i) => ({ input: { grantId: i.grantA, metricId: i.metric, target: 500 } }),
    },
    reportingRequirements: {
      document: `query ($c: ID!) { reportingRequirements(collaborativeId: $c) { nodes { id status } } }`,
      allowed: [...LEADERSHIP, 'partnerA', 'partnerB'],
      outsider: 'EMPTY',
      variables: (i) => ({ c: i.collaborativeId }),
    },
    reportingRequirement: {
      document: `query ($id: ID!) { reportingRequirement(id: $id) { id status } }`,
      allowed: [...LEADERSHIP, 'partnerA'],
      denied: { partnerB: 'NOT_FOUND' },
      variables: (i) => ({ id: i.requirementA }),
    },
    updateReportingRequirement: {
      document: `mutation ($input: UpdateReportingRequirementInput!) { updateReportingRequirement(input: $input) { id } }`,
      allowed: ['fundAdmin'],
      variables: (i) => ({
        input: { requirementId: i.requirementA, requiredSections: ['NARRATIVE', 'SPENDING', 'METRICS'] },
      }),
    },
    grantReports: {
      document: `query ($c: ID!) { grantReports(collaborativeId: $c) { nodes { id } } }`,
      allowed: [...LEADERSHIP, 'partnerA'],
      denied: { partnerB: 'EMPTY' },
      outsider: 'EMPTY',
      variables: (i) => ({ c: i.collaborativeId }),
    },
    grantReport: {
      document: `query ($id: ID!) { grantReport(id: $id) { id status } }`,
      allowed: [...LEADERSHIP, 'partnerA'],
      denied: { partnerB: 'NOT_FOUND' },
      variables: (i) => ({ id: i.acceptedA }),
    },
    startGrantReport: {
      document: `mutation ($r: ID!) { startGrantReport(requirementId: $r) { id } }`,
      allowed: ['partnerA'],
      denied: { partnerB: 'NOT_FOUND' },
      variables: async (i, fresh) => ({ r: fresh ? await freshRequirement() : i.requirementA }),
    },
    saveGrantReportDraft: {
      document: `mutation ($input: SaveGrantReportDraftInput!) { saveGrantReportDraft(input: $input) { id } }`,
      allowed: ['partnerA'],
      denied: { partnerB: 'NOT_FOUND' },
      variables: (i) => ({ input: { reportId: i.draftA, narrative: 'Autosaved.' } }),
    },
    submitGrantReport: {
      document: `mutation ($input: SubmitGrantReportInput!) { submitGrantReport(input: $input) { id } }`,
      allowed: ['partnerA'],
      denied: { partnerB: 'NOT_FOUND' },
      variables: async (i, fresh) => {
        if (!fresh) return { input: { reportId: i.draftA } };
        const reportId = await freshDraft();
        await tenant.clients.partnerA.data(SAVE, {
          input: {
            reportId,
            narrative: 'Done.',
            spending: [{ budgetLine: 'Staff', amount: { cents: '100' } }],
          },
        });
        return { input: { reportId } };
      },
    },
    reviewGrantReport: {
      document: `mutation ($input: ReviewGrantReportInput!) { reviewGrantReport(input: $input) { id } }`,
      allowed: ['fundAdmin'],
      variables: async (i, fresh) => ({
        input: { reportId: fresh ? await freshSubmitted() : i.acceptedA, decision: 'ACCEPTED' },
      }),
    },
    removeReportAttachment: {
      document: `mutation ($id: ID!) { removeReportAttachment(attachmentId: $id) { id } }`,
      allowed: ['partnerA'],
      denied: { partnerB: 'NOT_FOUND' },
      variables: async (i) => {
        const attached = await upload(app, tenant.clients.partnerA, i.draftA, {
          name: 'evidence.pdf',
          bytes: PDF,
        });
        return { id: attached.body.id };
      },
    },
    reportSettings: {
      document: `query ($c: ID!) { reportSettings(collaborativeId: $c) { holdDisbursementsOnLateReports } }`,
      allowed: LEADERSHIP,
      variables: (i) => ({ c: i.collaborativeId }),
    },
    updateReportSettings: {
      document: `mutation ($input: UpdateReportSettingsInput!) { updateReportSettings(input: $input) { holdDisbursementsOnLateReports } }`,
      allowed: ['admin'],
      variables: (i) => ({
        input: { collaborativeId: i.collaborativeId, holdDisbursementsOnLateReports: true },
      }),
    },
    outcomeRollup: {
      document: `query ($c: ID!) { outcomeRollup(collaborativeId: $c) { metrics { name actual } } }`,
      allowed: LEADERSHIP,
      variables: (i) => ({ c: i.collaborativeId }),
    },
    funderOutcomes: {
      document: `query ($c: ID!) { funderOutcomes(collaborativeId: $c) { funderName } }`,
      allowed: LEADERSHIP,
      variables: (i) => ({ c: i.collaborativeId }),
    },
    publicOutcomes: {
      document: `query ($slug: String!) { publicOutcomes(collaborativeSlug: $slug) { name actual } }`,
      allowed: ROLES,
      outsider: 'OK',
      anonymous: 'OK',
      variables: (i) => ({ slug: i.slug }),
    },
  };

  beforeAll(async () => {
    app = await startTestApp('reports-permissions');
    [tenant, other] = await Promise.all([createTenant(app, 'rep-perm'), createTenant(app, 'rep-perm-other')]);
    fund = new FundBuilder(app, tenant);
    streamId = (await fund.stream({ name: 'Matrix', awardCents: $(1_000_000), pledgedCents: $(1_000_000) }))
      .id;
    const grantA = await fund.grant({
      allocations: [{ fundingStreamId: streamId, cents: $(1_000) }],
      tranches: [$(1_000)],
    });
    await fund.grant({
      recipientOrganizationId: tenant.organizations.granteeB,
      allocations: [{ fundingStreamId: streamId, cents: $(1_000) }],
      tranches: [$(1_000)],
    });
    const { createMetric } = await fund.admin.data<{ createMetric: { id: string } }>(CREATE_METRIC, {
      input: { collaborativeId: tenant.collaborativeId, name: 'Clients', unit: 'clients' },
    });
    await fund.admin.data(SET_GRANT_METRIC, {
      input: { grantId: grantA.id, metricId: createMetric.id, target: 500 },
    });
    const requirements = await requirementsOf(fund.admin, tenant.collaborativeId, grantA.id);
    const accepted = await fillAndSubmit(tenant.clients.partnerA, requirements[0].id, [
      { metricId: createMetric.id, value: 120 },
    ]);
    await fund.admin.data(REVIEW, { input: { reportId: accepted.id, decision: 'ACCEPTED' } });
    const { startGrantReport: draft } = await tenant.clients.partnerA.data<{ startGrantReport: Report }>(
      START,
      {
        requirementId: requirements[1].id,
      },
    );
    Object.assign(ids, {
      collaborativeId: tenant.collaborativeId,
      slug: tenant.slug,
      grantA: grantA.id,
      requirementA: requirements[2].id,
      acceptedA: accepted.id,
      draftA: draft.id,
      metric: createMetric.id,
    });
    // The other collaborative has a fund too, so its people's rules are not empty by accident.
    await new FundBuilder(app, other).stream({ name: 'Other', awardCents: $(1_000) });
  });
  afterAll(() => app.close());

  it('has a row for every reports query and mutation', () => {
    const reports = new Set(REPORTS_RESOLVERS.map((resolver) => resolver.name));
    const operations = app
      .get(PermissionDeclarations)
      .list()
      .filter((operation) => reports.has(operation.handler.split('.')[0]))
      .map((operation) => operation.name)
      .sort();
    expect(operations.length).toBeGreaterThanOrEqual(17);
    expect(Object.keys(MATRIX).sort()).toEqual(operations);
  });

  const observe = async (client: GraphQLClient, row: Row, fresh: boolean): Promise<Outcome | string> => {
    const response = await client.request(row.document, await row.variables(ids, fresh));
    const error = response.errors?.[0];
    if (error) return String(error.extensions?.code ?? error.message);
    const value = Object.values(response.data ?? {})[0] as unknown;
    const list = Array.isArray(value) ? value : (value as { nodes?: unknown[] } | null)?.nodes;
    return Array.isArray(list) && list.length === 0 ? 'EMPTY' : 'OK';
  };

  it.each(Object.keys(MATRIX))('%s', async (operation) => {
    const row = MATRIX[operation];
    const seen: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const caller of CALLERS) {
      const client =
        caller === 'anonymous'
          ? app.client('anonymous')
          : caller === 'outsider'
            ? other.clients[row.allowed[0]]
            : tenant.clients[caller];
      expected[caller] =
        caller === 'anonymous'
          ? (row.anonymous ?? 'UNAUTHENTICATED')
          : caller === 'outsider'
            ? (row.outsider ?? 'NOT_FOUND')
            : row.allowed.includes(caller)
              ? 'OK'
              : (row.denied?.[caller] ?? 'FORBIDDEN');
      seen[caller] = await observe(client, row, expected[caller] === 'OK' && caller !== 'outsider');
    }
    expect(seen).toEqual(expected);
  });

  it('serves attachments, uploads and the CSV export over REST by the same rules', async () => {
    const attached = await upload(app, tenant.clients.partnerA, ids.draftA, {
      name: 'sheet.pdf',
      bytes: PDF,
    });
    expect(attached.status).toBe(201);
    const path = attached.body.downloadUrl as string;
    const { grantReport: accepted } = await fund.admin.data<{
      grantReport: { attachments: { downloadUrl: string }[] };
    }>(`query ($id: ID!) { grantReport(id: $id) { attachments { downloadUrl } } }`, { id: ids.acceptedA });
    expect(accepted.attachments).toEqual([]);
    const status = async (client: GraphQLClient, url: string) => (await download(app, client, url)).status;
    const draftReaders: Record<Caller, number> = {
      admin: 404,
      chair: 404,
      fundAdmin: 200,
      lead: 404,
      member: 404,
      resident: 404,
      partnerA: 200,
      partnerB: 404,
      observer: 403,
      anonymous: 401,
      outsider: 404,
    };
    const csv = `/api/collaboratives/${ids.collaborativeId}/reports/outcomes.csv`;
    const exporters: Record<Caller, number> = {
      admin: 200,
      chair: 200,
      fundAdmin: 200,
      lead: 403,
      member: 403,
      resident: 403,
      partnerA: 403,
      partnerB: 403,
      observer: 403,
      anonymous: 401,
      outsider: 404,
    };
    const uploaders: Record<Caller, number> = {
      admin: 403,
      chair: 403,
      fundAdmin: 403,
      lead: 403,
      member: 403,
      resident: 403,
      partnerA: 201,
      partnerB: 404,
      observer: 403,
      anonymous: 401,
      outsider: 403,
    };
    const seen = {
      download: {} as Record<string, number>,
      csv: {} as Record<string, number>,
      upload: {} as Record<string, number>,
    };
    for (const caller of CALLERS) {
      const client =
        caller === 'anonymous'
          ? app.client('anonymous')
          : caller === 'outsider'
            ? other.clients.admin
            : tenant.clients[caller];
      seen.download[caller] = await status(client, path);
      seen.csv[caller] = await status(client, csv);
      seen.upload[caller] = (await upload(app, client, ids.draftA, { name: 'x.pdf', bytes: PDF })).status;
    }
    expect(seen).toEqual({ download: draftReaders, csv: exporters, upload: uploaders });
  });

  it('shows aggregate outcomes to the public only for a collaborative that publishes its transparency view', async () => {
    await app.dataSource.query(`UPDATE collaborative SET public_transparency = false WHERE id = $1`, [
      ids.collaborativeId,
    ]);
    try {
      const query = `query ($slug: String!) { publicOutcomes(collaborativeSlug: $slug) { name actual } }`;
      expect((await app.client('anonymous').error(query, { slug: ids.slug })).code).toBe('NOT_FOUND');
      expect((await other.clients.admin.error(query, { slug: ids.slug })).code).toBe('NOT_FOUND');
      const { publicOutcomes } = await tenant.clients.observer.data<{ publicOutcomes: unknown[] }>(query, {
        slug: ids.slug,
      });
      expect(publicOutcomes).toContainEqual({ name: 'Clients', actual: 120 });
    } finally {
      await app.dataSource.query(`UPDATE collaborative SET public_transparency = true WHERE id = $1`, [
        ids.collaborativeId,
      ]);
    }
  });
});
