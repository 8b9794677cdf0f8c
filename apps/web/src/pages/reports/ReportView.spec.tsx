import { screen } from '@testing-library/react';
import type { GrantReportFieldsFragment } from '../../graphql/generated/graphql';
import { RESIDENT, renderPage, type TestPerson } from '../../testing/render';
import { ReportView } from './ReportView';

const CHAIR: TestPerson = { ...RESIDENT, preferredLanguage: 'EN' };

const REPORT: GrantReportFieldsFragment = {
  __typename: 'GrantReport',
  id: 'report-1',
  requirementId: 'requirement-1',
  status: 'SUBMITTED',
  version: 1,
  revision: 1,
  narrative: 'Twelve workshops.',
  submittedAt: '2026-10-02T17:00:00.000Z',
  grant: {
    __typename: 'Grant',
    id: 'grant-1',
    title: 'Youth outreach',
    amount: { __typename: 'Money', cents: 100, currency: 'USD' },
  },
  metricValues: [
    { __typename: 'GrantReportMetricValue', metricId: 'm-percent', value: 75, note: null },
    { __typename: 'GrantReportMetricValue', metricId: 'm-visits', value: 10, note: null },
  ],
  spending: [],
  attachments: [],
  reviews: [],
} as unknown as GrantReportFieldsFragment;

/** Units as partners type them: a symbol, and capitals. */
const METRICS = [
  { metricId: 'm-percent', name: 'Satisfied families', unit: '%', target: 80 },
  { metricId: 'm-visits', name: 'ER visits avoided', unit: 'ER Visits', target: 40 },
];

describe('a submitted report', () => {
  it.each([
    ['English', CHAIR, 'target'],
    ['Spanish', RESIDENT, 'meta'],
  ])('shows each metric unit as the partner typed it, in %s', async (_language, person, target) => {
    renderPage(<ReportView report={REPORT} metrics={METRICS} />, { person });
    // Waits for the person's language: the session arrives after the first render.
    expect(await screen.findByText(new RegExp(`75 % \\(${target} 80\\)`))).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`10 ER Visits \\(${target} 40\\)`))).toBeInTheDocument();
  });
});
