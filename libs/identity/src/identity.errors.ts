import { BadInputError, ConflictError, TooManyRequestsError, UnauthenticatedError } from '@braid/kernel';

export class InvalidCredentials extends UnauthenticatedError<'INVALID_CREDENTIALS'> {
  constructor() {
    super('INVALID_CREDENTIALS', 'That email and password do not match an account.');
  }
}

/** "30 seconds", "4 minutes": how long to wait, for the message (clients use retryAfterSeconds). */
function wait(seconds: number): string {
  return seconds < 60 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}

export class SignInRateLimited extends TooManyRequestsError<'SIGN_IN_RATE_LIMITED'> {
  constructor(retryAfterSeconds: number) {
    super(
      'SIGN_IN_RATE_LIMITED',
      `Too many failed sign-ins. Wait ${wait(retryAfterSeconds)} and try again.`,
      {
        retryAfterSeconds,
      },
    );
  }
}

export class PasswordChangeRateLimited extends TooManyRequestsError<'PASSWORD_CHANGE_RATE_LIMITED'> {
  constructor(retryAfterSeconds: number) {
    super(
      'PASSWORD_CHANGE_RATE_LIMITED',
      `Too many wrong current passwords. Wait ${wait(retryAfterSeconds)} and try again.`,
      { retryAfterSeconds },
    );
  }
}

export class WrongCurrentPassword extends BadInputError<'WRONG_CURRENT_PASSWORD'> {
  constructor() {
    super('WRONG_CURRENT_PASSWORD', 'Your current password is not right.', [
      { field: 'currentPassword', messages: ['is not right'] },
    ]);
  }
}

export class EmailTaken extends ConflictError<'EMAIL_TAKEN'> {
  constructor() {
    super('EMAIL_TAKEN', 'An account with that email already exists.');
  }
}

/**
 * A reset link that is unknown, used, superseded or expired: one reason for all four, so whoever
 * tries links learns nothing about which exist.
 */
export class ResetLinkInvalid extends BadInputError<'RESET_LINK_INVALID'> {
  constructor() {
    super(
      'RESET_LINK_INVALID',
      'This password-reset link no longer works (used, replaced by a newer one, or expired). Ask for a new one.',
    );
  }
}

export class PasswordResetRateLimited extends TooManyRequestsError<'PASSWORD_RESET_RATE_LIMITED'> {
  constructor(retryAfterSeconds: number) {
    super(
      'PASSWORD_RESET_RATE_LIMITED',
      `Too many password-reset requests. Wait ${wait(retryAfterSeconds)} and try again.`,
      { retryAfterSeconds },
    );
  }
}
