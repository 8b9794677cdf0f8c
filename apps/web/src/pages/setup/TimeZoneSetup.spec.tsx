import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { RESIDENT, renderPage, type TestPerson } from '../../testing/render';
import { timeZoneChoices, TimeZoneSetup, UpdateTimeZoneMutation } from './TimeZoneSetup';

const ADMIN: TestPerson = { ...RESIDENT, preferredLanguage: 'EN' };

describe('the collaborative’s time zone', () => {
  it('offers the IANA names the browser knows, keeping a saved one it lacks', () => {
    expect(timeZoneChoices('America/Los_Angeles')).toContain('America/Mexico_City');
    expect(timeZoneChoices('Mars/Olympus_Mons')[0]).toBe('Mars/Olympus_Mons');
  });

  it('finds a zone by typing part of its name and saves it', async () => {
    const user = userEvent.setup();
    renderPage(<TimeZoneSetup collaborativeId="c-hss" timeZone="America/Los_Angeles" />, {
      person: ADMIN,
      mocks: [
        {
          request: {
            query: UpdateTimeZoneMutation,
            variables: { input: { id: 'c-hss', timeZone: 'America/Mexico_City' } },
          },
          result: {
            data: {
              updateCollaborative: {
                __typename: 'Collaborative',
                id: 'c-hss',
                timeZone: 'America/Mexico_City',
              },
            },
          },
        },
      ],
    });
    // The visible input (Mantine keeps the value in a hidden one too).
    const select = (await screen.findAllByDisplayValue('America/Los_Angeles')).find(
      (input) => input.getAttribute('type') !== 'hidden',
    );
    if (!select) throw new Error('no time zone input');
    await user.clear(select);
    await user.type(select, 'Mexico_C');
    await user.click(await screen.findByRole('option', { name: 'America/Mexico_City', hidden: true }));
    await user.click(screen.getByRole('button', { name: 'Save the time zone' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved: America/Mexico_City.');
  });

  it('words the API’s UNKNOWN_TIME_ZONE refusal in Spanish', async () => {
    const user = userEvent.setup();
    renderPage(<TimeZoneSetup collaborativeId="c-hss" timeZone="Mars/Olympus_Mons" />, {
      person: RESIDENT,
      mocks: [
        {
          request: {
            query: UpdateTimeZoneMutation,
            variables: { input: { id: 'c-hss', timeZone: 'Mars/Olympus_Mons' } },
          },
          result: {
            errors: [
              new GraphQLError('Unknown time zone', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  reason: 'UNKNOWN_TIME_ZONE',
                  timeZone: 'Mars/Olympus_Mons',
                },
              }),
            ],
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Guardar la zona horaria' }));
    expect(
      await screen.findByText(
        '«Mars/Olympus_Mons» no es una zona horaria que Braid conozca. Use un nombre como America/Los_Angeles.',
      ),
    ).toBeInTheDocument();
  });
});
