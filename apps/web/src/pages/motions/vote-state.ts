import type { AttendanceStatus, BallotChoice, MotionStatus } from '../../graphql/generated/graphql';

export interface VoterSeat {
  id: string;
  name: string;
  voting: boolean;
  holderUserId: string | null;
  alternateUserId: string | null;
}

/** A secret ballot's receipt as this device kept it: the API cannot give it again. */
export interface KeptReceipt {
  receipt: string;
  choice: BallotChoice;
}

export interface VoteFacts {
  userId: string;
  motion: { status: MotionStatus; secret: boolean };
  seats: readonly VoterSeat[];
  attendance: readonly { seatId: string | null; status: AttendanceStatus }[];
  conflicts: readonly { seatId: string; reason: string }[];
  ballots: readonly { seatId: string; choice: BallotChoice | null }[];
  receipts: Readonly<Record<string, KeptReceipt | undefined>>;
}

/**
 * Why a seat may or may not vote now, in the order the API checks it (libs/governance README,
 * "Who may do what" and "Recusal"): the client explains instead of offering a button that fails.
 */
export type SeatVoteState =
  | 'can-vote'
  | 'not-open'
  | 'closed'
  | 'recused'
  | 'not-seated'
  /** A secret ballot was cast, but this device has no receipt: it cannot be changed (as on paper). */
  | 'receipt-missing';

export interface SeatVote {
  seatId: string;
  seatName: string;
  /** Voting as the seat's alternate, the holder being absent. */
  asAlternate: boolean;
  state: SeatVoteState;
  /** The seat's current choice, as far as this voter can know it. */
  current: BallotChoice | null;
  voted: boolean;
  receipt: string | null;
  conflictReason: string | null;
}

/** The voting seats this person speaks for (holder first), and what each may do on this motion. */
export function seatVotes(facts: VoteFacts): SeatVote[] {
  const mine = facts.seats.filter(
    (seat) => seat.voting && (seat.holderUserId === facts.userId || seat.alternateUserId === facts.userId),
  );
  return mine
    .map((seat): SeatVote => {
      const asAlternate = seat.holderUserId !== facts.userId;
      const conflict = facts.conflicts.find((candidate) => candidate.seatId === seat.id) ?? null;
      const ballot = facts.ballots.find((candidate) => candidate.seatId === seat.id) ?? null;
      const kept = facts.receipts[seat.id] ?? null;
      const attendance = facts.attendance.find((entry) => entry.seatId === seat.id)?.status ?? null;
      const seated = asAlternate
        ? attendance === 'ALTERNATE_PRESENT'
        : attendance === 'PRESENT' || attendance === 'REMOTE';
      const voted = ballot !== null;
      const current = facts.motion.secret
        ? voted
          ? (kept?.choice ?? null)
          : null
        : (ballot?.choice ?? null);

      let state: SeatVoteState;
      if (facts.motion.status === 'DRAFT') state = 'not-open';
      else if (facts.motion.status !== 'OPEN') state = 'closed';
      else if (conflict) state = 'recused';
      else if (!seated) state = 'not-seated';
      else if (facts.motion.secret && voted && !kept) state = 'receipt-missing';
      else state = 'can-vote';

      return {
        seatId: seat.id,
        seatName: seat.name,
        asAlternate,
        state,
        current,
        voted,
        receipt: facts.motion.secret && voted ? (kept?.receipt ?? null) : null,
        conflictReason: conflict?.reason ?? null,
      };
    })
    .sort((a, b) => Number(a.asAlternate) - Number(b.asAlternate));
}

const RECEIPT_KEY = (motionId: string, seatId: string) => `braid.ballotReceipt.${motionId}.${seatId}`;

/**
 * Secret-ballot receipts live only on the voter's device, for the motion's duration: Braid keeps no
 * copy, and without it the ballot cannot be changed or withdrawn.
 */
export const receiptStore = {
  read(motionId: string, seatIds: readonly string[]): Record<string, KeptReceipt | undefined> {
    const kept: Record<string, KeptReceipt | undefined> = {};
    for (const seatId of seatIds) {
      try {
        const raw = window.localStorage.getItem(RECEIPT_KEY(motionId, seatId));
        if (raw) kept[seatId] = JSON.parse(raw) as KeptReceipt;
      } catch {
        // Unreadable storage: treat as no receipt; the voter is told the ballot cannot change.
      }
    }
    return kept;
  },
  keep(motionId: string, seatId: string, receipt: KeptReceipt): void {
    window.localStorage.setItem(RECEIPT_KEY(motionId, seatId), JSON.stringify(receipt));
  },
  forget(motionId: string, seatId: string): void {
    window.localStorage.removeItem(RECEIPT_KEY(motionId, seatId));
  },
};
