/**
 * What Braid tells a person, and the figures each message carries. A domain says *that* something
 * happened (a kind, its figures, who still owes the action); the notifications library words it in
 * the recipient's language, for the inbox and for email. Figures are data, never prose: amounts as
 * whole cents in decimal strings beside a `currency`, dates as YYYY-MM-DD, instants as ISO 8601,
 * names as stored.
 */
import type { DisbursementHoldFigure } from './errors';

/** What a person chooses how to hear about (preferences are per category). */
export enum NotificationCategory {
  VOTES = 'VOTES',
  ACTION_ITEMS = 'ACTION_ITEMS',
  MEETINGS = 'MEETINGS',
  MINUTES = 'MINUTES',
  GRANTS = 'GRANTS',
  REPORTS = 'REPORTS',
  FUNDS = 'FUNDS',
}

/** How a person hears about a category by email. */
export enum EmailDelivery {
  IMMEDIATELY = 'IMMEDIATELY',
  DAILY_DIGEST = 'DAILY_DIGEST',
  NEVER = 'NEVER',
}

export interface NotificationFigures {
  /** A motion opened for a vote; sent to the voting seats that may cast a ballot. */
  MOTION_OPENED: { motionTitle: string; meetingTitle: string | null; number: number | null };
  /** A motion closed; sent to the leadership team. */
  MOTION_CLOSED: {
    motionTitle: string;
    outcome: 'PASSED' | 'FAILED';
    /** The motion failed for want of a quorum (outcome FAILED): the counts were never weighed. */
    noQuorum?: boolean;
    yes: number;
    no: number;
    abstain: number;
  };
  ACTION_ITEM_ASSIGNED: { title: string; workgroupName: string; dueOn: string | null };
  ACTION_ITEM_DUE_SOON: { title: string; workgroupName: string; dueOn: string; daysLeft: number };
  ACTION_ITEM_OVERDUE: { title: string; workgroupName: string; dueOn: string; daysLate: number };
  /** To the workgroup's leads, once per item and due date: someone else's item is now overdue. */
  ACTION_ITEMS_OVERDUE_FOR_LEAD: {
    title: string;
    workgroupName: string;
    ownerName: string;
    dueOn: string;
    daysLate: number;
  };
  MEETING_SCHEDULED: { meetingTitle: string; startsAt: string; location: string | null };
  MEETING_MOVED: {
    meetingTitle: string;
    startsAt: string;
    previousStartsAt: string;
    location: string | null;
  };
  MEETING_CANCELLED: { meetingTitle: string; startsAt: string };
  /** 24 hours before a meeting, with its agenda. */
  MEETING_TOMORROW: { meetingTitle: string; startsAt: string; location: string | null; agenda: string[] };
  MINUTES_CIRCULATED: { meetingTitle: string; meetingStartsAt: string };
  GRANT_AWARDED: { grantTitle: string; amountCents: string; currency: string };
  TRANCHE_RELEASED: { grantTitle: string; amountCents: string; currency: string };
  /**
   * A tranche's planned date came and a hold keeps it back: `reason` in English (as the ledger's
   * history says it), `holds` as figures to word it in the reader's language.
   */
  TRANCHE_HELD: {
    grantTitle: string;
    amountCents: string;
    currency: string;
    reason: string;
    plannedOn: string;
    holds: DisbursementHoldFigure[];
  };
  REPORT_DUE_SOON: {
    grantTitle: string;
    periodStart: string;
    periodEnd: string;
    dueOn: string;
    daysLeft: number;
  };
  /** Late: to the partner, with what is held until the report is accepted. */
  REPORT_LATE: {
    grantTitle: string;
    dueOn: string;
    daysLate: number;
    heldCents: string | null;
    currency: string | null;
  };
  /** Late: to the fund administrator. */
  REPORT_LATE_FOR_FUND: { grantTitle: string; organizationName: string; dueOn: string; daysLate: number };
  REPORT_CHANGES_REQUESTED: { grantTitle: string; periodEnd: string; note: string };
  REPORT_ACCEPTED: { grantTitle: string; periodEnd: string };
  PLEDGE_BEHIND: {
    contributorName: string;
    streamName: string;
    expectedCents: string;
    receivedCents: string;
    currency: string;
    asOf: string;
  };
  STREAM_ENDING: {
    streamName: string;
    endsOn: string;
    daysLeft: number;
    uncommittedCents: string;
    currency: string;
  };
}

export type NotificationKind = keyof NotificationFigures;

export const NOTIFICATION_CATEGORY: { readonly [K in NotificationKind]: NotificationCategory } = {
  MOTION_OPENED: NotificationCategory.VOTES,
  MOTION_CLOSED: NotificationCategory.VOTES,
  ACTION_ITEM_ASSIGNED: NotificationCategory.ACTION_ITEMS,
  ACTION_ITEM_DUE_SOON: NotificationCategory.ACTION_ITEMS,
  ACTION_ITEM_OVERDUE: NotificationCategory.ACTION_ITEMS,
  ACTION_ITEMS_OVERDUE_FOR_LEAD: NotificationCategory.ACTION_ITEMS,
  MEETING_SCHEDULED: NotificationCategory.MEETINGS,
  MEETING_MOVED: NotificationCategory.MEETINGS,
  MEETING_CANCELLED: NotificationCategory.MEETINGS,
  MEETING_TOMORROW: NotificationCategory.MEETINGS,
  MINUTES_CIRCULATED: NotificationCategory.MINUTES,
  GRANT_AWARDED: NotificationCategory.GRANTS,
  TRANCHE_RELEASED: NotificationCategory.GRANTS,
  TRANCHE_HELD: NotificationCategory.GRANTS,
  REPORT_DUE_SOON: NotificationCategory.REPORTS,
  REPORT_LATE: NotificationCategory.REPORTS,
  REPORT_LATE_FOR_FUND: NotificationCategory.REPORTS,
  REPORT_CHANGES_REQUESTED: NotificationCategory.REPORTS,
  REPORT_ACCEPTED: NotificationCategory.REPORTS,
  PLEDGE_BEHIND: NotificationCategory.FUNDS,
  STREAM_ENDING: NotificationCategory.FUNDS,
};

export const NOTIFICATION_KINDS = Object.keys(NOTIFICATION_CATEGORY) as NotificationKind[];

/**
 * Emails about a person's account: sent at once, whatever the preferences, never stored in an
 * inbox (their links carry secrets), never with an unsubscribe link.
 */
export interface AccountEmailFigures {
  INVITATION: { collaborativeName: string; invitedByName: string; expiresAt: string };
  PASSWORD_RESET: { expiresMinutes: number };
}

export type AccountEmailKind = keyof AccountEmailFigures;
