import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { RESIDENT, renderPage } from '../../testing/render';
import { demoAdministrator, HSS } from '../my-collaborative/people.fixtures';
import { SetupQuery, UpdateOrganizationMutation, UpdateSeatMutation } from './operations';
import { SetupPage } from './SetupPage';

const ADMIN = demoAdministrator([
  { action: 'read', subject: ['Collaborative', 'Seat', 'Membership', 'Organization', 'VotingRules'] },
  { action: ['create', 'update'], subject: ['Organization', 'Seat'], conditions: { collaborativeId: HSS } },
]);

const trc = {
  __typename: 'Organization' as const,
  id: 'o-trc',
  name: 'Stockton Trauma Recovery Center',
  sector: 'COMMUNITY_ORG',
  kinds: ['FUNDED_PARTNER'],
  website: null,
};
const kaiser = {
  __typename: 'Organization' as const,
  id: 'o-kaiser',
  name: 'Kaiser Permanente',
  sector: 'HEALTH_SYSTEM',
  kinds: ['MEMBER_ORGANIZATION', 'FUNDER'],
  website: 'https://kp.org',
};

const trcSeat = {
  __typename: 'Seat' as const,
  id: 's-trc',
  name: 'Trauma recovery seat',
  sector: 'COMMUNITY_ORG',
  voting: true,
  vacant: true,
  holder: null,
  alternate: null,
  organization: { __typename: 'Organization' as const, id: trc.id, name: trc.name },
};

const setup = {
  request: { query: SetupQuery, variables: { id: HSS } },
  result: {
    data: {
      collaborative: {
        __typename: 'Collaborative',
        id: HSS,
        name: 'Healing South Stockton',
        publicTransparency: false,
        timeZone: 'America/Los_Angeles',
        organizations: [trc, kaiser],
        seats: [trcSeat],
      },
      votingRules: {
        __typename: 'VotingRules' as const,
        collaborativeId: HSS,
        quorumRule: 'MAJORITY_OF_FILLED_SEATS',
        threshold: 'SIMPLE_MAJORITY_OF_VOTES_CAST',
        thresholdAboveSpendingLimit: 'TWO_THIRDS_OF_VOTES_CAST',
        abstentionsCountTowardBase: false,
        requiredSectors: [],
        spendingLimit: { __typename: 'Money' as const, cents: '5000000', currency: 'USD' },
      },
      memberships: { __typename: 'MembershipConnection', nodes: [] },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** A mock's variables matcher that accepts any input and keeps it, to check what was sent. */
const recordInto = (sent: unknown[]) => (variables: { input: unknown }) => {
  sent.push(variables.input);
  return true;
};

function renderSetup(person = ADMIN, mocks: Parameters<typeof renderPage>[1]['mocks'] = []) {
  renderPage(<SetupPage />, {
    person,
    path: '/collaboratives/:collaborativeId/setup',
    url: `/collaboratives/${HSS}/setup`,
    mocks: [setup, ...(mocks ?? [])],
  });
  return userEvent.setup();
}

describe('editing a seat', () => {
  it('checks the name before sending, then sends every field of the seat', async () => {
    const sent: unknown[] = [];
    const user = renderSetup(ADMIN, [
      {
        request: { query: UpdateSeatMutation, variables: recordInto(sent) },
        result: {
          data: {
            updateSeat: {
              __typename: 'Seat',
              id: 's-trc',
              name: 'Youth liaison',
              sector: 'EDUCATION',
              voting: false,
              organization: null,
            },
          },
        },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Edit Trauma recovery seat' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Trauma recovery seat' });
    expect(within(dialog).getByLabelText(/^Organization/)).toHaveValue('o-trc');
    const name = within(dialog).getByLabelText(/^Seat name/);
    await user.clear(name);
    await user.click(within(dialog).getByRole('button', { name: 'Save seat' }));
    expect(within(dialog).getByText('This is required.')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.type(name, ' Youth liaison ');
    await user.selectOptions(within(dialog).getByLabelText(/^Sector of the seat/), 'EDUCATION');
    await user.selectOptions(within(dialog).getByLabelText(/^Organization/), '');
    await user.click(within(dialog).getByLabelText('This seat votes'));
    await user.click(within(dialog).getByRole('button', { name: 'Save seat' }));
    expect(await screen.findByText('Youth liaison was saved.')).toBeInTheDocument();
    expect(sent).toEqual([
      { id: 's-trc', name: 'Youth liaison', sector: 'EDUCATION', organizationId: null, voting: false },
    ]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows the API’s refusal, such as a second voting seat for the same person', async () => {
    const user = renderSetup(ADMIN, [
      {
        request: { query: UpdateSeatMutation, variables: () => true },
        result: {
          errors: [
            new GraphQLError(
              'That person already holds the voting seat "Resident seat 1"; a person holds at most one voting seat.',
              {
                extensions: {
                  code: 'CONFLICT',
                  reason: 'ALREADY_HOLDS_VOTING_SEAT',
                  seatName: 'Resident seat 1',
                },
              },
            ),
          ],
        },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Edit Trauma recovery seat' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Save seat' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'That person already holds the voting seat “Resident seat 1”; a person holds at most one voting seat.',
    );
  });

  it('offers no edit to a member who may not change seats or organizations', async () => {
    renderSetup({ ...RESIDENT, preferredLanguage: 'EN' });
    await screen.findByText('Trauma recovery seat');
    expect(screen.queryByRole('button', { name: /^Edit / })).not.toBeInTheDocument();
  });
});

describe('editing an organization', () => {
  it('checks the website before sending, then sends the organization with blanks as null', async () => {
    const sent: unknown[] = [];
    const user = renderSetup(ADMIN, [
      {
        request: { query: UpdateOrganizationMutation, variables: recordInto(sent) },
        result: {
          data: {
            updateOrganization: { ...kaiser, name: 'Kaiser Permanente Northern California', website: null },
          },
        },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Edit Kaiser Permanente' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Kaiser Permanente' });
    const website = within(dialog).getByLabelText(/^Website/);
    expect(website).toHaveValue('https://kp.org');
    await user.clear(website);
    await user.type(website, 'kp.org');
    await user.click(within(dialog).getByRole('button', { name: 'Save organization' }));
    expect(
      within(dialog).getByText('Enter a web address starting with https://, such as https://example.org.'),
    ).toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.clear(website);
    await user.type(within(dialog).getByLabelText(/^Name/), ' Northern California');
    await user.click(within(dialog).getByRole('button', { name: 'Save organization' }));
    expect(await screen.findByText('Kaiser Permanente Northern California was saved.')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        id: 'o-kaiser',
        name: 'Kaiser Permanente Northern California',
        sector: 'HEALTH_SYSTEM',
        kinds: ['MEMBER_ORGANIZATION', 'FUNDER'],
        website: null,
      },
    ]);
  });

  it('shows the API’s refusal of a name already used', async () => {
    const user = renderSetup(ADMIN, [
      {
        request: { query: UpdateOrganizationMutation, variables: () => true },
        result: {
          errors: [
            new GraphQLError(
              'An organization named "Stockton Trauma Recovery Center" already exists in this collaborative.',
              {
                extensions: {
                  code: 'CONFLICT',
                  reason: 'ORGANIZATION_NAME_TAKEN',
                  name: 'Stockton Trauma Recovery Center',
                  field: 'name',
                },
              },
            ),
          ],
        },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Edit Kaiser Permanente' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Save organization' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'An organization named “Stockton Trauma Recovery Center” already exists in this collaborative.',
    );
  });
});
