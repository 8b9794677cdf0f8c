import {
  all,
  email,
  EMAIL_MAX_LENGTH,
  maxLength,
  PASSWORD_MAX_LENGTH,
  required,
  type Rule,
} from '../../forms/rules';

export interface SignInValues {
  email: string;
  password: string;
}

export const signInRules: { [K in keyof SignInValues]: Rule<SignInValues[K]> } = {
  email: all(email, maxLength(EMAIL_MAX_LENGTH)),
  // No minimum here: an old password shorter than today's minimum must still sign in.
  password: all(required, maxLength(PASSWORD_MAX_LENGTH)),
};

export interface ForgotPasswordValues {
  email: string;
}

/** RequestPasswordResetInput: an email address of at most 254 characters. */
export const forgotPasswordRules: { [K in keyof ForgotPasswordValues]: Rule<ForgotPasswordValues[K]> } = {
  email: all(email, maxLength(EMAIL_MAX_LENGTH)),
};
