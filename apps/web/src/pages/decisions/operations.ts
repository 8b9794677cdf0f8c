import { graphql } from '../../graphql/generated';

/** Every motion of the collaborative, newest first, as the filters narrow it (the API filters). */
export const DecisionsQuery = graphql(`
  query Decisions(
    $collaborativeId: ID!
    $status: MotionStatus
    $outcome: MotionOutcome
    $kind: MotionKind
    $decidedFrom: LocalDate
    $decidedTo: LocalDate
    $first: Int!
    $after: String
  ) {
    motions(
      collaborativeId: $collaborativeId
      status: $status
      outcome: $outcome
      kind: $kind
      decidedFrom: $decidedFrom
      decidedTo: $decidedTo
      first: $first
      after: $after
    ) {
      nodes {
        id
        title
        kind
        status
        outcome
        secret
        closedAt
        meeting {
          id
          title
          scheduledAt
        }
        tally {
          motionId
          yes
          no
          abstain
          recusedSeatIds
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
