import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RESIDENT, renderPage } from '../testing/render';
import { UserMenu } from './UserMenu';

describe('the user menu', () => {
  it('leads to the person’s own account page, in their language', async () => {
    renderPage(
      <UserMenu
        user={{
          __typename: 'User',
          id: RESIDENT.id,
          displayName: RESIDENT.displayName,
          email: RESIDENT.email,
          preferredLanguage: 'ES',
        }}
      />,
      { person: RESIDENT },
    );
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Gloria Hernández: menú de la cuenta' }));
    // happy-dom never finishes Mantine's opening transition, so the open menu stays display:none
    // here; the browser story (account.e2e.spec.ts) opens it for real.
    const menu = await screen.findByRole('menu', { hidden: true });
    expect(within(menu).getByRole('menuitem', { name: 'Mi cuenta', hidden: true })).toHaveAttribute(
      'href',
      '/account',
    );
    expect(within(menu).getByRole('menuitem', { name: 'Cerrar sesión', hidden: true })).toBeInTheDocument();
  });
});
