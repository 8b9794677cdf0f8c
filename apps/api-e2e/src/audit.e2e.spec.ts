import { startTestApp, TestApp } from './support/test-app';
import { createTenant, TestTenant } from './support/tenant';

describe('The audit log', () => {
  let app: TestApp;
  let tenant: TestTenant;

  beforeAll(async () => {
    app = await startTestApp('audit');
    tenant = await createTenant(app, 'audited');
  });
  afterAll(() => app.close());

  it('records who changed what, when, with the record before and after', async () => {
    const before = Date.now();
    await tenant.clients.admin.data(
      `mutation ($id: ID!) { updateSeat(input: { id: $id, name: "Health Plan of San Joaquin" }) { id } }`,
      {
        id: tenant.seats.member,
      },
    );
    const { auditEvents } = await tenant.clients.chair.data<{
      auditEvents: {
        nodes: {
          action: string;
          actorUserId: string;
          actorName: string;
          entityType: string;
          entityId: string;
          before: { name: string };
          after: { name: string };
          occurredAt: string;
        }[];
      };
    }>(
      `query ($id: ID!) { auditEvents(collaborativeId: $id, entityType: "Seat", first: 1) { nodes { action actorUserId actorName entityType entityId before after occurredAt } } }`,
      {
        id: tenant.collaborativeId,
      },
    );
    const [event] = auditEvents.nodes;
    expect(event).toMatchObject({
      action: 'seat.updated',
      actorUserId: tenant.users.admin.id,
      actorName: 'admin of audited',
      entityType: 'Seat',
      entityId: tenant.seats.member,
      before: { name: 'member seat' },
      after: { name: 'Health Plan of San Joaquin' },
    });
    expect(new Date(event.occurredAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('writes nothing when a change is refused', async () => {
    const count = async () =>
      (await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n as number;
    const seats = async () =>
      (await app.dataSource.query(`SELECT count(*)::int AS n FROM seat`))[0].n as number;
    const [auditBefore, seatsBefore] = [await count(), await seats()];
    // Refused by validation, by the ability, and by a rule checked after a write began.
    await tenant.clients.admin.error(
      `mutation ($id: ID!) { createSeat(input: { collaborativeId: $id, name: "", sector: RESIDENT }) { id } }`,
      {
        id: tenant.collaborativeId,
      },
    );
    await tenant.clients.member.error(
      `mutation ($id: ID!) { createSeat(input: { collaborativeId: $id, name: "Sneaky", sector: RESIDENT }) { id } }`,
      {
        id: tenant.collaborativeId,
      },
    );
    await tenant.clients.admin.error(
      `mutation ($id: ID!) { createSeat(input: { collaborativeId: $id, name: "chair seat", sector: RESIDENT }) { id } }`,
      {
        id: tenant.collaborativeId,
      },
    );
    expect([await count(), await seats()]).toEqual([auditBefore, seatsBefore]);
  });

  it('cannot be altered or erased, even with direct SQL as the application connects', async () => {
    await expect(app.dataSource.query(`UPDATE audit_event SET action = 'rewritten'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(app.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
  });

  it('never copies a secret into the trail', async () => {
    const rows: { n: number }[] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE before::text ~* '(password|token)_?hash|argon2' OR after::text ~* '(password|token)_?hash|argon2'`,
    );
    expect(rows[0].n).toBe(0);
  });

  it("is readable by administrators and chairs (the fund administrator: the fund's part only)", async () => {
    // This tenant's trail holds memberships and seats, none of the fund's records.
    const { auditEvents } = await tenant.clients.fundAdmin.data<{ auditEvents: { nodes: unknown[] } }>(
      `query ($id: ID!) { auditEvents(collaborativeId: $id) { nodes { id } } }`,
      { id: tenant.collaborativeId },
    );
    expect(auditEvents.nodes).toEqual([]);
    for (const role of ['member', 'lead', 'partnerA', 'observer'] as const) {
      const error = await tenant.clients[role].error(
        `query ($id: ID!) { auditEvents(collaborativeId: $id) { nodes { id } } }`,
        {
          id: tenant.collaborativeId,
        },
      );
      expect(error.code).toBe('FORBIDDEN');
    }
  });
});
