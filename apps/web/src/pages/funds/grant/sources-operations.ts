import { graphql } from '../../../graphql/generated';

export const GrantTraceabilityQuery = graphql(`
  query GrantTraceability($grantId: ID!) {
    grantTraceability(grantId: $grantId) {
      sources {
        fundingStream {
          id
          name
          restricted
          allowedPurposes
          startsOn
          endsOn
          funder {
            id
            name
          }
        }
        awarded {
          ...MoneyFields
        }
        disbursed {
          ...MoneyFields
        }
        remaining {
          ...MoneyFields
        }
      }
    }
  }
`);

export const DisbursementTraceabilityQuery = graphql(`
  query DisbursementTraceability($disbursementId: ID!) {
    disbursementTraceability(disbursementId: $disbursementId) {
      draws {
        fundingStream {
          id
          name
        }
        amount {
          ...MoneyFields
        }
      }
    }
  }
`);
