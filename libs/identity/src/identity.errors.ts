import { BadInputError, ConflictError, TooManyRequestsError, UnauthenticatedError } from '@braid/kernel';

export class InvalidCredentials extends UnauthenticatedError<'INVALID_CREDENTIALS'> {
  constructor() {
    super('INVALID_CREDENTIALS', 'That email and password do not match an account.');
  }
}

export class SignInRateLimited extends TooManyRequestsError<'SIGN_IN_RATE_LIMITED'> {
  constructor(retryAfterSeconds: number) {
    super(
      'SIGN_IN_RATE_LIMITED',
      `Too many failed sign-ins. Wait ${Math.ceil(retryAfterSeconds / 60)} minutes and try again.`,
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
