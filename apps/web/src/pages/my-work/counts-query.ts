import { graphql } from '../../graphql/generated';

// Alone in its module: the navigation imports it with the first page, and a production build
// keeps every document of a module it imports (My work's own query is large).
/** The navigation badge: only the totals of what needs the person (no rows are read). */
export const MyWorkCountsQuery = graphql(`
  query MyWorkCounts {
    myWork {
      votesOwed(first: 0) {
        totalCount
      }
      actionItems(first: 0) {
        totalCount
      }
      reportsOwed(first: 0) {
        totalCount
      }
      minutesToReview(first: 0) {
        totalCount
      }
    }
  }
`);
