import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RESIDENT, renderPage } from '../../testing/render';
import { AcceptInvitationPage } from './AcceptInvitationPage';
import { AcceptInvitationMutation, InvitationPreviewQuery } from './operations';

function preview(overrides: Record<string, unknown>) {
  return {
    request: { query: InvitationPreviewQuery, variables: { token: 'tok' } },
    result: {
      data: {
        invitationPreview: {
          __typename: 'InvitationPreview',
          collaborativeName: 'Healing South Stockton',
          displayName: 'Rosa Alvarez',
          email: 'rosa@example.org',
          roles: ['MEMBER'],
          status: 'PENDING',
          accountExists: null,
          expiresAt: '2026-12-07T10:00:00Z',
          ...overrides,
        },
      },
    },
  };
}

function visit(mock: ReturnType<typeof preview>) {
  return renderPage(<AcceptInvitationPage />, {
    person: null,
    path: '/invitations/:token',
    url: '/invitations/tok',
    mocks: [mock],
  });
}

describe('accepting an invitation', () => {
  it('lets a new person choose a password, and checks it twice before sending', async () => {
    visit(preview({}));
    expect(
      await screen.findByText('Rosa Alvarez, you are invited to join Healing South Stockton.'),
    ).toBeInTheDocument();
    const person = userEvent.setup();
    await person.type(screen.getByLabelText(/^Choose a password/), 'short');
    await person.type(screen.getByLabelText(/^Type the password again/), 'different');
    await person.click(screen.getByRole('button', { name: 'Create account and join' }));
    expect(screen.getByLabelText(/^Choose a password/)).toHaveAccessibleDescription(
      'Use at least 10 characters. At least 10 characters.',
    );
    expect(screen.getByLabelText(/^Type the password again/)).toHaveAccessibleDescription(
      'The two passwords are not the same.',
    );
  });

  it('shows the rest of the form in the language the person picks', async () => {
    visit(preview({}));
    await userEvent.setup().click(await screen.findByRole('radio', { name: 'Español' }));
    expect(await screen.findByRole('button', { name: 'Crear cuenta y unirme' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es-US');
  });

  it('offers someone who already has an account to sign in first, without being told whether one exists', async () => {
    visit(preview({}));
    expect(await screen.findByRole('link', { name: 'Sign in to accept' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
    expect(screen.getByLabelText(/^Choose a password/)).toBeInTheDocument();
  });

  it('explains an invitation that can no longer be used', async () => {
    visit(preview({ status: 'EXPIRED' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation has expired.');
  });

  it('says plainly when the link is not valid', async () => {
    renderPage(<AcceptInvitationPage />, {
      person: null,
      path: '/invitations/:token',
      url: '/invitations/tok',
      mocks: [
        {
          request: { query: InvitationPreviewQuery, variables: { token: 'tok' } },
          result: {
            data: null,
            errors: [{ message: 'Invitation not found.', extensions: { code: 'NOT_FOUND' } }],
          },
        },
      ],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation link is not valid.');
  });

  it('lets someone already signed in as the invited person join with one button', async () => {
    const accepted = {
      request: { query: AcceptInvitationMutation, variables: { input: { token: 'tok' } } },
      result: {
        data: {
          acceptInvitation: {
            __typename: 'AcceptedInvitation',
            collaborative: { __typename: 'Collaborative', id: 'c-new', name: 'North Stockton Collaborative' },
            user: {
              __typename: 'User',
              id: RESIDENT.id,
              displayName: RESIDENT.displayName,
              preferredLanguage: 'ES',
            },
          },
        },
      },
    };
    renderPage(<AcceptInvitationPage />, {
      person: RESIDENT,
      path: '/invitations/:token',
      url: '/invitations/tok',
      mocks: [
        preview({
          email: RESIDENT.email,
          accountExists: true,
          collaborativeName: 'North Stockton Collaborative',
        }),
        accepted,
        // Joining restarts the session (resetStore), which asks again for what is on screen.
        preview({
          email: RESIDENT.email,
          accountExists: true,
          collaborativeName: 'North Stockton Collaborative',
          status: 'ACCEPTED',
        }),
      ],
    });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Unirme' }));
    // The page hands over to the collaborative just joined.
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
  });

  it('tells someone signed in with another account to sign out first', async () => {
    renderPage(<AcceptInvitationPage />, {
      person: RESIDENT,
      path: '/invitations/:token',
      url: '/invitations/tok',
      mocks: [preview({})],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Inició sesión con otra cuenta');
    expect(screen.queryByRole('button', { name: 'Unirme' })).not.toBeInTheDocument();
  });
});
