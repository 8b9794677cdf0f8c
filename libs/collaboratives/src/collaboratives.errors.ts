import { BadInputError, ConflictError, UnauthenticatedError } from '@braid/kernel';

export class SlugTaken extends ConflictError<'SLUG_TAKEN'> {
  constructor(slug: string) {
    super('SLUG_TAKEN', `The short name "${slug}" is already used by another collaborative.`, { slug });
    this.extensions['field'] = 'slug';
  }
}

export class OrganizationNameTaken extends ConflictError<'ORGANIZATION_NAME_TAKEN'> {
  constructor(name: string) {
    super(
      'ORGANIZATION_NAME_TAKEN',
      `An organization named "${name}" already exists in this collaborative.`,
      {
        name,
      },
    );
    this.extensions['field'] = 'name';
  }
}

export class SeatNameTaken extends ConflictError<'SEAT_NAME_TAKEN'> {
  constructor(name: string) {
    super('SEAT_NAME_TAKEN', `A seat named "${name}" already exists in this collaborative.`, { name });
    this.extensions['field'] = 'name';
  }
}

export class NotAMember extends BadInputError<'NOT_A_MEMBER'> {
  constructor(field: string) {
    super('NOT_A_MEMBER', 'That person is not an active member of this collaborative.', [
      { field, messages: ['is not a member'] },
    ]);
  }
}

/** A person holds at most one voting seat per collaborative. */
export class AlreadyHoldsVotingSeat extends ConflictError<'ALREADY_HOLDS_VOTING_SEAT'> {
  constructor(seatName: string) {
    super(
      'ALREADY_HOLDS_VOTING_SEAT',
      `That person already holds the voting seat "${seatName}"; a person holds at most one voting seat.`,
      { seatName },
    );
  }
}

export class HolderCannotBeAlternate extends BadInputError<'HOLDER_CANNOT_BE_ALTERNATE'> {
  constructor() {
    super('HOLDER_CANNOT_BE_ALTERNATE', 'The alternate must be a different person from the holder.', [
      { field: 'alternateUserId', messages: ['must differ from the holder'] },
    ]);
  }
}

export class TermOutOfOrder extends BadInputError<'TERM_OUT_OF_ORDER'> {
  constructor() {
    super('TERM_OUT_OF_ORDER', 'The term cannot end before it starts.', [
      { field: 'termEnd', messages: ['is before termStart'] },
    ]);
  }
}

export class LastAdministrator extends ConflictError<'LAST_ADMINISTRATOR'> {
  constructor() {
    super(
      'LAST_ADMINISTRATOR',
      'A collaborative needs at least one administrator; appoint another before removing this one.',
    );
  }
}

export class AlreadyMember extends ConflictError<'ALREADY_MEMBER'> {
  constructor() {
    super('ALREADY_MEMBER', 'That person is already a member of this collaborative.');
  }
}

export class InvitationNotUsable extends ConflictError<'INVITATION_NOT_USABLE'> {
  constructor(status: string) {
    super('INVITATION_NOT_USABLE', `This invitation can no longer be used: it is ${status.toLowerCase()}.`, {
      status,
    });
  }
}

export class InvitationForSomeoneElse extends ConflictError<'INVITATION_FOR_SOMEONE_ELSE'> {
  constructor() {
    super(
      'INVITATION_FOR_SOMEONE_ELSE',
      'This invitation was sent to a different email address than the account you are signed in with.',
    );
  }
}

/** Accepting an invitation for an email that already has an account: sign in first. */
export class AccountExistsSignIn extends UnauthenticatedError<'ACCOUNT_EXISTS_SIGN_IN'> {
  constructor() {
    super(
      'ACCOUNT_EXISTS_SIGN_IN',
      'You already have an account: sign in, then open the invitation link again.',
    );
  }
}

export class PasswordRequired extends BadInputError<'PASSWORD_REQUIRED'> {
  constructor() {
    super('PASSWORD_REQUIRED', 'Choose a password for your new account.', [
      { field: 'password', messages: ['is required'] },
    ]);
  }
}

/** A collaborative's time zone must be an IANA name the server knows ("America/Los_Angeles"). */
export class UnknownTimeZone extends BadInputError<'UNKNOWN_TIME_ZONE'> {
  constructor(timeZone: string) {
    super(
      'UNKNOWN_TIME_ZONE',
      `"${timeZone}" is not a time zone this server knows.`,
      [{ field: 'timeZone', messages: ['is not a known time zone'] }],
      { timeZone },
    );
  }
}
