import { graphql } from '../../../graphql/generated';

export const AuditEventsQuery = graphql(`
  query AuditEvents($collaborativeId: ID!, $first: Int!, $after: String, $entityType: String) {
    auditEvents(collaborativeId: $collaborativeId, first: $first, after: $after, entityType: $entityType) {
      nodes {
        id
        action
        actorName
        occurredAt
        entityType
        entityId
        recordName
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
