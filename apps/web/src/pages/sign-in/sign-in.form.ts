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
