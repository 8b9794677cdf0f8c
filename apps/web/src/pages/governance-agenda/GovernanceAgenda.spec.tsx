import { screen, within } from '@testing-library/react';
import { renderPage, type TestPerson } from '../../testing/render';
import { receiptStore } from '../motions/vote-state';
import { GovernanceAgenda } from './GovernanceAgenda';
import { GovernanceAgendaQuery } from './operations';

const HSS = 'c-hss';

const MEMBER: TestPerson = {
  id: 'u-priya',
  displayName: 'Priya Natarajan',
  email: 'healthplan@demo.braid.example',
  preferredLanguage: 'EN',
  rules: [{ action: 'read', subject: ['Meeting', 'Motion', 'Seat'], conditions: { collaborativeId: HSS } }],
};
const PARTNER: TestPerson = { ...MEMBER, id: 'u-carmen', rules: [{ action: 'read', subject: 'Grant' }] };

const DAY = 24 * 3600 * 1000;
const meeting = (id: string, title: string, status: string, inDays: number) => ({
  __typename: 'Meeting' as const,
  id,
  collaborativeId: HSS,
  workgroupId: null,
  title,
  scheduledAt: new Date(Date.now() + inDays * DAY).toISOString(),
  status,
  location: null,
  remoteLink: null,
});

const present = (seatId: string) => ({
  __typename: 'Attendance',
  id: `a-${seatId}`,
  seatId,
  status: 'PRESENT',
});
const openMotion = (
  id: string,
  title: string,
  ballots: { seatId: string; choice: 'YES' | 'NO' | 'ABSTAIN' | null }[],
  secret = false,
) => ({
  __typename: 'Motion',
  id,
  title,
  kind: 'FUNDING',
  status: 'OPEN',
  outcome: null,
  secret,
  meeting: {
    __typename: 'Meeting',
    id: 'me-today',
    title: 'Leadership team',
    scheduledAt: new Date().toISOString(),
    attendance: [present('s-hp'), present('s-r1')],
  },
  ballots: ballots.map((ballot) => ({ __typename: 'Ballot', id: `b-${id}-${ballot.seatId}`, ...ballot })),
  conflicts: [],
});

const agenda = {
  request: { query: GovernanceAgendaQuery, variables: { collaborativeId: HSS } },
  result: {
    data: {
      motions: {
        __typename: 'MotionConnection',
        nodes: [
          openMotion('mo-1', 'Fund the trust builders outreach program', [{ seatId: 's-hp', choice: 'YES' }]),
          openMotion('mo-2', 'Adopt the referral protocol', [{ seatId: 's-r1', choice: 'NO' }]),
          openMotion('mo-3', 'Elect the vice-chair', [{ seatId: 's-hp', choice: null }], true),
        ],
      },
      meetings: {
        __typename: 'MeetingConnection',
        nodes: [
          meeting('me-past', 'September leadership team', 'ADJOURNED', -60),
          meeting('me-next', 'January leadership team', 'SCHEDULED', 40),
          meeting('me-today', 'Leadership team', 'IN_PROGRESS', 0),
        ],
      },
      collaborative: {
        __typename: 'Collaborative',
        id: HSS,
        seats: [
          {
            __typename: 'Seat',
            id: 's-hp',
            name: 'Health Plan of San Joaquin',
            voting: true,
            holderUserId: 'u-priya',
            alternateUserId: null,
          },
          {
            __typename: 'Seat',
            id: 's-r1',
            name: 'Resident seat 1',
            voting: true,
            holderUserId: 'u-gloria',
            alternateUserId: null,
          },
        ],
      },
    },
  },
};

function renderAs(person: TestPerson) {
  return renderPage(<GovernanceAgenda collaborativeId={HSS} />, { person, mocks: [agenda] });
}

describe("the overview's votes and meetings", () => {
  it('lists the motions open for a vote and the meetings to come, the one under way first', async () => {
    renderAs(MEMBER);
    const open = await screen.findByRole('region', { name: 'Open for a vote' });
    expect(
      await within(open).findByRole('link', { name: 'Fund the trust builders outreach program' }),
    ).toHaveAttribute('href', `/collaboratives/${HSS}/motions/mo-1`);
    expect(within(open).getAllByRole('listitem')).toHaveLength(3);
    const upcoming = screen.getByRole('region', { name: 'Upcoming meetings' });
    const links = within(upcoming)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual(['Leadership team', 'January leadership team', 'All meetings']);
    expect(within(upcoming).queryByText('September leadership team')).not.toBeInTheDocument();
  });

  it('tells a seat holder on each open motion whether they voted, and how to vote or change it', async () => {
    window.localStorage.clear();
    renderAs(MEMBER);
    const voted = await screen.findByTestId('my-vote-mo-1');
    expect(voted).toHaveTextContent('You voted: Yes');
    expect(
      within(voted).getByRole('link', {
        name: 'Change your vote on “Fund the trust builders outreach program”',
      }),
    ).toHaveAttribute('href', `/collaboratives/${HSS}/motions/mo-1#your-vote`);
    // Someone else's ballot is not theirs: their own vote is still needed.
    const needed = screen.getByTestId('my-vote-mo-2');
    expect(needed).toHaveTextContent('Your vote is needed');
    expect(
      within(needed).getByRole('link', { name: 'Vote on “Adopt the referral protocol”' }),
    ).toBeInTheDocument();
    // A secret ballot cast elsewhere: the seat has voted, what it chose is not known here.
    const secret = screen.getByTestId('my-vote-mo-3');
    expect(secret).toHaveTextContent('You voted (secret ballot)');
    expect(within(secret).queryByRole('link')).not.toBeInTheDocument();
  });

  it("shows a secret ballot's choice on the device that kept its receipt", async () => {
    window.localStorage.clear();
    receiptStore.keep('mo-3', 's-hp', { receipt: 'r-1', choice: 'NO' });
    renderAs(MEMBER);
    const secret = await screen.findByTestId('my-vote-mo-3');
    expect(secret).toHaveTextContent('You voted: No');
    expect(
      within(secret).getByRole('link', { name: 'Change your vote on “Elect the vice-chair”' }),
    ).toBeInTheDocument();
    window.localStorage.clear();
  });

  it('is not shown to someone who does not read the deliberations (a partner contact)', async () => {
    const { container } = renderAs(PARTNER);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.querySelector('section')).toBeNull();
  });
});
