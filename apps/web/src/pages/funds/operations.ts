import { graphql } from '../../graphql/generated';

/** Money as the API sends it: whole cents as a decimal string, and the currency. */
export const MoneyFieldsFragment = graphql(`
  fragment MoneyFields on Money {
    cents
    currency
  }
`);

/**
 * The six figures of the fund and of each stream (FundFigures shows them). Two fragments with one
 * body, because the API has two types with these fields and no interface over them.
 */
export const FundTotalsFiguresFragment = graphql(`
  fragment FundTotalsFigures on FundTotals {
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
`);

export const StreamBudgetFiguresFragment = graphql(`
  fragment StreamBudgetFigures on StreamBudget {
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
`);

/** The fund's totals, which every member may read (observers and partners included). */
export const FundSummaryQuery = graphql(`
  query FundSummary($collaborativeId: ID!) {
    fundSummary(collaborativeId: $collaborativeId) {
      collaborativeId
      totals {
        currency
        streamCount
        grantCount
        ...FundTotalsFigures
      }
    }
  }
`);

export const GrantRowFragment = graphql(`
  fragment GrantRow on Grant {
    id
    title
    purpose
    periodStart
    periodEnd
    recipientOrganizationId
    recipient {
      id
      name
    }
    amount {
      ...MoneyFields
    }
    totals {
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
`);

/** Grants the caller may read: the API filters (a partner contact sees its organization's only). */
export const GrantsQuery = graphql(`
  query Grants($collaborativeId: ID!, $first: Int!, $after: String) {
    grants(collaborativeId: $collaborativeId, first: $first, after: $after) {
      nodes {
        ...GrantRow
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
