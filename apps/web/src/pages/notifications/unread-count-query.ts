import { graphql } from '../../graphql/generated';

// Alone in its module: the header imports it with the first page, and the inbox's other
// documents must not come along.
/** The bell's number: read once, then kept by the subscription below. */
export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);
