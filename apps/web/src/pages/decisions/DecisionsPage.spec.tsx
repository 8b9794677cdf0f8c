import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage, type TestPerson } from '../../testing/render';
import { DecisionsPage } from './DecisionsPage';
import { DecisionsQuery } from './operations';

const HSS = 'c-hss';
const MEMBER: TestPerson = {
  id: 'u-priya',
  displayName: 'Priya Natarajan',
  email: 'healthplan@demo.braid.example',
  preferredLanguage: 'EN',
  rules: [{ action: 'read', subject: ['Meeting', 'Motion', 'Tally'], conditions: { collaborativeId: HSS } }],
};

const novemberMeeting = {
  __typename: 'Meeting',
  id: 'me-nov',
  title: 'November leadership team',
  scheduledAt: '2026-11-09T18:00:00Z',
};
const decision = (id: string, title: string, extra: Record<string, unknown>) => ({
  __typename: 'Motion',
  id,
  title,
  kind: 'GENERAL',
  status: 'CLOSED',
  outcome: 'PASSED',
  secret: false,
  closedAt: '2026-11-09T19:30:00Z',
  meeting: novemberMeeting,
  tally: null,
  ...extra,
});

const variables = (extra: Record<string, unknown> = {}) => ({
  collaborativeId: HSS,
  status: null,
  outcome: null,
  kind: null,
  decidedFrom: null,
  decidedTo: null,
  first: 25,
  ...extra,
});
const page = (nodes: unknown[], endCursor: string | null) => ({
  data: {
    motions: {
      __typename: 'MotionConnection',
      nodes,
      pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
    },
  },
});

const funded = decision('mo-1', 'Fund the Stockton Trauma Recovery Center, year one', {
  kind: 'FUNDING',
  tally: { __typename: 'Tally', motionId: 'mo-1', yes: 7, no: 1, abstain: 0, recusedSeatIds: ['s-trc'] },
});
const failed = decision('mo-2', 'Move the meetings to Saturdays', {
  outcome: 'FAILED',
  tally: { __typename: 'Tally', motionId: 'mo-2', yes: 2, no: 5, abstain: 1, recusedSeatIds: [] },
});
const older = decision('mo-0', 'Adopt the referral protocol', {
  closedAt: '2026-10-12T19:00:00Z',
  tally: { __typename: 'Tally', motionId: 'mo-0', yes: 7, no: 0, abstain: 1, recusedSeatIds: [] },
});
const open = decision('mo-3', 'Fund the trust builders', { status: 'OPEN', outcome: null, closedAt: null });

describe('the decisions page', () => {
  it('lists every motion with its outcome, the day it was decided, the count and its meeting; pages on', async () => {
    renderPage(<DecisionsPage />, {
      person: MEMBER,
      path: '/collaboratives/:collaborativeId/motions',
      url: `/collaboratives/${HSS}/motions`,
      mocks: [
        {
          request: { query: DecisionsQuery, variables: variables() },
          result: page([open, funded, failed], 'c-1'),
        },
        {
          request: { query: DecisionsQuery, variables: variables({ after: 'c-1' }) },
          result: page([older], null),
        },
      ],
    });
    const card = await screen.findByTestId('decision-mo-1');
    expect(
      within(card).getByRole('link', { name: 'Fund the Stockton Trauma Recovery Center, year one' }),
    ).toHaveAttribute('href', `/collaboratives/${HSS}/motions/mo-1`);
    expect(card).toHaveTextContent('Passed');
    expect(card).toHaveTextContent('Decided Nov 9, 2026');
    expect(within(card).getByTestId('decision-tally')).toHaveTextContent(
      'Yes 7 · No 1 · Abstain 0 · 1 seat recused',
    );
    expect(within(card).getByRole('link', { name: /November leadership team/ })).toHaveAttribute(
      'href',
      `/collaboratives/${HSS}/meetings/me-nov`,
    );
    // Still open: no decision date, no count.
    const stillOpen = screen.getByTestId('decision-mo-3');
    expect(stillOpen).toHaveTextContent('Voting open');
    expect(stillOpen).not.toHaveTextContent('Decided');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Show older motions' }));
    expect(await screen.findByTestId('decision-mo-0')).toHaveTextContent('Decided Oct 12, 2026');
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'Show older motions' })).not.toBeInTheDocument();
  });

  it('asks the API for the motions the filters describe', async () => {
    renderPage(<DecisionsPage />, {
      person: MEMBER,
      path: '/collaboratives/:collaborativeId/motions',
      url: `/collaboratives/${HSS}/motions`,
      mocks: [
        { request: { query: DecisionsQuery, variables: variables() }, result: page([funded, failed], null) },
        {
          request: { query: DecisionsQuery, variables: variables({ outcome: 'FAILED' }) },
          result: page([failed], null),
        },
        {
          request: {
            query: DecisionsQuery,
            variables: variables({ outcome: 'FAILED', decidedFrom: '2026-12-01' }),
          },
          result: page([], null),
        },
      ],
    });
    await screen.findByTestId('decision-mo-1');
    const person = userEvent.setup();
    await person.selectOptions(screen.getByLabelText('Outcome'), 'Failed');
    expect(await screen.findByTestId('decision-mo-2')).toBeInTheDocument();
    expect(screen.queryByTestId('decision-mo-1')).not.toBeInTheDocument();
    await person.type(screen.getByLabelText('Decided on or after'), '2026-12-01');
    expect(await screen.findByText('No motion matches these filters.')).toBeInTheDocument();
  });
});
