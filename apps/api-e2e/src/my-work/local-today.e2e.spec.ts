import { REPORT_REMINDERS_TASK } from '@braid/reports';
import { FundBuilder } from '../funds/fund-fixtures';
import { GQL } from '../governance/governance-support';
import { requirementPages } from '../reports/report-fixtures';
import { GraphQLClient } from '../support/graphql-client';
import { createTenant, TestTenant } from '../support/tenant';
import { startTestApp, TestApp } from '../support/test-app';

const $ = (dollars: number) => BigInt(dollars) * 100n;
const DUE = '2027-03-09';
/** 21:00 on March 9 in Los Angeles (PST), already March 10 in UTC. */
const EVENING_IN_LA = new Date('2027-03-10T05:00:00Z');
/** 00:30 on March 10 in Los Angeles: the collaborative's calendar has moved on. */
const AFTER_LA_MIDNIGHT = new Date('2027-03-10T08:30:00Z');

const MY_WORK = `query {
  myWork {
    actionItems(first: 10) { nodes { actionItem { id } overdue dueToday } }
    reportsOwed(first: 10) { nodes { requirement { id } status daysLate } }
  }
}`;
interface Work {
  actionItems: { nodes: { actionItem: { id: string }; overdue: boolean; dueToday: boolean }[] };
  reportsOwed: { nodes: { requirement: { id: string }; status: string; daysLate: number | null }[] };
}

/**
 * "Today" is the collaborative's own date (America/Los_Angeles unless changed), never UTC's: at
 * 05:00 UTC on March 10 it is still March 9 in Los Angeles, so a report due March 9 is not late
 * and an action item due March 9 is not overdue; both are once the local midnight passes. The
 * requirement's status, the status filter, My work and the reminder sweeps all agree.
 */
