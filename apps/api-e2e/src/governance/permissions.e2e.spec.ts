import { AttendanceStatus, BallotChoice, MotionKind } from '@braid/contracts';
import {
  ActionItemService,
  BallotService,
  GOVERNANCE_RESOLVERS,
  MeetingService,
  MinutesService,
  MotionService,
  WorkgroupService,
} from '@braid/governance';
import { principalOf } from '@braid/identity';
import { PermissionDeclarations, RequestContext, RequestContextService } from '@braid/kernel';
import { GraphQLClient, GraphQLResponse } from '../support/graphql-client';
import { subscribe } from '../support/subscriptions';
import { startTestApp, TestApp } from '../support/test-app';
import { createTenant, TenantRole, TestTenant } from '../support/tenant';
import { nextMeetingTime } from './governance-support';

type Caller = TenantRole | 'anonymous' | 'outsider';
const CALLERS: Caller[] = [
  'admin',
  'chair',
  'fundAdmin',
  'lead',
  'member',
  'resident',
  'partnerA',
  'partnerB',
  'observer',
  'anonymous',
  'outsider',
];
const READERS: TenantRole[] = ['admin', 'chair', 'fundAdmin', 'lead', 'member', 'resident', 'observer'];
const SEAT_HOLDERS: TenantRole[] = ['chair', 'lead', 'member', 'resident'];
/** Those who cannot even see a draft: it is NOT_FOUND to them rather than FORBIDDEN. */
const DRAFT_UNSEEN: Partial<Record<TenantRole, string>> = Object.fromEntries(
  ['admin', 'fundAdmin', 'lead', 'member', 'resident', 'observer'].map((role) => [role, 'NOT_FOUND']),
);

interface Row {
  /** The roles of this collaborative for whom the operation succeeds. */
  allowed: TenantRole[];
  /** What the others get, where it is not FORBIDDEN. */
  denied?: Partial<Record<TenantRole, string>>;
  /** Builds what the operation acts on, afresh for each caller (state-changing operations). */
  fresh?: (world: World) => Promise<Record<string, string>>;
  run(client: GraphQLClient, ids: Record<string, string>, world: World): Promise<GraphQLResponse<unknown>>;
}

/** What the operations act on, made through the services as the people who would make it. */
class World {
  shared: Record<string, string> = {};
  private sequence = 0;

  constructor(
    readonly app: TestApp,
    readonly tenant: TestTenant,
  ) {}

  as<T>(role: TenantRole, work: (ctx: RequestContext) => Promise<T>): Promise<T> {
    return this.app.dataSource.transaction(async (em) => {
      const ctx = await this.app
        .get(RequestContextService)
        .contextFor(principalOf(this.tenant.users[role]), em);
      return work(ctx);
    });
  }

  unique(prefix: string): string {
    return `${prefix} ${++this.sequence}`;
  }

  async meeting(started: boolean, withAttendance = started): Promise<string> {
    const meetings = this.app.get(MeetingService);
    return this.as('chair', async (ctx) => {
      const meeting = await meetings.schedule(ctx, {
        collaborativeId: this.tenant.collaborativeId,
        title: this.unique('Leadership team'),
        scheduledAt: new Date(nextMeetingTime()),
      });
      if (started) await meetings.start(ctx, meeting.id);
      if (withAttendance) {
        const entries = SEAT_HOLDERS.map((role) => ({
          seatId: this.tenant.seats[role] as string,
          status: AttendanceStatus.PRESENT,
        }));
        await meetings.recordAttendance(ctx, { meetingId: meeting.id, entries });
      }
      return meeting.id;
    });
  }

  async motion(
    meetingId: string,
    open: boolean,
    extra: { kind?: MotionKind; minutesId?: string } = {},
  ): Promise<string> {
    const motions = this.app.get(MotionService);
    return this.as('chair', async (ctx) => {
      const motion = await motions.create(ctx, {
        meetingId,
        kind: extra.kind ?? MotionKind.GENERAL,
        title: this.unique('Motion'),
        text: '',
        secret: false,
        minutesId: extra.minutesId,
      });
      if (open) await motions.open(ctx, motion.id);
      return motion.id;
    });
  }

