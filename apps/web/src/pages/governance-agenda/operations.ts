import { graphql } from '../../graphql/generated';

/** What needs a leadership member's attention: votes open now and meetings coming up. */
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
        }
      }
    }
    meetings(collaborativeId: $collaborativeId, first: 50) {
      nodes {
        ...MeetingSummary
      }
    }
  }
`);
