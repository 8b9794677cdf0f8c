import { graphql } from '../../graphql/generated';

/** The count now, then after every change (it is sent again on each new subscription, so after a reconnect). */
export const UnreadNotificationCountChangedSubscription = graphql(`
  subscription UnreadNotificationCountChanged {
    unreadNotificationCountChanged
  }
`);

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    category
    headline
    link
    createdAt
    readAt
  }
`);

/** The inbox, newest first, a page at a time. */
export const NotificationsQuery = graphql(`
  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      nodes {
        ...NotificationFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      id
      readAt
    }
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      category
      email
      inApp
    }
  }
`);

export const SetNotificationPreferenceMutation = graphql(`
  mutation SetNotificationPreference($input: NotificationPreferenceInput!) {
    setNotificationPreference(input: $input) {
      category
      email
      inApp
    }
  }
`);
