import { graphql } from '../../../graphql/generated';

export const FunderTraceabilityQuery = graphql(`
  query FunderTraceability($organizationId: ID!) {
    funderTraceability(organizationId: $organizationId) {
      funder {
        id
        name
      }
      streams {
        fundingStream {
          id
          name
          kind
          restricted
          allowedPurposes
          startsOn
          endsOn
        }
        ...StreamBudgetFigures
      }
      grants {
        grant {
          id
          title
          recipient {
            id
            name
          }
        }
        fundingStream {
          id
          name
        }
        awarded {
          ...MoneyFields
        }
        disbursed {
          ...MoneyFields
        }
      }
    }
  }
`);
