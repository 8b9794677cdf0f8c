import { useMemo } from 'react';
import { useT } from '../i18n/use-t';
import type { Rule } from './rules';

/**
 * Turns rules into Mantine form validators that answer in the reader's language. Rules are pure
 * (and unit-tested); only this adapter knows about translation.
 */
export function useFormRules<Values extends object>(rules: { [K in keyof Values]?: Rule<Values[K]> }) {
  const t = useT();
  return useMemo(() => {
    const validators: { [K in keyof Values]?: (value: Values[K]) => string | null } = {};
    for (const key of Object.keys(rules) as (keyof Values)[]) {
      const rule = rules[key];
      if (!rule) continue;
      validators[key] = (value) => {
        const failure = rule(value);
        return failure ? t(failure.id, failure.values) : null;
      };
    }
    return validators;
    // The rules object is declared once per form (module scope); only the language changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t]);
}
