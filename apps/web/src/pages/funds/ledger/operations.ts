import { graphql } from '../../../graphql/generated';

/**
 * The fund's ledger, newest transaction first, each with its postings and the account each posts
 * to, named by its stream, grant or partner (the API reads those names in one query per page).
 */
export const LedgerTransactionsQuery = graphql(`
  query LedgerTransactions(
    $collaborativeId: ID!
    $first: Int!
    $after: String
    $source: LedgerSource
    $grantId: ID
    $fundingStreamId: ID
    $postedFrom: DateTime
    $postedBefore: DateTime
  ) {
    ledgerTransactions(
      collaborativeId: $collaborativeId
      first: $first
      after: $after
      source: $source
      grantId: $grantId
      fundingStreamId: $fundingStreamId
      postedFrom: $postedFrom
      postedBefore: $postedBefore
    ) {
      nodes {
        id
        source
        memo
        memoParts {
          kind
          grantTitle
          motionTitle
          trancheNumber
        }
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
            fundingStream {
              id
              name
            }
            grant {
              id
              title
            }
            organization {
              id
              name
            }
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

/** The streams to filter the ledger by. */
export const LedgerStreamsQuery = graphql(`
  query LedgerStreams($collaborativeId: ID!) {
    fundingStreams(collaborativeId: $collaborativeId) {
      id
      name
    }
  }
`);
