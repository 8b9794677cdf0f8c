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
 * Conditions name plain columns of the subject's table: they are translated to SQL for lists
 * (accessibleBy) and checked in memory for single records.
 */
export function defineAbilityFor(principal: Principal | null): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  publicRules(builder);
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

/** Anyone, signed in or not: the transparency view of collaboratives that publish one. */
function publicRules({ can }: Builder): void {
  can('read', 'Collaborative', { publicTransparency: true });
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

  fundRules(builder, membership);
}

/** The subjects of the Wellness Fund a leadership member reads (budgets, balances, grants). */
const FUND_SUBJECTS: SubjectName[] = ['FundingStream', 'Contribution', 'LedgerTransaction', 'Grant', 'Disbursement'];

/**
 * The Wellness Fund (issue 4). The leadership team (every role but partners and observers, and
 * anyone holding or standing in for a seat) reads budgets, balances, the ledger and grants. Only
 * the fund administrator moves money. A partner contact reads its own organization's grants and
 * tranches, by the plain `recipientOrganizationId` column both tables carry. Observers and the
 * public see aggregate totals only, through the public `fundSummary` query, never these subjects.
 */
function fundRules({ can }: Builder, membership: MembershipFacts): void {
  const collaborativeId = membership.collaborativeId;
  const tenant = { collaborativeId };
  const is = (...roles: Role[]) => roles.some((role) => membership.roles.includes(role));
  const holdsSeat = membership.seatIds.length > 0 || membership.alternateSeatIds.length > 0;

  if (holdsSeat || is(Role.ADMIN, Role.CHAIR, Role.MEMBER, Role.WORKGROUP_LEAD, Role.FUND_ADMINISTRATOR)) {
    can('read', FUND_SUBJECTS, tenant);
  }
  if (is(Role.FUND_ADMINISTRATOR)) {
    can('create', ['FundingStream', 'Contribution', 'Grant'], tenant);
    can('update', ['Contribution', 'Disbursement'], tenant);
    can('release', 'Disbursement', tenant);
    can('reverse', 'LedgerTransaction', tenant);
  }
  if (is(Role.FUND_ADMINISTRATOR, Role.CHAIR, Role.ADMIN)) {
    can('export', ['LedgerTransaction', 'FundingStream'], tenant);
  }
  if (is(Role.PARTNER_CONTACT) && membership.organizationId) {
    can('read', ['Grant', 'Disbursement'], { collaborativeId, recipientOrganizationId: membership.organizationId });
  }
}
