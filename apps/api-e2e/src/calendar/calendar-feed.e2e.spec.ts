import { FundBuilder } from '../funds/fund-fixtures';
import { GQL } from '../governance/governance-support';
import { requirementsOf } from '../reports/report-fixtures';
import { GraphQLClient } from '../support/graphql-client';
import { parseCalendar, type Properties } from '../support/icalendar';
import { createTenant, TestTenant } from '../support/tenant';
import { startTestApp, TestApp } from '../support/test-app';

const CREATE = `mutation { createCalendarFeed { url feed { issuedAt } } }`;
const REGENERATE = `mutation { regenerateCalendarFeed { url feed { issuedAt } } }`;
const REVOKE = `mutation { revokeCalendarFeed }`;
const FEED = `{ calendarFeed { issuedAt } }`;

const uids = (events: Properties[]) => events.map((event) => event.get('UID'));

describe('Calendar feeds', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let other: TestTenant;
  let leadershipMeetingId: string;
  let workgroupMeetingId: string;
  let cancelledMeetingId: string;
  let oldMeetingId: string;
  let otherMeetingId: string;
  let actionItemId: string;
  let requirementsA: { id: string; dueOn: string }[];
  let requirementsB: { id: string; dueOn: string }[];

  const path = (url: string) => new URL(url).pathname;
  const fetchFeed = (url: string) => fetch(`${app.url}${path(url)}`);
  async function feedOf(client: GraphQLClient): Promise<{ url: string; events: Properties[] }> {
    const { createCalendarFeed } = await client.data<{ createCalendarFeed: { url: string } }>(CREATE);
    const response = await fetchFeed(createCalendarFeed.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, max-age=300');
    return { url: createCalendarFeed.url, events: parseCalendar(await response.text()) };
  }

  beforeAll(async () => {
    app = await startTestApp('calendar-feed', { publicUrl: 'https://braid.example.org' });
    // The feed's window (the past 90 days and what is to come) is measured from the server's clock.
    app.clock.travelTo(new Date('2026-01-02T00:00:00Z'));
    [tenant, other] = await Promise.all([createTenant(app, 'calendar'), createTenant(app, 'elsewhere')]);
    const schedule = async (client: GraphQLClient, input: Record<string, unknown>) =>
      (
        await client.data<{ scheduleMeeting: { id: string } }>(GQL.scheduleMeeting, {
          input: { scheduledAt: '2026-01-20T17:00:00Z', ...input },
        })
      ).scheduleMeeting.id;

    leadershipMeetingId = await schedule(tenant.clients.chair, {
      collaborativeId: tenant.collaborativeId,
      title: 'Leadership team, January',
      location: 'Boggs Tract Community Center, Stockton',
      remoteLink: 'https://meet.example.org/leadership',
    });
    cancelledMeetingId = await schedule(tenant.clients.chair, {
      collaborativeId: tenant.collaborativeId,
      title: 'Leadership retreat',
      scheduledAt: '2026-02-03T17:00:00Z',
    });
    await tenant.clients.chair.data(`mutation ($id: ID!) { cancelMeeting(id: $id) { id } }`, {
      id: cancelledMeetingId,
    });
    oldMeetingId = await schedule(tenant.clients.chair, {
      collaborativeId: tenant.collaborativeId,
      title: 'Leadership team, last spring',
    });
    // Held long before the window opens.
    await app.dataSource.query(`UPDATE meeting SET scheduled_at = '2025-05-01T17:00:00Z' WHERE id = $1`, [
      oldMeetingId,
    ]);

    const { createWorkgroup } = await tenant.clients.admin.data<{ createWorkgroup: { id: string } }>(
      GQL.createWorkgroup,
      {
        input: {
          collaborativeId: tenant.collaborativeId,
          name: 'Trauma-Informed Care',
          leadUserIds: [tenant.users.lead.id],
          memberUserIds: [tenant.users.observer.id],
        },
      },
    );
    workgroupMeetingId = await schedule(tenant.clients.lead, {
      collaborativeId: tenant.collaborativeId,
      workgroupId: createWorkgroup.id,
      title: 'Trauma-Informed Care workgroup',
      scheduledAt: '2026-01-15T18:00:00Z',
    });
    const { createActionItem } = await tenant.clients.lead.data<{ createActionItem: { id: string } }>(
      GQL.createActionItem,
      {
        input: {
          workgroupId: createWorkgroup.id,
          ownerUserId: tenant.users.observer.id,
          title: 'Draft the screening protocol',
          dueOn: '2026-02-15',
        },
      },
    );
    actionItemId = createActionItem.id;
    otherMeetingId = await schedule(other.clients.chair, {
      collaborativeId: other.collaborativeId,
      title: 'Another collaborative’s leadership team',
    });

    const fund = new FundBuilder(app, tenant);
    const stream = await fund.stream({
      name: 'County prevention',
      awardCents: 100_000_00n,
      pledgedCents: 100_000_00n,
      receivedCents: 100_000_00n,
    });
    const grant = (recipientOrganizationId: string) =>
      fund.grant({
        recipientOrganizationId,
        allocations: [{ fundingStreamId: stream.id, cents: 1_000_00n }],
        tranches: [1_000_00n],
      });
    const grantA = await grant(tenant.organizations.granteeA);
    const grantB = await grant(tenant.organizations.granteeB);
    requirementsA = await requirementsOf(fund.admin, tenant.collaborativeId, grantA.id);
    requirementsB = await requirementsOf(fund.admin, tenant.collaborativeId, grantB.id);
  });
  afterAll(() => app.close());

  it('gives a seat holder the leadership meetings, with place, remote link, agenda and page', async () => {
    const { events } = await feedOf(tenant.clients.member);
    expect(uids(events).sort()).toEqual(
      [`meeting-${leadershipMeetingId}@braid`, `meeting-${cancelledMeetingId}@braid`].sort(),
    );
    const meeting = events.find((event) => event.get('UID') === `meeting-${leadershipMeetingId}@braid`)!;
    expect(meeting.get('SUMMARY')).toBe('Leadership team\\, January');
    expect(meeting.get('DTSTART')).toBe('20260120T170000Z');
    expect(meeting.get('LOCATION')).toBe('Boggs Tract Community Center\\, Stockton');
    const page = `https://braid.example.org/collaboratives/${tenant.collaborativeId}/meetings/${leadershipMeetingId}`;
    expect(meeting.get('URL')).toBe(page);
    expect(meeting.get('DESCRIPTION')).toContain('https://meet.example.org/leadership');
    expect(meeting.get('DESCRIPTION')).toContain(`${page}#agenda`);
    expect(meeting.get('STATUS')).toBe('CONFIRMED');
    const cancelled = events.find((event) => event.get('UID') === `meeting-${cancelledMeetingId}@braid`)!;
    expect(cancelled.get('STATUS')).toBe('CANCELLED');
    expect(Number(cancelled.get('SEQUENCE'))).toBeGreaterThanOrEqual(0);
    expect(cancelled.get('LAST-MODIFIED')).toMatch(/^\d{8}T\d{6}Z$/);
    // Outside the window: held 8 months ago. Another collaborative's: never.
    expect(uids(events)).not.toContain(`meeting-${oldMeetingId}@braid`);
    expect(uids(events)).not.toContain(`meeting-${otherMeetingId}@braid`);
  });

  it("gives a workgroup member its meetings and their own action items' due dates, not the leadership team's", async () => {
    const { events } = await feedOf(tenant.clients.observer);
    expect(uids(events).sort()).toEqual(
      [`meeting-${workgroupMeetingId}@braid`, `action-item-${actionItemId}@braid`].sort(),
    );
    const item = events.find((event) => event.get('UID') === `action-item-${actionItemId}@braid`)!;
    expect(item.get('DTSTART;')).toBe('VALUE=DATE:20260215');
    expect(item.get('SUMMARY')).toBe('Due: Draft the screening protocol');
  });

  it("gives a partner contact their organization's report due dates only, as all-day events", async () => {
    const { events } = await feedOf(tenant.clients.partnerA);
    expect(requirementsA.length).toBeGreaterThan(0);
    expect(uids(events).sort()).toEqual(requirementsA.map((r) => `report-due-${r.id}@braid`).sort());
    for (const requirement of requirementsA) {
      const event = events.find((e) => e.get('UID') === `report-due-${requirement.id}@braid`)!;
      expect(event.get('DTSTART;')).toBe(`VALUE=DATE:${requirement.dueOn.replace(/-/g, '')}`);
    }
    for (const requirement of requirementsB)
      expect(uids(events)).not.toContain(`report-due-${requirement.id}@braid`);
  });

  it('answers 404 for an unknown address, for a revoked one, and for the old address once regenerated', async () => {
    const chair = tenant.clients.chair;
    expect(await chair.data(FEED)).toEqual({ calendarFeed: null });
    const first = await feedOf(chair);
    expect((await chair.data<{ calendarFeed: { issuedAt: string } }>(FEED)).calendarFeed).not.toBeNull();
    // The address is shown once: a second create is refused, not answered with it again.
    expect((await chair.error(CREATE)).extensions?.reason).toBe('RECORD_EXISTS');

    const { regenerateCalendarFeed } = await chair.data<{ regenerateCalendarFeed: { url: string } }>(
      REGENERATE,
    );
    expect(regenerateCalendarFeed.url).not.toBe(first.url);
    expect((await fetchFeed(first.url)).status).toBe(404);
    expect((await fetchFeed(regenerateCalendarFeed.url)).status).toBe(200);

    expect(await chair.data(REVOKE)).toEqual({ revokeCalendarFeed: true });
    expect((await fetchFeed(regenerateCalendarFeed.url)).status).toBe(404);
    expect(await chair.data(FEED)).toEqual({ calendarFeed: null });
    expect((await chair.error(REVOKE)).code).toBe('NOT_FOUND');

    expect((await fetch(`${app.url}/api/calendar/not-a-token.ics`)).status).toBe(404);
    expect((await fetch(`${app.url}/api/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);

    const actions: { action: string }[] = await app.dataSource.query(
      `SELECT action FROM audit_event WHERE entity_id = $1 AND action LIKE 'calendarFeed.%' ORDER BY id`,
      [tenant.users.chair.id],
    );
    expect(actions.map((row) => row.action)).toEqual([
      'calendarFeed.created',
      'calendarFeed.regenerated',
      'calendarFeed.revoked',
    ]);
    const stored: { token_hash: string }[] = await app.dataSource.query(
      `SELECT token_hash FROM calendar_feed`,
    );
    for (const row of stored) expect(first.url).not.toContain(row.token_hash);
  });

  it('refuses the feed mutations to someone signed out', async () => {
    expect((await app.client().error(CREATE)).code).toBe('UNAUTHENTICATED');
  });

  describe('"Add to calendar" on a meeting', () => {
    const download = (client: GraphQLClient, id: string) =>
      fetch(`${app.url}/api/meetings/${id}.ics`, {
        headers: client.sessionCookie ? { cookie: client.sessionCookie } : {},
      });

    it('gives someone who may read the meeting its calendar as a file', async () => {
      const response = await download(tenant.clients.observer, leadershipMeetingId);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(response.headers.get('content-disposition')).toContain('attachment');
      const events = parseCalendar(await response.text());
      expect(uids(events)).toEqual([`meeting-${leadershipMeetingId}@braid`]);
    });

    it('answers 404 to another collaborative, a partner contact and an unknown id; 401 signed out', async () => {
      expect((await download(other.clients.admin, leadershipMeetingId)).status).toBe(404);
      expect((await download(tenant.clients.partnerA, leadershipMeetingId)).status).toBe(404);
      expect((await download(tenant.clients.chair, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await download(app.client(), leadershipMeetingId)).status).toBe(401);
    });
  });
});
