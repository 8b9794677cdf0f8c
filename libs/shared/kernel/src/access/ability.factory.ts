import { AppAbility, GrantReportStatus, MinutesStatus, Role, SubjectName } from '@braid/contracts';
import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import { MembershipFacts, Principal } from './principal';

export type { AppAbility, AppRule } from '@braid/contracts';

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
    for (const membership of principal.memberships) {
      membershipRules(builder, membership);
      governanceRules(builder, membership, principal.userId);
    }
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

  fundRules(builder, membership);
  reportRules(builder, membership);
}

/**
 * The roles of the leadership team: every role but partner contacts and observers. With anyone
 * holding or standing in for a seat, they read the fund and the reports' outcomes.
 */
const LEADERSHIP_ROLES: readonly Role[] = [
  Role.ADMIN,
  Role.CHAIR,
  Role.MEMBER,
  Role.WORKGROUP_LEAD,
  Role.FUND_ADMINISTRATOR,
];

function onLeadershipTeam(membership: MembershipFacts): boolean {
  return (
    membership.seatIds.length > 0 ||
    membership.alternateSeatIds.length > 0 ||
    membership.roles.some((role) => LEADERSHIP_ROLES.includes(role))
  );
}

/** The subjects of the Wellness Fund a leadership member reads (budgets, balances, grants). */
const FUND_SUBJECTS: SubjectName[] = [
  'FundingStream',
  'Contribution',
  'LedgerTransaction',
  'Grant',
  'Disbursement',
];

/** The `entityType`s the fund's services write audit events under. */
const FUND_AUDITED_SUBJECTS: SubjectName[] = [...FUND_SUBJECTS];

/**
 * The Wellness Fund (issue 4). The leadership team (`onLeadershipTeam`) reads budgets, balances,
 * the ledger and grants. Only
 * the fund administrator moves money. A partner contact reads its own organization's grants and
 * tranches, by the plain `recipientOrganizationId` column both tables carry. Observers and the
 * public see aggregate totals only, through the public `fundSummary` query, never these subjects.
 */
function fundRules({ can }: Builder, membership: MembershipFacts): void {
  const collaborativeId = membership.collaborativeId;
  const tenant = { collaborativeId };
  const is = (...roles: Role[]) => roles.some((role) => membership.roles.includes(role));

  if (onLeadershipTeam(membership)) {
    can('read', FUND_SUBJECTS, tenant);
  }
  if (is(Role.FUND_ADMINISTRATOR)) {
    // The fund's own audit trail (who moved which money, and why): not the rest of the
    // collaborative's, which stays with its administrators and chair.
    can('read', 'AuditEvent', { collaborativeId, entityType: { $in: FUND_AUDITED_SUBJECTS } });
    can('create', ['FundingStream', 'Contribution', 'Grant'], tenant);
    can('update', ['Contribution', 'Disbursement'], tenant);
    can('release', 'Disbursement', tenant);
    can('reverse', 'LedgerTransaction', tenant);
  }
  if (is(Role.FUND_ADMINISTRATOR, Role.CHAIR, Role.ADMIN)) {
    can('export', ['LedgerTransaction', 'FundingStream'], tenant);
  }
  if (is(Role.PARTNER_CONTACT) && membership.organizationId) {
    can('read', ['Grant', 'Disbursement'], {
      collaborativeId,
      recipientOrganizationId: membership.organizationId,
    });
  }
}

/**
 * Grant reports and outcomes (issue 5, docs/REPORTS.md). A partner contact drafts, submits and
 * revises its own organization's reports (the plain `recipientOrganizationId` column every report
 * table carries) and reads its own requirements. The fund administrator defines metrics and
 * requirements and reviews. The leadership team reads requirements (who is late), accepted
 * reports and the outcome roll-ups; drafts and reports under review stay between the partner and
 * the fund administrator. Observers and the public see aggregate outcomes only, through the
 * public `publicOutcomes` query.
 */
