import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { RESIDENT, renderPage, type TestPerson } from '../../testing/render';
import { MEMBERS_PAGE_SIZE, Members } from './Members';
import { demoAdministrator, HSS } from './people.fixtures';
import { MembersQuery, RevokeMembershipMutation, UpdateMembershipMutation } from './operations';

const ADMIN = demoAdministrator([
  { action: 'read', subject: ['Collaborative', 'Seat', 'Membership', 'Organization'] },
  { action: ['create', 'update'], subject: 'Membership', conditions: { collaborativeId: HSS } },
]);

const user = (id: string, displayName: string) => ({ __typename: 'User' as const, id, displayName });
const trc = { __typename: 'Organization' as const, id: 'o-trc', name: 'Stockton Trauma Recovery Center' };

const collaborative = {
  id: HSS,
  name: 'Healing South Stockton',
  organizations: [
    { ...trc, sector: 'COMMUNITY_ORG' as const, kinds: ['FUNDED_PARTNER' as const], website: null },
  ],
  seats: [
    {
      __typename: 'Seat' as const,
      id: 's-resident-1',
      name: 'Resident seat 1',
      sector: 'RESIDENT' as const,
      voting: true,
      vacant: false,
      termStart: null,
      termEnd: null,
      holder: user('u-gloria', 'Gloria Hernández'),
      alternate: null,
      organization: null,
    },
  ],
};

const membership = (id: string, person: ReturnType<typeof user>, roles: string[]) => ({
  __typename: 'Membership' as const,
  id,
  roles,
  createdAt: '2025-01-01T00:00:00Z',
  email: null,
  user: person,
  organization: null,
});

const maya = membership('m-maya', user('u-admin', 'Maya Johnson'), ['ADMIN']);
const gloria = membership('m-gloria', user('u-gloria', 'Gloria Hernández'), ['MEMBER']);

