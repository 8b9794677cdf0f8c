import { GraphQLError } from 'graphql';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage, type TestPerson } from '../../testing/render';
import { MotionPage } from './MotionPage';
import {
  CastBallotMutation,
  MotionLinksQuery,
  MotionQuery,
  MotionSeatsQuery,
  MotionUpdatedSubscription,
} from './operations';

const HSS = 'c-hss';
const MOTION = 'mo-1';

const GLORIA: TestPerson = {
  id: 'u-gloria',
  displayName: 'Gloria Hernández',
  email: 'resident@demo.braid.example',
  preferredLanguage: 'EN',
  rules: [
    { action: 'read', subject: ['Motion', 'Ballot', 'ConflictDeclaration', 'Meeting', 'Tally'] },
    {
      action: ['vote', 'declare'],
      subject: ['Ballot', 'ConflictDeclaration'],
      conditions: { collaborativeId: HSS, seatId: { $in: ['s-r1'] } },
    },
  ],
};
const SAMUEL: TestPerson = {
  ...GLORIA,
  id: 'u-samuel',
  displayName: 'Samuel Reyes',
  rules: [
    { action: 'read', subject: ['Motion', 'Ballot', 'ConflictDeclaration', 'Meeting', 'Tally'] },
    {
      action: ['vote', 'declare'],
      subject: ['Ballot', 'ConflictDeclaration'],
      conditions: { collaborativeId: HSS, seatId: { $in: ['s-trc'] } },
    },
  ],
};
const OBSERVER: TestPerson = {
  ...GLORIA,
  id: 'u-olivia',
  displayName: 'Olivia Grant',
  rules: [{ action: 'read', subject: ['Motion', 'Ballot', 'ConflictDeclaration', 'Meeting', 'Tally'] }],
};

const ballot = (seatId: string, choice: 'YES' | 'NO' | 'ABSTAIN') => ({
  __typename: 'Ballot' as const,
  id: `b-${seatId}`,
  seatId,
  choice,
  secret: false,
  castAt: '2026-11-23T18:00:00Z',
  updatedAt: '2026-11-23T18:00:00Z',
  castByAlternate: false,
});

function motion(ballots: ReturnType<typeof ballot>[]) {
  const count = (choice: string) => ballots.filter((b) => b.choice === choice).length;
  return {
    __typename: 'Motion',
    id: MOTION,
    collaborativeId: HSS,
    meetingId: 'me-1',
    title: 'Fund the Stockton Trauma Recovery Center, year one',
    text: 'Resolved, that the Wellness Fund grant $300,000.',
    kind: 'FUNDING',
    status: 'OPEN',
    outcome: null,
    secret: false,
    openedAt: '2026-11-23T18:00:00Z',
    closedAt: null,
    movedByUserId: 'u-marcus',
    minutesId: null,
    meeting: {
      __typename: 'Meeting',
      id: 'me-1',
      title: 'Leadership team',
      scheduledAt: '2026-11-23T18:00:00Z',
      status: 'IN_PROGRESS',
      attendance: ['s-r1', 's-trc', 's-kaiser'].map((seatId) => ({
        __typename: 'Attendance',
        id: `a-${seatId}`,
        seatId,
        userId: `u-${seatId}`,
        status: 'PRESENT',
      })),
    },
    funding: {
      __typename: 'FundingProposal',
      motionId: MOTION,
      amount: { __typename: 'Money', cents: '30000000', currency: 'USD' },
      recipientOrganizationId: 'o-trc',
      purpose: 'Trauma recovery services',
      periodStart: '2026-12-10',
      periodEnd: '2027-12-09',
      tranches: [{ __typename: 'FundingTranche', cents: '30000000', plannedOn: '2026-12-13' }],
      allocations: [{ __typename: 'FundingAllocation', fundingStreamId: 'fs-county' }],
      grantStatus: 'PENDING',
      grantProblemReason: null,
      grantRefusedAt: null,
      // Money was committed to another grant since the motion was moved.
      problems: [
        {
          __typename: 'FundingPlanProblemView',
          reason: 'INSUFFICIENT_UNCOMMITTED',
          fundingStreamId: 'fs-county',
          streamName: 'County award',
          requestedCents: '30000000',
          availableCents: '25000000',
        },
      ],
    },
    runningCounts: {
      __typename: 'VoteCountsView',
      yes: count('YES'),
      no: count('NO'),
      abstain: count('ABSTAIN'),
    },
    ballots,
    conflicts: [
      {
        __typename: 'ConflictDeclaration',
        id: 'c-1',
        seatId: 's-trc',
        reason: 'Recipient organization',
        source: 'RECIPIENT',
        declaredAt: '2026-11-23T18:00:00Z',
      },
    ],
    tally: null,
  };
}

