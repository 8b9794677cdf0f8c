import { matchPath, Outlet, useLocation } from 'react-router';
import { NotAvailablePage } from '../pages/not-available/NotAvailablePage';
import { useSession } from '../session/session';
import { NAV_ENTRIES } from './MainNav';

/**
 * A section of the collaborative reached by its address is shown only to those the navigation bar
 * shows it to (the same `visible` rule): anyone else gets a page saying it is not available to
 * them, before the page's own queries are refused by the API.
 */
export function RequireAvailable() {
  const { ability } = useSession();
  const { pathname } = useLocation();
  const collaborativeId = matchPath('/collaboratives/:collaborativeId/*', pathname)?.params.collaborativeId;
  if (collaborativeId) {
    const entry = NAV_ENTRIES.find((candidate) =>
      matchPath({ path: candidate.path(collaborativeId), end: !candidate.coversPagesBelow }, pathname),
    );
    if (entry?.visible && !entry.visible(ability, collaborativeId)) return <NotAvailablePage />;
  }
  return <Outlet />;
}
