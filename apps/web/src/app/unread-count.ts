import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect } from 'react';
import {
  UnreadNotificationCountChangedSubscription,
  UnreadNotificationCountQuery,
} from '../pages/notifications/operations';

/**
 * How many of the signed-in person's notifications are unread, kept live: read once, then every
 * change the API pushes is written where the query keeps it, so the bell, the menu and the inbox
 * agree. The API sends the current count on each new subscription, which covers a websocket that
 * dropped and reconnected; a subscription that gave up (the retries ran out while offline) is
 * started again, and the count read again, when the browser is back online or the tab is shown.
 */
export function useUnreadNotificationCount(): number | null {
  const { data, refetch } = useQuery(UnreadNotificationCountQuery, { fetchPolicy: 'cache-and-network' });
  const live = useSubscription(UnreadNotificationCountChangedSubscription, {
    onData: ({ client, data: update }) => {
      const count = update.data?.unreadNotificationCountChanged;
      if (typeof count !== 'number') return;
      client.writeQuery({ query: UnreadNotificationCountQuery, data: { unreadNotificationCount: count } });
    },
  });
  const { restart } = live;
  const ended = live.error !== undefined;

  useEffect(() => {
    const again = () => {
      if (document.visibilityState === 'hidden') return;
      void refetch().catch(() => undefined);
      if (ended) restart();
    };
    window.addEventListener('online', again);
    document.addEventListener('visibilitychange', again);
    return () => {
      window.removeEventListener('online', again);
      document.removeEventListener('visibilitychange', again);
    };
  }, [refetch, restart, ended]);

  return data?.unreadNotificationCount ?? null;
}
