import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RESIDENT, renderPage, type TestPerson } from '../../testing/render';
import { SetupQuery, UpdateVotingRulesMutation } from './operations';
import { SetupPage } from './SetupPage';

const HSS = 'c-hss';

const ADMIN: TestPerson = {
  id: 'u-admin',
  displayName: 'Maya Johnson',
  email: 'admin@demo.braid.example',
  preferredLanguage: 'EN',
  rules: [
    { action: 'read', subject: ['Collaborative', 'Seat', 'Membership', 'Organization', 'VotingRules'] },
    { action: 'update', subject: 'Collaborative', conditions: { id: HSS } },
    { action: ['create', 'update'], subject: ['Organization', 'Seat'], conditions: { collaborativeId: HSS } },
    { action: 'update', subject: 'VotingRules', conditions: { collaborativeId: HSS } },
  ],
};

const rules = {
  __typename: 'VotingRules' as const,
  collaborativeId: HSS,
  quorumRule: 'MAJORITY_OF_FILLED_SEATS',
  threshold: 'SIMPLE_MAJORITY_OF_VOTES_CAST',
  thresholdAboveSpendingLimit: 'TWO_THIRDS_OF_VOTES_CAST',
  abstentionsCountTowardBase: false,
  requiredSectors: [{ __typename: 'SectorMinimum' as const, sector: 'RESIDENT', minimumPresent: 1 }],
  spendingLimit: { __typename: 'Money' as const, cents: '5000000', currency: 'USD' },
};

const setup = {
  request: { query: SetupQuery, variables: { id: HSS } },
  result: {
    data: {
      collaborative: {
        __typename: 'Collaborative',
        id: HSS,
        name: 'Healing South Stockton',
        publicTransparency: true,
        timeZone: 'America/Los_Angeles',
        organizations: [],
        seats: [],
      },
      votingRules: rules,
      memberships: {
        __typename: 'MembershipConnection',
        nodes: [
          {
            __typename: 'Membership',
            id: 'm-admin',
            user: { __typename: 'User', id: 'u-admin', displayName: 'Maya Johnson' },
          },
        ],
      },
    },
  },
  maxUsageCount: 3,
};

function renderSetup(person: TestPerson, extraMocks: Parameters<typeof renderPage>[1]['mocks'] = []) {
  return renderPage(<SetupPage />, {
    person,
    path: '/collaboratives/:collaborativeId/setup',
    url: `/collaboratives/${HSS}/setup`,
    mocks: [setup, ...(extraMocks ?? [])],
  });
}

describe('the set-up page', () => {
  it('shows empty organizations and seats, and the voting rules with the limit in dollars', async () => {
    renderSetup(ADMIN);
    await screen.findByRole('heading', { level: 1, name: 'Set up Healing South Stockton' });
    expect(screen.getByText('No organizations yet. Add the first below.')).toBeInTheDocument();
    expect(screen.getByText('No seats yet. Add the first below.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Spending limit/)).toHaveValue('50000.00');
    expect(screen.getByLabelText('Resident seats present')).toHaveValue('1');
    expect(screen.getByRole('switch', { name: 'Publish the transparency view' })).toBeChecked();
  });

  it('says what is missing before adding a seat or an organization', async () => {
    const user = userEvent.setup();
    renderSetup(ADMIN);
    const seatForm = await screen.findByRole('form', { name: 'Add a seat' });
    await user.click(within(seatForm).getByRole('button', { name: 'Add seat' }));
    expect(within(seatForm).getAllByText('This is required.')).toHaveLength(2);
    const organizationForm = screen.getByRole('form', { name: 'Add an organization' });
    await user.click(within(organizationForm).getByRole('button', { name: 'Add organization' }));
    expect(within(organizationForm).getByText('This is required.')).toBeInTheDocument();
  });

  it('refuses an amount that is not dollars, then sends the one typed as exact cents', async () => {
    const user = userEvent.setup();
    const save = {
      request: {
        query: UpdateVotingRulesMutation,
        variables: {
          input: {
            collaborativeId: HSS,
            quorumRule: 'MAJORITY_OF_FILLED_SEATS',
            threshold: 'SIMPLE_MAJORITY_OF_VOTES_CAST',
            thresholdAboveSpendingLimit: 'TWO_THIRDS_OF_VOTES_CAST',
            abstentionsCountTowardBase: false,
            spendingLimit: { cents: '7500050', currency: 'USD' },
            requiredSectors: [{ sector: 'RESIDENT', minimumPresent: 1 }],
          },
        },
      },
      result: {
        data: {
          updateVotingRules: { ...rules, spendingLimit: { ...rules.spendingLimit, cents: '7500050' } },
        },
      },
    };
    renderSetup(ADMIN, [save]);
    const form = await screen.findByRole('form', { name: 'Voting rules' });
    const limit = within(form).getByLabelText(/^Spending limit/);
    await user.clear(limit);
    await user.type(limit, '75,000.505');
    await user.click(within(form).getByRole('button', { name: 'Save voting rules' }));
    expect(
      within(form).getByText('Enter an amount above zero, such as 50,000 or 50000.00.'),
    ).toBeInTheDocument();
    await user.clear(limit);
    await user.type(limit, '$75,000.50');
    await user.click(within(form).getByRole('button', { name: 'Save voting rules' }));
    expect(await within(form).findByText('The voting rules were saved.')).toBeInTheDocument();
  });

  it('shows the rules to a member who may not change them, with nothing to add or save', async () => {
    renderSetup({ ...RESIDENT, preferredLanguage: 'EN' });
    const form = await screen.findByRole('form', { name: 'Voting rules' });
    expect(within(form).getByLabelText(/^Spending limit/)).toBeDisabled();
    expect(within(form).queryByRole('button', { name: 'Save voting rules' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Add a seat' })).toBeNull();
    expect(screen.queryByRole('switch', { name: 'Publish the transparency view' })).toBeNull();
  });
});
