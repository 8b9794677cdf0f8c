import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { RESIDENT, renderPage, type TestPerson } from '../../testing/render';
import { AccountPage } from './AccountPage';
import { ChangePasswordMutation, UpdateMyProfileMutation } from './operations';

const ENGLISH: TestPerson = { ...RESIDENT, preferredLanguage: 'EN' };

/** A mock's variables matcher that accepts any input and keeps it, to check what was sent. */
const recordInto = (sent: unknown[]) => (variables: { input: unknown }) => {
  sent.push(variables.input);
  return true;
};

function renderAccount(person: TestPerson, mocks: Parameters<typeof renderPage>[1]['mocks'] = []) {
  renderPage(<AccountPage />, { person, path: '/account', mocks });
  return userEvent.setup();
}

describe('changing my password', () => {
  it('says before sending what is wrong: a short new password and a confirmation that differs', async () => {
    const sent: unknown[] = [];
    const user = renderAccount(ENGLISH, [
      { request: { query: ChangePasswordMutation, variables: recordInto(sent) }, result: { data: {} } },
    ]);
    const form = await screen.findByRole('form', { name: 'Change your password' });
    expect(
      screen.getByText(/every other browser or device signed in as you is signed out/),
    ).toBeInTheDocument();
    expect(within(form).getByLabelText(/^New password/)).toHaveAccessibleDescription(
      'At least 10 characters, at most 200.',
    );
    await user.type(within(form).getByLabelText(/^New password/), 'short');
    await user.type(within(form).getByLabelText(/^Type the new password again/), 'different');
    await user.click(within(form).getByRole('button', { name: 'Change password' }));
    expect(within(form).getByLabelText(/^Current password/)).toHaveAccessibleDescription('This is required.');
    expect(within(form).getByLabelText(/^New password/)).toHaveAccessibleDescription(
      'Use at least 10 characters. At least 10 characters, at most 200.',
    );
    expect(within(form).getByLabelText(/^Type the new password again/)).toHaveAccessibleDescription(
      'The two passwords are not the same.',
    );
    expect(sent).toEqual([]);
  });

  it('sends the current and new passwords, then says the other sessions were signed out', async () => {
    const sent: unknown[] = [];
    const user = renderAccount(ENGLISH, [
      {
        request: { query: ChangePasswordMutation, variables: recordInto(sent) },
        result: { data: { changePassword: true } },
      },
    ]);
    const form = await screen.findByRole('form', { name: 'Change your password' });
    await user.type(within(form).getByLabelText(/^Current password/), 'braid-demo-2026');
    await user.type(within(form).getByLabelText(/^New password/), 'a-longer-secret-2027');
    await user.type(within(form).getByLabelText(/^Type the new password again/), 'a-longer-secret-2027');
    await user.click(within(form).getByRole('button', { name: 'Change password' }));
    const done = await within(form).findByRole('status');
    expect(done).toHaveTextContent('Your password was changed.');
    expect(done).toHaveTextContent(
      'Any other browser or device that was signed in as you has been signed out.',
    );
    expect(sent).toEqual([{ currentPassword: 'braid-demo-2026', newPassword: 'a-longer-secret-2027' }]);
    expect(within(form).getByLabelText(/^Current password/)).toHaveValue('');
  });

  it('puts the API’s refusal of a wrong current password beside that field', async () => {
    const user = renderAccount(ENGLISH, [
      {
        request: { query: ChangePasswordMutation, variables: () => true },
        result: {
          errors: [
            new GraphQLError('Your current password is not right.', {
              extensions: {
                code: 'BAD_USER_INPUT',
                reason: 'WRONG_CURRENT_PASSWORD',
                fields: [{ field: 'currentPassword', messages: ['is not right'] }],
              },
            }),
          ],
        },
      },
    ]);
    const form = await screen.findByRole('form', { name: 'Change your password' });
    await user.type(within(form).getByLabelText(/^Current password/), 'not-my-password');
    await user.type(within(form).getByLabelText(/^New password/), 'a-longer-secret-2027');
    await user.type(within(form).getByLabelText(/^Type the new password again/), 'a-longer-secret-2027');
    await user.click(within(form).getByRole('button', { name: 'Change password' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Your current password is not right.');
    // Braid's own sentence beside the field, not the API's English fragment.
    expect(within(form).getByLabelText(/^Current password/)).toHaveAccessibleDescription(
      'Your current password is not right.',
    );
  });
});

describe('my profile', () => {
  it('shows my email, refuses a blank name, then saves the name and language chosen', async () => {
    const sent: unknown[] = [];
    const user = renderAccount(ENGLISH, [
      {
        request: { query: UpdateMyProfileMutation, variables: recordInto(sent) },
        result: {
          data: {
            updateMyProfile: {
              __typename: 'User',
              id: RESIDENT.id,
              displayName: 'Gloria M. Hernández',
              preferredLanguage: 'ES',
            },
          },
        },
      },
    ]);
    const form = await screen.findByRole('form', { name: 'Profile' });
    expect(within(form).getByLabelText(/^Email/)).toHaveValue(RESIDENT.email);
    const name = within(form).getByLabelText(/^Your name/);
    await user.clear(name);
    await user.click(within(form).getByRole('button', { name: 'Save profile' }));
    expect(name).toHaveAccessibleDescription('This is required.');
    expect(sent).toEqual([]);

    await user.type(name, ' Gloria M. Hernández ');
    await user.selectOptions(within(form).getByLabelText(/^Language for Braid/), 'es');
    await user.click(within(form).getByRole('button', { name: 'Save profile' }));
    // The saved language is the profile's: the page now speaks it.
    expect(await screen.findByText('Se guardó su perfil.')).toBeInTheDocument();
    expect(sent).toEqual([{ displayName: 'Gloria M. Hernández', preferredLanguage: 'ES' }]);
    expect(document.documentElement.lang).toBe('es-US');
  });
});
