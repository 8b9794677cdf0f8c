import { graphql } from '../../../graphql/generated';

export const BudgetOverviewQuery = graphql(`
  query BudgetOverview($collaborativeId: ID!) {
    budgetOverview(collaborativeId: $collaborativeId) {
      fund {
        currency
        streamCount
        grantCount
        pledged {
          ...MoneyFields
        }
        received {
          ...MoneyFields
        }
        committed {
          ...MoneyFields
        }
        disbursed {
          ...MoneyFields
        }
        cashOnHand {
          ...MoneyFields
        }
        availableToCommit {
          ...MoneyFields
        }
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
        pledged {
          ...MoneyFields
        }
        received {
          ...MoneyFields
        }
        committed {
          ...MoneyFields
        }
        disbursed {
          ...MoneyFields
        }
        cashOnHand {
          ...MoneyFields
        }
        availableToCommit {
          ...MoneyFields
        }
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
