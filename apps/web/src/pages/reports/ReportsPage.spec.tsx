import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { RESIDENT, renderPage, type TestPerson } from '../../testing/render';
import { ReportingRequirementsQuery } from './operations';
import { REPORTS_PAGE_SIZE, ReportsPage } from './ReportsPage';

const HSS = 'c-hss';

const FUND_ADMIN: TestPerson = {
  id: 'u-funds',
  displayName: 'Dana Whitfield',
  email: 'funds@demo.braid.example',
  preferredLanguage: 'EN',
  rules: [{ action: 'read', subject: ['Collaborative', 'ReportingRequirement'] }],
};

const requirement = (n: number, status: string, dueOn: string) => ({
  __typename: 'ReportingRequirement' as const,
  id: `r-${n}`,
  grantId: 'g-trc',
  sequence: n,
  covers: `2025-0${n}-01 to 2025-0${n}-28`,
  periodStart: `2025-0${n}-01`,
  periodEnd: `2025-0${n}-28`,
  dueOn,
  status,
  grant: {
    __typename: 'Grant' as const,
    id: 'g-trc',
    title: 'Trauma recovery center',
    recipient: { __typename: 'Organization' as const, id: 'o-trc', name: 'Stockton TRC' },
  },
});

const page = (nodes: ReturnType<typeof requirement>[], endCursor: string | null, hasNextPage: boolean) => ({
  data: {
    reportingRequirements: {
      __typename: 'ReportingRequirementConnection' as const,
      nodes,
      pageInfo: { __typename: 'PageInfo' as const, endCursor, hasNextPage },
    },
  },
});

const all = { collaborativeId: HSS, statuses: null, first: REPORTS_PAGE_SIZE };
const firstPage: MockLink.MockedResponse = {
  request: { query: ReportingRequirementsQuery, variables: all },
  result: page(
    [requirement(1, 'ACCEPTED', '2025-10-30'), requirement(2, 'LATE', '2026-01-30')],
    'cursor-2',
    true,
  ),
};
const secondPage = (extra: Partial<MockLink.MockedResponse> = {}): MockLink.MockedResponse => ({
  request: { query: ReportingRequirementsQuery, variables: { ...all, after: 'cursor-2' } },
  result: page([requirement(3, 'UPCOMING', '2027-01-30')], 'cursor-3', false),
  ...extra,
});

function renderAs(person: TestPerson, mocks: MockLink.MockedResponse[]) {
  return renderPage(<ReportsPage />, {
    person,
    path: '/collaboratives/:collaborativeId/reports',
    url: `/collaboratives/${HSS}/reports`,
    mocks,
  });
}

describe('the reports list', () => {
  it('shows the first page, and the next one from the keyboard, moving the focus to the first new report', async () => {
    renderAs(FUND_ADMIN, [firstPage, secondPage()]);
    expect(await screen.findByText('2 reports shown')).toBeInTheDocument();
    // Each report names its grant and partner, and its period in words a person reads.
    expect(screen.getAllByTestId('requirement').map((item) => item.textContent)).toEqual([
      expect.stringContaining('Trauma recovery center: report 1'),
      expect.stringContaining('Trauma recovery center: report 2'),
    ]);
    const first = screen.getAllByTestId('requirement')[0];
    expect(within(first).getByText('Stockton TRC')).toBeInTheDocument();
    expect(within(first).getByText('Covers Jan 1 – 28, 2025 · due Oct 30, 2025')).toBeInTheDocument();
    const person = userEvent.setup();
    screen.getByRole('button', { name: 'Show more reports' }).focus();
    await person.keyboard('{Enter}');

    expect(await screen.findByText('3 reports shown')).toBeInTheDocument();
    const third = screen.getByRole('link', { name: 'Trauma recovery center: report 3' });
    expect(third).toHaveFocus();
    expect(within(screen.getAllByTestId('requirement')[2]).getByText('Upcoming')).toBeInTheDocument();
    // The server said there is nothing after it.
    expect(screen.queryByRole('button', { name: 'Show more reports' })).not.toBeInTheDocument();
  });

  it('keeps the button busy while the next page is on its way', async () => {
    renderAs(FUND_ADMIN, [firstPage, secondPage({ delay: 300 })]);
    const more = await screen.findByRole('button', { name: 'Show more reports' });
    await userEvent.setup().click(more);
    expect(more).toBeDisabled();
    expect(more).toHaveAttribute('data-loading', 'true');
    expect(await screen.findByText('3 reports shown')).toBeInTheDocument();
  });

  it('says when the next page could not be read, and keeps what is shown', async () => {
    renderAs(FUND_ADMIN, [
      firstPage,
      secondPage({
        result: { errors: [{ message: 'Braid is down', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
      }),
    ]);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Show more reports' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getAllByTestId('requirement')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Show more reports' })).toBeEnabled();
  });

  it('asks the API for the statuses a filter names instead of filtering the page it has', async () => {
    const open: MockLink.MockedResponse = {
      request: {
        query: ReportingRequirementsQuery,
        variables: { ...all, statuses: ['DUE', 'LATE', 'CHANGES_REQUESTED'] },
      },
      result: page([requirement(7, 'LATE', '2026-04-30')], 'cursor-7', false),
    };
    const submitted: MockLink.MockedResponse = {
      request: { query: ReportingRequirementsQuery, variables: { ...all, statuses: ['UNDER_REVIEW'] } },
      result: page([], null, false),
    };
    renderAs(FUND_ADMIN, [firstPage, open, submitted]);
    await screen.findByText('2 reports shown');
    const person = userEvent.setup();

    await person.click(screen.getByRole('radio', { name: 'Due or late' }));
    // Report 7 is on no page of "All" the client has read: only the server's filtered page has it.
    expect(await screen.findByRole('link', { name: 'Trauma recovery center: report 7' })).toBeInTheDocument();
    expect(screen.getByText('1 report shown')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Trauma recovery center: report 2' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more reports' })).not.toBeInTheDocument();

    await person.click(screen.getByRole('radio', { name: 'Submitted' }));
    expect(await screen.findByText('No reports here.')).toBeInTheDocument();
  });

  it('speaks Spanish to a Spanish-speaking reader', async () => {
    renderAs(
      { ...RESIDENT, rules: [...RESIDENT.rules, { action: 'read', subject: 'ReportingRequirement' }] },
      [firstPage],
    );
    expect(await screen.findByText('Se muestran 2 informes')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mostrar más informes' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Trauma recovery center: informe 1' })).toBeInTheDocument();
    expect(screen.getAllByText(/^Cubre 1–28 de ene de 2025 · se entrega el /)).toHaveLength(1);
  });
});
