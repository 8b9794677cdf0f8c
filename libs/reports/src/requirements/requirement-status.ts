import { GrantReportStatus } from '@braid/contracts';
import { collaborativeTodaySql, localDate } from '@braid/kernel';
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
 * Today for reporting: the date of `now` (the Clock's, `clock.now()`) on the collaborative's own
 * calendar (its time zone), YYYY-MM-DD. Due dates are calendar dates of the collaborative: a report
 * due March 9 in Los Angeles is not late while it is still March 9 there, whatever UTC says. Every
 * reporting rule that needs today reads it here (in SQL: `requirementTodaySql`).
 */
export function requirementToday(now: Date, timeZone: string): string {
  return localDate(now, timeZone);
}

/**
 * A requirement's status from its dates, the instant and the collaborative's time zone, and the
 * state of its reports: the latest submitted version decides once there is one; until then, the
 * collaborative's calendar does.
 */
export function requirementStatus(
  requirement: { periodEnd: string; dueOn: string },
  latestSubmitted: GrantReportStatus | null,
  now: Date,
  timeZone: string,
): RequirementStatus {
  const today = requirementToday(now, timeZone);
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
 * `requirementToday` as an SQL date for a `reporting_requirement` row aliased `alias`: the
 * parameter `:requirementNow` (`requirementNow(clock.now())`) read in the row's collaborative's
 * time zone, never PostgreSQL's `current_date` (the session's zone).
 */
export function requirementTodaySql(alias: string): string {
  return collaborativeTodaySql(':requirementNow', `"${alias}"."collaborative_id"`);
}

/** The parameters `requirementTodaySql` and `requirementStatusSql` read. */
export function requirementNow(now: Date): { requirementNow: string } {
  return { requirementNow: now.toISOString() };
}

/**
 * `requirementStatus` as an SQL expression over a `reporting_requirement` row aliased `alias`, for
 * filtering a list by status in the database (a page filtered after reading would come back short
 * or empty). Binds `requirementNow(clock.now())`. Same branches in the same order as the function
 * above: the latest non-draft version decides once there is one, then the due date, then the
 * period end, on the collaborative's calendar.
 * apps/api-e2e/src/reports/requirement-pages.e2e.spec.ts checks that both give the same answer.
 */
export function requirementStatusSql(alias: string): string {
  const today = requirementTodaySql(alias);
  return `CASE (SELECT report.status FROM grant_report report
                 WHERE report.requirement_id = "${alias}"."id" AND report.status <> 'DRAFT'
                 ORDER BY report.version DESC LIMIT 1)
            WHEN 'ACCEPTED' THEN 'ACCEPTED'
            WHEN 'CHANGES_REQUESTED' THEN 'CHANGES_REQUESTED'
            WHEN 'SUBMITTED' THEN 'UNDER_REVIEW'
            WHEN 'RESUBMITTED' THEN 'UNDER_REVIEW'
            ELSE CASE
              WHEN ${today} > "${alias}"."due_on" THEN 'LATE'
              WHEN ${today} > "${alias}"."period_end" THEN 'DUE'
              ELSE 'UPCOMING'
            END
          END`;
}

/** Statuses that hold a grant's tranches when the collaborative's setting says so. */
export const HOLDING_STATUSES = [RequirementStatus.LATE, RequirementStatus.CHANGES_REQUESTED];