  async minutes(meetingId: string, circulate: boolean): Promise<string> {
    const minutes = this.app.get(MinutesService);
    return this.as('chair', async (ctx) => {
      const draft = await minutes.draft(ctx, { meetingId, body: 'Present: four seats.' });
      if (circulate) await minutes.circulate(ctx, draft.id);
      return draft.id;
    });
  }

  async build(): Promise<void> {
    const { tenant } = this;
    const workgroup = await this.as('admin', (ctx) =>
      this.app.get(WorkgroupService).create(ctx, {
        collaborativeId: tenant.collaborativeId,
        name: 'Trauma-Informed Care',
        purpose: '',
        leadUserIds: [tenant.users.lead.id],
        memberUserIds: [tenant.users.member.id, tenant.users.resident.id],
      }),
    );
    const item = await this.as('lead', (ctx) =>
      this.app.get(ActionItemService).create(ctx, {
        workgroupId: workgroup.id,
        title: 'Map referral paths',
        ownerUserId: tenant.users.member.id,
      }),
    );
    const meeting = await this.meeting(true);
    const openMotion = await this.motion(meeting, true);
    const closedMotion = await this.motion(meeting, true);
    await this.as('chair', async (ctx) => {
      await this.app.get(BallotService).cast(ctx, { motionId: closedMotion, choice: BallotChoice.YES });
      await this.app.get(MotionService).close(ctx, closedMotion);
    });
    const draftMinutes = await this.minutes(await this.meeting(true), false);
    const approvedMinutes = await this.minutes(await this.meeting(true), true);
    const circulatedMinutes = await this.minutes(await this.meeting(true), true);
    const approvalMeeting = await this.meeting(true);
    const approval = await this.motion(approvalMeeting, true, {
      kind: MotionKind.MINUTES_APPROVAL,
      minutesId: approvedMinutes,
    });
    for (const role of ['chair', 'member', 'resident'] as const) {
      await this.as(role, (ctx) =>
        this.app.get(BallotService).cast(ctx, { motionId: approval, choice: BallotChoice.YES }),
      );
    }
    await this.as('chair', (ctx) => this.app.get(MotionService).close(ctx, approval));
    this.shared = {
      workgroup: workgroup.id,
      item: item.id,
      meeting,
      scheduledMeeting: await this.meeting(false),
      openMotion,
      closedMotion,
      draftMinutes,
      circulatedMinutes,
      approvedMinutes,
    };
  }
}

const q = (client: GraphQLClient, query: string, variables: Record<string, unknown>) =>
  client.request<unknown>(query, variables);
const byId = (query: string, key: string) => (client: GraphQLClient, ids: Record<string, string>) =>
  q(client, query, { id: ids[key] });

