import { principalOf } from '@braid/identity';
import { AuditedRecords, RequestContextService } from '@braid/kernel';
import { subject } from '@casl/ability';
import { GQL } from '../governance/governance-support';
import { SAVE } from '../reports/report-fixtures';
import { GraphQLResponse } from '../support/graphql-client';
import { buildRecordWorld, RecordWorld } from '../support/record-world';
import { startTestApp, TestApp } from '../support/test-app';
import { createTenant, TestTenant } from '../support/tenant';
import { MATRIX_ROLES, MatrixRole } from './matrix';

const AUDIT_PAGE = `query ($id: ID!, $after: String) {
  auditEvents(collaborativeId: $id, first: 200, after: $after) {
    nodes { id action entityType entityId before after } pageInfo { hasNextPage endCursor } } }`;

interface SeenEvent {
  id: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

interface AuditPage {
  nodes: SeenEvent[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface StoredEvent {
  id: string;
  collaborative_id: string;
  entity_type: string;
  entity_id: string | null;
}

/**
 * The audit log in the permission matrix: for every caller and every event of a collaborative that
 * holds one record of each kind in each state, the trail shows the event exactly when the caller
 * may read the trail (the AuditEvent rules) and may read the record it describes as it is now.
 * What is expected is computed by the CASL rules in memory on the loaded record, independently of
 * the SQL the API runs, so a record type the audit log cannot place, or a translation that widens
 * a rule, fails here.
 */
describe('The audit log × every caller: an event only with the record it describes', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let other: TestTenant;
  let world: RecordWorld;
  let workgroupMinutes: string;

  beforeAll(async () => {
    app = await startTestApp('audit-matrix', { queryStats: true });
    [tenant, other] = await Promise.all([createTenant(app, 'audit-matrix'), createTenant(app, 'audit-else')]);
    world = await buildRecordWorld(app, tenant);
    // Partner A keeps writing its draft: the narrative is in the event's after.
    await tenant.clients.partnerA.data(SAVE, {
      input: {
        reportId: world.draftReport,
        narrative: 'Draft, not for the board yet: two case managers left in March.',
        expectedRevision: await revisionOf(world.draftReport),
      },
    });
    // The workgroup lead drafts the minutes of a workgroup meeting the chair does not attend.
    const { scheduleMeeting } = await tenant.clients.lead.data<{ scheduleMeeting: { id: string } }>(
      GQL.scheduleMeeting,
      {
        input: {
          collaborativeId: tenant.collaborativeId,
          workgroupId: world.workgroup,
          title: 'Trauma-Informed Care working session',
          scheduledAt: '2026-02-02T17:00:00Z',
        },
      },
    );
    await tenant.clients.lead.data(GQL.startMeeting, { id: scheduleMeeting.id });
    const { draftMinutes } = await tenant.clients.lead.data<{ draftMinutes: { id: string } }>(
      GQL.draftMinutes,
      { input: { meetingId: scheduleMeeting.id, body: 'Draft: the school district may withdraw.' } },
    );
    workgroupMinutes = draftMinutes.id;
  }, 120_000);
  afterAll(() => app.close());

  async function revisionOf(reportId: string): Promise<number> {
    const [row] = await app.dataSource.query(`SELECT revision FROM grant_report WHERE id = $1`, [reportId]);
    return row.revision;
  }

  const clientOf = (role: MatrixRole) =>
    role === 'anonymous'
      ? app.client('anonymous')
      : role === 'outsider'
        ? other.clients.admin
        : tenant.clients[role];

  /** Every page of the trail the caller is shown, or the error code that refused it. */
  async function trailAs(role: MatrixRole): Promise<SeenEvent[] | string> {
    const seen: SeenEvent[] = [];
    let after: string | null = null;
    for (;;) {
      const response: GraphQLResponse<{ auditEvents: AuditPage }> = await clientOf(role).request(AUDIT_PAGE, {
        id: tenant.collaborativeId,
        after,
      });
      if (response.errors?.length) return String(response.errors[0].extensions?.['code']);
      const page: AuditPage | undefined = response.data?.auditEvents;
      if (!page) return 'NO_DATA';
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) return seen;
      after = page.pageInfo.endCursor;
    }
  }

  /** What the caller's rules say, in memory, about each stored event and the record it names. */
  async function expectedFor(role: MatrixRole): Promise<string[]> {
    const user = role === 'anonymous' ? null : role === 'outsider' ? other.users.admin : tenant.users[role];
    if (!user) return [];
    const records = app.get(AuditedRecords);
    return app.dataSource.transaction(async (em) => {
      const ctx = await app.get(RequestContextService).contextFor(principalOf(user), em);
      const events: StoredEvent[] = await em.query(
        `SELECT id, collaborative_id, entity_type, entity_id FROM audit_event WHERE collaborative_id = $1`,
        [tenant.collaborativeId],
      );
      const visible: string[] = [];
      for (const event of events) {
        const trail = subject('AuditEvent', {
          collaborativeId: event.collaborative_id,
          entityType: event.entity_type,
        });
        if (!ctx.ability.can('read', trail)) continue;
        const type = records.typeOf(event.entity_type);
        if (!type) throw new Error(`No domain describes the audited record type ${event.entity_type}`);
        const record = await em.findOneBy(type.entity, { [type.key]: event.entity_id });
        if (record && ctx.ability.can('read', subject(type.readAs, { ...record }))) visible.push(event.id);
      }
      return visible.sort();
    });
  }

  it('holds events of every audited record type the collaborative has', async () => {
    const types: { entity_type: string }[] = await app.dataSource.query(
      `SELECT DISTINCT entity_type FROM audit_event WHERE collaborative_id = $1 ORDER BY 1`,
      [tenant.collaborativeId],
    );
    const known = app.get(AuditedRecords).entityTypes;
    expect(types.map((row) => row.entity_type).filter((type) => !known.includes(type))).toEqual([]);
    // The kinds the matrix below must tell apart are all there.
    expect(types.map((row) => row.entity_type)).toEqual(
      expect.arrayContaining([
        'GrantReport',
        'Minutes',
        'Grant',
        'Disbursement',
        'Seat',
        'Membership',
        'Motion',
      ]),
    );
  });

  it.each(MATRIX_ROLES)('as %s', async (role) => {
    if (role === 'anonymous') {
      // A stranger's budget does not stretch to a 200-event page: refused before any resolver runs.
      const page = await clientOf(role).request(AUDIT_PAGE, { id: tenant.collaborativeId, after: null });
      expect(page.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY' });
      // A page it could afford is refused for want of a session, with nothing shown.
      const small = await clientOf(role).request<{ auditEvents: AuditPage }>(
        `query ($id: ID!) { auditEvents(collaborativeId: $id, first: 5) { nodes { id action } } }`,
        { id: tenant.collaborativeId },
      );
      expect(small.data?.auditEvents ?? null).toBeNull();
      return expect(small.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    }
    const trail = await trailAs(role);
    const expected = await expectedFor(role);
    if (typeof trail === 'string') {
      // Refused outright only when the caller's rules give them no part of the trail.
      expect(expected).toEqual([]);
      return expect(trail).toBe('FORBIDDEN');
    }
    expect(trail.map((event) => event.id).sort()).toEqual(expected);
  });

  it('keeps a draft report and draft minutes out of the trail of those who cannot open them', async () => {
    const chair = (await trailAs('chair')) as SeenEvent[];
    const admin = (await trailAs('admin')) as SeenEvent[];
    const about = (events: SeenEvent[], id: string) => events.filter((event) => event.entityId === id);
    // The chair and the administrator get NOT_FOUND on partner A's draft and submitted reports...
    for (const id of [world.draftReport, world.submittedReport]) {
      for (const client of [tenant.clients.chair, tenant.clients.admin])
        expect((await client.error(`query ($id: ID!) { grantReport(id: $id) { id } }`, { id })).code).toBe(
          'NOT_FOUND',
        );
      expect(about(chair, id)).toEqual([]);
      expect(about(admin, id)).toEqual([]);
    }
    const narratives = JSON.stringify([...chair, ...admin]);
    expect(narratives).not.toContain('two case managers left');
    expect(narratives).not.toContain('school district may withdraw');
    // ...the chair on the workgroup's draft minutes, the administrator on the chair's.
    expect(about(chair, workgroupMinutes)).toEqual([]);
    expect(about(admin, workgroupMinutes)).toEqual([]);
    expect(about(admin, world.draftMinutes)).toEqual([]);
    // What they may read is still there: the chair's own draft, circulated minutes, seats.
    expect(about(chair, world.draftMinutes).map((event) => event.action)).toContain('minutes.drafted');
    expect(about(admin, world.circulatedMinutes).map((event) => event.action)).toContain(
      'minutes.circulated',
    );
    expect(about(chair, world.seat).length).toBeGreaterThan(0);
    // Filtering by the record's type or id opens nothing either.
    const byId = await tenant.clients.chair.data<{ auditEvents: { nodes: unknown[] } }>(
      `query ($id: ID!, $entityId: ID) { auditEvents(collaborativeId: $id, entityType: "GrantReport", entityId: $entityId) { nodes { id } } }`,
      { id: tenant.collaborativeId, entityId: world.draftReport },
    );
    expect(byId.auditEvents.nodes).toEqual([]);
    // Partners and members read none of the trail, their own draft's included.
    for (const role of ['partnerA', 'partnerB', 'member', 'observer'] as const)
      expect(await trailAs(role)).toBe('FORBIDDEN');
  });

  it('pages through the filtered trail in one statement per page, in keyset order', async () => {
    await tenant.clients.chair.request(`{ me { id } }`); // the chair's principal, remembered from here
    const first = await tenant.clients.chair.request<{
      auditEvents: { nodes: { id: string }[]; pageInfo: { endCursor: string } };
    }>(
      `query ($id: ID!) { auditEvents(collaborativeId: $id, first: 5) { nodes { id } pageInfo { endCursor } } }`,
      {
        id: tenant.collaborativeId,
      },
    );
    const second = await tenant.clients.chair.data<{ auditEvents: { nodes: { id: string }[] } }>(
      `query ($id: ID!, $after: String) { auditEvents(collaborativeId: $id, first: 5, after: $after) { nodes { id } } }`,
      { id: tenant.collaborativeId, after: first.data?.auditEvents.pageInfo.endCursor },
    );
    expect(first.sqlQueries).toBe(1);
    const ids = [...(first.data?.auditEvents.nodes ?? []), ...second.auditEvents.nodes].map((e) =>
      BigInt(e.id),
    );
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    expect(new Set(ids).size).toBe(10);
    const all = (await trailAs('chair')) as SeenEvent[];
    expect(all.slice(0, 10).map((event) => BigInt(event.id))).toEqual(ids);
  });
});
