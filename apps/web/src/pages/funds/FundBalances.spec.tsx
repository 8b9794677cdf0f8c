import { screen, within } from '@testing-library/react';
import { renderPage, RESIDENT } from '../../testing/render';
import { FundBalances } from './FundBalances';
import { FundSummaryQuery } from './operations';

const usd = (cents: string) => ({ __typename: 'Money' as const, cents, currency: 'USD' });

function summary(totals: object[]) {
  return {
    request: { query: FundSummaryQuery, variables: { collaborativeId: 'c-hss' } },
    result: {
      data: { fundSummary: { __typename: 'FundSummary' as const, collaborativeId: 'c-hss', totals } },
    },
    maxUsageCount: 3,
  };
}

describe("the fund's balances on the overview", () => {
  it('shows each figure in the reader’s language and format, exact to the cent', async () => {
    renderPage(<FundBalances collaborativeId="c-hss" />, {
      person: RESIDENT,
      mocks: [
        summary([
          {
            __typename: 'FundTotals',
            currency: 'USD',
            streamCount: 3,
            grantCount: 1,
            pledged: usd('70299734'),
            received: usd('40908434'),
            committed: usd('30000000'),
            disbursed: usd('20000000'),
            cashOnHand: usd('20908434'),
            availableToCommit: usd('40299734'),
          },
        ]),
      ],
    });
    // Gloria reads Spanish (her profile): the figures are named in Spanish, amounts as in es-US.
    // Her session, hence her language, may arrive after the figures: wait for the Spanish name.
    const cash = await screen.findByTestId('figure-cashOnHand');
    expect(await within(cash).findByText('Efectivo disponible')).toBeTruthy();
    expect(within(cash).getByText('$209,084.34')).toBeTruthy();
    // A resident reads totals only: no link to a budget she may not open.
    expect(screen.queryByRole('link', { name: /presupuesto|budget/i })).toBeNull();
  });

  it('says so when the fund has no streams yet', async () => {
    renderPage(<FundBalances collaborativeId="c-hss" />, { person: RESIDENT, mocks: [summary([])] });
    expect(
      await screen.findByText('El Fondo de Bienestar todavía no tiene fuentes de financiamiento.'),
    ).toBeTruthy();
  });
});