/** Every governance operation, who may perform it, and how; a new operation without a row fails the test. */
const MATRIX: Record<string, Row> = {
  // Reading: every role that takes part in governance; never a partner contact.
  workgroups: {
    allowed: READERS,
    run: (c, _i, w) =>
      q(c, `query($c: ID!) { workgroups(collaborativeId: $c) { id } }`, { c: w.tenant.collaborativeId }),
  },
  workgroup: {
    allowed: READERS,
    run: byId(`query($id: ID!) { workgroup(id: $id) { id members { userId } } }`, 'workgroup'),
  },
  actionItems: {
    allowed: READERS,
    run: (c, i) =>
      q(c, `query($w: ID!) { actionItems(workgroupId: $w) { nodes { id updates { id } } } }`, {
        w: i.workgroup,
      }),
  },
  meetings: {
    allowed: READERS,
    run: (c, _i, w) =>
      q(c, `query($c: ID!) { meetings(collaborativeId: $c) { nodes { id } } }`, {
        c: w.tenant.collaborativeId,
      }),
  },
  meeting: {
    allowed: READERS,
    run: byId(
      `query($id: ID!) { meeting(id: $id) { id quorum { met } attendance { status } agenda { title } motions { id } } }`,
      'meeting',
    ),
  },
  minutes: {
    allowed: READERS,
    run: byId(`query($id: ID!) { minutes(id: $id) { id decisions { id } } }`, 'circulatedMinutes'),
  },
  votingRules: {
    allowed: READERS,
    run: (c, _i, w) =>
      q(c, `query($c: ID!) { votingRules(collaborativeId: $c) { threshold } }`, {
        c: w.tenant.collaborativeId,
      }),
  },
  motions: {
    allowed: READERS,
    run: (c, _i, w) =>
      q(c, `query($c: ID!) { motions(collaborativeId: $c) { nodes { id } } }`, {
        c: w.tenant.collaborativeId,
      }),
  },
  motion: {
    allowed: READERS,
    run: byId(
      `query($id: ID!) { motion(id: $id) { id ballots { choice } conflicts { id } tally { outcome } runningCounts { yes } } }`,
      'closedMotion',
    ),
  },
  recomputeTally: {
    allowed: READERS,
    run: (c, i) => q(c, `query($m: ID!) { recomputeTally(motionId: $m) { matches } }`, { m: i.closedMotion }),
  },
  motionUpdated: {
    allowed: READERS,
    run: async (c, i) => {
      const subscription = subscribe(
        c,
        `subscription($m: ID!) { motionUpdated(motionId: $m) { motionId } }`,
        { m: i.openMotion },
      );
      try {
        const result = await subscription.next();
        return {
          status: 200,
          data: result.data ?? null,
          errors: result.errors as GraphQLResponse<unknown>['errors'],
          headers: new Headers(),
          sqlQueries: null,
        };
      } catch (error) {
        return {
          status: 200,
          data: null,
          errors: error as GraphQLResponse<unknown>['errors'],
          headers: new Headers(),
          sqlQueries: null,
        };
      } finally {
        await subscription.close();
      }
    },
  },

  // Workgroups: administrators and the chair create them; a lead manages their own.
  createWorkgroup: {
    allowed: ['admin', 'chair'],
    run: (c, _i, w) =>
      q(c, `mutation($input: CreateWorkgroupInput!) { createWorkgroup(input: $input) { id } }`, {
        input: { collaborativeId: w.tenant.collaborativeId, name: w.unique('Housing Policy') },
      }),
  },
  updateWorkgroup: {
    allowed: ['admin', 'chair', 'lead'],
    run: (c, i) =>
      q(c, `mutation($input: UpdateWorkgroupInput!) { updateWorkgroup(input: $input) { id } }`, {
        input: { id: i.workgroup, purpose: 'Healing-centered care in every clinic' },
      }),
  },
  createActionItem: {
    allowed: ['lead'],
    run: (c, i, w) =>
      q(c, `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`, {
        input: {
          workgroupId: i.workgroup,
          title: 'Train school staff',
          ownerUserId: w.tenant.users.member.id,
        },
      }),
  },
  updateActionItem: {
    allowed: ['lead'],
    run: (c, i) =>
      q(c, `mutation($input: UpdateActionItemInput!) { updateActionItem(input: $input) { id } }`, {
        input: { id: i.item, dueOn: '2026-06-30' },
      }),
  },
  postActionUpdate: {
    allowed: ['lead', 'member'],
    run: (c, i) =>
      q(c, `mutation($input: PostActionUpdateInput!) { postActionUpdate(input: $input) { id } }`, {
        input: { actionItemId: i.item, note: 'Two clinics mapped.' },
      }),
  },

  // Leadership team meetings: the chair's.
  scheduleMeeting: {
    allowed: ['chair'],
    run: (c, _i, w) =>
      q(c, `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`, {
        input: {
          collaborativeId: w.tenant.collaborativeId,
          title: 'Retreat',
          scheduledAt: nextMeetingTime(),
        },
      }),
  },
  updateMeeting: {
    allowed: ['chair'],
    run: (c, i) =>
      q(c, `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }`, {
        input: { id: i.scheduledMeeting, location: 'Van Buskirk Community Center' },
      }),
  },
  setAgenda: {
    allowed: ['chair'],
    run: (c, i) =>
      q(c, `mutation($input: SetAgendaInput!) { setAgenda(input: $input) { id } }`, {
        input: {
          meetingId: i.scheduledMeeting,
          items: [{ title: 'Public comment' }, { title: 'Funding decisions' }],
        },
      }),
  },
  startMeeting: {
    allowed: ['chair'],
    fresh: async (w) => ({ target: await w.meeting(false) }),
    run: byId(`mutation($id: ID!) { startMeeting(id: $id) { id } }`, 'target'),
  },
  adjournMeeting: {
    allowed: ['chair'],
    fresh: async (w) => ({ target: await w.meeting(true) }),
    run: byId(`mutation($id: ID!) { adjournMeeting(id: $id) { id } }`, 'target'),
  },
  cancelMeeting: {
    allowed: ['chair'],
    fresh: async (w) => ({ target: await w.meeting(false) }),
    run: byId(`mutation($id: ID!) { cancelMeeting(id: $id) { id } }`, 'target'),
  },
  recordAttendance: {
    allowed: ['chair'],
    run: (c, i, w) =>
      q(c, `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }`, {
        input: { meetingId: i.meeting, entries: [{ seatId: w.tenant.seats.member, status: 'REMOTE' }] },
      }),
  },

  // Minutes: drafted and circulated by the chair (or a delegated note-taker); drafts are unseen by others.
  draftMinutes: {
    allowed: ['chair'],
    fresh: async (w) => ({ target: await w.meeting(true, false) }),
    run: (c, i) =>
      q(c, `mutation($input: DraftMinutesInput!) { draftMinutes(input: $input) { id } }`, {
        input: { meetingId: i.target, body: 'Minutes' },
      }),
  },
  updateMinutes: {
    allowed: ['chair'],
    denied: DRAFT_UNSEEN,
    run: (c, i) =>
      q(c, `mutation($input: UpdateMinutesInput!) { updateMinutes(input: $input) { id } }`, {
        input: { id: i.draftMinutes, body: 'Edited' },
      }),
  },
  circulateMinutes: {
    allowed: ['chair'],
    denied: DRAFT_UNSEEN,
    fresh: async (w) => ({ target: await w.minutes(await w.meeting(true, false), false) }),
    run: byId(`mutation($id: ID!) { circulateMinutes(id: $id) { id } }`, 'target'),
  },
  correctMinutes: {
    allowed: ['chair'],
    run: (c, i) =>
      q(c, `mutation($input: CorrectMinutesInput!) { correctMinutes(input: $input) { id } }`, {
        input: { minutesId: i.approvedMinutes, body: 'Corrected' },
      }),
  },

  updateVotingRules: {
    allowed: ['admin', 'chair'],
    run: (c, _i, w) =>
      q(c, `mutation($input: UpdateVotingRulesInput!) { updateVotingRules(input: $input) { threshold } }`, {
        input: { collaborativeId: w.tenant.collaborativeId, abstentionsCountTowardBase: false },
      }),
  },

  // Motions: seat holders move them, the chair opens and closes them, seat holders vote and recuse.
  createMotion: {
    allowed: SEAT_HOLDERS,
    run: (c, i) =>
      q(c, `mutation($input: CreateMotionInput!) { createMotion(input: $input) { id } }`, {
        input: { meetingId: i.meeting, kind: 'GENERAL', title: 'Endorse the county’s ACEs screening plan' },
      }),
  },
  openMotion: {
    allowed: ['chair'],
    fresh: async (w) => ({ target: await w.motion(w.shared.meeting, false) }),
    run: byId(`mutation($id: ID!) { openMotion(id: $id) { id } }`, 'target'),
  },
  closeMotion: {
    allowed: ['chair'],
    fresh: async (w) => ({ target: await w.motion(w.shared.meeting, true) }),
    run: byId(`mutation($id: ID!) { closeMotion(id: $id) { id } }`, 'target'),
  },
  withdrawMotion: {
    allowed: ['chair'],
    fresh: async (w) => ({ target: await w.motion(w.shared.meeting, false) }),
    run: byId(`mutation($id: ID!) { withdrawMotion(id: $id) { id } }`, 'target'),
  },
  castBallot: {
    allowed: SEAT_HOLDERS,
    fresh: async (w) => ({ target: await w.motion(w.shared.meeting, true) }),
    run: (c, i) =>
      q(c, `mutation($input: CastBallotInput!) { castBallot(input: $input) { changed } }`, {
        input: { motionId: i.target, choice: 'YES' },
      }),
  },
  declareConflict: {
    allowed: SEAT_HOLDERS,
    fresh: async (w) => ({ target: await w.motion(w.shared.meeting, true) }),
    run: (c, i) =>
      q(c, `mutation($input: DeclareConflictInput!) { declareConflict(input: $input) { id } }`, {
        input: { motionId: i.target, reason: 'My employer would benefit' },
      }),
  },
};

