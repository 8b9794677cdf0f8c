import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { NotificationFieldsFragment } from '../../graphql/generated/graphql';
import { useFormat, useT } from '../../i18n/use-t';
import { MarkNotificationsReadMutation } from './operations';

export type NotificationRow = NotificationFieldsFragment;

/** Marks notifications read; the answer's readAt updates them wherever the cache shows them. */
export function useMarkRead() {
  const [mark] = useMutation(MarkNotificationsReadMutation);
  return (ids: string[]) =>
    // Opening the record is what the person asked for: a failed mark leaves it unread, to try again.
    mark({ variables: { ids } }).catch(() => undefined);
}

/**
 * One notification: its headline links to what it is about and marks it read on the way; unread
 * ones say so in a word and in bold, not by colour alone.
 */
export function NotificationItem({
  notification,
  onOpen,
  actions,
}: {
  notification: NotificationRow;
  /** Called as the link is followed (the menu closes itself). */
  onOpen?: () => void;
  actions?: ReactNode;
}) {
  const t = useT();
  const format = useFormat();
  const markRead = useMarkRead();
  const unread = !notification.readAt;
  return (
    <Stack component="li" gap={2} data-testid="notification" data-unread={unread || undefined}>
      <Anchor
        component={Link}
        to={notification.link}
        fw={unread ? 700 : 400}
        onClick={() => {
          if (unread) void markRead([notification.id]);
          onOpen?.();
        }}
      >
        {notification.headline}
      </Anchor>
      <Group gap="xs" wrap="wrap">
        {unread && (
          <Badge size="sm" variant="light" tt="none">
            {t('notifications.unread')}
          </Badge>
        )}
        <Text size="xs" c="dimmed">
          {t(`notifications.category.${notification.category}`)} ·{' '}
          <time dateTime={String(notification.createdAt)}>
            {format.dateTime(String(notification.createdAt))}
          </time>
        </Text>
        {actions}
      </Group>
    </Stack>
  );
}
