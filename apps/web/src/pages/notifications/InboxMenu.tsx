import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Popover, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { BellButton } from '../../app/BellButton';
import { useT } from '../../i18n/use-t';
import { LoadingState, ProblemAlert } from '../../ui/states';
import { useLiveUnreadCount } from './live-count';
import { NotificationItem } from './NotificationItem';
import { MarkAllNotificationsReadMutation, NotificationsQuery } from './operations';
import { UnreadNotificationCountQuery } from './unread-count-query';

/** How many the menu shows; the inbox page has the rest. */
const LATEST = 8;

/**
 * The bell's menu: the latest notifications (each a link that marks it read), "Mark all as read"
 * and the way to the inbox. Focus moves into it when it opens and back to the bell when it closes
 * (Escape or a click elsewhere).
 */
export function InboxMenu({
  count,
  label,
  initiallyOpen,
  refetchCount,
}: {
  count: number | null;
  label: string;
  initiallyOpen: boolean;
  refetchCount: () => Promise<unknown>;
}) {
  const t = useT();
  useLiveUnreadCount(refetchCount);
  const [opened, setOpened] = useState(initiallyOpen);
  const close = () => setOpened(false);
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={360}
      shadow="md"
      trapFocus
      returnFocus
      // The dropdown is hidden once the bell scrolls out of view: a list taller than the screen (a
      // phone, or long headlines) must scroll inside it, or "Mark all as read" and "See all" could
      // never be reached. `size` caps it at the height left below the bell.
      middlewares={{ flip: true, shift: true, size: { padding: 8 } }}
    >
      <Popover.Target>
        <BellButton count={count} label={label} onClick={() => setOpened((open) => !open)} />
      </Popover.Target>
      <Popover.Dropdown
        aria-label={t('notifications.title')}
        maw="calc(100vw - 16px)"
        style={{ overflowY: 'auto' }}
        data-testid="notification-menu"
      >
        {opened && <Latest onClose={close} />}
      </Popover.Dropdown>
    </Popover>
  );
}

function Latest({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(NotificationsQuery, {
    variables: { first: LATEST, unreadOnly: false },
    // The count may have moved since the menu was last open: the list is read again each time.
    fetchPolicy: 'cache-and-network',
  });
  const [markAll, marking] = useMutation(MarkAllNotificationsReadMutation, {
    refetchQueries: [NotificationsQuery, UnreadNotificationCountQuery],
  });
  const nodes = data?.notifications.nodes ?? [];
  const anyUnread = nodes.some((notification) => !notification.readAt);

  return (
    <Stack gap="sm">
      <Text fw={700} component="h2" size="md" m={0}>
        {t('notifications.title')}
      </Text>
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      ) : nodes.length === 0 ? (
        <Text size="sm">{t('notifications.none')}</Text>
      ) : (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {nodes.map((notification) => (
            <NotificationItem key={notification.id} notification={notification} onOpen={onClose} />
          ))}
        </Stack>
      )}
      {marking.error && <ProblemAlert error={marking.error} />}
      <Group justify="space-between" gap="xs" wrap="wrap">
        {anyUnread && (
          <Button
            variant="default"
            size="xs"
            loading={marking.loading}
            onClick={() => void markAll().catch(() => undefined)}
          >
            {t('notifications.markAllRead')}
          </Button>
        )}
        <Anchor component={Link} to="/notifications" size="sm" onClick={onClose}>
          {t('notifications.seeAll')}
        </Anchor>
      </Group>
    </Stack>
  );
}
