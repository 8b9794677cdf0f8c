import { GraphQLError } from 'graphql';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderPage } from '../../../testing/render';
import { fundReader, usd } from '../funders/traceability.fixtures';
import { DisbursementTraceabilityQuery } from './sources-operations';
import { TrancheDraws } from './TrancheDraws';

const TRANCHE = { id: 'd-1', sequence: 1 };

function answer(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: DisbursementTraceabilityQuery, variables: { disbursementId: 'd-1' } }, result };
}

const draws = (list: object[]) =>
  answer({
    data: { disbursementTraceability: { __typename: 'DisbursementTraceability' as const, draws: list } },
  });

const draw = (id: string, name: string, cents: string) => ({
  __typename: 'DisbursementDraw' as const,
  fundingStream: { __typename: 'FundingStream' as const, id, name },
  amount: usd(cents),
});

const twoDraws = draws([
  draw('s-county', 'San Joaquin County trauma-informed care, 2025–2028', '2500050'),
  draw('s-ovc', 'Office for Victims of Crime victim services, 2025–2028', '1000000'),
]);

describe('which streams a released tranche drew from', () => {
  it('lists nothing until opened, then each stream with its share, to the cent', async () => {
    renderPage(<TrancheDraws tranche={TRANCHE} />, { person: fundReader('EN'), mocks: [twoDraws] });
    const toggle = await screen.findByRole('button', { name: /^Streams it drew from, tranche 1$/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list')).toBeNull();

    await userEvent.setup().click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const list = await screen.findByRole('list');
    expect(
      within(list).getByText('$25,000.50 from San Joaquin County trauma-informed care, 2025–2028'),
    ).toBeInTheDocument();
    expect(
      within(list).getByText('$10,000.00 from Office for Victims of Crime victim services, 2025–2028'),
    ).toBeInTheDocument();
  });

  it('says so when no stream is recorded, and shows the API’s refusal', async () => {
    const { unmount } = renderPage(<TrancheDraws tranche={TRANCHE} />, {
      person: fundReader('EN'),
      mocks: [draws([])],
    });
    await userEvent.setup().click(await screen.findByRole('button', { name: /^Streams it drew from/ }));
    expect(await screen.findByText('No funding stream is recorded for this tranche.')).toBeInTheDocument();
    unmount();

    renderPage(<TrancheDraws tranche={TRANCHE} />, {
      person: fundReader('EN'),
      mocks: [answer({ errors: [new GraphQLError('Not found', { extensions: { code: 'NOT_FOUND' } })] })],
    });
    await userEvent.setup().click(await screen.findByRole('button', { name: /^Streams it drew from/ }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });

  it('reads in Spanish', async () => {
    renderPage(<TrancheDraws tranche={TRANCHE} />, { person: fundReader('ES'), mocks: [twoDraws] });
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Fuentes de las que salió, desembolso 1' }));
    expect(
      await screen.findByText('$25,000.50 de San Joaquin County trauma-informed care, 2025–2028'),
    ).toBeInTheDocument();
  });
});
