import { Box, Button, Container, Group } from '@mantine/core';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useT } from '../i18n/use-t';
import { useSession } from '../session/session';
import { useIdleAfterFirstRender } from '../ui/after-first-page';
import { LoadingState, ProblemAlert } from '../ui/states';
import { CollaborativeSwitcher } from './CollaborativeSwitcher';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { NotificationBell } from './NotificationBell';
import classes from './layout.module.css';

// The account menu's code (Mantine's Menu, Popover and floating-ui: about 15 kB gzipped) follows
// the first page instead of delaying it: fetched once the page is shown and the browser is idle,
// or at once when someone reaches for the button. Until it is in, its button shows without the menu.
const UserMenu = lazy(() => import('./UserMenu').then((module) => ({ default: module.UserMenu })));

/** Every page: a skip link, the header (name, collaborative, language, person) and the page itself. */
export function Layout() {
  const t = useT();
  const session = useSession();
  const location = useLocation();
  const main = useRef<HTMLDivElement>(null);
  const firstPath = useRef(location.pathname);
  const idle = useIdleAfterFirstRender();
  const [reached, setReached] = useState(false);
  const menuWanted = idle || reached;
  const menuButton = session.me && (
    <Button
      variant="default"
      size="sm"
      onPointerEnter={() => setReached(true)}
      onFocus={() => setReached(true)}
    >
      {session.me.displayName}
    </Button>
  );

  useEffect(() => {
    // A new page in a single-page app is not announced by the browser: moving focus to the content
    // lets a screen reader or keyboard user start reading the page they navigated to.
    if (location.pathname === firstPath.current) return;
    firstPath.current = '';
    main.current?.focus();
  }, [location.pathname]);

  return (
    <>
      <a className={classes['skipLink']} href="#main">
        {t('layout.skipToContent')}
      </a>
      <Box component="header" className={classes['header']}>
        <Container size="lg" py="xs">
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Link to="/" className={classes['brand']}>
              {t('app.name')}
            </Link>
            <Group gap="sm" wrap="wrap">
              {session.me && <CollaborativeSwitcher />}
              <LanguageSwitch />
              {session.me && <NotificationBell />}
              {session.me &&
                (menuWanted ? (
                  <Suspense fallback={menuButton}>
                    <UserMenu user={session.me} />
                  </Suspense>
                ) : (
                  menuButton
                ))}
            </Group>
          </Group>
          {session.me && session.status === 'ready' && <MainNav />}
        </Container>
      </Box>
      <Container
        size="lg"
        py="lg"
        component="main"
        id="main"
        tabIndex={-1}
        ref={main}
        className={classes['main']}
      >
        {session.status === 'ready' ? (
          <Outlet />
        ) : session.status === 'error' ? (
          <ProblemAlert error={session.error} onRetry={session.retry} />
        ) : (
          <LoadingState />
        )}
      </Container>
    </>
  );
}
