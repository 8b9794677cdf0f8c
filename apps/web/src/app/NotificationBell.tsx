import { lazy, Suspense, useState } from 'react';
import { withMessages } from '../i18n/catalogues';
import { useT } from '../i18n/use-t';
import { useIdleAfterFirstRender } from '../ui/after-first-page';
import { BellButton } from './BellButton';
import { useQuery } from '@apollo/client/react';
import { UnreadNotificationCountQuery } from '../pages/notifications/unread-count-query';

// The menu's code (Popover, the list, its mutations, and the subscription that keeps the count
// live) follows the first page like the account menu:
// fetched once the page is shown and the browser is idle, or at once when someone reaches for the
// bell. A press before it is in opens the menu as soon as it arrives. Its words come with it.
const InboxMenu = lazy(
  withMessages('notifications', () =>
    import('../pages/notifications/InboxMenu').then((module) => ({ default: module.InboxMenu })),
  ),
);

/** The header's bell with the unread count, live; it opens the latest notifications. */
export function NotificationBell() {
  const t = useT();
  const { data, refetch } = useQuery(UnreadNotificationCountQuery, { fetchPolicy: 'cache-and-network' });
  const count = data?.unreadNotificationCount ?? null;
  const idle = useIdleAfterFirstRender();
  const [reached, setReached] = useState(false);
  const [pressed, setPressed] = useState(false);
  const label = t('notifications.bell', { count: count ?? 0 });
  const bell = (
    <BellButton
      count={count}
      label={label}
      onPointerEnter={() => setReached(true)}
      onFocus={() => setReached(true)}
      onClick={() => setPressed(true)}
    />
  );
  if (!idle && !reached && !pressed) return bell;
  return (
    <Suspense fallback={bell}>
      <InboxMenu count={count} label={label} initiallyOpen={pressed} refetchCount={refetch} />
    </Suspense>
  );
}
