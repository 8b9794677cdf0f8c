import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { renderPage, type TestPerson } from '../../../testing/render';
import { fundReader, HSS, usd } from './traceability.fixtures';
import { FunderPage } from './FunderPage';
import { FunderTraceabilityQuery } from './operations';

const COUNTY = 'o-county';

const funder = {
  __typename: 'Organization' as const,
  id: COUNTY,
  name: 'San Joaquin County Health Care Services Agency',
};

const countyStream = {
  __typename: 'FundingStream' as const,
  id: 's-county',
  name: 'San Joaquin County trauma-informed care, 2025–2028',
  kind: 'COUNTY' as const,
  restricted: true,
  allowedPurposes: ['Trauma-informed care'],
  startsOn: '2025-07-01',
  endsOn: '2028-06-30',
};

const budget = {
  __typename: 'StreamBudget' as const,
  fundingStream: countyStream,
  pledged: usd('30000000'),
  received: usd('20000000'),
  committed: usd('12000050'),
  disbursed: usd('3000000'),
  cashOnHand: usd('17000000'),
  availableToCommit: usd('17999950'),
};

const flow = {
  __typename: 'FunderGrantFlow' as const,
  grant: {
    __typename: 'Grant' as const,
    id: 'g-trc',
    title: 'Fund the Stockton Trauma Recovery Center, year one',
    recipient: { __typename: 'Organization' as const, id: 'o-trc', name: 'Stockton Trauma Recovery Center' },
  },
  fundingStream: { __typename: 'FundingStream' as const, id: 's-county', name: countyStream.name },
  awarded: usd('12000050'),
  disbursed: usd('3000000'),
};

function answer(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: { query: FunderTraceabilityQuery, variables: { organizationId: COUNTY } },
    result,
    maxUsageCount: 3,
  };
}

const trace = (streams: object[], grants: object[]) =>
  answer({
    data: { funderTraceability: { __typename: 'FunderTraceability' as const, funder, streams, grants } },
  });

function show(person: TestPerson, mocks: MockLink.MockedResponse[]) {
  return renderPage(<FunderPage />, {
    person,
    mocks,
    path: '/collaboratives/:collaborativeId/funds/funders/:organizationId',
    url: `/collaboratives/${HSS}/funds/funders/${COUNTY}`,
  });
}

describe('where a funder’s money went', () => {
  it('shows its streams’ balances and each grant they pay for, linked to the grant', async () => {
    show(fundReader('EN'), [trace([budget], [flow])]);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'San Joaquin County Health Care Services Agency',
      }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.title).toMatch(/^San Joaquin County Health Care Services Agency/));

    const stream = screen.getByTestId('funder-stream-s-county');
    expect(within(stream).getByRole('heading', { level: 3, name: countyStream.name })).toBeInTheDocument();
    expect(within(stream).getByText(/^Restricted to: Trauma-informed care, from /)).toBeInTheDocument();
    expect(
      within(within(stream).getByTestId('figure-committed')).getByText('$120,000.50'),
    ).toBeInTheDocument();
    expect(
      within(within(stream).getByTestId('figure-cashOnHand')).getByText('$170,000.00'),
    ).toBeInTheDocument();

    const grants = screen.getByRole('group', { name: 'Grants paid for by this funder' });
    const row = within(grants).getByRole('link', { name: flow.grant.title }).closest('tr') as HTMLElement;
    expect(within(row).getByRole('link', { name: flow.grant.title })).toHaveAttribute(
      'href',
      '/collaboratives/c-hss/funds/grants/g-trc',
    );
    expect(within(row).getByText('Stockton Trauma Recovery Center')).toBeInTheDocument();
    expect(within(row).getByText(countyStream.name)).toBeInTheDocument();
    expect(within(row).getByText('$120,000.50')).toBeInTheDocument();
    expect(within(row).getByText('$30,000.00')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the budget' })).toHaveAttribute(
      'href',
      '/collaboratives/c-hss/funds',
    );
  });

  it('says so when the organization funds no stream, and when no grant drew on its money', async () => {
    show(fundReader('EN'), [trace([], [])]);
    expect(
      await screen.findByText('This organization funds no stream of the Wellness Fund.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('None of this funder’s money has been committed to a grant yet.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Grants paid for by this funder' })).toBeNull();
  });

  it('says the funder cannot be found when the API answers NOT_FOUND', async () => {
    show(fundReader('EN'), [
      answer({ errors: [new GraphQLError('Not found', { extensions: { code: 'NOT_FOUND' } })] }),
    ]);
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText('This funder could not be found, or you do not have access to it.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the budget' })).toBeInTheDocument();
  });

  it('reads in Spanish, amounts as in es-US', async () => {
    show(fundReader('ES'), [trace([budget], [flow])]);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Subvenciones a las que fue su dinero' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Sus fuentes de financiamiento' }),
    ).toBeInTheDocument();
    const grants = screen.getByRole('group', { name: 'Subvenciones pagadas por este financiador' });
    expect(within(grants).getByRole('columnheader', { name: 'Organización financiada' })).toBeInTheDocument();
    expect(within(grants).getByText('$120,000.50')).toBeInTheDocument();
    expect(screen.getByText('Condado')).toBeInTheDocument();
  });
});
