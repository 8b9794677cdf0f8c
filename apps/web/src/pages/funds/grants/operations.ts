import { graphql } from '../../../graphql/generated';

/** What the new-grant form chooses from: passed funding motions, the streams and the organizations. */
export const NewGrantChoicesQuery = graphql(`
  query NewGrantChoices($collaborativeId: ID!) {
    motions(collaborativeId: $collaborativeId, status: CLOSED, first: 100) {
      nodes {
        id
        title
        kind
        outcome
        closedAt
        funding {
          amount {
            ...MoneyFields
          }
          recipientOrganizationId
          purpose
          periodStart
          periodEnd
          workgroupId
          allocations {
            fundingStreamId
            cents
          }
          tranches {
            plannedOn
            cents
          }
        }
      }
    }
    grants(collaborativeId: $collaborativeId, first: 100) {
      nodes {
        id
        approvingMotionId
      }
    }
    fundingStreams(collaborativeId: $collaborativeId) {
      id
      name
      restricted
      allowedPurposes
      award {
        ...MoneyFields
      }
      totals {
        availableToCommit {
          ...MoneyFields
        }
      }
    }
    organizations(collaborativeId: $collaborativeId) {
      id
      name
      kinds
    }
  }
`);

export const CreateGrantMutation = graphql(`
  mutation CreateGrant($input: CreateGrantInput!) {
    createGrant(input: $input) {
      id
      title
    }
  }
`);
