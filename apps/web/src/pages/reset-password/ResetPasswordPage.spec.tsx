import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../testing/render';
import { ResetPasswordMutation } from './operations';
import { ResetPasswordPage } from './ResetPasswordPage';

const NEW_PASSWORD = 'a brand new password';

function resetAnswer(result: {
  data: Record<string, unknown> | null;
  errors?: { message: string; extensions: Record<string, unknown> }[];
}) {
  return {
    request: {
      query: ResetPasswordMutation,
      variables: { input: { token: 'tok', newPassword: NEW_PASSWORD } },
    },
    result,
  };
}

async function choose(password: string, again: string) {
  const user = userEvent.setup();
  if (password) await user.type(await screen.findByLabelText(/^New password/), password);
  if (again) await user.type(screen.getByLabelText(/^Type the new password again/), again);
  await user.click(screen.getByRole('button', { name: 'Save the new password' }));
}

const at = { person: null, path: '/reset-password/:token', url: '/reset-password/tok' };

describe('choosing a new password from an emailed link', () => {
  it('holds the new password to the account page’s rules, typed twice', async () => {
    renderPage(<ResetPasswordPage />, at);
    await choose('short', 'shorter');
    expect(await screen.findByText('Use at least 10 characters.')).toBeInTheDocument();
    expect(screen.getByText('The two passwords are not the same.')).toBeInTheDocument();
  });

  it('sends the link’s token and then sends the person to sign in', async () => {
    renderPage(<ResetPasswordPage />, { ...at, mocks: [resetAnswer({ data: { resetPassword: true } })] });
    await choose(NEW_PASSWORD, NEW_PASSWORD);
    expect(await screen.findByRole('status')).toHaveTextContent('Your password was changed');
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
  });

  it('says a used, replaced or expired link no longer works, and offers a new one', async () => {
    renderPage(<ResetPasswordPage />, {
      ...at,
      mocks: [
        resetAnswer({
          data: null,
          errors: [
            {
              message: 'This password-reset link no longer works.',
              extensions: { code: 'BAD_USER_INPUT', reason: 'RESET_LINK_INVALID' },
            },
          ],
        }),
      ],
    });
    await choose(NEW_PASSWORD, NEW_PASSWORD);
    expect(await screen.findByRole('alert')).toHaveTextContent('This link no longer works');
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });

  it('speaks Spanish when the device was last used in Spanish', async () => {
    window.localStorage.setItem('braid.locale', 'es');
    renderPage(<ResetPasswordPage />, at);
    expect(await screen.findByRole('heading', { name: 'Elija una contraseña nueva' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Contraseña nueva/)).toBeInTheDocument();
  });
});
