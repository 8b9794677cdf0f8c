import { FundBuilder, RELEASE, releaseKey } from '../funds/fund-fixtures';
import {
  CREATE_METRIC,
  fillAndSubmit,
  PDF,
  requirementsOf,
  SET_GRANT_METRIC,
  START,
  upload,
} from '../reports/report-fixtures';
import { GQL, leadershipMeeting, openMotion, present, vote } from '../governance/governance-support';
import { TestApp } from './test-app';
import { TestTenant } from './tenant';

/**
 * One record of every kind a collaborative holds, in every state an operation may need (a draft
 * and an open motion, draft, circulated and approved minutes, a scheduled and a released tranche),
 * made through the API by the people who would make them. The reliability suites aim their
 * calls at these ids: another collaborative's administrator for tenant isolation, the fuzzer as
 * the baseline its bad values are spliced into.
 */
export interface RecordWorld {
  collaborative: string;
  funder: string;
  granteeA: string;
  granteeB: string;
  seat: string;
  membership: string;
  invitation: string;
  user: string;
  workgroup: string;
  actionItem: string;
  scheduledMeeting: string;
  meeting: string;
  draftMotion: string;
  openMotion: string;
  closedMotion: string;
  draftMinutes: string;
  circulatedMinutes: string;
  approvedMinutes: string;
  fundingStream: string;
  contribution: string;
  grant: string;
  passedFundingMotion: string;
  disbursement: string;
  releasedDisbursement: string;
  releaseTransaction: string;
  auditEvent: string;
  /** A notification of one of this collaborative's people (the motions opened and closed above). */
  notification: string;
  metric: string;
  /** A reporting requirement of the grant with an open draft (`draftReport`). */
  requirement: string;
  draftReport: string;
  /** Submitted, waiting for review. */
  submittedReport: string;
  attachment: string;
}

