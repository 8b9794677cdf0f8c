/** Vocabulary of grant reports (docs/DOMAIN-GUIDE.md, "Reports and outcomes"), shared by the API and the client. */

/**
 * One version of a partner's report. DRAFT → SUBMITTED (first version) or RESUBMITTED (a later
 * version) → ACCEPTED or CHANGES_REQUESTED. Every state but DRAFT is final for that version:
 * changes come as a new version (see report-lifecycle.ts in @braid/reports).
 */
export enum GrantReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RESUBMITTED = 'RESUBMITTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  ACCEPTED = 'ACCEPTED',
}

/** The parts of a report a requirement can ask for; reviewers comment per section. */
export enum ReportSection {
  NARRATIVE = 'NARRATIVE',
  SPENDING = 'SPENDING',
  METRICS = 'METRICS',
  ATTACHMENTS = 'ATTACHMENTS',
}
