import { useSubscription } from '@apollo/client/react';
import { useEffect } from 'react';
import { UnreadNotificationCountChangedSubscription } from './operations';
import { UnreadNotificationCountQuery } from './unread-count-query';

/**
 * Keeps the bell's count live: every change the API pushes is written where the count query keeps
 * it, so the bell, the menu and the inbox agree. It is part of the menu's chunk, not the first
 * page's (the subscription code is not small): the bell shows the count it read until then. The API
 * sends the current count on each new subscription, which covers a websocket that dropped and
 * reconnected; one that gave up (its retries ran out while offline) is started again, and the
 * count read again, when the browser is back online or the tab is shown.
 */
export function useLiveUnreadCount(refetch: () => Promise<unknown>): void {
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
}
