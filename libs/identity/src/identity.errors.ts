import { BadInputError, TooManyRequestsError, UnauthenticatedError } from '@braid/kernel';

export class InvalidCredentials extends UnauthenticatedError {
  constructor() {
    super('That email and password do not match an account.');
  }
}

export class SignInRateLimited extends TooManyRequestsError {
  constructor(retryAfterSeconds: number) {
    super(
      `Too many failed sign-ins. Wait ${Math.ceil(retryAfterSeconds / 60)} minutes and try again.`,
      retryAfterSeconds,
    );
  }
}

export class WrongCurrentPassword extends BadInputError {
  constructor() {
    super('Your current password is not right.', [{ field: 'currentPassword', messages: ['is not right'] }]);
  }
}
