import type { AppAbility, AppRule } from '@braid/contracts';
import { createMongoAbility } from '@casl/ability';
import { type PackRule, unpackRules } from '@casl/ability/extra';
import { Can as CaslCan, type CanProps } from '@casl/react';
import type { ReactNode } from 'react';

/**
 * The ability type is the API's, declared once in @braid/contracts; the client receives its rules
 * from `myPermissions` and only hides what the API would refuse anyway. Records are checked as
 * `subject('Invitation', { collaborativeId })`.
 */
export type { AppAbility } from '@braid/contracts';

/** Rules packed by the API with packRules; anything else allows nothing (the safe reading). */
export function abilityFromPermissions(packed: unknown): AppAbility {
  if (!Array.isArray(packed)) return createMongoAbility<AppAbility>([]);
  return createMongoAbility<AppAbility>(unpackRules<AppRule>(packed as PackRule<AppRule>[]));
}

/** `<Can I="invite" this={subject('Invitation', { collaborativeId })}>`, typed with Braid's actions and subjects. */
export const Can = CaslCan as (props: CanProps<AppAbility>) => ReactNode;