describe('Who may do what in governance', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let other: TestTenant;
  let world: World;

  beforeAll(async () => {
    app = await startTestApp('gov-permissions');
    [tenant, other] = await Promise.all([createTenant(app, 'gov-perm'), createTenant(app, 'gov-perm-other')]);
    world = new World(app, tenant);
    await world.build();
    // The other collaborative's lead leads a workgroup there, so lead-only operations reach the record check.
    await new World(app, other).as('admin', (ctx) =>
      app.get(WorkgroupService).create(ctx, {
        collaborativeId: other.collaborativeId,
        name: 'Youth & Schools',
        purpose: '',
        leadUserIds: [other.users.lead.id],
        memberUserIds: [],
      }),
    );
  });
  afterAll(() => app.close());

  it('has a row for every governance query, mutation and subscription', () => {
    const governance = new Set(GOVERNANCE_RESOLVERS.map((resolver) => resolver.name));
    const operations = app
      .get(PermissionDeclarations)
      .list()
      .filter((operation) => governance.has(operation.handler.split('.')[0]))
      .map((operation) => operation.name)
      .sort();
    expect(operations.length).toBeGreaterThan(30);
    expect(Object.keys(MATRIX).sort()).toEqual(operations);
  });

  for (const [operation, row] of Object.entries(MATRIX)) {
    it(`${operation}: ${row.allowed.join(', ')} may; every other role, anonymous and another collaborative may not`, async () => {
      const mismatches: string[] = [];
      for (const caller of CALLERS) {
        const client =
          caller === 'anonymous'
            ? app.client('anonymous')
            : caller === 'outsider'
              ? other.clients[row.allowed[0]]
              : tenant.clients[caller];
        const expected =
          caller === 'anonymous'
            ? 'UNAUTHENTICATED'
            : caller === 'outsider'
              ? 'NOT_FOUND'
              : row.allowed.includes(caller)
                ? 'OK'
                : (row.denied?.[caller] ?? 'FORBIDDEN');
        const ids = { ...world.shared, ...(row.fresh ? await row.fresh(world) : {}) };
        const response = await row.run(client, ids, world);
        const error = response.errors?.[0];
        const got = error ? String(error.extensions?.code) : 'OK';
        if (got !== expected)
          mismatches.push(`${caller}: expected ${expected}, got ${got}${error ? ` (${error.message})` : ''}`);
      }
      expect(mismatches).toEqual([]);
    });
  }
});
