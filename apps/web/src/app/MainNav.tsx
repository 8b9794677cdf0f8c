import { Group } from '@mantine/core';
import { NavLink, useMatch } from 'react-router';
import { useT } from '../i18n/use-t';
import { useSession } from '../session/session';
import { fundsNav } from './funds.routes';
import { adminNav } from './admin.routes';
import { governanceNav } from './governance.routes';
import classes from './layout.module.css';
import { MyWorkLink } from './MyWorkLink';
import type { NavEntry } from './navigation';
import { reportsNav } from './reports.routes';

/** Every section's entry; `RequireAvailable` applies the same `visible` rules to addresses typed in. */
export const NAV_ENTRIES: NavEntry[] = [...governanceNav, ...fundsNav, ...reportsNav, ...adminNav];

/** The collaborative's sections, shown once a collaborative is open; wraps on a phone. */
export function MainNav() {
  const t = useT();
  const { ability } = useSession();
  const match = useMatch('/collaboratives/:collaborativeId/*');
  const collaborativeId = match?.params.collaborativeId;
  if (!collaborativeId) return null;
  const entries = NAV_ENTRIES.filter((entry) => entry.visible?.(ability, collaborativeId) ?? true);
  return (
    <nav aria-label={t('layout.sections')}>
      <Group gap="xs" wrap="wrap" component="ul" className={classes['navList']}>
        <li>
          <MyWorkLink />
        </li>
        <li>
          <NavLink
            end
            to={`/collaboratives/${collaborativeId}`}
            className={classes['navLink']}
            data-testid="nav-overview"
          >
            {t('layout.overview')}
          </NavLink>
        </li>
        {entries.map((entry) => (
          <li key={entry.key}>
            <NavLink
              end={entry.end}
              to={entry.path(collaborativeId)}
              className={classes['navLink']}
              data-testid={`nav-${entry.key}`}
            >
              {t(entry.label)}
            </NavLink>
          </li>
        ))}
      </Group>
    </nav>
  );
}
