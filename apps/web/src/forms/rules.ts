import type { MessageId } from '../i18n/messages';

/**
 * Client-side checks that mirror the API's class-validator rules (the API still enforces them):
 * a person learns what to fix before sending, in their own language. A rule answers null when the
 * value is fine, or the message (and its values) to show beside the field.
 */
export interface RuleFailure {
  id: MessageId;
  values?: Record<string, number | string>;
}
export type Rule<T> = (value: T) => RuleFailure | null;

// The same shape the API accepts (class-validator's IsEmail is stricter; the API has the last word).
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export const required: Rule<string> = (value) => (value.trim() === '' ? { id: 'form.required' } : null);

export const email: Rule<string> = (value) =>
  value.trim() === ''
    ? { id: 'form.emailRequired' }
    : EMAIL.test(value.trim())
      ? null
      : { id: 'form.emailInvalid' };

export const minLength =
  (min: number): Rule<string> =>
  (value) =>
    value.length < min ? { id: 'form.minLength', values: { min } } : null;

export const maxLength =
  (max: number): Rule<string> =>
  (value) =>
    value.length > max ? { id: 'form.maxLength', values: { max } } : null;

export const atLeastOne: Rule<readonly unknown[]> = (value) =>
  value.length === 0 ? { id: 'form.chooseOne' } : null;

/** The first failure of several rules, in order. */
export function all<T>(...rules: Rule<T>[]): Rule<T> {
  return (value) => {
    for (const rule of rules) {
      const failure = rule(value);
      if (failure) return failure;
    }
    return null;
  };
}

/** Limits the API applies (libs/identity/src/dto/identity.inputs.ts, libs/collaboratives/src/dto). */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
export const NAME_MAX_LENGTH = 120;
export const EMAIL_MAX_LENGTH = 254;
