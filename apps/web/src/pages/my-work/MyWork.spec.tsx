import { screen, within } from '@testing-library/react';
import { renderPage, RESIDENT } from '../../testing/render';
import { MyWork } from './MyWork';
import { MyWorkQuery } from './operations';

const HSS = 'c-hss';
const list = <T,>(typename: string, nodes: T[], totalCount = nodes.length) => ({
  __typename: typename,
  totalCount,
  nodes,
});
const motion = (id: string, title: string) => ({
  __typename: 'Motion',
  id,
  collaborativeId: HSS,
  title,
  secret: false,
});

function work(overrides: Record<string, unknown> = {}) {
  return {
    request: { query: MyWorkQuery },
    result: {
      data: {
        myWork: {
          __typename: 'MyWork',
          collaborativeIds: [HSS],
          votesOwed: list('OwedVoteList', [
            {
              __typename: 'OwedVote',
              seatId: 's-r1',
              seatName: 'Resident seat 1',
              asAlternate: false,
              motion: motion('mo-1', 'Fund the trust builders outreach program'),
            },
          ]),
          votesCast: list('CastVoteList', [
            {
              __typename: 'CastVote',
              seatId: 's-r1',
              seatName: 'Resident seat 1',
              choice: 'YES',
              motion: motion('mo-2', 'Adopt the referral protocol'),
            },
          ]),
          actionItems: list(
            'AssignedActionItemList',
            [
              {
                __typename: 'AssignedActionItem',
                workgroupName: 'Trauma-Informed Care',
                overdue: true,
                dueToday: false,
                actionItem: {
                  __typename: 'ActionItem',
                  id: 'ai-1',
                  collaborativeId: HSS,
                  workgroupId: 'wg-1',
                  title: 'Spanish-language outreach materials',
                  dueOn: '2026-11-30',
                  status: 'OPEN',
                },
              },
            ],
            3,
          ),
          reportsOwed: list('OwedReportList', [
            {
              __typename: 'OwedReport',
              status: 'LATE',
              daysLate: 12,
              requirement: {
                __typename: 'ReportingRequirement',
                id: 'rq-1',
                collaborativeId: HSS,
                covers: 'Q2',
                dueOn: '2026-11-25',
                grant: { __typename: 'Grant', id: 'g-1', title: 'Trauma recovery services' },
              },
            },
          ]),
          minutesToReview: list('MinutesForReviewList', []),
          nextMeetings: list('UpcomingMeetingList', []),
          ...overrides,
        },
      },
    },
  };
}

describe('My work', () => {
  it('asks for the votes owed and shows the votes cast, with a way to change them', async () => {
    renderPage(<MyWork />, { person: { ...RESIDENT, preferredLanguage: 'EN' }, mocks: [work()] });
    const owed = await screen.findByRole('region', { name: 'Votes you owe' });
    expect(
      within(owed).getByRole('link', { name: 'Fund the trust builders outreach program' }),
    ).toHaveAttribute('href', `/collaboratives/${HSS}/motions/mo-1#your-vote`);
    expect(within(owed).getByText('Your vote is needed')).toBeInTheDocument();
    expect(screen.getByTestId('my-work-cast-mo-2')).toHaveTextContent('You voted: Yes — change');
    expect(
      screen.getByRole('link', { name: 'Change your vote on “Adopt the referral protocol”' }),
    ).toHaveAttribute('href', `/collaboratives/${HSS}/motions/mo-2#your-vote`);
  });

  it('says in words that an item is overdue and a report late, and how many more there are', async () => {
    renderPage(<MyWork />, { person: { ...RESIDENT, preferredLanguage: 'EN' }, mocks: [work()] });
    const items = await screen.findByRole('region', { name: 'Your action items' });
    expect(within(items).getByText('Overdue: it was due Nov 30, 2026')).toBeInTheDocument();
    expect(within(items).getByText('Trauma-Informed Care')).toBeInTheDocument();
    expect(within(items).getByText('and 2 more')).toBeInTheDocument();
    const reports = screen.getByRole('region', { name: 'Reports your organization owes' });
    expect(within(reports).getByText('Late by 12 days: it was due Nov 25, 2026')).toBeInTheDocument();
    expect(within(reports).getByRole('link', { name: 'Trauma recovery services: Q2' })).toHaveAttribute(
      'href',
      `/collaboratives/${HSS}/reports/rq-1`,
    );
  });

  it('tells each empty section that nothing needs the person, in their language', async () => {
    renderPage(<MyWork />, {
      person: RESIDENT,
      mocks: [
        work({
          votesOwed: list('OwedVoteList', []),
          votesCast: list('CastVoteList', []),
          actionItems: list('AssignedActionItemList', []),
          reportsOwed: list('OwedReportList', []),
        }),
      ],
    });
    const minutes = await screen.findByRole('region', { name: 'Actas por revisar' });
    expect(within(minutes).getByText('Nada le necesita.')).toBeInTheDocument();
    expect(screen.getAllByText('Nada le necesita.')).toHaveLength(6);
  });
});
