import { FundingPlanProblem } from '@braid/contracts';
import { BadInputError, ConflictError, ForbiddenError } from '@braid/kernel';

/** A lifecycle refused a move its transition table does not allow. */
export class IllegalTransition extends ConflictError {
  constructor(subject: string, from: string, to: string) {
    super(`A ${subject} cannot go from ${from} to ${to}.`, { from, to });
  }
}

export class NotAnActiveMember extends BadInputError {
  constructor(field: string) {
    super('That person is not an active member of this collaborative.', [
      { field, messages: ['is not a member'] },
    ]);
  }
}

export class NotAWorkgroupMember extends BadInputError {
  constructor(field: string) {
    super('An action item is owned by a member of its workgroup.', [
      { field, messages: ['is not in the workgroup'] },
    ]);
  }
}

export class OnlyLeadsReassign extends ForbiddenError {
  constructor() {
    super("Only the workgroup's lead can retitle, reassign or reschedule an action item.");
  }
}

export class MeetingNotInProgress extends ConflictError {
  constructor(status: string) {
    super(`The meeting is ${status.toLowerCase()}, not in progress.`, { status });
  }
}

export class MeetingClosedForChanges extends ConflictError {
  constructor(status: string) {
    super(`The meeting is ${status.toLowerCase()}; its agenda and attendance can no longer change.`, {
      status,
    });
  }
}

export class MotionsStillOpen extends ConflictError {
  constructor(count: number) {
    super(`${count} motion(s) are still open; close or withdraw them before adjourning.`, {
      openMotions: count,
    });
  }
}

export class AttendanceNotApplicable extends BadInputError {
  constructor(message: string, field = 'entries') {
    super(message, [{ field, messages: [message] }]);
  }
}

export class AgendaMotionElsewhere extends BadInputError {
  constructor() {
    super('An agenda item can only link a motion of the same meeting.', [
      { field: 'items.motionId', messages: ['belongs to another meeting'] },
    ]);
  }
}

/** Approved minutes are the record: they never change; a correction is a new version. */
export class MinutesApproved extends ConflictError {
  constructor() {
    super('These minutes are approved and can no longer change; correct them with a new version.');
  }
}

export class MinutesUnderVote extends ConflictError {
  constructor() {
    super('A motion to approve these minutes is open; they cannot change while they are voted on.');
  }
}

export class MinutesAlreadyExist extends ConflictError {
  constructor() {
    super('This meeting already has minutes; edit them, or correct the approved version.');
  }
}

export class MinutesNotApprovable extends BadInputError {
  constructor(message: string) {
    super(message, [{ field: 'minutesId', messages: [message] }]);
  }
}

export class NotALeadershipMeeting extends BadInputError {
  constructor() {
    super('Motions are moved at leadership team meetings, not workgroup meetings.', [
      { field: 'meetingId', messages: ['is a workgroup meeting'] },
    ]);
  }
}

export class FundingProposalInvalid extends BadInputError {
  constructor(field: string, message: string) {
    super(message, [{ field, messages: [message] }]);
  }
}

/** Problems as the client reads them: a reason and figures per stream (cents as strings). */
const problemDetails = (problems: FundingPlanProblem[]) =>
  problems.map(({ reason, fundingStreamId, streamName, requestedCents, availableCents }) => ({
    reason,
    fundingStreamId,
    streamName,
    requestedCents,
    availableCents,
  }));

/** The fund could not honour the plan of a FUNDING motion being moved: nothing is moved. */
export class FundingPlanUnfundable extends BadInputError {
  constructor(problems: FundingPlanProblem[]) {
    const message = problems.map((problem) => problem.message).join(' ');
    super(message, [{ field: 'funding.allocations', messages: problems.map((problem) => problem.message) }]);
    this.extensions['reason'] = 'FUNDING_PLAN_UNFUNDABLE';
    this.extensions['problems'] = problemDetails(problems);
  }
}

/**
 * The fund could no longer honour a FUNDING motion when its vote opens or would pass (money
 * committed elsewhere, a stream restricted since): the vote does not open, or does not close as
 * passed, so the board never passes a grant the fund would refuse. The motion page lists the
 * problems (`funding.problems`); the motion can be withdrawn, or closed once the money is there.
 */
export class FundingPlanNoLongerHolds extends ConflictError {
  constructor(problems: FundingPlanProblem[], when: 'open' | 'close') {
    super(
      `The fund could not honour this motion as it stands: ${problems.map((p) => p.message).join(' ')} ` +
        (when === 'open'
          ? 'Amend it before the vote.'
          : 'The vote stays open; withdraw the motion or close it once the money is there.'),
      { reason: 'FUNDING_PLAN_NO_LONGER_HOLDS', problems: problemDetails(problems) },
    );
  }
}

export class MotionNotOpen extends ConflictError {
  constructor(status: string) {
    super(`The motion is ${status.toLowerCase()}; ballots can only be cast while it is open.`, { status });
  }
}

/** DOMAIN.md: a conflicted seat must recuse; it cannot vote on that motion. */
export class SeatConflicted extends ForbiddenError {
  constructor(seatName: string, reason: string) {
    super(`The seat "${seatName}" is conflicted on this motion (${reason}) and must recuse.`, {
      conflict: reason,
    });
  }
}

/** DOMAIN.md: an alternate votes only when the primary is absent. */
export class AlternateNotSeated extends ForbiddenError {
  constructor(seatName: string) {
    super(
      `You are the alternate for "${seatName}", and its holder is not recorded absent with the alternate sitting at this meeting.`,
    );
  }
}

export class SeatNotPresent extends ForbiddenError {
  constructor(seatName: string) {
    super(`The seat "${seatName}" is not recorded present at this meeting; only seats present vote.`);
  }
}

export class NotAVotingSeat extends ForbiddenError {
  constructor(message = 'You hold no voting seat that can vote on this motion.') {
    super(message);
  }
}

export class SecretBallotReceiptRequired extends ConflictError {
  constructor() {
    super(
      'This seat has already voted on a secret motion. Present the ballot receipt you were given to change (or withdraw) that ballot: Braid keeps no record of which choice was yours.',
    );
  }
}

export class SecretBallotReceiptInvalid extends BadInputError {
  constructor() {
    super('That ballot receipt is not this seat’s current receipt for this motion.', [
      { field: 'receipt', messages: ['is not valid for this ballot'] },
    ]);
  }
}

export class AlreadyConflicted extends ConflictError {
  constructor() {
    super('A conflict is already recorded for this seat on this motion.');
  }
}
