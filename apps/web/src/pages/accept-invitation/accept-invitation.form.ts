import type { MessageId } from '../../i18n/messages';
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

export interface NewAccountValues {
  displayName: string;
  password: string;
  confirmPassword: string;
  language: Locale;
}

export const newAccountRules: { [K in keyof NewAccountValues]?: Rule<NewAccountValues[K]> } = {
  displayName: all(required, maxLength(NAME_MAX_LENGTH)),
  password: all(required, minLength(PASSWORD_MIN_LENGTH), maxLength(PASSWORD_MAX_LENGTH)),
};

/** The one rule that needs two fields: a mistyped new password would lock the person out at once. */
export function passwordsMatch(
  values: Pick<NewAccountValues, 'password' | 'confirmPassword'>,
): { id: MessageId } | null {
  return values.password === values.confirmPassword ? null : { id: 'form.passwordsDiffer' };
}
