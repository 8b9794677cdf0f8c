import { graphql } from '../../../graphql/generated';

export const BudgetOverviewQuery = graphql(`
  query BudgetOverview($collaborativeId: ID!) {
    budgetOverview(collaborativeId: $collaborativeId) {
      fund {
        currency
        streamCount
        grantCount
        ...FundTotalsFigures
      }
      streams {
        fundingStream {
          id
          name
          kind
          restricted
          allowedPurposes
          endsOn
          funder {
            id
            name
          }
        }
        ...StreamBudgetFigures
      }
      grants {
        grant {
          id
          title
          purpose
          recipient {
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
