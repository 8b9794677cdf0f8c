import { graphql } from '../../../graphql/generated';

/** The fund's ledger, newest transaction first, each with its postings and the kind of account. */
export const LedgerTransactionsQuery = graphql(`
  query LedgerTransactions(
    $collaborativeId: ID!
    $first: Int!
    $after: String
    $source: LedgerSource
    $grantId: ID
  ) {
    ledgerTransactions(
      collaborativeId: $collaborativeId
      first: $first
      after: $after
      source: $source
      grantId: $grantId
    ) {
      nodes {
        id
        source
        memo
        postedAt
        postedByName
        entries {
          id
          amount {
            ...MoneyFields
          }
          account {
            id
            kind
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
