import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RESIDENT, renderPage, type TestPerson } from '../../testing/render';
import { NotificationsPage } from './NotificationsPage';
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationsReadMutation,
  NotificationsQuery,
} from './operations';
import { UnreadNotificationCountQuery } from './unread-count-query';

const ENGLISH: TestPerson = { ...RESIDENT, preferredLanguage: 'EN' };

const notification = (id: string, headline: string, readAt: string | null) => ({
  __typename: 'Notification',
  id,
  category: 'REPORTS',
  headline,
  link: `/collaboratives/c-hss/reports/${id}`,
  createdAt: '2026-11-30T17:00:00.000Z',
  readAt,
});
const page = (
  variables: Record<string, unknown>,
  nodes: ReturnType<typeof notification>[],
  endCursor: string | null = null,
) => ({
  request: { query: NotificationsQuery, variables },
  result: {
    data: {
      notifications: {
        __typename: 'NotificationConnection',
        nodes,
        pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
      },
    },
  },
});

describe('the inbox', () => {
  it('lists notifications a page at a time and marks one read', async () => {
    const user = userEvent.setup();
    renderPage(<NotificationsPage />, {
      person: ENGLISH,
      mocks: [
        page({ first: 20, unreadOnly: false }, [notification('n-1', 'The Q2 report is late', null)], 'c1'),
        page({ first: 20, unreadOnly: false, after: 'c1' }, [
          notification('n-2', 'The Q1 report was accepted', '2026-11-01T00:00:00.000Z'),
        ]),
        {
          request: { query: MarkNotificationsReadMutation, variables: { ids: ['n-1'] } },
          result: {
            data: {
              markNotificationsRead: [
                { __typename: 'Notification', id: 'n-1', readAt: '2026-12-01T00:00:00.000Z' },
              ],
            },
          },
        },
      ],
    });
    expect(await screen.findByRole('link', { name: 'The Q2 report is late' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show more notifications' }));
    expect(await screen.findByRole('link', { name: 'The Q1 report was accepted' })).toBeInTheDocument();
    expect(screen.getAllByTestId('notification')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Mark as read: “The Q2 report is late”' }));
    await waitFor(() => expect(screen.queryByText('Unread')).toBeNull());
    expect(screen.queryByRole('button', { name: /as read/ })).toBeNull();
  });

  it('filters to unread, marks all read and says how many', async () => {
    const user = userEvent.setup();
    renderPage(<NotificationsPage />, {
      person: ENGLISH,
      mocks: [
        page({ first: 20, unreadOnly: false }, [notification('n-1', 'The Q2 report is late', null)]),
        page({ first: 20, unreadOnly: true }, [notification('n-1', 'The Q2 report is late', null)]),
        {
          request: { query: MarkAllNotificationsReadMutation },
          result: { data: { markAllNotificationsRead: 1 } },
        },
        page({ first: 20, unreadOnly: true }, []),
        {
          request: { query: UnreadNotificationCountQuery },
          result: { data: { unreadNotificationCount: 0 } },
        },
      ],
    });
    await screen.findByRole('link', { name: 'The Q2 report is late' });
    await user.click(screen.getByRole('checkbox', { name: 'Only unread' }));
    await user.click(await screen.findByRole('button', { name: 'Mark all as read' }));
    expect(await screen.findByRole('status')).toHaveTextContent('1 notification marked as read.');
    expect(await screen.findByText('Nothing unread: you are up to date.')).toBeInTheDocument();
  });

  it('says so in Spanish when there is nothing', async () => {
    renderPage(<NotificationsPage />, {
      person: RESIDENT,
      mocks: [page({ first: 20, unreadOnly: false }, [])],
    });
    expect(await screen.findByText('Todavía no tiene avisos.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Avisos' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Elegir cómo recibe los avisos' })).toHaveAttribute(
      'href',
      '/account/notifications',
    );
  });
});
