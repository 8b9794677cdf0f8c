import type { Action, SubjectName } from '@braid/contracts';
import { createMongoAbility, type MongoAbility, type MongoQuery, type RawRuleOf } from '@casl/ability';
import { type PackRule, unpackRules } from '@casl/ability/extra';
import { Can as CaslCan, type CanProps } from '@casl/react';
import type { ReactNode } from 'react';

/**
 * The same ability type the API builds (libs/shared/kernel/src/access/ability.factory.ts); the
 * client receives its rules from `myPermissions` and only hides what the API would refuse anyway.
 * Records are checked as `subject('Invitation', { collaborativeId })`.
 */
export type AppAbility = MongoAbility<[Action, SubjectName | object], MongoQuery>;
type AppRule = RawRuleOf<AppAbility>;

/** Rules packed by the API with packRules; anything else allows nothing (the safe reading). */
export function abilityFromPermissions(packed: unknown): AppAbility {
  if (!Array.isArray(packed)) return createMongoAbility<AppAbility>([]);
  return createMongoAbility<AppAbility>(unpackRules<AppRule>(packed as PackRule<AppRule>[]));
}

/** `<Can I="invite" this={subject('Invitation', { collaborativeId })}>`, typed with Braid's actions and subjects. */
export const Can = CaslCan as (props: CanProps<AppAbility>) => ReactNode;