/** The members, all on one page unless `more` says another page follows. */
const membersMock = (more = false) => ({
  request: { query: MembersQuery, variables: { collaborativeId: HSS, first: MEMBERS_PAGE_SIZE } },
  result: {
    data: {
      memberships: {
        __typename: 'MembershipConnection',
        nodes: [maya, gloria],
        pageInfo: { __typename: 'PageInfo', endCursor: 'cursor-2', hasNextPage: more },
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

/** A mock's variables matcher that accepts any variables and keeps them, to check what was sent. */
const recordInto = (sent: unknown[]) => (variables: unknown) => {
  sent.push(variables);
  return true;
};

function renderMembers(
  person: TestPerson,
  mocks: Parameters<typeof renderPage>[1]['mocks'] = [],
  { more = false } = {},
) {
  renderPage(<Members collaborative={collaborative} />, {
    person,
    mocks: [membersMock(more), ...(mocks ?? [])],
  });
  return userEvent.setup();
}

describe('changing a member’s roles', () => {
  it('asks for at least one role before sending, then sends the roles and organization chosen', async () => {
    const sent: unknown[] = [];
    const person = renderMembers(ADMIN, [
      {
        request: { query: UpdateMembershipMutation, variables: recordInto(sent) },
        result: {
          data: {
            updateMembership: {
              __typename: 'Membership',
              id: 'm-gloria',
              roles: ['CHAIR'],
              organization: trc,
            },
          },
        },
      },
    ]);
    await person.click(await screen.findByRole('button', { name: 'Change roles of Gloria Hernández' }));
    const dialog = await screen.findByRole('dialog', { name: 'Roles of Gloria Hernández' });
    await person.click(within(dialog).getByRole('checkbox', { name: 'Member' }));
    await person.click(within(dialog).getByRole('button', { name: 'Save roles' }));
    expect(within(dialog).getByText('Choose at least one.')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await person.click(within(dialog).getByRole('checkbox', { name: 'Chair' }));
    await person.selectOptions(within(dialog).getByLabelText(/^Organization/), 'o-trc');
    await person.click(within(dialog).getByRole('button', { name: 'Save roles' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The roles of Gloria Hernández were saved.');
    expect(sent).toEqual([{ input: { id: 'm-gloria', roles: ['CHAIR'], organizationId: 'o-trc' } }]);
    expect(screen.getByText('Chair')).toBeInTheDocument();
  });

  it('keeps the administrator role on the only administrator, before anything is sent', async () => {
    const person = renderMembers(ADMIN);
    await person.click(await screen.findByRole('button', { name: 'Change roles of Maya Johnson' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('These are your own roles.');
    await person.click(within(dialog).getByRole('checkbox', { name: 'Administrator' }));
    await person.click(within(dialog).getByRole('checkbox', { name: 'Member' }));
    await person.click(within(dialog).getByRole('button', { name: 'Save roles' }));
    expect(
      within(dialog).getByText(
        'Maya Johnson is the only administrator. Make someone else an administrator before taking this role away.',
      ),
    ).toBeInTheDocument();
  });

  it('shows the API’s refusal beside the form', async () => {
    const person = renderMembers(
      ADMIN,
      [
        {
          request: {
            query: UpdateMembershipMutation,
            variables: { input: { id: 'm-maya', roles: ['MEMBER'], organizationId: null } },
          },
          result: {
            errors: [
              new GraphQLError(
                'A collaborative needs at least one administrator; appoint another before removing this one.',
                { extensions: { code: 'CONFLICT', reason: 'LAST_ADMINISTRATOR' } },
              ),
            ],
          },
        },
      ],
      // Another page of members follows: another administrator may be on it, so the API decides.
      { more: true },
    );
    await person.click(await screen.findByRole('button', { name: 'Change roles of Maya Johnson' }));
    const dialog = await screen.findByRole('dialog');
    await person.click(within(dialog).getByRole('checkbox', { name: 'Administrator' }));
    await person.click(within(dialog).getByRole('checkbox', { name: 'Member' }));
    await person.click(within(dialog).getByRole('button', { name: 'Save roles' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'A collaborative needs at least one administrator: appoint another before removing this one.',
    );
  });
});

describe('removing a member', () => {
  it('says what the person loses, seats included, then removes them from the list', async () => {
    const sent: unknown[] = [];
    const person = renderMembers(ADMIN, [
      {
        request: { query: RevokeMembershipMutation, variables: recordInto(sent) },
        result: {
          data: { revokeMembership: { __typename: 'Membership', id: 'm-gloria', status: 'REVOKED' } },
        },
      },
    ]);
    await person.click(await screen.findByRole('button', { name: 'Remove Gloria Hernández' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Remove Gloria Hernández from Healing South Stockton?',
    });
    expect(dialog).toHaveTextContent('access to its meetings, motions, fund and reports');
    expect(dialog).toHaveTextContent('the seat “Resident seat 1”, which becomes vacant');
    expect(within(dialog).getByText('Member')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await person.click(within(dialog).getByRole('button', { name: 'Remove Gloria Hernández' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Gloria Hernández is no longer a member.');
    expect(sent).toEqual([{ id: 'm-gloria' }]);
    expect(screen.queryByRole('button', { name: 'Remove Gloria Hernández' })).not.toBeInTheDocument();
    expect(screen.getByText('1 member shown')).toBeInTheDocument();
  });

  it('explains why the only administrator cannot be removed, with nothing to send', async () => {
    const person = renderMembers(ADMIN);
    await person.click(await screen.findByRole('button', { name: 'Remove Maya Johnson' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Maya Johnson is the only administrator of Healing South Stockton, which needs at least one.',
    );
    expect(within(dialog).queryByRole('button', { name: 'Remove Maya Johnson' })).not.toBeInTheDocument();
  });

  it('shows the API’s refusal when it knows more than the page', async () => {
    const person = renderMembers(
      ADMIN,
      [
        {
          request: { query: RevokeMembershipMutation, variables: { id: 'm-gloria' } },
          result: {
            errors: [new GraphQLError('Membership not found.', { extensions: { code: 'NOT_FOUND' } })],
          },
        },
      ],
      { more: true },
    );
    await person.click(await screen.findByRole('button', { name: 'Remove Gloria Hernández' }));
    const dialog = await screen.findByRole('dialog');
    await person.click(within(dialog).getByRole('button', { name: 'Remove Gloria Hernández' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This could not be found, or you do not have access to it.',
    );
  });

  it('offers neither control to a member who may not manage members', async () => {
    renderMembers(RESIDENT);
    expect(await screen.findByText('Gloria Hernández')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Cambiar funciones/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Quitar/ })).not.toBeInTheDocument();
  });
});
