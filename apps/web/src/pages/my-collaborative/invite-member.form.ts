import {
  all,
  atLeastOne,
  email,
  EMAIL_MAX_LENGTH,
  maxLength,
  NAME_MAX_LENGTH,
  required,
  type Rule,
} from '../../forms/rules';
import type { Role } from '../../graphql/generated/graphql';
import type { Locale } from '../../i18n/locale';

export interface InviteMemberValues {
  displayName: string;
  email: string;
  roles: Role[];
  /** '' for none: a native select's value is always a string. */
  organizationId: string;
  /** The invitation email's language (an invitee who already has an account reads their own). */
  language: Locale;
}

export const inviteMemberRules: { [K in keyof InviteMemberValues]?: Rule<InviteMemberValues[K]> } = {
  displayName: all(required, maxLength(NAME_MAX_LENGTH)),
  email: all(email, maxLength(EMAIL_MAX_LENGTH)),
  roles: atLeastOne,
};

/** Roles an administrator can give when inviting, in the order people think of them. */
export const INVITABLE_ROLES: readonly Role[] = [
  'MEMBER',
  'CHAIR',
  'WORKGROUP_LEAD',
  'FUND_ADMINISTRATOR',
  'PARTNER_CONTACT',
  'OBSERVER',
  'ADMIN',
];
