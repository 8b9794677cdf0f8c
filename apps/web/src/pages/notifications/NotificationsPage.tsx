import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Checkbox, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/use-t';
import { LoadMore } from '../../ui/LoadMore';
import { EmptyState, LoadingState, ProblemAlert } from '../../ui/states';
import { usePageTitle } from '../../ui/use-page-title';
import { NotificationItem, useMarkRead } from './NotificationItem';
import { MarkAllNotificationsReadMutation, NotificationsQuery } from './operations';
import { UnreadNotificationCountQuery } from './unread-count-query';

/** The path of the inbox (the bell's "See all"). */
export const NOTIFICATIONS_PATH = '/notifications';
export const NOTIFICATION_PREFERENCES_PATH = '/account/notifications';

const PAGE = 20;

/** The person's inbox: every notification, newest first, a page at a time; read or only unread. */
export function NotificationsPage() {
  const t = useT();
  usePageTitle(t('notifications.title'));
  const [marked, setMarked] = useState<number | null>(null);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationsQuery, {
    variables: { first: PAGE, unreadOnly },
    fetchPolicy: 'cache-and-network',
  });
  const markRead = useMarkRead();
  const [markAll, marking] = useMutation(MarkAllNotificationsReadMutation, {
    refetchQueries: [NotificationsQuery, UnreadNotificationCountQuery],
    awaitRefetchQueries: true,
  });
  const list = data?.notifications;
  const anyUnread = list?.nodes.some((notification) => !notification.readAt) ?? false;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('notifications.title')}</Title>
        <Anchor component={Link} to={NOTIFICATION_PREFERENCES_PATH}>
          {t('notifications.preferencesLink')}
        </Anchor>
      </Stack>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Checkbox
          label={t('notifications.unreadOnly')}
          checked={unreadOnly}
          onChange={(event) => setUnreadOnly(event.currentTarget.checked)}
        />
        {anyUnread && (
          <Button
            variant="default"
            loading={marking.loading}
            onClick={() =>
              void markAll()
                .then(({ data: answer }) => setMarked(answer?.markAllNotificationsRead ?? null))
                // Shown by the alert below from the mutation's state.
                .catch(() => setMarked(null))
            }
          >
            {t('notifications.markAllRead')}
          </Button>
        )}
      </Group>
      {marking.error && <ProblemAlert error={marking.error} />}
      {marked !== null && (
        <Alert
          color="green"
          variant="light"
          role="status"
          title={t('notifications.allMarkedRead', { count: marked })}
        />
      )}
      {loading && !list ? (
        <LoadingState />
      ) : error && !list ? (
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      ) : !list || list.nodes.length === 0 ? (
        <EmptyState>{t(unreadOnly ? 'notifications.noneUnread' : 'notifications.none')}</EmptyState>
      ) : (
        <>
          <Stack
            component="ul"
            gap="md"
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
            aria-label={t('notifications.title')}
          >
            {list.nodes.map((notification) => (
              <NotificationItem
                key={notification.id}
                notification={notification}
                actions={
                  !notification.readAt && (
                    <Button
                      variant="subtle"
                      size="compact-xs"
                      aria-label={t('notifications.markReadOf', { headline: notification.headline })}
                      onClick={() => void markRead([notification.id])}
                    >
                      {t('notifications.markRead')}
                    </Button>
                  )
                }
              />
            ))}
          </Stack>
          <LoadMore
            pageInfo={list.pageInfo}
            label={t('notifications.more')}
            fetchNext={(after) => fetchMore({ variables: { after } })}
          />
        </>
      )}
    </Stack>
  );
}