export async function buildRecordWorld(app: TestApp, tenant: TestTenant): Promise<RecordWorld> {
  const { chair, admin } = tenant.clients;
  const seatHolders = present(
    tenant.seats.chair,
    tenant.seats.lead,
    tenant.seats.member,
    tenant.seats.resident,
  );

  const { inviteMember } = await admin.data<{ inviteMember: { invitation: { id: string } } }>(
    `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } } }`,
    {
      input: {
        collaborativeId: tenant.collaborativeId,
        email: `invitee@${tenant.slug}.test`,
        displayName: 'Invitee',
        roles: ['MEMBER'],
      },
    },
  );
  const { createWorkgroup } = await admin.data<{ createWorkgroup: { id: string } }>(GQL.createWorkgroup, {
    input: {
      collaborativeId: tenant.collaborativeId,
      name: 'Trauma-Informed Care',
      leadUserIds: [tenant.users.lead.id],
      memberUserIds: [tenant.users.member.id],
    },
  });
  const { createActionItem } = await tenant.clients.lead.data<{ createActionItem: { id: string } }>(
    GQL.createActionItem,
    {
      input: {
        workgroupId: createWorkgroup.id,
        title: 'Map referral paths',
        ownerUserId: tenant.users.member.id,
      },
    },
  );
  const { scheduleMeeting } = await chair.data<{ scheduleMeeting: { id: string } }>(GQL.scheduleMeeting, {
    input: { collaborativeId: tenant.collaborativeId, title: 'Retreat', scheduledAt: '2027-03-01T17:00:00Z' },
  });

  // Minutes of an earlier meeting: one stays a draft, one is circulated, one approved by a motion.
  const minutesOf = async (circulate: boolean) => {
    const meeting = await leadershipMeeting(tenant, seatHolders, 'Earlier meeting');
    const { draftMinutes } = await chair.data<{ draftMinutes: { id: string } }>(GQL.draftMinutes, {
      input: { meetingId: meeting, body: 'Present: four seats. Public comment: none.' },
    });
    if (circulate) await chair.data(GQL.circulateMinutes, { id: draftMinutes.id });
    return draftMinutes.id;
  };
  const draftMinutes = await minutesOf(false);
  const circulatedMinutes = await minutesOf(true);
  const approvedMinutes = await minutesOf(true);

  const meeting = await leadershipMeeting(tenant, seatHolders);
  const approval = await openMotion(tenant, meeting, {
    kind: 'MINUTES_APPROVAL',
    minutesId: approvedMinutes,
  });
  for (const role of ['chair', 'lead', 'member', 'resident'] as const)
    await vote(tenant.clients[role], approval, 'YES');
  await chair.data(GQL.closeMotion, { id: approval });
  const { createMotion: draftMotion } = await chair.data<{ createMotion: { id: string } }>(GQL.createMotion, {
    input: { meetingId: meeting, kind: 'GENERAL', title: 'Endorse the screening plan' },
  });
  const open = await openMotion(tenant, meeting);

  const fund = new FundBuilder(app, tenant);
  const stream = await fund.stream({
    name: 'County Wellness Fund',
    awardCents: 100_000_00n,
    pledgedCents: 90_000_00n,
    receivedCents: 50_000_00n,
  });
  const grant = await fund.grant({
    allocations: [{ fundingStreamId: stream.id, cents: 3_000_00n }],
    tranches: [1_000_00n, 1_000_00n, 1_000_00n],
  });
  const { releaseDisbursement } = await fund.admin.data<{
    releaseDisbursement: { releaseTransactionId: string };
  }>(RELEASE, { input: { disbursementId: grant.disbursements[0].id, idempotencyKey: releaseKey() } });

  // Reports: the grant's quarters are over; partner A has submitted one and drafts the next.
  const { createMetric } = await fund.admin.data<{ createMetric: { id: string } }>(CREATE_METRIC, {
    input: { collaborativeId: tenant.collaborativeId, name: 'Clients enrolled', unit: 'clients' },
  });
  await fund.admin.data(SET_GRANT_METRIC, {
    input: { grantId: grant.id, metricId: createMetric.id, target: 500 },
  });
  const requirements = await requirementsOf(fund.admin, tenant.collaborativeId, grant.id);
  const submitted = await fillAndSubmit(tenant.clients.partnerA, requirements[0].id, [
    { metricId: createMetric.id, value: 120 },
  ]);
  const { startGrantReport: draft } = await tenant.clients.partnerA.data<{
    startGrantReport: { id: string };
  }>(START, { requirementId: requirements[1].id });
  const attached = await upload(app, tenant.clients.partnerA, draft.id, {
    name: 'sign-in sheets.pdf',
    bytes: PDF,
  });
  if (attached.status !== 201) throw new Error(`upload failed: ${JSON.stringify(attached.body)}`);

  const [membership] = await app.dataSource.query(
    `SELECT id FROM membership WHERE collaborative_id = $1 AND user_id = $2`,
    [tenant.collaborativeId, tenant.users.member.id],
  );
  const [auditEvent] = await app.dataSource.query(
    `SELECT id FROM audit_event WHERE collaborative_id = $1 ORDER BY occurred_at LIMIT 1`,
    [tenant.collaborativeId],
  );
  const [notification] = (await app.dataSource.query(
    `SELECT id FROM notification WHERE collaborative_id = $1 ORDER BY seq LIMIT 1`,
    [tenant.collaborativeId],
  )) as { id: string }[];
  if (!notification) throw new Error('The record world made no notification: the motions should have');
  return {
    collaborative: tenant.collaborativeId,
    funder: tenant.organizations.funder,
    granteeA: tenant.organizations.granteeA,
    granteeB: tenant.organizations.granteeB,
    seat: tenant.seats.member as string,
    membership: membership.id,
    invitation: inviteMember.invitation.id,
    user: tenant.users.member.id,
    workgroup: createWorkgroup.id,
    actionItem: createActionItem.id,
    scheduledMeeting: scheduleMeeting.id,
    meeting,
    draftMotion: draftMotion.id,
    openMotion: open,
    closedMotion: approval,
    draftMinutes,
    circulatedMinutes,
    approvedMinutes,
    fundingStream: stream.id,
    contribution: stream.contributionId as string,
    grant: grant.id,
    passedFundingMotion: grant.approvingMotionId,
    disbursement: grant.disbursements[1].id,
    releasedDisbursement: grant.disbursements[0].id,
    releaseTransaction: releaseDisbursement.releaseTransactionId,
    auditEvent: auditEvent.id,
    notification: notification.id,
    metric: createMetric.id,
    requirement: requirements[1].id,
    draftReport: draft.id,
    submittedReport: submitted.id,
    attachment: (attached.body as { id: string }).id,
  };
}
