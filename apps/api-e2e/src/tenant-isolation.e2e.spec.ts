import { randomUUID } from 'node:crypto';
import { FundBuilder, RELEASE, releaseKey } from './funds/fund-fixtures';
import { changedTables, dbSnapshot } from './support/db-snapshot';
import { GraphQLResponse } from './support/graphql-client';
import { buildRecordWorld, RecordWorld } from './support/record-world';
import { carriesId, rootOperations, servedSchema, typesWithId } from './support/schema';
import { subscribe } from './support/subscriptions';
import { startTestApp, TestApp } from './support/test-app';
import { createTenant, TenantRole, TestTenant } from './support/tenant';

interface Case {
  document: string;
  /** Variables aiming at `id`: the home collaborative's record, or a made-up id. */
  variables: (id: string, home: RecordWorld, away: RecordWorld) => Record<string, unknown>;
  /** The home record the call aims at. */
  target: keyof RecordWorld;
  /** The other collaborative's member who tries: one allowed to do this in their own collaborative. */
  as?: TenantRole;
}

const input =
  (fields: (id: string, home: RecordWorld, away: RecordWorld) => Record<string, unknown>) =>
  (id: string, home: RecordWorld, away: RecordWorld) => ({ input: fields(id, home, away) });
const byId = (id: string) => ({ id });

/**
 * Every root operation that takes an id (found in the served schema: a new one without a case
 * fails the first test), aimed by another collaborative's member at this collaborative's record.
 */
