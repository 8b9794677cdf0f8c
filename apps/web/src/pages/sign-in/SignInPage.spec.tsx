import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../testing/render';
import { SignInMutation } from './operations';
import { SignInPage } from './SignInPage';

const input = { email: 'chair@demo.braid.example', password: 'not-the-password' };

function signInAnswers(errors: { message: string; extensions: Record<string, unknown> }[]) {
  return [{ request: { query: SignInMutation, variables: { input } }, result: { data: null, errors } }];
}

async function submit(email: string, password: string) {
  const user = userEvent.setup();
  if (email) await user.type(await screen.findByLabelText(/^Email/), email);
  if (password) await user.type(screen.getByLabelText(/^Password/), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('signing in', () => {
  it('says what is missing before sending anything', async () => {
    renderPage(<SignInPage />, { person: null, path: '/sign-in' });
    await submit('', '');
    expect(await screen.findByText('Enter an email address.')).toBeInTheDocument();
    expect(screen.getByText('This is required.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Email/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('asks for a well-formed email address', async () => {
    renderPage(<SignInPage />, { person: null, path: '/sign-in' });
    await submit('chair@demo', 'whatever');
    expect(await screen.findByText('Enter an email address such as name@example.org.')).toBeInTheDocument();
  });

  it('says so in Spanish when the device was last used in Spanish', async () => {
    window.localStorage.setItem('braid.locale', 'es');
    renderPage(<SignInPage />, { person: null, path: '/sign-in' });
    expect(await screen.findByRole('heading', { name: 'Iniciar sesión' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Iniciar sesión' }));
    expect(await screen.findByText('Escriba un correo electrónico.')).toBeInTheDocument();
    expect(screen.getByText('Este dato es obligatorio.')).toBeInTheDocument();
  });

  it("shows the API's refusal of a wrong password as a sentence about the credentials", async () => {
    renderPage(<SignInPage />, {
      person: null,
      path: '/sign-in',
      mocks: signInAnswers([
        {
          message: 'That email and password do not match an account.',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ]),
    });
    await submit(input.email, input.password);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That email and password do not match an account.',
    );
  });

  it('tells how long to wait after too many failed sign-ins', async () => {
    renderPage(<SignInPage />, {
      person: null,
      path: '/sign-in',
      mocks: signInAnswers([
        {
          message: 'Too many failed sign-ins.',
          extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 600 },
        },
      ]),
    });
    await submit(input.email, input.password);
    expect(await screen.findByRole('alert')).toHaveTextContent('Wait 10 minutes and try again.');
  });

  it('marks the field the API refused, in Braid’s words rather than the API’s', async () => {
    renderPage(<SignInPage />, {
      person: null,
      path: '/sign-in',
      mocks: signInAnswers([
        {
          message: 'Enter your password',
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'INVALID_INPUT',
            fields: [{ field: 'password', messages: ['password should not be empty'] }],
          },
        },
      ]),
    });
    await submit(input.email, input.password);
    await screen.findByRole('alert');
    const password = screen.getByLabelText(/^Password/);
    expect(password).toHaveAttribute('aria-invalid', 'true');
    // The message is what a screen reader announces with the field: its accessible description.
    expect(password).toHaveAccessibleDescription('Check this value.');
  });
});
