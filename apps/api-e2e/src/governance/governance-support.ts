import { Role, Sector } from '@braid/contracts';
import { MembershipService, SeatService } from '@braid/collaboratives';
import { principalOf, User, UsersService } from '@braid/identity';
import { RequestContextService } from '@braid/kernel';
import { GraphQLClient } from '../support/graphql-client';
import { PASSWORD, TestTenant } from '../support/tenant';
import { TestApp } from '../support/test-app';

/** The GraphQL a meeting runs on, as the web client would send it. */
export const GQL = {
  createWorkgroup: `mutation($input: CreateWorkgroupInput!) { createWorkgroup(input: $input) { id name members { userId lead } } }`,
  createActionItem: `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id status ownerUserId } }`,
  postActionUpdate: `mutation($input: PostActionUpdateInput!) { postActionUpdate(input: $input) { id note statusFrom statusTo authorUserId } }`,
  scheduleMeeting: `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id status } }`,
  updateMeeting: `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id scheduledAt location } }`,
  cancelMeeting: `mutation($id: ID!) { cancelMeeting(id: $id) { id status } }`,
  setAgenda: `mutation($input: SetAgendaInput!) { setAgenda(input: $input) { position title } }`,
  updateActionItem: `mutation($input: UpdateActionItemInput!) { updateActionItem(input: $input) { id ownerUserId dueOn } }`,
  startMeeting: `mutation($id: ID!) { startMeeting(id: $id) { id status } }`,
  adjournMeeting: `mutation($id: ID!) { adjournMeeting(id: $id) { id status } }`,
  recordAttendance: `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { seatId userId status } }`,
  quorum: `query($id: ID!) { meeting(id: $id) { quorum { met filledSeats presentSeats required sectors { sector minimumPresent present met } } } }`,
  draftMinutes: `mutation($input: DraftMinutesInput!) { draftMinutes(input: $input) { id status version } }`,
  updateMinutes: `mutation($input: UpdateMinutesInput!) { updateMinutes(input: $input) { id body } }`,
  circulateMinutes: `mutation($id: ID!) { circulateMinutes(id: $id) { id status } }`,
  createMotion: `mutation($input: CreateMotionInput!) { createMotion(input: $input) { id status kind secret } }`,
  openMotion: `mutation($id: ID!) { openMotion(id: $id) { id status } }`,
  closeMotion: `mutation($id: ID!) {
    closeMotion(id: $id) {
      id status outcome
      tally { yes no abstain ballotsCast recusedSeatIds presentSeatIds filledSeats quorumRequired quorumMet threshold thresholdBase yesRequired outcome }
    }
  }`,
  castBallot: `mutation($input: CastBallotInput!) { castBallot(input: $input) { changed receipt ballot { id seatId choice secret castByAlternate } } }`,
  declareConflict: `mutation($input: DeclareConflictInput!) { declareConflict(input: $input) { id seatId source reason } }`,
  updateVotingRules: `mutation($input: UpdateVotingRulesInput!) { updateVotingRules(input: $input) { threshold spendingLimit { cents } } }`,
  recomputeTally: `query($motionId: ID!) { recomputeTally(motionId: $motionId) { matches differences recomputed { yes no abstain outcome } } }`,
};

export interface Person {
  user: User;
  client: GraphQLClient;
}

/**
 * Someone the standard tenant lacks (the trauma recovery center's board member, an alternate):
 * an account and a membership, signed in through the API.
 */
export async function addPerson(
  app: TestApp,
  tenant: TestTenant,
  key: string,
  roles: Role[],
  organizationId: string | null = null,
): Promise<Person> {
  const contexts = app.get(RequestContextService);
  const user = await app.dataSource.transaction(async (em) => {
    const created = await app.get(UsersService).create(contexts.systemContext(em), {
      email: `${key}@${tenant.slug}.test`,
      displayName: `${key} of ${tenant.slug}`,
      password: PASSWORD,
    });
    const admin = await contexts.contextFor(principalOf(tenant.users.admin), em);
    await app
      .get(MembershipService)
      .add(admin, { collaborativeId: tenant.collaborativeId, userId: created.id, roles, organizationId });
    return created;
  });
  return { user, client: await app.client(`${key}@${tenant.slug}`).signIn(user.email, PASSWORD) };
}

