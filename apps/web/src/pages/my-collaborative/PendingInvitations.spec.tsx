import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderPage, type TestPerson } from '../../testing/render';
import { demoAdministrator, HSS, ROSA_INVITATION } from './people.fixtures';
import { InvitationsQuery, RevokeInvitationMutation } from './operations';
import { PendingInvitations } from './PendingInvitations';

const ADMIN = demoAdministrator([
  { action: ['invite', 'read', 'update'], subject: 'Invitation', conditions: { collaborativeId: HSS } },
]);

/** May read the invitations but not change them (no such role today: the API's rules could grow one). */
const READER: TestPerson = {
  ...ADMIN,
  id: 'u-reader',
  rules: [{ action: 'read', subject: 'Invitation', conditions: { collaborativeId: HSS } }],
};

const rosa = ROSA_INVITATION;

const invitations = {
  request: { query: InvitationsQuery, variables: { collaborativeId: HSS } },
  result: { data: { invitations: [rosa] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderAs(person: TestPerson, revoke: Parameters<typeof renderPage>[1]['mocks'] = []) {
  renderPage(<PendingInvitations collaborativeId={HSS} />, {
    person,
    mocks: [invitations, ...(revoke ?? [])],
  });
  return userEvent.setup();
}

describe('withdrawing a pending invitation', () => {
  it('asks first, says what happens to the link, and drops the invitation once withdrawn', async () => {
    const sent: unknown[] = [];
    const user = renderAs(ADMIN, [
      {
        request: {
          query: RevokeInvitationMutation,
          variables: (variables: unknown) => {
            sent.push(variables);
            return true;
          },
        },
        result: { data: { revokeInvitation: { ...rosa, status: 'REVOKED' } } },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Withdraw invitation for Rosa Alvarez' }));
    const dialog = await screen.findByRole('dialog', { name: 'Withdraw the invitation for Rosa Alvarez?' });
    expect(dialog).toHaveTextContent('The link sent to rosa@example.org will stop working');
    expect(sent).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Withdraw invitation' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'The invitation for Rosa Alvarez was withdrawn.',
    );
    expect(sent).toEqual([{ id: 'i-rosa' }]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('No invitations are waiting to be accepted.')).toBeInTheDocument();
  });

  it('sends nothing when the administrator keeps it', async () => {
    const user = renderAs(ADMIN);
    await user.click(await screen.findByRole('button', { name: 'Withdraw invitation for Rosa Alvarez' }));
    await user.click(await screen.findByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('Rosa Alvarez')).toBeInTheDocument();
  });

  it('shows the API’s refusal, e.g. when the invitation was accepted meanwhile', async () => {
    const user = renderAs(ADMIN, [
      {
        request: { query: RevokeInvitationMutation, variables: { id: 'i-rosa' } },
        result: {
          errors: [
            new GraphQLError('This invitation can no longer be used: it is accepted.', {
              extensions: { code: 'CONFLICT', reason: 'INVITATION_NOT_USABLE', status: 'ACCEPTED' },
            }),
          ],
        },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Withdraw invitation for Rosa Alvarez' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw invitation' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('This invitation can no longer be used: it was accepted already.');
    expect(alert).not.toHaveTextContent('it is accepted');
  });

  it('offers no withdrawal to someone who may only read the invitations', async () => {
    renderAs(READER);
    expect(await screen.findByText('Rosa Alvarez')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Withdraw invitation/ })).not.toBeInTheDocument();
  });
});
