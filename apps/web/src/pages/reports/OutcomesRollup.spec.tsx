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
      /^Non-duplicated clients enrolled\s*Unit: clients$/,
    );
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['167', '67', '40.1 %']);
  });

  it('says the unit in Spanish too, as the partner typed it', async () => {
    renderPage(<OutcomesRollup outcomes={OVC} />, { person: RESIDENT });
    expect(await screen.findByText('Unidad: clients')).toBeInTheDocument();
  });
});

/** Units as partners type them: a symbol, capitals, words that are not English. */
const TYPED = [
  { name: 'Satisfied families', unit: '%', target: 80, actual: 75, percentAchieved: 93.8 },
  { name: 'ER visits avoided', unit: 'ER Visits', target: 40, actual: 10, percentAchieved: 25 },
  { name: 'Talleres', unit: 'talleres (2 h)', target: 12, actual: 12, percentAchieved: 100 },
];

describe('metric units', () => {
  it.each([
    ['English', CHAIR, 'Unit:'],
    ['Spanish', RESIDENT, 'Unidad:'],
  ])(
    'are shown as typed in %s: not translated, not lower-cased, not dropped',
    async (_language, person, label) => {
      // The public transparency page shows its outcomes with this same roll-up.
      renderPage(<OutcomesRollup outcomes={TYPED} />, { person });
      for (const outcome of TYPED) {
        // Waits for the person's language: the session arrives after the first render.
        const header = await screen.findByRole('rowheader', {
          name: new RegExp(`${outcome.name}.*${label}`),
        });
        expect(header).toHaveTextContent(`${outcome.name} ${label} ${outcome.unit}`);
      }
    },
  );
});
