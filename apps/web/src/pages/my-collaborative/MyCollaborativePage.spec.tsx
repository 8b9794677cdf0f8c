import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { RESIDENT, renderPage, type TestPerson } from '../../testing/render';
import { FundSummaryQuery } from '../funds/operations';
import { MEMBERS_PAGE_SIZE } from './Members';
import { MyCollaborativePage } from './MyCollaborativePage';
import {
  CollaborativeOverviewQuery,
  InvitationsQuery,
  InviteMemberMutation,
  MembersQuery,
} from './operations';
import { demoAdministrator, HSS, ROSA_INVITATION } from './people.fixtures';

const OTHER = 'c-other';

const ADMIN = demoAdministrator([
  { action: 'read', subject: ['Collaborative', 'Seat', 'Membership', 'Organization'] },
  { action: ['invite', 'read', 'update'], subject: 'Invitation', conditions: { collaborativeId: HSS } },
]);

/** An administrator of another collaborative only: the rules name that one. */
const OTHER_ADMIN: TestPerson = {
  ...ADMIN,
  id: 'u-other-admin',
  rules: [{ action: ['invite', 'read'], subject: 'Invitation', conditions: { collaborativeId: OTHER } }],
};

const user = (id: string, displayName: string) => ({ __typename: 'User' as const, id, displayName });
const organization = {
  __typename: 'Organization' as const,
  id: 'o-trc',
  name: 'Stockton Trauma Recovery Center',
};

