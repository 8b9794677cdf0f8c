import { BadInputError, ConflictError } from '@braid/kernel';

export class SlugTaken extends ConflictError {
  constructor(slug: string) {
    super(`The short name "${slug}" is already used by another collaborative.`, { field: 'slug' });
  }
}

export class OrganizationNameTaken extends ConflictError {
  constructor(name: string) {
    super(`An organization named "${name}" already exists in this collaborative.`, { field: 'name' });
  }
}

export class SeatNameTaken extends ConflictError {
  constructor(name: string) {
    super(`A seat named "${name}" already exists in this collaborative.`, { field: 'name' });
  }
}

export class NotAMember extends BadInputError {
  constructor(field: string) {
    super('That person is not an active member of this collaborative.', [
      { field, messages: ['is not a member'] },
    ]);
  }
}

/** docs/DOMAIN-GUIDE.md: a person holds at most one voting seat per collaborative. */
export class AlreadyHoldsVotingSeat extends ConflictError {
  constructor(seatName: string) {
    super(`That person already holds the voting seat "${seatName}"; a person holds at most one voting seat.`);
  }
}

export class HolderCannotBeAlternate extends BadInputError {
  constructor() {
    super('The alternate must be a different person from the holder.', [
      { field: 'alternateUserId', messages: ['must differ from the holder'] },
    ]);
  }
}

export class TermOutOfOrder extends BadInputError {
  constructor() {
    super('The term cannot end before it starts.', [{ field: 'termEnd', messages: ['is before termStart'] }]);
  }
}

export class LastAdministrator extends ConflictError {
  constructor() {
    super('A collaborative needs at least one administrator; appoint another before removing this one.');
  }
}

export class AlreadyMember extends ConflictError {
  constructor() {
    super('That person is already a member of this collaborative.');
  }
}

export class InvitationNotUsable extends ConflictError {
  constructor(status: string) {
    super(`This invitation can no longer be used: it is ${status.toLowerCase()}.`, { status });
  }
}

export class InvitationForSomeoneElse extends ConflictError {
  constructor() {
    super('This invitation was sent to a different email address than the account you are signed in with.');
  }
}
