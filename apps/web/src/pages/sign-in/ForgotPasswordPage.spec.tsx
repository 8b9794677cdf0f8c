import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../testing/render';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { RequestPasswordResetMutation } from './operations';
import { SignInPage } from './SignInPage';

function requestAnswer(
  email: string,
  result: {
    data: Record<string, unknown> | null;
    errors?: { message: string; extensions: Record<string, unknown> }[];
  },
) {
  return { request: { query: RequestPasswordResetMutation, variables: { input: { email } } }, result };
}

async function ask(email: string) {
  const user = userEvent.setup();
  if (email) await user.type(await screen.findByLabelText(/^Email/), email);
  await user.click(screen.getByRole('button', { name: 'Email me a link' }));
}

describe('forgot your password', () => {
  it('is offered on the sign-in page', async () => {
    renderPage(<SignInPage />, { person: null, path: '/sign-in' });
    expect(await screen.findByRole('link', { name: 'Forgot your password?' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });

  it('asks for a well-formed email before sending anything', async () => {
    renderPage(<ForgotPasswordPage />, { person: null, path: '/forgot-password' });
    await ask('someone@');
    expect(await screen.findByText('Enter an email address such as name@example.org.')).toBeInTheDocument();
  });

  it('says the same sentence whatever the address, once the API answered', async () => {
    renderPage(<ForgotPasswordPage />, {
      person: null,
      path: '/forgot-password',
      mocks: [requestAnswer('nobody@example.org', { data: { requestPasswordReset: true } })],
    });
    await ask(' nobody@example.org ');
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Check your email');
    expect(status).toHaveTextContent(
      'If an account exists for nobody@example.org, we sent it a link to choose a new password.',
    );
  });

  it('tells how long to wait after too many requests', async () => {
    renderPage(<ForgotPasswordPage />, {
      person: null,
      path: '/forgot-password',
      mocks: [
        requestAnswer('chair@example.org', {
          data: null,
          errors: [
            {
              message: 'Too many password-reset requests.',
              extensions: {
                code: 'TOO_MANY_REQUESTS',
                reason: 'PASSWORD_RESET_RATE_LIMITED',
                retryAfterSeconds: 1200,
              },
            },
          ],
        }),
      ],
    });
    await ask('chair@example.org');
    expect(await screen.findByRole('alert')).toHaveTextContent('Wait 20 minutes and try again.');
  });

  it('speaks Spanish when the device was last used in Spanish', async () => {
    window.localStorage.setItem('braid.locale', 'es');
    renderPage(<ForgotPasswordPage />, { person: null, path: '/forgot-password' });
    expect(await screen.findByRole('heading', { name: 'Restablecer la contraseña' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Envíenme un enlace' })).toBeInTheDocument();
  });
});