const overview = {
  request: { query: CollaborativeOverviewQuery, variables: { id: HSS } },
  result: {
    data: {
      collaborative: {
        __typename: 'Collaborative',
        id: HSS,
        name: 'Healing South Stockton',
        region: 'South Stockton, San Joaquin County, California',
        description: 'An Accountable Community for Health.',
        myMembership: { __typename: 'Membership', id: 'm-me', roles: ['MEMBER'], organization: null },
        seats: [
          {
            __typename: 'Seat',
            id: 's-resident-1',
            name: 'Resident seat 1',
            sector: 'RESIDENT',
            voting: true,
            vacant: false,
            termStart: '2025-01-01',
            termEnd: '2027-12-31',
            holder: user('u-resident', 'Gloria Hernández'),
            alternate: user('u-alternate', 'Luis Ortega'),
            organization: null,
          },
          {
            __typename: 'Seat',
            id: 's-trc',
            name: 'Stockton Trauma Recovery Center',
            sector: 'COMMUNITY_ORG',
            voting: true,
            vacant: true,
            termStart: null,
            termEnd: null,
            holder: null,
            alternate: null,
            organization,
          },
        ],
        organizations: [
          {
            ...organization,
            sector: 'COMMUNITY_ORG',
            kinds: ['FUNDED_PARTNER'],
            website: 'javascript:alert(1)',
          },
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const member = (n: number) => ({
  __typename: 'Membership' as const,
  id: `m-${n}`,
  roles: ['MEMBER'],
  createdAt: '2025-01-01T00:00:00Z',
  email: null,
  user: user(`u-${n}`, `Member ${n}`),
  organization: null,
});

const members = [
  {
    request: { query: MembersQuery, variables: { collaborativeId: HSS, first: MEMBERS_PAGE_SIZE } },
    result: {
      data: {
        memberships: {
          __typename: 'MembershipConnection',
          nodes: Array.from({ length: MEMBERS_PAGE_SIZE }, (_, i) => member(i + 1)),
          pageInfo: { __typename: 'PageInfo', endCursor: 'cursor-12', hasNextPage: true },
        },
      },
    },
  },
  {
    request: {
      query: MembersQuery,
      variables: { collaborativeId: HSS, first: MEMBERS_PAGE_SIZE, after: 'cursor-12' },
    },
    result: {
      data: {
        memberships: {
          __typename: 'MembershipConnection',
          nodes: [member(13)],
          pageInfo: { __typename: 'PageInfo', endCursor: 'cursor-13', hasNextPage: false },
        },
      },
    },
  },
];

const invitations = {
  request: { query: InvitationsQuery, variables: { collaborativeId: HSS } },
  result: { data: { invitations: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

// The overview also shows the fund's balances (their own tests are in pages/funds); a fund with no
// streams yet keeps this page's tests about the team and its members.
const fundSummary = {
  request: { query: FundSummaryQuery, variables: { collaborativeId: HSS } },
  result: { data: { fundSummary: { __typename: 'FundSummary' as const, collaborativeId: HSS, totals: [] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderAs(person: TestPerson, extraMocks: Parameters<typeof renderPage>[1]['mocks'] = []) {
  return renderPage(<MyCollaborativePage />, {
    person,
    path: '/collaboratives/:collaborativeId',
    url: `/collaboratives/${HSS}`,
    mocks: [overview, ...members, invitations, fundSummary, ...(extraMocks ?? [])],
  });
}

describe('my collaborative', () => {
  it('shows the leadership team with sectors, holders, alternates and vacancies', async () => {
    renderAs(ADMIN);
    const team = await screen.findByRole('region', { name: 'Leadership team' });
    expect(within(team).getByText('2 seats, 1 vacant')).toBeInTheDocument();
    expect(within(team).getByText('Gloria Hernández')).toBeInTheDocument();
    expect(within(team).getByText('Luis Ortega')).toBeInTheDocument();
    expect(within(team).getByText('Vacant')).toBeInTheDocument();
    expect(within(team).getByText('Jan 1, 2025 to Dec 31, 2027')).toBeInTheDocument();
  });

  it('offers an administrator the invitation form and the pending invitations', async () => {
    renderAs(ADMIN);
    expect(await screen.findByRole('region', { name: 'Invite a member' })).toBeInTheDocument();
    expect(await screen.findByText('No invitations are waiting to be accepted.')).toBeInTheDocument();
  });

  it('hides the invitation form from a member who may not invite', async () => {
    renderAs(RESIDENT);
    await screen.findByRole('region', { name: 'Equipo de liderazgo' });
    expect(screen.queryByRole('region', { name: 'Invitar a un miembro' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Invitaciones pendientes' })).not.toBeInTheDocument();
  });

  it('hides it from an administrator of another collaborative too', async () => {
    renderAs(OTHER_ADMIN);
    await screen.findByRole('region', { name: 'Leadership team' });
    expect(screen.queryByRole('region', { name: 'Invite a member' })).not.toBeInTheDocument();
  });

  it("speaks the Spanish-speaking resident's language", async () => {
    renderAs(RESIDENT);
    const team = await screen.findByRole('region', { name: 'Equipo de liderazgo' });
    expect(within(team).getByText('2 puestos, 1 vacante')).toBeInTheDocument();
    expect(within(team).getByText('del 1 ene 2025 al 31 dic 2027')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es-US');
  });

  it('loads more members on request', async () => {
    renderAs(ADMIN);
    expect(await screen.findByText('12 members shown')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Load more members' }));
    expect(await screen.findByText('13 members shown')).toBeInTheDocument();
    expect(screen.getByText('Member 13')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more members' })).not.toBeInTheDocument();
  });

  it('tells a person removed from their only collaborative that they are no longer a member of it', async () => {
    renderPage(<MyCollaborativePage />, {
      person: { ...RESIDENT, preferredLanguage: 'EN', rules: [] },
      path: '/collaboratives/:collaborativeId',
      url: `/collaboratives/${HSS}`,
      mocks: [
        {
          request: { query: CollaborativeOverviewQuery, variables: { id: HSS } },
          result: {
            errors: [
              new GraphQLError('You are not allowed to read Collaborative.', {
                extensions: { code: 'FORBIDDEN' },
              }),
            ],
          },
        },
      ],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This collaborative could not be found, or you are not a member of it.',
    );
  });

  it('never turns a stored website into a script link', async () => {
    renderAs(ADMIN);
    await screen.findByRole('region', { name: 'Organizations' });
    expect(screen.queryByRole('link', { name: /javascript/ })).not.toBeInTheDocument();
  });

  it('checks the invitation before sending it, then shows the one-time link', async () => {
    const issued = {
      request: {
        query: InviteMemberMutation,
        variables: {
          input: {
            collaborativeId: HSS,
            displayName: 'Rosa Alvarez',
            email: 'rosa@example.org',
            roles: ['MEMBER'],
            organizationId: null,
            // The inviter's language unless they choose another.
            language: 'EN',
          },
        },
      },
      result: {
        data: {
          inviteMember: {
            __typename: 'IssuedInvitation',
            token: 'tok_123',
            invitation: ROSA_INVITATION,
          },
        },
      },
    };
    renderAs(ADMIN, [issued]);
    const form = await screen.findByRole('region', { name: 'Invite a member' });
    const person = userEvent.setup();
    await person.click(within(form).getByRole('button', { name: 'Invite' }));
    expect(within(form).getByLabelText(/^Name/)).toHaveAccessibleDescription('This is required.');
    expect(within(form).getByLabelText(/^Email/)).toHaveAccessibleDescription('Enter an email address.');

    await person.type(within(form).getByLabelText(/^Name/), 'Rosa Alvarez');
    await person.type(within(form).getByLabelText(/^Email/), 'rosa@example.org');
    await person.click(within(form).getByRole('button', { name: 'Invite' }));
    const link = await within(form).findByLabelText('Invitation link');
    expect(link).toHaveValue(`${window.location.origin}/invitations/tok_123`);
  });
});
