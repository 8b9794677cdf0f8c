import { graphql } from '../../graphql/generated';

/** Everything My work shows, across the person's collaboratives. */
export const MyWorkQuery = graphql(`
  query MyWork {
    myWork {
      collaborativeIds
      votesOwed(first: 10) {
        totalCount
        nodes {
          seatId
          seatName
          asAlternate
          motion {
            id
            collaborativeId
            title
          }
        }
      }
      votesCast(first: 10) {
        totalCount
        nodes {
          seatId
          seatName
          choice
          motion {
            id
            collaborativeId
            title
            secret
          }
        }
      }
      actionItems(first: 10) {
        totalCount
        nodes {
          workgroupName
          overdue
          dueToday
          actionItem {
            id
            collaborativeId
            workgroupId
            title
            dueOn
            status
          }
        }
      }
      reportsOwed(first: 10) {
        totalCount
        nodes {
          status
          daysLate
          requirement {
            id
            collaborativeId
            covers
            dueOn
            grant {
              id
              title
            }
          }
        }
      }
      minutesToReview(first: 10) {
        totalCount
        nodes {
          minutes {
            id
            version
          }
          meeting {
            id
            collaborativeId
            title
            scheduledAt
          }
        }
      }
      nextMeetings(first: 5) {
        totalCount
        nodes {
          id
          collaborativeId
          title
          scheduledAt
          location
        }
      }
    }
  }
`);
