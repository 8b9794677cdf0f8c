import type { MongoAbility, MongoQuery, RawRuleOf } from '@casl/ability';

/**
 * The vocabulary of Braid's permissions, shared by the API (which enforces them) and the client
 * (which hides what a person may not do). Rules themselves are built only on the server.
 */
export const ACTIONS = [
  'manage',
  'create',
  'read',
  'update',
  'delete',
  'invite',
  'export',
  // Governance: appoint workgroup leads, open/close meetings and motions, record attendance,
  // cast a ballot, declare a conflict of interest.
  'appoint',
  'open',
  'close',
  'record',
  'vote',
  'declare',
  // Wellness Fund: releasing a disbursement tranche and reversing a ledger transaction are
  // separate from `update` so that a role can correct records without moving money.
  'release',
  'reverse',
  // Grant reports: a partner submits its report; the fund administrator reviews it.
  'submit',
  'review',
] as const;
export type Action = (typeof ACTIONS)[number];

export const SUBJECTS = [
  'all',
  'User',
  'Collaborative',
  'Organization',
  'Seat',
  'Membership',
  'Invitation',
  'AuditEvent',
  'Workgroup',
  'ActionItem',
  'ActionUpdate',
  'Meeting',
  'Minutes',
  'VotingRules',
  'Motion',
  'Ballot',
  'ConflictDeclaration',
  'Tally',
  // Wellness Fund (libs/funds)
  'FundingStream',
  'Contribution',
  'LedgerTransaction',
  'Grant',
  'Disbursement',
  // Grant reports and outcomes (libs/reports)
  'Metric',
  'ReportingRequirement',
  'GrantReport',
  'ReportSettings',
  'OutcomeRollup',
] as const;
export type SubjectName = (typeof SUBJECTS)[number];

/**
 * The ability both sides hold: the API builds it from its rules (kernel `ability.factory.ts`), the
 * client from the packed rules `myPermissions` sends. Subjects are named by string; records are
 * checked as `subject('Seat', record)`.
 */
export type AppAbility = MongoAbility<[Action, SubjectName | object], MongoQuery>;
export type AppRule = RawRuleOf<AppAbility>;
