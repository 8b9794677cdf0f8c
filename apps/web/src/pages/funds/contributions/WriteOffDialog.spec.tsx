import { GraphQLError } from 'graphql';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderPage, type TestPerson, type TestRule } from '../../../testing/render';
import { ContributionsPage } from './ContributionsPage';
import { FundingStreamsQuery, WriteOffContributionMutation } from './operations';

const HSS = 'c-hss';
const usd = (cents: string) => ({ __typename: 'Money' as const, cents, currency: 'USD' });

const READ: TestRule = { action: 'read', subject: ['FundingStream', 'Contribution'] };
const FUND_ADMIN: TestPerson = {
  id: 'u-funds',
  displayName: 'Linh Tran',
  email: 'funds@demo.braid.example',
  preferredLanguage: 'EN',
  rules: [READ, { action: 'update', subject: 'Contribution', conditions: { collaborativeId: HSS } }],
};
const MEMBER: TestPerson = { ...FUND_ADMIN, id: 'u-member', rules: [READ] };

const contribution = (id: string, status: string, pledged: string, received: string, pledgedOn: string) => ({
  __typename: 'Contribution' as const,
  id,
  status,
  pledgedOn,
  memo: '',
  pledged: usd(pledged),
  received: usd(received),
  writtenOff: usd(status === 'WRITTEN_OFF' ? String(BigInt(pledged) - BigInt(received)) : '0'),
  outstanding: usd(
    status === 'WRITTEN_OFF' || status === 'RECEIVED' ? '0' : String(BigInt(pledged) - BigInt(received)),
  ),
});

/** The county stream: a partly received pledge, one received in full, one already written off. */
function streams(availableToCommit: string) {
  return {
    request: { query: FundingStreamsQuery, variables: { collaborativeId: HSS } },
    result: {
      data: {
        fundingStreams: [
          {
            __typename: 'FundingStream' as const,
            id: 's-county',
            name: 'San Joaquin County',
            kind: 'COUNTY',
            restricted: false,
            allowedPurposes: [],
            startsOn: '2025-07-01',
            endsOn: '2028-06-30',
            award: usd('85000000'),
            funder: { __typename: 'Organization' as const, id: 'o-county', name: 'San Joaquin County' },
            totals: {
              __typename: 'MoneyTotals' as const,
              pledged: usd('48333334'),
              received: usd('34166700'),
              cashOnHand: usd('24166700'),
              availableToCommit: usd(availableToCommit),
            },
            contributions: [
              contribution('k-partly', 'PARTIALLY_RECEIVED', '28333334', '14166700', '2025-07-01'),
              contribution('k-full', 'RECEIVED', '10000000', '10000000', '2025-09-01'),
              contribution('k-gone', 'WRITTEN_OFF', '10000000', '0', '2025-10-01'),
            ],
          },
        ],
        organizations: [],
      },
    },
    maxUsageCount: 10,
  };
}

function renderContributions(who: TestPerson, mocks: MockLink.MockedResponse[]) {
  renderPage(<ContributionsPage />, {
    person: who,
    path: '/collaboratives/:collaborativeId/funds/contributions',
    url: `/collaboratives/${HSS}/funds/contributions`,
    mocks,
  });
  return userEvent.setup();
}

const writeOffAnswer = (sent: unknown[], answer: MockLink.MockedResponse['result']) => ({
  request: {
    query: WriteOffContributionMutation,
    variables: (variables: { input: unknown }) => {
      sent.push(variables.input);
      return true;
    },
  },
  result: answer,
});

const OPEN = 'Write off the pledge of Jul 1, 2025 to San Joaquin County…';