function reportRules({ can }: Builder, membership: MembershipFacts): void {
  const collaborativeId = membership.collaborativeId;
  const tenant = { collaborativeId };
  const is = (...roles: Role[]) => roles.some((role) => membership.roles.includes(role));

  if (onLeadershipTeam(membership)) {
    can('read', ['Metric', 'ReportingRequirement', 'ReportSettings', 'OutcomeRollup'], tenant);
    can('read', 'GrantReport', { collaborativeId, status: GrantReportStatus.ACCEPTED });
  }
  if (is(Role.FUND_ADMINISTRATOR)) {
    can('read', 'GrantReport', tenant);
    can(['create', 'update'], 'Metric', tenant);
    can('update', 'ReportingRequirement', tenant);
    can('review', 'GrantReport', tenant);
  }
  if (is(Role.FUND_ADMINISTRATOR, Role.CHAIR, Role.ADMIN)) {
    can('export', 'OutcomeRollup', tenant);
  }
  if (is(Role.ADMIN)) {
    can('update', 'ReportSettings', tenant);
  }
  if (is(Role.PARTNER_CONTACT) && membership.organizationId) {
    const own = { collaborativeId, recipientOrganizationId: membership.organizationId };
    can('read', 'Metric', tenant);
    can('read', 'ReportingRequirement', own);
    can(['read', 'create', 'update', 'submit'], 'GrantReport', own);
  }
}

/** Everything governance keeps about deliberation, readable by every role that takes part in it. */
const GOVERNANCE_RECORDS: SubjectName[] = [
  'Workgroup',
  'ActionItem',
  'ActionUpdate',
  'Meeting',
  'VotingRules',
  'Motion',
  'Ballot',
  'ConflictDeclaration',
  'Tally',
];

/**
 * Workgroups, meetings, minutes and votes (docs/DOMAIN-GUIDE.md, "Meetings, quorum and
 * thresholds"). A partner contact who holds no other role reads none of it: they are a grantee's staff, and the deliberations about their
 * grant (conflicts, named votes, draft minutes) are the leadership team's; what is public about a
 * decision reaches them through the transparency view and their grant.
 */
function governanceRules(builder: Builder, membership: MembershipFacts, userId: string): void {
  const { can } = builder;
  const collaborativeId = membership.collaborativeId;
  const tenant = { collaborativeId };
  const is = (...roles: Role[]) => roles.some((role) => membership.roles.includes(role));
  if (!membership.roles.some((role) => role !== Role.PARTNER_CONTACT)) return;

  can('read', GOVERNANCE_RECORDS, tenant);
  // Drafts are work in progress: those who write them read them; circulated minutes are for all.
  can('read', 'Minutes', { collaborativeId, status: { $ne: MinutesStatus.DRAFT } });
  // A delegated note-taker drafts the minutes of the meetings they take notes at.
  can(['read', 'create', 'update'], 'Minutes', { collaborativeId, noteTakerUserId: userId });

  if (is(Role.ADMIN, Role.CHAIR)) {
    can(['create', 'update', 'appoint'], 'Workgroup', tenant);
    can('update', 'VotingRules', tenant);
  }

  if (is(Role.CHAIR)) {
    // The chair runs the leadership team: its meetings (workgroupId null), minutes and motions.
    can(['create', 'update', 'open', 'close', 'record'], 'Meeting', { collaborativeId, workgroupId: null });
    can(['read', 'create', 'update'], 'Minutes', { collaborativeId, workgroupId: null });
    can(['create', 'update', 'open', 'close'], 'Motion', tenant);
  }

  const led = membership.ledWorkgroupIds;
  if (led.length) {
    // A lead manages their own workgroups only.
    can('update', 'Workgroup', { collaborativeId, id: { $in: led } });
    can(['create', 'update'], 'ActionItem', { collaborativeId, workgroupId: { $in: led } });
    can(['create', 'update', 'open', 'close', 'record'], 'Meeting', {
      collaborativeId,
      workgroupId: { $in: led },
    });
    can(['read', 'create', 'update'], 'Minutes', { collaborativeId, workgroupId: { $in: led } });
  }
  if (membership.workgroupIds.length) {
    // A workgroup member updates the items they own (status, progress notes).
    can('update', 'ActionItem', {
      collaborativeId,
      workgroupId: { $in: membership.workgroupIds },
      ownerUserId: userId,
    });
  }

  const seatsSpokenFor = [...membership.seatIds, ...membership.alternateSeatIds];
  if (seatsSpokenFor.length) {
    // Holders and alternates; whether an alternate sits at this meeting is the ballot service's rule.
    can('vote', 'Ballot', { collaborativeId, seatId: { $in: seatsSpokenFor } });
    can('declare', 'ConflictDeclaration', { collaborativeId, seatId: { $in: seatsSpokenFor } });
  }
  if (membership.seatIds.length) {
    // A seat holder may move a motion, and withdraw their own.
    can('create', 'Motion', tenant);
    can('update', 'Motion', { collaborativeId, movedByUserId: userId });
  }
}
