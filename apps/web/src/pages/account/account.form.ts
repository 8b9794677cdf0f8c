import {
  all,
  maxLength,
  minLength,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  required,
  type Rule,
} from '../../forms/rules';
import type { Locale } from '../../i18n/locale';
import { passwordsMatch } from '../accept-invitation/accept-invitation.form';

export interface ProfileValues {
  displayName: string;
  language: Locale;
}

/** UpdateMyProfileInput: a name that is not blank, at most 120 characters. */
export const profileRules: { [K in keyof ProfileValues]?: Rule<ProfileValues[K]> } = {
  displayName: all(required, maxLength(NAME_MAX_LENGTH)),
};

export interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** ChangePasswordInput: the current password is needed; the new one 10 to 200 characters. */
export const passwordRules: { [K in keyof PasswordValues]?: Rule<PasswordValues[K]> } = {
  currentPassword: all(required, maxLength(PASSWORD_MAX_LENGTH)),
  newPassword: all(required, minLength(PASSWORD_MIN_LENGTH), maxLength(PASSWORD_MAX_LENGTH)),
};

/** A mistyped new password would lock the person out at their next sign-in: it is typed twice. */
export function newPasswordConfirmed(values: PasswordValues) {
  return passwordsMatch({ password: values.newPassword, confirmPassword: values.confirmPassword });
}
