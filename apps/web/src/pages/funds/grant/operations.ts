import { graphql } from '../../../graphql/generated';

export const GrantDetailQuery = graphql(`
  query GrantDetail($id: ID!) {
    grant(id: $id) {
      ...GrantRow
      collaborativeId
      origin
      approvingMotionId
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
      reportingRequirements {
        ...GrantRequirement
      }
      reportingMetrics {
        ...GrantMetricTarget
      }
    }
  }
`);

export const GrantRequirementFragment = graphql(`
  fragment GrantRequirement on ReportingRequirement {
    id
    sequence
    covers
    periodStart
    periodEnd
    dueOn
    status
    requiredSections
    recipientOrganizationId
  }
`);

export const GrantMetricTargetFragment = graphql(`
  fragment GrantMetricTarget on GrantMetric {
    id
    metricId
    target
    yearTargets
    metric {
      id
      name
      unit
    }
  }
`);

export const UpdateReportingRequirementMutation = graphql(`
  mutation UpdateReportingRequirement($input: UpdateReportingRequirementInput!) {
    updateReportingRequirement(input: $input) {
      ...GrantRequirement
    }
  }
`);

export const MetricCatalogueQuery = graphql(`
  query MetricCatalogue($collaborativeId: ID!) {
    metrics(collaborativeId: $collaborativeId) {
      id
      name
      unit
    }
  }
`);

export const CreateMetricMutation = graphql(`
  mutation CreateMetric($input: CreateMetricInput!) {
    createMetric(input: $input) {
      id
      name
      unit
    }
  }
`);

export const SetGrantMetricMutation = graphql(`
  mutation SetGrantMetric($input: SetGrantMetricInput!) {
    setGrantMetric(input: $input) {
      ...GrantMetricTarget
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
