import { screen, within } from '@testing-library/react';
import { RESIDENT, renderPage, type TestPerson } from '../../testing/render';
import { OutcomesRollup } from './OutcomesRollup';

const CHAIR: TestPerson = { ...RESIDENT, preferredLanguage: 'EN' };

/** What funderOutcomes answers for OVC: whole people, its share of the grant by largest remainder. */
const OVC = [
  {
    name: 'Non-duplicated clients enrolled',
    unit: 'clients',
    target: 167,
    actual: 67,
    percentAchieved: 40.1,
  },
];

describe("a funder's outcomes", () => {
  it('reads as whole people, the unit in words beside the result', async () => {
    renderPage(<OutcomesRollup outcomes={OVC} caption="Office for Victims of Crime" />, { person: CHAIR });
    const row = (await screen.findByRole('rowheader', { name: /Non-duplicated clients enrolled/ })).closest(
      'tr',
    ) as HTMLElement;
    expect(within(row).getByRole('rowheader')).toHaveTextContent(
      /^Non-duplicated clients enrolled\s*counted in clients$/,
    );
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['167', '67', '40.1 %']);
  });

  it('says the unit in Spanish too', async () => {
    renderPage(<OutcomesRollup outcomes={OVC} />, { person: RESIDENT });
    expect(await screen.findByText('contado en clients')).toBeInTheDocument();
  });
});
