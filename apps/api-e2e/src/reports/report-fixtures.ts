import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

export const REQUIREMENT_FIELDS = `id sequence covers periodStart periodEnd dueOn status requiredSections grantId
  metricTargets { metricId target }`;
export const REPORT_FIELDS = `id version status narrative revision requirementId grantId submittedAt
  spending { budgetLine amount { cents currency } note }
  spendingTotal { cents currency }
  metricValues { metricId value note }
  attachments { id fileName contentType sizeBytes sha256 downloadUrl }
  reviews { decision comments { section comment } reviewerName }`;

export const REQUIREMENTS = `query ($collaborativeId: ID!, $grantId: ID, $statuses: [RequirementStatus!], $first: Int, $after: String) {
  reportingRequirements(collaborativeId: $collaborativeId, grantId: $grantId, statuses: $statuses, first: $first, after: $after) {
    nodes { ${REQUIREMENT_FIELDS} } pageInfo { hasNextPage endCursor } } }`;
export const CREATE_METRIC = `mutation ($input: CreateMetricInput!) { createMetric(input: $input) { id name unit } }`;
export const SET_GRANT_METRIC = `mutation ($input: SetGrantMetricInput!) { setGrantMetric(input: $input) { id target yearTargets metric { name } } }`;
export const START = `mutation ($requirementId: ID!) { startGrantReport(requirementId: $requirementId) { ${REPORT_FIELDS} } }`;
export const SAVE = `mutation ($input: SaveGrantReportDraftInput!) { saveGrantReportDraft(input: $input) { ${REPORT_FIELDS} } }`;
export const SUBMIT = `mutation ($input: SubmitGrantReportInput!) { submitGrantReport(input: $input) { ${REPORT_FIELDS} } }`;
export const REVIEW = `mutation ($input: ReviewGrantReportInput!) { reviewGrantReport(input: $input) { ${REPORT_FIELDS} } }`;
export const REPORT = `query ($id: ID!) { grantReport(id: $id) { ${REPORT_FIELDS} } }`;
export const REPORTS = `query ($collaborativeId: ID!, $status: GrantReportStatus) {
  grantReports(collaborativeId: $collaborativeId, status: $status, first: 100) { nodes { id version status grantId } } }`;
export const SETTINGS = `mutation ($input: UpdateReportSettingsInput!) { updateReportSettings(input: $input) { holdDisbursementsOnLateReports } }`;
export const ROLLUP = `query ($collaborativeId: ID!) { outcomeRollup(collaborativeId: $collaborativeId) { metrics {
  name unit target actual percentAchieved grantCount
  grants { grantTitle organizationName target actual percentAchieved }
  periods { covers grantTitle target actual }
  streams { streamName funderName target actual percentAchieved } } } }`;
export const FUNDERS = `query ($collaborativeId: ID!) { funderOutcomes(collaborativeId: $collaborativeId) {
  funderName committed { cents currency } disbursed { cents currency } grantCount
  metrics { name target actual percentAchieved } } }`;
export const PUBLIC_OUTCOMES = `query ($slug: String!) { publicOutcomes(collaborativeSlug: $slug) { name unit target actual percentAchieved grantCount } }`;

export interface Requirement {
  id: string;
  sequence: number;
  covers: string;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  status: string;
  requiredSections: string[];
  grantId: string;
  metricTargets: { metricId: string; target: number }[];
}

export interface Report {
  id: string;
  version: number;
  status: string;
  narrative: string;
  revision: number;
  requirementId: string;
  grantId: string;
  spending: { budgetLine: string; amount: { cents: string; currency: string }; note: string }[];
  spendingTotal: { cents: string; currency: string }[];
  metricValues: { metricId: string; value: number; note: string }[];
  attachments: {
    id: string;
    fileName: string;
    contentType: string;
    sizeBytes: number;
    sha256: string;
    downloadUrl: string;
  }[];
  reviews: { decision: string; comments: { section: string; comment: string }[]; reviewerName: string }[];
}

export interface RequirementPage {
  nodes: Requirement[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every page of requirements the client may read, in the API's order, following the cursors. */
export async function requirementPages(
  client: GraphQLClient,
  variables: { collaborativeId: string; grantId?: string; statuses?: string[]; first?: number },
): Promise<RequirementPage[]> {
  const pages: RequirementPage[] = [];
  let after: string | null = null;
  do {
    const { reportingRequirements: page }: { reportingRequirements: RequirementPage } = await client.data(
      REQUIREMENTS,
      { first: 200, ...variables, after },
    );
    pages.push(page);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return pages;
}

export async function requirementsOf(client: GraphQLClient, collaborativeId: string, grantId?: string) {
  return (await requirementPages(client, { collaborativeId, grantId })).flatMap((page) => page.nodes);
}

/** A minimal valid PDF: what a partner's scanned sign-in sheet starts like. */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

export interface UploadAnswer {
  status: number;
  body: {
    id?: string;
    code?: string;
    message?: string;
    downloadUrl?: string;
    sha256?: string;
    fileName?: string;
    contentType?: string;
  };
}

/** Uploads a file over REST as the client's session would (multipart, field "file"). */
export async function upload(
  app: TestApp,
  client: GraphQLClient,
  reportId: string,
  file: { name: string; bytes: Buffer; type?: string },
): Promise<UploadAnswer> {
  const form = new FormData();
  form.append(
    'file',
    new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/pdf' }),
    file.name,
  );
  const response = await fetch(`${app.url}/api/grant-reports/${reportId}/attachments`, {
    method: 'POST',
    headers: client.sessionCookie ? { cookie: client.sessionCookie } : {},
    body: form,
  });
  return { status: response.status, body: (await response.json()) as UploadAnswer['body'] };
}

export async function download(app: TestApp, client: GraphQLClient, path: string) {
  const response = await fetch(`${app.url}${path}`, {
    headers: client.sessionCookie ? { cookie: client.sessionCookie } : {},
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, bytes, headers: response.headers };
}

/** A partner's complete report for a requirement: narrative, one spending line, every metric. */
export async function fillAndSubmit(
  partner: GraphQLClient,
  requirementId: string,
  values: { metricId: string; value: number }[],
  spendingCents = 1_200_000n,
): Promise<Report> {
  const { startGrantReport: draft } = await partner.data<{ startGrantReport: Report }>(START, {
    requirementId,
  });
  await partner.data(SAVE, {
    input: {
      reportId: draft.id,
      narrative: 'Case managers enrolled survivors referred by both emergency departments.',
      spending: [{ budgetLine: 'Case managers (2 FTE)', amount: { cents: spendingCents.toString() } }],
      metricValues: values,
    },
  });
  return (await partner.data<{ submitGrantReport: Report }>(SUBMIT, { input: { reportId: draft.id } }))
    .submitGrantReport;
}
