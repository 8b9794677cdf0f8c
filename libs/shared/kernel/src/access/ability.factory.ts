import { Action, Role, SubjectName } from '@braid/contracts';
import { AbilityBuilder, createMongoAbility, MongoAbility, MongoQuery, RawRuleOf } from '@casl/ability';
import { MembershipFacts, Principal } from './principal';

/** Subjects are named by string; records are checked as `subject('Seat', record)`. */
export type AppAbility = MongoAbility<[Action, SubjectName | object], MongoQuery>;
export type AppRule = RawRuleOf<AppAbility>;

type Builder = AbilityBuilder<AppAbility>;

/**
 * Who may do what, in one file. Every rule of a collaborative is bounded by its
 * `collaborativeId` (or the collaborative's own `id`), so no rule can ever reach another tenant.
 * Anonymous callers have no rules: the public transparency view is a separate, explicitly public
 * read model, never a loophole in these.
 * Conditions name plain columns of the subject's table: they are translated to SQL for lists
 * (accessibleBy) and checked in memory for single records.
 */
export function defineAbilityFor(principal: Principal | null): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  if (principal) {
    personalRules(builder, principal);
    for (const membership of principal.memberships) membershipRules(builder, membership);
  }
  return builder.build();
}

/** The system (start-up tasks, demo seeding of the first user) may do anything. */
export function defineSystemAbility(): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  builder.can('manage', 'all');
  return builder.build();
}

function personalRules({ can }: Builder, principal: Principal): void {
  can(['read', 'update'], 'User', { id: principal.userId });
  // Anyone signed in may start a collaborative; they become its first ADMIN.
  can('create', 'Collaborative');
}

function membershipRules(builder: Builder, membership: MembershipFacts): void {
  const { can } = builder;
  const collaborativeId = membership.collaborativeId;
  const tenant = { collaborativeId };
  const is = (...roles: Role[]) => roles.some((role) => membership.roles.includes(role));

  // Every member, whatever the role, sees who governs the collaborative: seats, members and
  // organizations are the public face of shared governance.
  can('read', 'Collaborative', { id: collaborativeId });
  can('read', ['Organization', 'Seat', 'Membership'], tenant);

  if (is(Role.ADMIN)) {
    can('update', 'Collaborative', { id: collaborativeId });
    can(['create', 'update'], ['Organization', 'Seat', 'Membership'], tenant);
    can(['invite', 'read', 'update'], 'Invitation', tenant);
    can('read', 'AuditEvent', tenant);
  }

  if (is(Role.CHAIR)) {
    can('read', 'AuditEvent', tenant);
  }
}
