import { AttendanceStatus } from '@braid/contracts';
import { seatServesOn } from '../meetings/seat-term';
import { expectedVoter } from '../motions/ballots/seat-voter';

/** What the recipient rules need to know about a seat. */
export interface SeatFacts {
  id: string;
  voting: boolean;
  holderUserId: string | null;
  alternateUserId: string | null;
  /** YYYY-MM-DD, inclusive; null when open-ended. */
  termStart: string | null;
  termEnd: string | null;
}

function distinct(ids: readonly (string | null)[]): string[] {
  return [...new Set(ids.filter((id): id is string => !!id))];
}

/**
 * The leadership team on a date: the holders of every seat, voting or not, whose term covers it.
 * A seat whose term ended is no longer at the table, and its former holder is not told.
 */
export function leadershipTeam(seats: readonly SeatFacts[], on: string): string[] {
  return distinct(seats.filter((seat) => seatServesOn(seat, on)).map((seat) => seat.holderUserId));
}

/**
 * Who owes a ballot on a motion that just opened: for each filled voting seat serving on the
 * meeting's date and not recused, the person the ballot rule lets (or will let) cast it
 * (`expectedVoter`: the holder, or the alternate for a holder recorded absent).
 */
export function motionVoters(
  seats: readonly SeatFacts[],
  attendance: ReadonlyMap<string, AttendanceStatus>,
  conflictedSeatIds: ReadonlySet<string>,
  on: string,
): string[] {
  return distinct(
    seats
      .filter((seat) => seat.voting && seat.holderUserId && seatServesOn(seat, on))
      .map((seat) =>
        expectedVoter({
          holderUserId: seat.holderUserId,
          alternateUserId: seat.alternateUserId,
          attendance: attendance.get(seat.id) ?? null,
          conflicted: conflictedSeatIds.has(seat.id),
        }),
      ),
  );
}

/** An action item's owner is reminded this many days before it is due. */
export const DUE_SOON_DAYS = 3;

export type ActionItemReminder =
  { kind: 'ACTION_ITEM_DUE_SOON'; daysLeft: number } | { kind: 'ACTION_ITEM_OVERDUE'; daysLate: number };

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * What an open item's owner is owed today: a reminder from three days before its due date until
 * the day itself, then an overdue notice. A range rather than one exact day, so that a sweep that
 * missed a day (a restart, an outage) still reminds; the dedupe key makes it once per due date.
 */
export function actionItemReminder(dueOn: string, today: string): ActionItemReminder | null {
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft < 0) return { kind: 'ACTION_ITEM_OVERDUE', daysLate: -daysLeft };
  if (daysLeft <= DUE_SOON_DAYS) return { kind: 'ACTION_ITEM_DUE_SOON', daysLeft };
  return null;
}

/** The meeting reminder goes out in the last 24 hours before it starts. */
export const MEETING_REMINDER_MS = 24 * 3_600_000;
