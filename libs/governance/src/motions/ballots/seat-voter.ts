import { AttendanceStatus } from '@braid/contracts';

/**
 * Where a seat's attendance lets its holder vote (in the room or remote), and where it lets its
 * alternate vote instead (the holder absent, the alternate sitting). Read by the ballot service
 * before a cast, by the notices when a motion opens, and in SQL by My work.
 */
export const HOLDER_SEATED: readonly AttendanceStatus[] = [AttendanceStatus.PRESENT, AttendanceStatus.REMOTE];
export const ALTERNATE_SEATED: readonly AttendanceStatus[] = [AttendanceStatus.ALTERNATE_PRESENT];

/**
 * The governance rule of who casts a seat's ballot (libs/governance README, "Who may do what"):
 * the holder when the seat is recorded PRESENT or REMOTE, the alternate only while attendance
 * says ALTERNATE_PRESENT (the holder absent). Conflicted seats vote not at all (checked before).
 */
export function maySeatVote(attendance: AttendanceStatus | null, byAlternate: boolean): boolean {
  if (attendance === null) return false;
  return (byAlternate ? ALTERNATE_SEATED : HOLDER_SEATED).includes(attendance);
}

export interface SeatVoterFacts {
  holderUserId: string | null;
  alternateUserId: string | null;
  /** The seat's attendance at the motion's meeting; null while nobody recorded it. */
  attendance: AttendanceStatus | null;
  conflicted: boolean;
}

/**
 * Who is expected to cast a seat's ballot once a motion opens, by the same rule as `maySeatVote`:
 * whoever may vote now, and otherwise whoever still could — the holder while their attendance is
 * not yet recorded, the alternate when the holder is recorded absent (the chair then seats the
 * alternate). A conflicted seat recuses: nobody owes its vote.
 */
export function expectedVoter(seat: SeatVoterFacts): string | null {
  if (seat.conflicted) return null;
  if (maySeatVote(seat.attendance, false)) return seat.holderUserId;
  if (maySeatVote(seat.attendance, true)) return seat.alternateUserId;
  if (seat.attendance === null) return seat.holderUserId;
  if (seat.attendance === AttendanceStatus.ABSENT) return seat.alternateUserId;
  return null;
}
