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
        releasePreview {
          ...ReleasePreviewFields
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

/**
 * What releasing a scheduled tranche would do now (null for readers who may not release it): the
 * holds the release would refuse it for, and what each of the grant's streams would pay and keep.
 */
export const ReleasePreviewFieldsFragment = graphql(`
  fragment ReleasePreviewFields on ReleasePreview {
    holds {
      hold
      periodStart
      periodEnd
      dueOn
    }
    shortfall {
      ...MoneyFields
    }
    draws {
      fundingStream {
        id
        name
      }
      cashNow {
        ...MoneyFields
      }
      draw {
        ...MoneyFields
      }
      cashAfter {
        ...MoneyFields
      }
    }
  }
`);

/** Read again when the release dialog opens: the grant page may have been open a while. */
export const ReleasePreviewQuery = graphql(`
  query ReleasePreview($id: ID!) {
    disbursement(id: $id) {
      id
      releasePreview {
        ...ReleasePreviewFields
      }
    }
  }
`);
