import { graphql } from '../../graphql/generated';

/**
 * What needs a leadership member's attention: votes open now (and whether their seat has voted:
 * who voted is on every ballot, what only on named ones) and meetings coming up.
 */
export const GovernanceAgendaQuery = graphql(`
  query GovernanceAgenda($collaborativeId: ID!) {
    motions(collaborativeId: $collaborativeId, status: OPEN, first: 20) {
      nodes {
        id
        title
        kind
        status
        outcome
        secret
        meeting {
          id
          title
          scheduledAt
          attendance {
            id
            seatId
            status
          }
        }
        ballots {
          id
          seatId
          choice
        }
        conflicts {
          id
          seatId
          reason
        }
      }
    }
    collaborative(id: $collaborativeId) {
      id
      seats {
        id
        name
        voting
        holderUserId
        alternateUserId
      }
    }
    meetings(collaborativeId: $collaborativeId, first: 50) {
      nodes {
        ...MeetingSummary
      }
    }
  }
`);
