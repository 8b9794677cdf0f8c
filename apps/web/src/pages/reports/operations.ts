import { graphql } from '../../graphql/generated';

export const ReportingRequirementsQuery = graphql(`
  query ReportingRequirements(
    $collaborativeId: ID!
    $statuses: [RequirementStatus!]
    $first: Int!
    $after: String
  ) {
    reportingRequirements(
      collaborativeId: $collaborativeId
      statuses: $statuses
      first: $first
      after: $after
    ) {
      nodes {
        id
        grantId
        sequence
        covers
        periodStart
        periodEnd
        dueOn
        status
        grant {
          id
          title
          recipient {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const GrantReportFieldsFragment = graphql(`
  fragment GrantReportFields on GrantReport {
    id
    requirementId
    status
    version
    revision
    narrative
    submittedAt
    grant {
      id
      title
      amount {
        cents
        currency
      }
    }
    metricValues {
      metricId
      value
      note
    }
    spending {
      id
      budgetLine
      note
      position
      amount {
        cents
        currency
      }
    }
    attachments {
      id
      fileName
      contentType
      sizeBytes
      downloadUrl
    }
    reviews {
      id
      decision
      reviewerName
      createdAt
      comments {
        section
        comment
      }
    }
  }
`);

export const ReportingRequirementQuery = graphql(`
  query ReportingRequirement($id: ID!) {
    reportingRequirement(id: $id) {
      id
      collaborativeId
      recipientOrganizationId
      grantId
      sequence
      covers
      periodStart
      periodEnd
      dueOn
      status
      requiredSections
      grant {
        id
        title
        recipient {
          id
          name
        }
      }
      metricTargets {
        metricId
        target
        metric {
          id
          name
          unit
        }
      }
      reports {
        ...GrantReportFields
      }
    }
  }
`);

export const StartGrantReportMutation = graphql(`
  mutation StartGrantReport($requirementId: ID!) {
    startGrantReport(requirementId: $requirementId) {
      ...GrantReportFields
    }
  }
`);

export const SaveGrantReportDraftMutation = graphql(`
  mutation SaveGrantReportDraft($input: SaveGrantReportDraftInput!) {
    saveGrantReportDraft(input: $input) {
      id
      revision
    }
  }
`);

export const SubmitGrantReportMutation = graphql(`
  mutation SubmitGrantReport($input: SubmitGrantReportInput!) {
    submitGrantReport(input: $input) {
      ...GrantReportFields
    }
  }
`);

export const RemoveReportAttachmentMutation = graphql(`
  mutation RemoveReportAttachment($attachmentId: ID!) {
    removeReportAttachment(attachmentId: $attachmentId) {
      id
      attachments {
        id
      }
    }
  }
`);

export const ReviewGrantReportMutation = graphql(`
  mutation ReviewGrantReport($input: ReviewGrantReportInput!) {
    reviewGrantReport(input: $input) {
      ...GrantReportFields
    }
  }
`);

export const OutcomeSummaryQuery = graphql(`
  query OutcomeSummary($collaborativeId: ID!) {
    outcomeRollup(collaborativeId: $collaborativeId) {
      collaborativeId
      metrics {
        metricId
        name
        unit
        target
        actual
        percentAchieved
        grantCount
      }
    }
    funderOutcomes(collaborativeId: $collaborativeId) {
      funderOrganizationId
      funderName
      grantCount
      committed {
        cents
        currency
      }
      disbursed {
        cents
        currency
      }
      metrics {
        metricId
        name
        unit
        target
        actual
        percentAchieved
      }
    }
  }
`);