/** A voting seat made by the tenant's administrator, with its holder (and alternate). */
export async function addSeat(
  app: TestApp,
  tenant: TestTenant,
  plan: {
    name: string;
    sector: Sector;
    organizationId?: string | null;
    holderUserId: string;
    alternateUserId?: string | null;
  },
): Promise<string> {
  const contexts = app.get(RequestContextService);
  return app.dataSource.transaction(async (em) => {
    const admin = await contexts.contextFor(principalOf(tenant.users.admin), em);
    const seats = app.get(SeatService);
    const seat = await seats.create(admin, {
      collaborativeId: tenant.collaborativeId,
      name: plan.name,
      sector: plan.sector,
      organizationId: plan.organizationId ?? null,
    });
    await seats.assign(admin, {
      seatId: seat.id,
      holderUserId: plan.holderUserId,
      alternateUserId: plan.alternateUserId ?? null,
    });
    return seat.id;
  });
}

let hours = 0;

/** Meetings in the order they are held: each one later than the last. */
export function nextMeetingTime(): string {
  hours += 1;
  return new Date(Date.UTC(2026, 0, 5, 17) + hours * 3_600_000).toISOString();
}

/** A leadership team meeting the chair has scheduled and started, with the attendance given. */
export async function leadershipMeeting(
  tenant: TestTenant,
  attendance: { seatId: string; status: string }[],
  title = 'Leadership team',
): Promise<string> {
  const chair = tenant.clients.chair;
  const { scheduleMeeting } = await chair.data<{ scheduleMeeting: { id: string } }>(GQL.scheduleMeeting, {
    input: {
      collaborativeId: tenant.collaborativeId,
      title,
      scheduledAt: nextMeetingTime(),
      location: 'Stockton, Boggs Tract Community Center',
    },
  });
  await chair.data(GQL.startMeeting, { id: scheduleMeeting.id });
  if (attendance.length)
    await chair.data(GQL.recordAttendance, { input: { meetingId: scheduleMeeting.id, entries: attendance } });
  return scheduleMeeting.id;
}

export function present(...seatIds: (string | undefined)[]): { seatId: string; status: string }[] {
  return seatIds.map((seatId) => ({ seatId: seatId as string, status: 'PRESENT' }));
}

/** A motion moved by the chair and opened for the vote. */
export async function openMotion(
  tenant: TestTenant,
  meetingId: string,
  input: Record<string, unknown> = {},
): Promise<string> {
  const chair = tenant.clients.chair;
  const { createMotion } = await chair.data<{ createMotion: { id: string } }>(GQL.createMotion, {
    input: { meetingId, kind: 'GENERAL', title: 'Adopt the trauma-informed care framework', ...input },
  });
  await chair.data(GQL.openMotion, { id: createMotion.id });
  return createMotion.id;
}

export function vote(
  client: GraphQLClient,
  motionId: string,
  choice: string,
  extra: Record<string, unknown> = {},
) {
  return client.data<{
    castBallot: {
      changed: boolean;
      receipt: string | null;
      ballot: { id: string; seatId: string; choice: string | null };
    };
  }>(GQL.castBallot, { input: { motionId, choice, ...extra } });
}

export interface ClosedMotion {
  closeMotion: {
    id: string;
    status: string;
    outcome: string;
    tally: {
      yes: number;
      no: number;
      abstain: number;
      ballotsCast: number;
      recusedSeatIds: string[];
      presentSeatIds: string[];
      filledSeats: number;
      quorumRequired: number;
      quorumMet: boolean;
      threshold: string;
      thresholdBase: number;
      yesRequired: number;
      outcome: string;
    };
  };
}

export async function close(tenant: TestTenant, motionId: string): Promise<ClosedMotion['closeMotion']> {
  return (await tenant.clients.chair.data<ClosedMotion>(GQL.closeMotion, { id: motionId })).closeMotion;
}

/** The trauma recovery center's $300,000 first-year grant, drawing on two funding streams. */
export function traumaCenterFunding(recipientOrganizationId: string, streams: [string, string]) {
  return {
    amount: { cents: '30000000', currency: 'USD' },
    recipientOrganizationId,
    purpose: 'Stockton Trauma Recovery Center: case management and therapy for survivors of violent crime',
    periodStart: '2026-02-01',
    periodEnd: '2027-01-31',
    allocations: [
      { fundingStreamId: streams[0], cents: '20000000' },
      { fundingStreamId: streams[1], cents: '10000000' },
    ],
    tranches: [
      { cents: '10000000', plannedOn: '2026-02-15' },
      { cents: '10000000', plannedOn: '2026-06-15' },
      { cents: '10000000', plannedOn: '2026-10-15' },
    ],
  };
}
