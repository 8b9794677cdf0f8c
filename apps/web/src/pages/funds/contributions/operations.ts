import { graphql } from '../../../graphql/generated';

export const FundingStreamsQuery = graphql(`
  query FundingStreams($collaborativeId: ID!) {
    fundingStreams(collaborativeId: $collaborativeId) {
      id
      name
      kind
      restricted
      allowedPurposes
      startsOn
      endsOn
      award {
        ...MoneyFields
      }
      funder {
        id
        name
      }
      totals {
        pledged {
          ...MoneyFields
        }
        received {
          ...MoneyFields
        }
        cashOnHand {
          ...MoneyFields
        }
        availableToCommit {
          ...MoneyFields
        }
      }
      contributions {
        id
        status
        pledgedOn
        memo
        pledged {
          ...MoneyFields
        }
        received {
          ...MoneyFields
        }
        writtenOff {
          ...MoneyFields
        }
        outstanding {
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

export const CreateFundingStreamMutation = graphql(`
  mutation CreateFundingStream($input: CreateFundingStreamInput!) {
    createFundingStream(input: $input) {
      id
      name
    }
  }
`);

export const RecordContributionMutation = graphql(`
  mutation RecordContribution($input: RecordContributionInput!) {
    recordContribution(input: $input) {
      id
      status
    }
  }
`);

export const RecordContributionReceiptMutation = graphql(`
  mutation RecordContributionReceipt($input: RecordContributionReceiptInput!) {
    recordContributionReceipt(input: $input) {
      id
      status
      received {
        ...MoneyFields
      }
      outstanding {
        ...MoneyFields
      }
    }
  }
`);

export const WriteOffContributionMutation = graphql(`
  mutation WriteOffContribution($input: WriteOffContributionInput!) {
    writeOffContribution(input: $input) {
      id
      status
      writtenOff {
        ...MoneyFields
      }
      outstanding {
        ...MoneyFields
      }
    }
  }
`);

/** Everything that shows a balance, refreshed after money moves. */
export const BALANCE_QUERIES = [
  'FundingStreams',
  'BudgetOverview',
  'FundSummary',
  'Grants',
  'GrantDetail',
  // Where each dollar went: a grant's sources, a tranche's draws, a funder's streams and grants.
  'GrantTraceability',
  'DisbursementTraceability',
  'FunderTraceability',
];
