import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  NotificationsQuery,
  UnreadNotificationCountChangedSubscription,
} from '../pages/notifications/operations';
import { UnreadNotificationCountQuery } from '../pages/notifications/unread-count-query';
import { RESIDENT, renderPage, type TestPerson } from '../testing/render';
import { InboxMenu } from '../pages/notifications/InboxMenu';
import { NotificationBell } from './NotificationBell';

const ENGLISH: TestPerson = { ...RESIDENT, preferredLanguage: 'EN' };

const count = (unread: number) => ({
  request: { query: UnreadNotificationCountQuery },
  result: { data: { unreadNotificationCount: unread } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const latest = {
  request: { query: NotificationsQuery, variables: { first: 8, unreadOnly: false } },
  result: {
    data: {
      notifications: {
        __typename: 'NotificationConnection',
        nodes: [
          {
            __typename: 'Notification',
            id: 'n-1',
            category: 'VOTES',
            headline: 'A vote is open: Fund the outreach program',
            link: '/collaboratives/c-hss/motions/mo-1',
            createdAt: '2026-11-30T17:00:00.000Z',
            readAt: null,
          },
        ],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('the notification bell', () => {
  it('says how many are unread in words, and follows the live count without a reload', async () => {
    renderPage(<NotificationBell />, {
      person: ENGLISH,
      mocks: [
        count(2),
        {
          request: { query: UnreadNotificationCountChangedSubscription },
          result: { data: { unreadNotificationCountChanged: 3 } },
          delay: 50,
        },
      ],
    });
    expect(await screen.findByRole('button', { name: 'Notifications, 2 unread' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Notifications, 3 unread' })).toBeInTheDocument();
    expect(screen.getByTestId('notification-count')).toHaveTextContent('3');
  });

  it('is named in Spanish for a Spanish reader, and shows no number when nothing is unread', async () => {
    renderPage(<NotificationBell />, {
      person: RESIDENT,
      mocks: [
        count(0),
        {
          request: { query: UnreadNotificationCountChangedSubscription },
          result: { data: { unreadNotificationCountChanged: 0 } },
          delay: 600_000,
        },
      ],
    });
    expect(await screen.findByRole('button', { name: 'Avisos' })).toBeInTheDocument();
    expect(screen.getByTestId('notification-count')).toHaveTextContent('');
  });

  it('opens the latest notifications, each a link to what it is about, unread said in a word', async () => {
    // The menu itself (the bell loads it lazily once the page is idle).
    renderPage(
      <InboxMenu
        count={1}
        label="Notifications, 1 unread"
        initiallyOpen={false}
        refetchCount={() => Promise.resolve()}
      />,
      {
        person: ENGLISH,
        mocks: [
          count(1),
          {
            request: { query: UnreadNotificationCountChangedSubscription },
            result: { data: { unreadNotificationCountChanged: 1 } },
            delay: 600_000,
          },
          latest,
        ],
      },
    );
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    const link = await screen.findByRole(
      'link',
      {
        name: 'A vote is open: Fund the outreach program',
        hidden: true,
      },
      { timeout: 10_000 },
    );
    expect(link).toHaveAttribute('href', '/collaboratives/c-hss/motions/mo-1');
    expect(screen.getByText('Unread')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all notifications', hidden: true })).toHaveAttribute(
      'href',
      '/notifications',
    );
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Mark all as read', hidden: true })).toBeInTheDocument(),
    );
  });
});
