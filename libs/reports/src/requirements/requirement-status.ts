import { GrantReportStatus } from '@braid/contracts';
import type { Clock } from '@braid/kernel';
import { registerEnumType } from '@nestjs/graphql';

/** Where a requirement stands, as the partner and the fund administrator see it. */
export enum RequirementStatus {
  /** The period is not over yet. */
  UPCOMING = 'UPCOMING',
  /** The period is over; the report is due on or before the due date (a draft may exist). */
  DUE = 'DUE',
  /** Past the due date and nothing submitted (a draft may exist). */
  LATE = 'LATE',
  /** Submitted or resubmitted, waiting for the reviewer. */
  UNDER_REVIEW = 'UNDER_REVIEW',
  /** The reviewer asked for changes; the partner revises (a new version). */
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  ACCEPTED = 'ACCEPTED',
}
registerEnumType(RequirementStatus, { name: 'RequirementStatus' });

/**
 * A requirement's status from its dates, today's date and the state of its reports: the latest
 * submitted version decides once there is one; until then, the calendar does.
 */
export function requirementStatus(
  requirement: { periodEnd: string; dueOn: string },
  latestSubmitted: GrantReportStatus | null,
  today: string,
): RequirementStatus {
  switch (latestSubmitted) {
    case GrantReportStatus.ACCEPTED:
      return RequirementStatus.ACCEPTED;
    case GrantReportStatus.CHANGES_REQUESTED:
      return RequirementStatus.CHANGES_REQUESTED;
    case GrantReportStatus.SUBMITTED:
    case GrantReportStatus.RESUBMITTED:
      return RequirementStatus.UNDER_REVIEW;
    default:
      if (today > requirement.dueOn) return RequirementStatus.LATE;
      if (today > requirement.periodEnd) return RequirementStatus.DUE;
      return RequirementStatus.UPCOMING;
  }
}

/**
 * `requirementStatus` as an SQL expression over a `reporting_requirement` row aliased `alias`, for
 * filtering a list by status in the database (a page filtered after reading would come back short
 * or empty). Today is the parameter `:today` (`todayIso(clock)`), not PostgreSQL's `current_date`, which
 * follows the session's time zone. Same branches in the same order as the function above: the
 * latest non-draft version decides once there is one, then the due date, then the period end.
 * apps/api-e2e/src/reports/requirement-pages.e2e.spec.ts checks that both give the same answer.
 */
export function requirementStatusSql(alias: string): string {
  return `CASE (SELECT report.status FROM grant_report report
                 WHERE report.requirement_id = "${alias}"."id" AND report.status <> 'DRAFT'
                 ORDER BY report.version DESC LIMIT 1)
            WHEN 'ACCEPTED' THEN 'ACCEPTED'
            WHEN 'CHANGES_REQUESTED' THEN 'CHANGES_REQUESTED'
            WHEN 'SUBMITTED' THEN 'UNDER_REVIEW'
            WHEN 'RESUBMITTED' THEN 'UNDER_REVIEW'
            ELSE CASE
              WHEN CAST(:today AS date) > "${alias}"."due_on" THEN 'LATE'
              WHEN CAST(:today AS date) > "${alias}"."period_end" THEN 'DUE'
              ELSE 'UPCOMING'
            END
          END`;
}

/** Statuses that hold a grant's tranches when the collaborative's setting says so. */
export const HOLDING_STATUSES = [RequirementStatus.LATE, RequirementStatus.CHANGES_REQUESTED];

/**
 * Today for reporting, YYYY-MM-DD in UTC: due dates are calendar dates, compared as text. Asked of
 * the injected Clock, never the machine's, so a test (or the reminder sweep) walks the calendar by
 * moving the clock; every reporting rule that needs today reads it here.
 */
export function todayIso(clock: Clock): string {
  return clock.today('UTC');
}