describe('writing off a pledge', () => {
  it('is offered only on a pledge still expecting money, and only to whoever may update contributions', async () => {
    renderContributions(FUND_ADMIN, [streams('20000000')]);
    expect(await screen.findByRole('button', { name: OPEN })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Write off/ })).toHaveLength(1);
  });

  it('is not offered to a member who reads the fund', async () => {
    renderContributions(MEMBER, [streams('20000000')]);
    await screen.findByRole('group', { name: 'Pledges to San Joaquin County' });
    expect(screen.queryByRole('button', { name: /^Write off/ })).toBeNull();
  });

  it('shows the amount written off, needs a reason, then sends it trimmed and says it is done', async () => {
    const sent: unknown[] = [];
    const user = renderContributions(FUND_ADMIN, [
      streams('20000000'),
      writeOffAnswer(sent, {
        data: {
          writeOffContribution: {
            __typename: 'Contribution' as const,
            id: 'k-partly',
            status: 'WRITTEN_OFF' as const,
            writtenOff: usd('14166634'),
            outstanding: usd('0'),
          },
        },
      }),
    ]);
    await user.click(await screen.findByRole('button', { name: OPEN }));
    const dialog = await screen.findByRole('dialog', { name: 'Write off the pledge of Jul 1, 2025' });
    expect(
      within(dialog).getByText(
        /^\$141,666\.34 is still expected from San Joaquin County on San Joaquin County/,
      ),
    ).toBeTruthy();
    const confirm = within(dialog).getByRole('button', { name: 'Write off $141,666.34' });
    await user.click(confirm);
    expect(await within(dialog).findByText('Say why the pledge is written off.')).toBeTruthy();
    expect(sent).toEqual([]);
    await user.type(within(dialog).getByLabelText(/Why will it not arrive\?/), '  County budget cut  ');
    await user.click(confirm);
    expect(
      await within(dialog).findByText('The pledge is written off: $141,666.34 is no longer expected.'),
    ).toBeTruthy();
    expect(sent).toEqual([{ contributionId: 'k-partly', reason: 'County budget cut' }]);
  });

  it('shows the refusal in the API’s words', async () => {
    const sent: unknown[] = [];
    const user = renderContributions(FUND_ADMIN, [
      streams('20000000'),
      writeOffAnswer(sent, {
        errors: [
          new GraphQLError('A contribution cannot go from RECEIVED to WRITTEN_OFF.', {
            extensions: {
              code: 'CONFLICT',
              reason: 'ILLEGAL_TRANSITION',
              subject: 'contribution',
              from: 'RECEIVED',
              to: 'WRITTEN_OFF',
            },
          }),
        ],
      }),
    ]);
    await user.click(await screen.findByRole('button', { name: OPEN }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Why will it not arrive\?/), 'Funder withdrew');
    await user.click(within(dialog).getByRole('button', { name: /^Write off \$/ }));
    expect(
      await within(dialog).findByText('This pledge cannot make that change in its current state.'),
    ).toBeTruthy();
    expect(within(dialog).queryByText(/RECEIVED to WRITTEN_OFF/)).toBeNull();
    expect(sent).toEqual([{ contributionId: 'k-partly', reason: 'Funder withdrew' }]);
  });

  it('explains, and sends nothing, when grants are committed against what would be written off', async () => {
    const user = renderContributions(FUND_ADMIN, [streams('5000000')]);
    await user.click(await screen.findByRole('button', { name: OPEN }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('alert').textContent).toContain(
      'only $50,000.00 of San Joaquin County is not committed to grants, less than the $141,666.34 to write off',
    );
    expect(within(dialog).queryByRole('button', { name: /^Write off \$/ })).toBeNull();
    expect(within(dialog).queryByLabelText(/Why will it not arrive\?/)).toBeNull();
  });

  it('speaks Spanish to a Spanish-speaking administrator', async () => {
    const user = renderContributions({ ...FUND_ADMIN, preferredLanguage: 'ES' }, [streams('20000000')]);
    await user.click(await screen.findByRole('button', { name: /^Dar de baja el compromiso/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /^Dar de baja/ }));
    expect(await within(dialog).findByText('Indique por qué se da de baja el compromiso.')).toBeTruthy();
  });
});
