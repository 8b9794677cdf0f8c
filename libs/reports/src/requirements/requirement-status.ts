import { GrantReportStatus } from '@braid/contracts';
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

/** Statuses that hold a grant's tranches when the collaborative's setting says so. */
export const HOLDING_STATUSES = [RequirementStatus.LATE, RequirementStatus.CHANGES_REQUESTED];

/** Today in UTC, YYYY-MM-DD: due dates are calendar dates, compared as text. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