const seat = (id: string, name: string, holderUserId: string, organizationId: string | null = null) => ({
  __typename: 'Seat' as const,
  id,
  name,
  sector: 'RESIDENT',
  voting: true,
  vacant: false,
  holderUserId,
  alternateUserId: null,
  organizationId,
});

const seats = {
  request: { query: MotionSeatsQuery, variables: { collaborativeId: HSS } },
  result: {
    data: {
      collaborative: {
        __typename: 'Collaborative',
        id: HSS,
        seats: [
          seat('s-r1', 'Resident seat 1', 'u-gloria'),
          seat('s-trc', 'Stockton Trauma Recovery Center', 'u-samuel', 'o-trc'),
          seat('s-kaiser', 'Kaiser Permanente', 'u-robert'),
        ],
        organizations: [{ __typename: 'Organization', id: 'o-trc', name: 'Stockton Trauma Recovery Center' }],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const before = {
  request: { query: MotionQuery, variables: { id: MOTION } },
  result: { data: { motion: motion([ballot('s-kaiser', 'YES')]) } },
};
// The live update is held back: these tests drive the page through its own mutations.
const live = {
  request: { query: MotionUpdatedSubscription, variables: { motionId: MOTION } },
  result: { data: { motionUpdated: null } },
  delay: 600_000,
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderAs(person: TestPerson, mocks: Parameters<typeof renderPage>[1]['mocks'] = []) {
  return renderPage(<MotionPage />, {
    person,
    path: '/collaboratives/:collaborativeId/motions/:motionId',
    url: `/collaboratives/${HSS}/motions/${MOTION}`,
    mocks: [before, seats, live, ...(mocks ?? [])],
  });
}

describe('a motion page', () => {
  it('says so when the API ends the live view because access ended, instead of going quiet', async () => {
    const ended = {
      request: { query: MotionUpdatedSubscription, variables: { motionId: MOTION } },
      result: {
        errors: [
          new GraphQLError('You can no longer follow this: your access to it has changed.', {
            extensions: { code: 'FORBIDDEN', reason: 'ACCESS_ENDED' },
          }),
        ],
      },
    };
    renderPage(<MotionPage />, {
      person: OBSERVER,
      path: '/collaboratives/:collaborativeId/motions/:motionId',
      url: `/collaboratives/${HSS}/motions/${MOTION}`,
      mocks: [before, seats, ended],
    });
    expect(
      await screen.findByText('You no longer have access to this, so its live updates have stopped.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/your access to it has changed/)).toBeNull();
  });

  it('shows the funding proposal, the running counts and each seat’s named vote', async () => {
    renderAs(OBSERVER);
    expect(await screen.findByRole('heading', { level: 1, name: /Fund the Stockton/ })).toBeInTheDocument();
    expect(screen.getByText('$300,000.00')).toBeInTheDocument();
    // Before the vote is decided, the fund's check says what it could not pay, in the reader's words.
    expect(screen.getByText('The fund could not make this grant as it stands')).toBeInTheDocument();
    expect(
      screen.getByText(
        'The funding stream “County award” has $250,000.00 not yet committed; this motion asks it for $300,000.00.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId('count-yes')).toHaveTextContent('1');
    const table = await screen.findByTestId('named-votes');
    const kaiser = within(table).getByRole('row', { name: /Kaiser Permanente/ });
    expect(kaiser).toHaveTextContent('Yes');
    expect(within(table).getByRole('row', { name: /Trauma Recovery Center/ })).toHaveTextContent('Recused');
    // An observer holds no seat: no ballot, no conflict form.
    expect(screen.queryByRole('region', { name: 'Your vote' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Yes' })).not.toBeInTheDocument();
  });

  it('lets a seated member vote, then change the vote', async () => {
    const vote = (choice: 'YES' | 'NO', changed: boolean, ballots: ReturnType<typeof ballot>[]) => [
      {
        request: {
          query: CastBallotMutation,
          variables: { input: { motionId: MOTION, choice, seatId: 's-r1', receipt: null } },
        },
        result: {
          data: {
            castBallot: {
              __typename: 'CastBallotResult',
              changed,
              receipt: null,
              ballot: ballot('s-r1', choice),
            },
          },
        },
      },
      {
        request: { query: MotionQuery, variables: { id: MOTION } },
        result: { data: { motion: motion(ballots) } },
      },
    ];
    renderAs(GLORIA, [
      ...vote('YES', false, [ballot('s-kaiser', 'YES'), ballot('s-r1', 'YES')]),
      ...vote('NO', true, [ballot('s-kaiser', 'YES'), ballot('s-r1', 'NO')]),
    ]);
    const mine = await screen.findByRole('region', { name: 'For Resident seat 1' });
    expect(within(mine).getByText('You have not voted yet.')).toBeInTheDocument();
    const person = userEvent.setup();
    await person.click(within(mine).getByRole('button', { name: 'Yes' }));
    expect(await within(mine).findByText('Your vote is recorded: Yes.')).toBeInTheDocument();
    expect(within(mine).getByRole('button', { name: 'Yes' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('count-yes')).toHaveTextContent('2');

    await person.click(within(mine).getByRole('button', { name: 'No' }));
    expect(await within(mine).findByText('Your vote is changed to No.')).toBeInTheDocument();
    expect(within(mine).getByRole('button', { name: 'No' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('count-no')).toHaveTextContent('1');
  });

  it("tells the recipient's board seat it is recused, and offers no ballot", async () => {
    renderAs(SAMUEL);
    const mine = await screen.findByRole('region', { name: 'For Stockton Trauma Recovery Center' });
    expect(within(mine).getByText(/Your seat is recused from this motion/)).toBeInTheDocument();
    expect(within(mine).queryByRole('button', { name: 'Yes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Declare a conflict of interest' })).not.toBeInTheDocument();
  });

  it('asks for a reason before recusing a seat', async () => {
    renderAs(GLORIA);
    const section = await screen.findByRole('region', { name: 'Declare a conflict of interest' });
    const person = userEvent.setup();
    await person.click(within(section).getByRole('button', { name: 'Declare a conflict' }));
    await person.click(within(section).getByRole('button', { name: 'Recuse my seat' }));
    expect(within(section).getByLabelText(/^Reason/)).toHaveAccessibleDescription(/This is required\./);
  });

  it('links a decided funding motion to the grant it approved and to its meeting’s minutes', async () => {
    const FUND_ADMIN: TestPerson = {
      ...OBSERVER,
      id: 'u-dana',
      rules: [
        { action: 'read', subject: ['Motion', 'Ballot', 'ConflictDeclaration', 'Meeting', 'Tally'] },
        { action: 'read', subject: ['Grant', 'FundingStream'], conditions: { collaborativeId: HSS } },
      ],
    };
    const closed = {
      ...motion([ballot('s-kaiser', 'YES'), ballot('s-r1', 'YES')]),
      status: 'CLOSED',
      outcome: 'PASSED',
      closedAt: '2026-11-23T19:00:00Z',
      runningCounts: null,
      tally: {
        __typename: 'Tally',
        motionId: MOTION,
        yes: 2,
        no: 0,
        abstain: 0,
        ballotsCast: 2,
        filledSeats: 2,
        quorumMet: true,
        quorumRequired: 2,
        yesRequired: 2,
        threshold: 'TWO_THIRDS_OF_VOTES_CAST',
        thresholdBase: 2,
        outcome: 'PASSED',
        recusedSeatIds: ['s-trc'],
        presentSeatIds: ['s-kaiser', 's-r1'],
        computedAt: '2026-11-23T19:00:00Z',
        sectorQuorum: [],
      },
    };
    renderPage(<MotionPage />, {
      person: FUND_ADMIN,
      path: '/collaboratives/:collaborativeId/motions/:motionId',
      url: `/collaboratives/${HSS}/motions/${MOTION}`,
      mocks: [
        { request: { query: MotionQuery, variables: { id: MOTION } }, result: { data: { motion: closed } } },
        seats,
        {
          request: {
            query: MotionLinksQuery,
            variables: { collaborativeId: HSS, motionId: MOTION, meetingId: 'me-1', readsGrants: true },
          },
          result: {
            data: {
              grants: {
                __typename: 'GrantConnection',
                nodes: [
                  { __typename: 'Grant', id: 'g-1', title: 'Stockton Trauma Recovery Center, year one' },
                ],
              },
              meeting: {
                __typename: 'Meeting',
                id: 'me-1',
                title: 'November leadership team',
                minutes: [{ __typename: 'Minutes', id: 'mi-1', version: 1, status: 'CIRCULATED' }],
              },
            },
          },
        },
      ],
    });
    const related = await screen.findByRole('region', { name: 'Related records' });
    expect(
      within(related).getByRole('link', {
        name: 'The grant this motion approved: Stockton Trauma Recovery Center, year one',
      }),
    ).toHaveAttribute('href', `/collaboratives/${HSS}/funds/grants/g-1`);
    expect(
      within(related).getByRole('link', { name: 'Minutes of November leadership team (version 1)' }),
    ).toHaveAttribute('href', `/collaboratives/${HSS}/meetings/me-1#minutes`);
  });
});
