import { graphql } from '../../../graphql/generated';

export const GrantDetailQuery = graphql(`
  query GrantDetail($id: ID!) {
    grant(id: $id) {
      ...GrantRow
      collaborativeId
      origin
      allocations {
        id
        fundingStreamId
        amount {
          ...MoneyFields
        }
        fundingStream {
          id
          name
          totals {
            cashOnHand {
              ...MoneyFields
            }
          }
        }
      }
      disbursements {
        id
        sequence
        status
        plannedOn
        releasedAt
        releaseTransactionId
        paidAt
        recipientOrganizationId
        amount {
          ...MoneyFields
        }
      }
      reportingSchedule {
        dueOn
        covers
      }
      metricTargets {
        name
        target
        period
      }
    }
  }
`);

export const ReleaseDisbursementMutation = graphql(`
  mutation ReleaseDisbursement($input: ReleaseDisbursementInput!) {
    releaseDisbursement(input: $input) {
      id
      status
      releasedAt
    }
  }
`);

export const MarkDisbursementPaidMutation = graphql(`
  mutation MarkDisbursementPaid($input: MarkDisbursementPaidInput!) {
    markDisbursementPaid(input: $input) {
      id
      status
      paidAt
    }
  }
`);

export const CancelDisbursementMutation = graphql(`
  mutation CancelDisbursement($input: CancelDisbursementInput!) {
    cancelDisbursement(input: $input) {
      id
      status
    }
  }
`);

export const ReverseReleaseMutation = graphql(`
  mutation ReverseRelease($input: ReverseLedgerTransactionInput!) {
    reverseLedgerTransaction(input: $input) {
      id
    }
  }
`);
