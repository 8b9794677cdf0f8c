import type { Rule } from '../../forms/rules';
import { newPasswordConfirmed, passwordRules } from '../account/account.form';

export interface ResetPasswordValues {
  newPassword: string;
  confirmPassword: string;
}

/** ResetPasswordInput: the same rules as changing a password on the account page. */
export const resetPasswordRules: { [K in keyof ResetPasswordValues]?: Rule<ResetPasswordValues[K]> } = {
  newPassword: passwordRules.newPassword,
};

/** A mistyped new password would lock the person out again at once: it is typed twice. */
export function resetPasswordConfirmed(values: ResetPasswordValues) {
  return newPasswordConfirmed({ currentPassword: '', ...values });
}