const CASES: Record<string, Case> = {
  // Queries of one record or of a collaborative's records.
  'Query.collaborative': {
    document: `query ($id: ID!) { collaborative(id: $id) { id } }`,
    variables: byId,
    target: 'collaborative',
  },
  'Query.workgroup': {
    document: `query ($id: ID!) { workgroup(id: $id) { id } }`,
    variables: byId,
    target: 'workgroup',
  },
  'Query.meeting': {
    document: `query ($id: ID!) { meeting(id: $id) { id } }`,
    variables: byId,
    target: 'meeting',
  },
  'Query.minutes': {
    document: `query ($id: ID!) { minutes(id: $id) { id } }`,
    variables: byId,
    target: 'circulatedMinutes',
  },
  'Query.motion': {
    document: `query ($id: ID!) { motion(id: $id) { id } }`,
    variables: byId,
    target: 'closedMotion',
  },
  'Query.myWork': {
    document: `query ($id: ID!) { myWork(collaborativeId: $id) { collaborativeIds votesOwed(first: 1) { total } } }`,
    variables: byId,
    target: 'collaborative',
  },
  'Query.recomputeTally': {
    document: `query ($id: ID!) { recomputeTally(motionId: $id) { matches } }`,
    variables: byId,
    target: 'closedMotion',
  },
  'Query.fundingStream': {
    document: `query ($id: ID!) { fundingStream(id: $id) { id } }`,
    variables: byId,
    target: 'fundingStream',
    as: 'fundAdmin',
  },
  'Query.grant': {
    document: `query ($id: ID!) { grant(id: $id) { id } }`,
    variables: byId,
    target: 'grant',
    as: 'fundAdmin',
  },
  'Query.grantTraceability': {
    document: `query ($id: ID!) { grantTraceability(grantId: $id) { sources { amount { cents } } } }`,
    variables: byId,
    target: 'grant',
    as: 'fundAdmin',
  },
  'Query.disbursement': {
    document: `query ($id: ID!) { disbursement(id: $id) { id } }`,
    variables: byId,
    target: 'releasedDisbursement',
    as: 'fundAdmin',
  },
  'Query.disbursementTraceability': {
    document: `query ($id: ID!) { disbursementTraceability(disbursementId: $id) { draws { amount { cents } } } }`,
    variables: byId,
    target: 'releasedDisbursement',
    as: 'fundAdmin',
  },
  'Query.funderTraceability': {
    document: `query ($id: ID!) { funderTraceability(organizationId: $id) { grants { grant { id } } } }`,
    variables: byId,
    target: 'funder',
    as: 'fundAdmin',
  },
  'Query.budgetOverview': {
    document: `query ($id: ID!) { budgetOverview(collaborativeId: $id) { fund { currency } } }`,
    variables: byId,
    target: 'collaborative',
    as: 'fundAdmin',
  },
  'Query.fundSummary': {
    document: `query ($id: ID!) { fundSummary(collaborativeId: $id) { totals { currency } } }`,
    variables: byId,
    target: 'collaborative',
  },
  'Query.votingRules': {
    document: `query ($id: ID!) { votingRules(collaborativeId: $id) { threshold } }`,
    variables: byId,
    target: 'collaborative',
  },
  'Query.actionItems': {
    document: `query ($id: ID!) { actionItems(workgroupId: $id) { nodes { id } } }`,
    variables: byId,
    target: 'workgroup',
  },
  ...Object.fromEntries(
    (
      [
        ['auditEvents', '{ nodes { id } }', 'admin'],
        ['contributions', '{ nodes { id } }', 'fundAdmin'],
        ['disbursements', '{ nodes { id } }', 'fundAdmin'],
        ['fundingStreams', '{ id }', 'fundAdmin'],
        ['grants', '{ nodes { id } }', 'fundAdmin'],
        ['invitations', '{ id }', 'admin'],
        ['ledgerAccounts', '{ id }', 'fundAdmin'],
        ['ledgerTransactions', '{ nodes { id } }', 'fundAdmin'],
        ['meetings', '{ nodes { id } }', 'chair'],
        ['memberships', '{ nodes { id } }', 'admin'],
        ['motions', '{ nodes { id } }', 'chair'],
        ['organizations', '{ id }', 'admin'],
        ['seats', '{ id }', 'admin'],
        ['workgroups', '{ id }', 'admin'],
        ['grantReports', '{ nodes { id } }', 'fundAdmin'],
        ['metrics', '{ id }', 'fundAdmin'],
        ['reportingRequirements', '{ nodes { id } }', 'fundAdmin'],
        ['funderOutcomes', '{ funderName }', 'fundAdmin'],
      ] as const
    ).map(([field, selection, as]): [string, Case] => [
      `Query.${field}`,
      {
        document: `query ($id: ID!) { ${field}(collaborativeId: $id) ${selection} }`,
        variables: byId,
        target: 'collaborative',
        as,
      },
    ]),
  ),
  'Query.grantReport': {
    document: `query ($id: ID!) { grantReport(id: $id) { id } }`,
    variables: byId,
    target: 'submittedReport',
    as: 'fundAdmin',
  },
  'Query.reportingRequirement': {
    document: `query ($id: ID!) { reportingRequirement(id: $id) { id } }`,
    variables: byId,
    target: 'requirement',
    as: 'fundAdmin',
  },
  'Query.outcomeRollup': {
    document: `query ($id: ID!) { outcomeRollup(collaborativeId: $id) { metrics { name } } }`,
    variables: byId,
    target: 'collaborative',
    as: 'fundAdmin',
  },
  'Query.reportSettings': {
    document: `query ($id: ID!) { reportSettings(collaborativeId: $id) { holdDisbursementsOnLateReports } }`,
    variables: byId,
    target: 'collaborative',
  },
  'Subscription.motionUpdated': {
    document: `subscription ($id: ID!) { motionUpdated(motionId: $id) { motionId } }`,
    variables: byId,
    target: 'openMotion',
  },

  // Changes to one record.
  'Mutation.updateCollaborative': {
    document: `mutation ($input: UpdateCollaborativeInput!) { updateCollaborative(input: $input) { id } }`,
    variables: input((id) => ({ id, name: 'Mine now' })),
    target: 'collaborative',
  },
  'Mutation.updateOrganization': {
    document: `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`,
    variables: input((id) => ({ id, name: 'Mine' })),
    target: 'granteeA',
  },
  'Mutation.updateSeat': {
    document: `mutation ($input: UpdateSeatInput!) { updateSeat(input: $input) { id } }`,
    variables: input((id) => ({ id, name: 'Mine' })),
    target: 'seat',
  },
  'Mutation.assignSeat': {
    document: `mutation ($input: AssignSeatInput!) { assignSeat(input: $input) { id } }`,
    variables: input((id) => ({ seatId: id })),
    target: 'seat',
  },
  'Mutation.updateMembership': {
    document: `mutation ($input: UpdateMembershipInput!) { updateMembership(input: $input) { id } }`,
    variables: input((id) => ({ id, roles: ['ADMIN'] })),
    target: 'membership',
  },
  'Mutation.revokeMembership': {
    document: `mutation ($id: ID!) { revokeMembership(id: $id) { id } }`,
    variables: byId,
    target: 'membership',
  },
  'Mutation.revokeInvitation': {
    document: `mutation ($id: ID!) { revokeInvitation(id: $id) { id } }`,
    variables: byId,
    target: 'invitation',
  },
  'Mutation.updateWorkgroup': {
    document: `mutation ($input: UpdateWorkgroupInput!) { updateWorkgroup(input: $input) { id } }`,
    variables: input((id) => ({ id, purpose: 'Ours' })),
    target: 'workgroup',
  },
  'Mutation.updateActionItem': {
    document: `mutation ($input: UpdateActionItemInput!) { updateActionItem(input: $input) { id } }`,
    variables: input((id) => ({ id, title: 'Ours' })),
    target: 'actionItem',
    as: 'lead',
  },
  'Mutation.postActionUpdate': {
    document: `mutation ($input: PostActionUpdateInput!) { postActionUpdate(input: $input) { id } }`,
    variables: input((id) => ({ actionItemId: id, note: 'Ours' })),
    target: 'actionItem',
    as: 'lead',
  },
  'Mutation.updateMeeting': {
    document: `mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }`,
    variables: input((id) => ({ id, location: 'Elsewhere' })),
    target: 'scheduledMeeting',
    as: 'chair',
  },
  'Mutation.setAgenda': {
    document: `mutation ($input: SetAgendaInput!) { setAgenda(input: $input) { id } }`,
    variables: input((id) => ({ meetingId: id, items: [{ title: 'Ours' }] })),
    target: 'scheduledMeeting',
    as: 'chair',
  },
  'Mutation.startMeeting': {
    document: `mutation ($id: ID!) { startMeeting(id: $id) { id } }`,
    variables: byId,
    target: 'scheduledMeeting',
    as: 'chair',
  },
  'Mutation.cancelMeeting': {
    document: `mutation ($id: ID!) { cancelMeeting(id: $id) { id } }`,
    variables: byId,
    target: 'scheduledMeeting',
    as: 'chair',
  },
  'Mutation.adjournMeeting': {
    document: `mutation ($id: ID!) { adjournMeeting(id: $id) { id } }`,
    variables: byId,
    target: 'meeting',
    as: 'chair',
  },
  'Mutation.recordAttendance': {
    document: `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }`,
    variables: input((id, home) => ({ meetingId: id, entries: [{ seatId: home.seat, status: 'ABSENT' }] })),
    target: 'meeting',
    as: 'chair',
  },
  'Mutation.draftMinutes': {
    document: `mutation ($input: DraftMinutesInput!) { draftMinutes(input: $input) { id } }`,
    variables: input((id) => ({ meetingId: id, body: 'Ours' })),
    target: 'meeting',
    as: 'chair',
  },
  'Mutation.updateMinutes': {
    document: `mutation ($input: UpdateMinutesInput!) { updateMinutes(input: $input) { id } }`,
    variables: input((id) => ({ id, body: 'Ours' })),
    target: 'circulatedMinutes',
    as: 'chair',
  },
  'Mutation.circulateMinutes': {
    document: `mutation ($id: ID!) { circulateMinutes(id: $id) { id } }`,
    variables: byId,
    target: 'draftMinutes',
    as: 'chair',
  },
  'Mutation.correctMinutes': {
    document: `mutation ($input: CorrectMinutesInput!) { correctMinutes(input: $input) { id } }`,
    variables: input((id) => ({ minutesId: id, body: 'Ours' })),
    target: 'approvedMinutes',
    as: 'chair',
  },
  'Mutation.createMotion': {
    document: `mutation ($input: CreateMotionInput!) { createMotion(input: $input) { id } }`,
    variables: input((id) => ({ meetingId: id, kind: 'GENERAL', title: 'Ours' })),
    target: 'meeting',
    as: 'chair',
  },
  'Mutation.markNotificationsRead': {
    document: `mutation ($id: ID!) { markNotificationsRead(ids: [$id]) { id } }`,
    variables: byId,
    target: 'notification',
  },
  'Mutation.openMotion': {
    document: `mutation ($id: ID!) { openMotion(id: $id) { id } }`,
    variables: byId,
    target: 'draftMotion',
    as: 'chair',
  },
  'Mutation.closeMotion': {
    document: `mutation ($id: ID!) { closeMotion(id: $id) { id } }`,
    variables: byId,
    target: 'openMotion',
    as: 'chair',
  },
  'Mutation.withdrawMotion': {
    document: `mutation ($id: ID!) { withdrawMotion(id: $id) { id } }`,
    variables: byId,
    target: 'draftMotion',
    as: 'chair',
  },
  'Mutation.castBallot': {
    document: `mutation ($input: CastBallotInput!) { castBallot(input: $input) { changed } }`,
    variables: input((id) => ({ motionId: id, choice: 'NO' })),
    target: 'openMotion',
    as: 'member',
  },
  'Mutation.declareConflict': {
    document: `mutation ($input: DeclareConflictInput!) { declareConflict(input: $input) { id } }`,
    variables: input((id) => ({ motionId: id, reason: 'Ours' })),
    target: 'openMotion',
    as: 'member',
  },
  'Mutation.recordContributionReceipt': {
    document: `mutation ($input: RecordContributionReceiptInput!) { recordContributionReceipt(input: $input) { id } }`,
    variables: input((id) => ({ contributionId: id, cents: '1', receivedOn: '2025-09-01' })),
    target: 'contribution',
    as: 'fundAdmin',
  },
  'Mutation.writeOffContribution': {
    document: `mutation ($input: WriteOffContributionInput!) { writeOffContribution(input: $input) { id } }`,
    variables: input((id) => ({ contributionId: id, reason: 'Ours' })),
    target: 'contribution',
    as: 'fundAdmin',
  },
  'Mutation.recordContribution': {
    document: `mutation ($input: RecordContributionInput!) { recordContribution(input: $input) { id } }`,
    variables: input((id) => ({ fundingStreamId: id, amount: { cents: '1' }, pledgedOn: '2025-09-01' })),
    target: 'fundingStream',
    as: 'fundAdmin',
  },
  'Mutation.releaseDisbursement': {
    document: RELEASE,
    variables: input((id) => ({ disbursementId: id, idempotencyKey: releaseKey() })),
    target: 'disbursement',
    as: 'fundAdmin',
  },
  'Mutation.cancelDisbursement': {
    document: `mutation ($input: CancelDisbursementInput!) { cancelDisbursement(input: $input) { id } }`,
    variables: input((id) => ({ disbursementId: id, reason: 'Ours' })),
    target: 'disbursement',
    as: 'fundAdmin',
  },
  'Mutation.markDisbursementPaid': {
    document: `mutation ($input: MarkDisbursementPaidInput!) { markDisbursementPaid(input: $input) { id } }`,
    variables: input((id) => ({ disbursementId: id })),
    target: 'releasedDisbursement',
    as: 'fundAdmin',
  },
  'Mutation.reverseLedgerTransaction': {
    document: `mutation ($input: ReverseLedgerTransactionInput!) { reverseLedgerTransaction(input: $input) { id } }`,
    variables: input((id) => ({ ledgerTransactionId: id, reason: 'Ours' })),
    target: 'releaseTransaction',
    as: 'fundAdmin',
  },

  'Mutation.startGrantReport': {
    document: `mutation ($id: ID!) { startGrantReport(requirementId: $id) { id } }`,
    variables: byId,
    target: 'requirement',
    as: 'partnerA',
  },
  'Mutation.saveGrantReportDraft': {
    document: `mutation ($input: SaveGrantReportDraftInput!) { saveGrantReportDraft(input: $input) { id } }`,
    variables: input((id) => ({ reportId: id, narrative: 'Ours' })),
    target: 'draftReport',
    as: 'partnerA',
  },
  'Mutation.submitGrantReport': {
    document: `mutation ($input: SubmitGrantReportInput!) { submitGrantReport(input: $input) { id } }`,
    variables: input((id) => ({ reportId: id })),
    target: 'draftReport',
    as: 'partnerA',
  },
  'Mutation.removeReportAttachment': {
    document: `mutation ($id: ID!) { removeReportAttachment(attachmentId: $id) { id } }`,
    variables: byId,
    target: 'attachment',
    as: 'partnerA',
  },
  'Mutation.reviewGrantReport': {
    document: `mutation ($input: ReviewGrantReportInput!) { reviewGrantReport(input: $input) { id } }`,
    variables: input((id) => ({ reportId: id, decision: 'ACCEPTED' })),
    target: 'submittedReport',
    as: 'fundAdmin',
  },
  'Mutation.updateReportingRequirement': {
    document: `mutation ($input: UpdateReportingRequirementInput!) { updateReportingRequirement(input: $input) { id } }`,
    variables: input((id) => ({ requirementId: id, dueOn: '2027-01-30' })),
    target: 'requirement',
    as: 'fundAdmin',
  },
  'Mutation.setGrantMetric': {
    document: `mutation ($input: SetGrantMetricInput!) { setGrantMetric(input: $input) { id } }`,
    variables: input((id, home) => ({ grantId: id, metricId: home.metric, target: 1 })),
    target: 'grant',
    as: 'fundAdmin',
  },
  'Mutation.createMetric': {
    document: `mutation ($input: CreateMetricInput!) { createMetric(input: $input) { id } }`,
    variables: input((id) => ({ collaborativeId: id, name: 'Ours', unit: 'people' })),
    target: 'collaborative',
    as: 'fundAdmin',
  },
  'Mutation.updateReportSettings': {
    document: `mutation ($input: UpdateReportSettingsInput!) { updateReportSettings(input: $input) { holdDisbursementsOnLateReports } }`,
    variables: input((id) => ({ collaborativeId: id, holdDisbursementsOnLateReports: false })),
    target: 'collaborative',
  },

  // Creating inside this collaborative.
  'Mutation.createOrganization': {
    document: `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
    variables: input((id) => ({ collaborativeId: id, name: 'Intruder', kinds: ['FUNDER'] })),
    target: 'collaborative',
  },
  'Mutation.createSeat': {
    document: `mutation ($input: CreateSeatInput!) { createSeat(input: $input) { id } }`,
    variables: input((id) => ({ collaborativeId: id, name: 'Intruder seat', sector: 'RESIDENT' })),
    target: 'collaborative',
  },
  'Mutation.inviteMember': {
    document: `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
    variables: input((id) => ({
      collaborativeId: id,
      email: 'spy@away.test',
      displayName: 'Spy',
      roles: ['ADMIN'],
    })),
    target: 'collaborative',
  },
  'Mutation.createWorkgroup': {
    document: `mutation ($input: CreateWorkgroupInput!) { createWorkgroup(input: $input) { id } }`,
    variables: input((id) => ({ collaborativeId: id, name: 'Intruders' })),
    target: 'collaborative',
  },
  'Mutation.updateVotingRules': {
    document: `mutation ($input: UpdateVotingRulesInput!) { updateVotingRules(input: $input) { threshold } }`,
    variables: input((id) => ({ collaborativeId: id, threshold: 'SIMPLE_MAJORITY_OF_VOTES_CAST' })),
    target: 'collaborative',
  },
  'Mutation.scheduleMeeting': {
    document: `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
    variables: input((id) => ({ collaborativeId: id, title: 'Ours', scheduledAt: '2027-05-01T17:00:00Z' })),
    target: 'collaborative',
    as: 'chair',
  },
  'Mutation.createActionItem': {
    document: `mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`,
    variables: input((id, _home, away) => ({ workgroupId: id, title: 'Ours', ownerUserId: away.user })),
    target: 'workgroup',
    as: 'lead',
  },
  'Mutation.createFundingStream': {
    document: `mutation ($input: CreateFundingStreamInput!) { createFundingStream(input: $input) { id } }`,
    variables: input((id, home) => ({
      collaborativeId: id,
      funderOrganizationId: home.funder,
      name: 'Ours',
      kind: 'FOUNDATION',
      restricted: false,
      startsOn: '2025-01-01',
      endsOn: '2026-12-31',
      award: { cents: '100' },
    })),
    target: 'collaborative',
    as: 'fundAdmin',
  },
  'Mutation.createGrant': {
    document: `mutation ($input: CreateGrantInput!) { createGrant(input: $input) { id } }`,
    variables: input((id, home) => ({
      collaborativeId: id,
      approvingMotionId: home.passedFundingMotion,
      recipientOrganizationId: home.granteeA,
      title: 'Ours',
      purpose: 'Trauma-informed care',
      periodStart: '2025-09-01',
      periodEnd: '2026-08-31',
      amount: { cents: '100' },
      allocations: [{ fundingStreamId: home.fundingStream, cents: '100' }],
      tranches: [{ cents: '100', plannedOn: '2025-09-01' }],
    })),
    target: 'collaborative',
    as: 'fundAdmin',
  },
};

/**
 * The outsider's own records with one of ours slipped in: acting in their own collaborative must
 * not reach ours through a nested id either.
 */
const CROSS_REFERENCES: Record<string, Case> = {
  'assignSeat: our member into their seat': {
    document: CASES['Mutation.assignSeat'].document,
    variables: (id, _h, away) => ({ input: { seatId: away.seat, holderUserId: id } }),
    target: 'user',
  },
  'createSeat: their seat for our organization': {
    document: CASES['Mutation.createSeat'].document,
    variables: (id, _h, away) => ({
      input: {
        collaborativeId: away.collaborative,
        name: 'Borrowed',
        sector: 'COMMUNITY_ORG',
        organizationId: id,
      },
    }),
    target: 'granteeA',
  },
  'recordAttendance: our seat at their meeting': {
    document: CASES['Mutation.recordAttendance'].document,
    variables: (id, _h, away) => ({
      input: { meetingId: away.meeting, entries: [{ seatId: id, status: 'PRESENT' }] },
    }),
    target: 'seat',
    as: 'chair',
  },
  'createMotion: their motion funding our organization': {
    document: CASES['Mutation.createMotion'].document,
    variables: (id, _h, away) => ({
      input: {
        meetingId: away.meeting,
        kind: 'FUNDING',
        title: 'Borrowed',
        funding: {
          amount: { cents: '100' },
          recipientOrganizationId: id,
          purpose: 'Trauma-informed care',
          periodStart: '2025-09-01',
          periodEnd: '2026-08-31',
          allocations: [],
          tranches: [{ cents: '100', plannedOn: '2025-09-01' }],
        },
      },
    }),
    target: 'granteeA',
    as: 'chair',
  },
  'createGrant: their grant drawing on our stream': {
    document: CASES['Mutation.createGrant'].document,
    variables: (id, _h, away) => ({
      input: {
        collaborativeId: away.collaborative,
        approvingMotionId: away.passedFundingMotion,
        recipientOrganizationId: away.granteeA,
        title: 'Borrowed',
        purpose: 'Trauma-informed care',
        periodStart: '2025-09-01',
        periodEnd: '2026-08-31',
        amount: { cents: '100' },
        allocations: [{ fundingStreamId: id, cents: '100' }],
        tranches: [{ cents: '100', plannedOn: '2025-09-01' }],
      },
    }),
    target: 'fundingStream',
    as: 'fundAdmin',
  },
  'createMotion: their approval of our minutes': {
    document: CASES['Mutation.createMotion'].document,
    variables: (id, _h, away) => ({
      input: { meetingId: away.meeting, kind: 'MINUTES_APPROVAL', title: 'Borrowed', minutesId: id },
    }),
    target: 'circulatedMinutes',
    as: 'chair',
  },
  'setGrantMetric: their grant reporting on our metric': {
    document: `mutation ($input: SetGrantMetricInput!) { setGrantMetric(input: $input) { id } }`,
    variables: (id, _h, away) => ({ input: { grantId: away.grant, metricId: id, target: 1 } }),
    target: 'metric',
    as: 'fundAdmin',
  },
  'scheduleMeeting: their meeting for our workgroup': {
    document: CASES['Mutation.scheduleMeeting'].document,
    variables: (id, _h, away) => ({
      input: {
        collaborativeId: away.collaborative,
        workgroupId: id,
        title: 'Borrowed',
        scheduledAt: '2027-05-01T17:00:00Z',
      },
    }),
    target: 'workgroup',
    as: 'chair',
  },
  'inviteMember: into their collaborative for our organization': {
    document: CASES['Mutation.inviteMember'].document,
    variables: (id, _h, away) => ({
      input: {
        collaborativeId: away.collaborative,
        email: 'x@away.test',
        displayName: 'X',
        roles: ['PARTNER_CONTACT'],
        organizationId: id,
      },
    }),
    target: 'granteeB',
  },
};

/** How each type with an id is reached by id from outside: a case above, or through its parent's. */
const REACHED_THROUGH: Record<string, string> = {
  Collaborative: 'Query.collaborative',
  Organization: 'Mutation.updateOrganization',
  Seat: 'Mutation.updateSeat',
  Membership: 'Mutation.updateMembership',
  Invitation: 'Mutation.revokeInvitation',
  User: 'assignSeat: our member into their seat',
  AuditEvent: 'Query.auditEvents',
  Notification: 'Mutation.markNotificationsRead',
  Workgroup: 'Query.workgroup',
  ActionItem: 'Mutation.updateActionItem',
  ActionUpdate: 'ActionItem',
  Meeting: 'Query.meeting',
  AgendaItem: 'Meeting',
  Attendance: 'Meeting',
  Minutes: 'Query.minutes',
  Motion: 'Query.motion',
  Ballot: 'Motion',
  ConflictDeclaration: 'Motion',
  FundingStream: 'Query.fundingStream',
  Contribution: 'Mutation.recordContributionReceipt',
  ContributionReceipt: 'Contribution',
  Grant: 'Query.grant',
  GrantAllocation: 'Grant',
  Disbursement: 'Query.disbursement',
  DisbursementTransition: 'Disbursement',
  LedgerAccount: 'Query.ledgerAccounts',
  LedgerTransaction: 'Mutation.reverseLedgerTransaction',
  LedgerEntry: 'LedgerTransaction',
  Metric: 'setGrantMetric: their grant reporting on our metric',
  GrantMetric: 'Grant',
  ReportingRequirement: 'Query.reportingRequirement',
  GrantReport: 'Query.grantReport',
  ReportAttachment: 'Mutation.removeReportAttachment',
  ReportReview: 'GrantReport',
  ReportSpendingLine: 'GrantReport',
};

describe('Tenant isolation of every operation and every type with an id (from the served schema)', () => {
  let app: TestApp;
  let home: TestTenant;
  let away: TestTenant;
  let ours: RecordWorld;
  let theirs: RecordWorld;

  beforeAll(async () => {
    app = await startTestApp('isolation-schema');
    [home, away] = await Promise.all([createTenant(app, 'ours'), createTenant(app, 'theirs')]);
    [ours, theirs] = await Promise.all([buildRecordWorld(app, home), buildRecordWorld(app, away)]);
    // A decision of theirs with no grant yet, so only the borrowed stream can make the grant fail.
    const { approvingMotionId } = await new FundBuilder(app, away).grantInput({
      allocations: [],
      tranches: [100n],
    });
    theirs = { ...theirs, passedFundingMotion: approvingMotionId };
    // Unpublished: its totals are not public either.
    await app.dataSource.query(`UPDATE collaborative SET public_transparency = false WHERE id = $1`, [
      home.collaborativeId,
    ]);
  }, 180_000);
  afterAll(() => app.close());

  it('has a case for every query, mutation and subscription that takes an id, and a way to every type with an id', async () => {
    const schema = await servedSchema(home.clients.admin);
    const takingIds = rootOperations(schema)
      .filter((op) => op.field.args.some((arg) => carriesId(arg.type)))
      .map((op) => op.key)
      .sort();
    expect(takingIds.length).toBeGreaterThan(60);
    expect(Object.keys(CASES).sort()).toEqual(takingIds);

    const types = typesWithId(schema)
      .map((type) => type.name)
      .sort();
    expect(Object.keys(REACHED_THROUGH).sort()).toEqual(types);
    for (const [type, way] of Object.entries(REACHED_THROUGH)) {
      const resolved = way in REACHED_THROUGH ? REACHED_THROUGH[way] : way;
      expect([type, resolved in CASES || resolved in CROSS_REFERENCES]).toEqual([type, true]);
    }
  });

  const answer = async (c: Case, id: string): Promise<string> => {
    const client = away.clients[c.as ?? 'admin'];
    const variables = c.variables(id, ours, theirs);
    let response: Pick<GraphQLResponse<unknown>, 'data' | 'errors'>;
    if (c.document.startsWith('subscription')) {
      const subscription = subscribe<unknown>(client, c.document, variables);
      try {
        const result = await subscription.next();
        response = { data: result.data ?? null, errors: result.errors as GraphQLResponse<unknown>['errors'] };
      } finally {
        await subscription.close();
      }
    } else {
      response = await client.request(c.document, variables);
    }
    const error = response.errors?.[0];
    if (error) return `${String(error.extensions?.code)}: ${error.message}`;
    // Lists answer empty; anything with content is a leak.
    const flat = JSON.stringify(response.data);
    return /"id"|"motionId"|"currency"|"cents"|"threshold"|"matches"|"token"|"changed"/.test(flat)
      ? `DATA ${flat}`
      : `EMPTY ${flat}`;
  };

  it.each([...Object.entries(CASES), ...Object.entries(CROSS_REFERENCES)])(
    '%s with this collaborative’s id answers exactly as for an id that does not exist',
    async (_name, c) => {
      const before = await dbSnapshot(app);
      const real = await answer(c, ours[c.target]);
      const madeUp = await answer(c, randomUUID());
      expect(real).toBe(madeUp);
      expect(real).toMatch(/^(NOT_FOUND|EMPTY|BAD_USER_INPUT)/);
      expect(changedTables(before, await dbSnapshot(app))).toEqual([]);
    },
  );
  it('does not reveal an unpublished collaborative by its short name, nor list it among the outsider’s own', async () => {
    const { collaborativeBySlug } = await away.clients.admin.data<{ collaborativeBySlug: unknown }>(
      `query ($slug: String!) { collaborativeBySlug(slug: $slug) { id } }`,
      { slug: home.slug },
    );
    expect(collaborativeBySlug).toBeNull();
    const { myCollaboratives } = await away.clients.admin.data<{ myCollaboratives: { id: string }[] }>(
      `{ myCollaboratives { id } }`,
    );
    expect(myCollaboratives.map((c) => c.id)).toEqual([away.collaborativeId]);
  });
});
