import { BadInputError, TooManyRequestsError, UnauthenticatedError } from '@braid/kernel';

export class InvalidCredentials extends UnauthenticatedError {
  constructor() {
    super('That email and password do not match an account.');
  }
}

/** "30 seconds", "4 minutes": how long to wait, for the message (clients use retryAfterSeconds). */
function wait(seconds: number): string {
  return seconds < 60 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}

export class SignInRateLimited extends TooManyRequestsError {
  constructor(retryAfterSeconds: number) {
    super(`Too many failed sign-ins. Wait ${wait(retryAfterSeconds)} and try again.`, retryAfterSeconds, {
      reason: 'SIGN_IN_RATE_LIMITED',
    });
  }
}

export class PasswordChangeRateLimited extends TooManyRequestsError {
  constructor(retryAfterSeconds: number) {
    super(
      `Too many wrong current passwords. Wait ${wait(retryAfterSeconds)} and try again.`,
      retryAfterSeconds,
      { reason: 'PASSWORD_CHANGE_RATE_LIMITED' },
    );
  }
}

export class WrongCurrentPassword extends BadInputError {
  constructor() {
    super('Your current password is not right.', [{ field: 'currentPassword', messages: ['is not right'] }]);
  }
}
