import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/use-t';
import { useNotice } from '../ui/use-notice';
import { type SignedInUser, useSession } from '../session/session';
import { ACCOUNT_PATH } from './account.routes';

export function UserMenu({ user }: { user: SignedInUser }) {
  const t = useT();
  const { signOut } = useSession();
  const notice = useNotice();
  const [signingOut, setSigningOut] = useState(false);

  const onSignOut = () => {
    setSigningOut(true);
    signOut()
      .catch(() => notice('layout.signOutFailed'))
      .finally(() => setSigningOut(false));
  };

  return (
    // No initial-focus placeholder: Mantine's is a focusable element inside role="menu" (an ARIA
    // error axe reports); without it, opening the menu focuses its first item, as ARIA menus do.
    <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button
          variant="default"
          size="sm"
          loading={signingOut}
          // Begins with the visible name, so that saying what one sees ("click Gloria") works (WCAG 2.5.3).
          aria-label={t('layout.userMenu', { name: user.displayName })}
        >
          {user.displayName}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {user.email && <Menu.Label c="dimmed">{user.email}</Menu.Label>}
        <Menu.Item component={Link} to={ACCOUNT_PATH}>
          {t('account.menu')}
        </Menu.Item>
        <Menu.Item onClick={onSignOut}>{t('layout.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