describe('Today where the collaborative is', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let admin: GraphQLClient;
  let requirementId: string;
  let itemId: string;

  const work = async (client: GraphQLClient) => (await client.data<{ myWork: Work }>(MY_WORK)).myWork;
  const status = async () =>
    (await requirementPages(admin, { collaborativeId: tenant.collaborativeId }))
      .flatMap((page) => page.nodes)
      .find((requirement) => requirement.id === requirementId)?.status;
  const lateIds = async () =>
    (await requirementPages(admin, { collaborativeId: tenant.collaborativeId, statuses: ['LATE'] }))
      .flatMap((page) => page.nodes)
      .map((requirement) => requirement.id);
  const told = async (dedupeKey: string) =>
    (
      (await app.dataSource.query(`SELECT user_id FROM notification WHERE dedupe_key = $1`, [
        dedupeKey,
      ])) as unknown[]
    ).length;
  const sweep = async () => {
    await app.jobs.runNow(REPORT_REMINDERS_TASK);
    await app.jobs.runNow('governance-reminders');
  };

  beforeAll(async () => {
    app = await startTestApp('local-today');
    app.clock.travelTo(new Date('2026-09-15T19:00:00Z'));
    tenant = await createTenant(app, 'localtoday');
    const [{ time_zone }] = (await app.dataSource.query(`SELECT time_zone FROM collaborative WHERE id = $1`, [
      tenant.collaborativeId,
    ])) as { time_zone: string }[];
    expect(time_zone).toBe('America/Los_Angeles');

    const fund = new FundBuilder(app, tenant);
    admin = fund.admin;
    const stream = await fund.stream({
      name: 'County youth services',
      awardCents: $(100_000),
      pledgedCents: $(100_000),
      receivedCents: $(100_000),
    });
    const grant = await fund.grant({
      title: 'Youth mentoring, 2026–27',
      allocations: [{ fundingStreamId: stream.id, cents: $(50_000) }],
      tranches: [$(50_000)],
      plannedOn: ['2026-10-05'],
      period: { start: '2026-10-01', end: '2027-09-30' },
    });
    const [first] = (
      await requirementPages(admin, { collaborativeId: tenant.collaborativeId, grantId: grant.id })
    )
      .flatMap((page) => page.nodes)
      .sort((a, b) => a.sequence - b.sequence);
    requirementId = first.id;
    await admin.data(
      `mutation ($input: UpdateReportingRequirementInput!) { updateReportingRequirement(input: $input) { id } }`,
      { input: { requirementId, dueOn: DUE } },
    );

    const { createWorkgroup } = await tenant.clients.admin.data<{ createWorkgroup: { id: string } }>(
      GQL.createWorkgroup,
      {
        input: {
          collaborativeId: tenant.collaborativeId,
          name: 'Mentor recruitment',
          purpose: 'Find mentors.',
          leadUserIds: [tenant.users.lead.id],
          memberUserIds: [tenant.users.member.id],
        },
      },
    );
    itemId = (
      await tenant.clients.lead.data<{ createActionItem: { id: string } }>(GQL.createActionItem, {
        input: {
          workgroupId: createWorkgroup.id,
          title: 'Call the volunteer centre',
          ownerUserId: tenant.users.member.id,
          dueOn: DUE,
        },
      })
    ).createActionItem.id;
  });
  afterAll(() => app?.close());

  it('at 05:00 UTC on March 10 it is still March 9 in Los Angeles: due, not late; due today, not overdue', async () => {
    app.clock.travelTo(EVENING_IN_LA);
    expect(await status()).toBe('DUE');
    expect(await lateIds()).not.toContain(requirementId);

    const owed = (await work(tenant.clients.partnerA)).reportsOwed.nodes.find(
      (node) => node.requirement.id === requirementId,
    );
    expect(owed).toMatchObject({ status: 'DUE', daysLate: null });
    const item = (await work(tenant.clients.member)).actionItems.nodes.find(
      (node) => node.actionItem.id === itemId,
    );
    expect(item).toMatchObject({ overdue: false, dueToday: true });

    await sweep();
    expect(await told(`report-late:${requirementId}:${DUE}`)).toBe(0);
    expect(await told(`report-late-for-fund:${requirementId}:${DUE}`)).toBe(0);
    expect(await told(`action-item-overdue:${itemId}:${DUE}`)).toBe(0);
    // Due today: the last reminders before the date are what the sweeps owe.
    expect(await told(`report-due:${requirementId}:${DUE}:3`)).toBeGreaterThan(0);
    expect(await told(`action-item-due-soon:${itemId}:${DUE}`)).toBe(1);
  });

  it('after the local midnight: late by a day, overdue, and each reminder sent once', async () => {
    app.clock.travelTo(AFTER_LA_MIDNIGHT);
    expect(await status()).toBe('LATE');
    expect(await lateIds()).toContain(requirementId);

    const owed = (await work(tenant.clients.partnerA)).reportsOwed.nodes.find(
      (node) => node.requirement.id === requirementId,
    );
    expect(owed).toMatchObject({ status: 'LATE', daysLate: 1 });
    const item = (await work(tenant.clients.member)).actionItems.nodes.find(
      (node) => node.actionItem.id === itemId,
    );
    expect(item).toMatchObject({ overdue: true, dueToday: false });

    await sweep();
    expect(await told(`report-late:${requirementId}:${DUE}`)).toBeGreaterThan(0);
    expect(await told(`report-late-for-fund:${requirementId}:${DUE}`)).toBeGreaterThan(0);
    expect(await told(`action-item-overdue:${itemId}:${DUE}`)).toBe(1);

    const before = (await app.dataSource.query(`SELECT count(*)::int AS n FROM notification`)) as {
      n: number;
    }[];
    await sweep();
    const after = (await app.dataSource.query(`SELECT count(*)::int AS n FROM notification`)) as {
      n: number;
    }[];
    expect(after[0].n).toBe(before[0].n);
  });
});
