import { GraphQLError } from 'graphql';
import { screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { renderPage, type TestPerson } from '../../../testing/render';
import { fundReader, HSS, usd } from '../funders/traceability.fixtures';
import { GrantSources } from './GrantSources';
import { GrantTraceabilityQuery } from './sources-operations';

const GRANT = 'g-trc';

const stream = (
  id: string,
  name: string,
  restricted: boolean,
  funder: { id: string; name: string } | null,
) => ({
  __typename: 'FundingStream' as const,
  id,
  name,
  restricted,
  allowedPurposes: restricted ? ['Trauma-informed care', 'Victim services'] : [],
  startsOn: '2025-07-01',
  endsOn: '2028-06-30',
  funder: funder && { __typename: 'Organization' as const, ...funder },
});

const COUNTY = stream('s-county', 'San Joaquin County trauma-informed care, 2025–2028', true, {
  id: 'o-county',
  name: 'San Joaquin County Health Care Services Agency',
});
const HEALTH_PLAN = stream('s-hpsj', 'Health Plan of San Joaquin community reinvestment', false, null);

function answer(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: { query: GrantTraceabilityQuery, variables: { grantId: GRANT } },
    result,
    maxUsageCount: 3,
  };
}

const sources = (list: object[]) =>
  answer({
    data: { grantTraceability: { __typename: 'GrantTraceability' as const, sources: list } },
  });

const twoSources = sources([
  {
    __typename: 'GrantFundingSource',
    fundingStream: COUNTY,
    awarded: usd('12000050'),
    disbursed: usd('3000000'),
    remaining: usd('9000050'),
  },
  {
    __typename: 'GrantFundingSource',
    fundingStream: HEALTH_PLAN,
    awarded: usd('5000000'),
    disbursed: usd('0'),
    remaining: usd('5000000'),
  },
]);

function show(person: TestPerson, mocks: MockLink.MockedResponse[]) {
  return renderPage(<GrantSources grantId={GRANT} collaborativeId={HSS} />, { person, mocks });
}

describe('where a grant’s money comes from', () => {
  it('lists each stream with its share, to the cent, its funder linked and its restrictions', async () => {
    show(fundReader('EN'), [twoSources]);
    const table = await screen.findByRole('group', { name: 'Funding streams paying for the grant' });
    const county = within(table).getByRole('rowheader', { name: /^San Joaquin County trauma-informed care/ });
    const countyRow = county.closest('tr') as HTMLElement;
    expect(within(countyRow).getByText('$120,000.50')).toBeInTheDocument();
    expect(within(countyRow).getByText('$30,000.00')).toBeInTheDocument();
    expect(within(countyRow).getByText('$90,000.50')).toBeInTheDocument();
    expect(
      within(countyRow).getByText(
        'Restricted to: Trauma-informed care, Victim services, from Jul 1, 2025 to Jun 30, 2028',
      ),
    ).toBeInTheDocument();
    expect(
      within(countyRow).getByRole('link', { name: 'San Joaquin County Health Care Services Agency' }),
    ).toHaveAttribute('href', '/collaboratives/c-hss/funds/funders/o-county');

    const planRow = within(table)
      .getByRole('rowheader', { name: /^Health Plan of San Joaquin/ })
      .closest('tr') as HTMLElement;
    expect(within(planRow).getByText('Unrestricted')).toBeInTheDocument();
    expect(within(planRow).getByText('$0.00')).toBeInTheDocument();
    // A stream whose funder the reader may not see names no funder and links nowhere.
    expect(within(planRow).queryByRole('link')).toBeNull();
  });

  it('says so when no stream has committed money to the grant', async () => {
    show(fundReader('EN'), [sources([])]);
    expect(
      await screen.findByText('No funding stream has committed money to this grant yet.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Funding streams paying for the grant' })).toBeNull();
  });

  it('shows the API’s refusal, with a way to try again', async () => {
    show(fundReader('EN'), [
      answer({
        errors: [new GraphQLError('Braid is down', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })],
      }),
    ]);
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText('Something went wrong on our side. Try again in a moment.'),
    ).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('reads in Spanish, amounts as in es-US', async () => {
    show(fundReader('ES'), [twoSources]);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'De dónde viene el dinero' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('group', {
      name: 'Fuentes de financiamiento que pagan la subvención',
    });
    expect(within(table).getByText('$120,000.50')).toBeInTheDocument();
    expect(within(table).getByText('Sin restricciones')).toBeInTheDocument();
    expect(
      within(table).getByText(/^Restringida a: Trauma-informed care, Victim services, del /),
    ).toBeInTheDocument();
    expect(within(table).getByText(/^Financiador:/)).toBeInTheDocument();
  });
});
