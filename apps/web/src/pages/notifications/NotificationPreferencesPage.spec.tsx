import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { RESIDENT, renderPage, type TestPerson } from '../../testing/render';
import { changedPreferences, NotificationPreferencesPage } from './NotificationPreferencesPage';
import { NotificationPreferencesQuery, SetNotificationPreferenceMutation } from './operations';

const ENGLISH: TestPerson = { ...RESIDENT, preferredLanguage: 'EN' };

const preference = (category: string, email: string, inApp = true) => ({
  __typename: 'NotificationPreference',
  category,
  email,
  inApp,
});
const saved = [
  preference('VOTES', 'IMMEDIATELY'),
  preference('MINUTES', 'DAILY_DIGEST'),
  preference('FUNDS', 'DAILY_DIGEST'),
];
const preferences = (nodes = saved) => ({
  request: { query: NotificationPreferencesQuery },
  result: { data: { notificationPreferences: nodes } },
});

describe('choosing how to hear about things', () => {
  it('sends only the categories that changed', () => {
    expect(
      changedPreferences(saved as never, {
        VOTES: { email: 'IMMEDIATELY', inApp: true },
        MINUTES: { email: 'NEVER', inApp: true },
        FUNDS: { email: 'DAILY_DIGEST', inApp: false },
      }),
    ).toEqual([
      { category: 'MINUTES', email: 'NEVER', inApp: true },
      { category: 'FUNDS', email: 'DAILY_DIGEST', inApp: false },
    ]);
  });

  it('names each category in words, says when the digest goes out, and saves a choice', async () => {
    const user = userEvent.setup();
    renderPage(<NotificationPreferencesPage />, {
      person: ENGLISH,
      mocks: [
        preferences(),
        {
          request: {
            query: SetNotificationPreferenceMutation,
            variables: { input: { category: 'MINUTES', email: 'NEVER', inApp: true } },
          },
          result: { data: { setNotificationPreference: preference('MINUTES', 'NEVER') } },
        },
        preferences([saved[0], preference('MINUTES', 'NEVER'), saved[2]]),
      ],
    });
    expect(await screen.findByText(/around 7:00 in your collaborative’s time zone/)).toBeInTheDocument();
    const minutes = await screen.findByRole('group', { name: 'Minutes' });
    expect(within(minutes).getByRole('combobox', { name: 'Email' })).toHaveValue('DAILY_DIGEST');
    expect(within(minutes).getByRole('switch', { name: 'Show in my inbox' })).toBeChecked();

    await user.selectOptions(within(minutes).getByRole('combobox', { name: 'Email' }), 'Never');
    await user.click(screen.getByRole('button', { name: 'Save how I hear about things' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Saved. Braid will tell you about things as you chose.',
    );
  });

  it('shows the API’s refusal in Spanish', async () => {
    const user = userEvent.setup();
    renderPage(<NotificationPreferencesPage />, {
      person: RESIDENT,
      mocks: [
        preferences(),
        {
          request: {
            query: SetNotificationPreferenceMutation,
            variables: { input: { category: 'VOTES', email: 'IMMEDIATELY', inApp: false } },
          },
          result: {
            errors: [new GraphQLError('Internal', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })],
          },
        },
      ],
    });
    const votes = await screen.findByRole('group', { name: 'Votaciones' });
    await user.click(within(votes).getByRole('switch', { name: 'Mostrar en mi bandeja' }));
    await user.click(screen.getByRole('button', { name: 'Guardar cómo recibo los avisos' }));
    expect(
      await screen.findByText('Algo salió mal de nuestro lado. Inténtelo de nuevo en un momento.'),
    ).toBeInTheDocument();
  });
});
