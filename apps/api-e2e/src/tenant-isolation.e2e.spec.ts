import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from './support/test-app';
import { createTenant, TestTenant } from './support/tenant';

/**
 * Every operation that takes an id, tried by the administrator of another collaborative with
 * this collaborative's ids. The answer must be exactly what a made-up id gets: NOT_FOUND, so an
 * outsider cannot even learn that the record exists.
 */
describe('Tenant isolation', () => {
  let app: TestApp;
  let home: TestTenant;
  let other: TestTenant;
  let invitationId: string;

  beforeAll(async () => {
    app = await startTestApp('tenant-isolation');
    [home, other] = await Promise.all([createTenant(app, 'home'), createTenant(app, 'away')]);
    await app.dataSource.query(`UPDATE collaborative SET public_transparency = false WHERE id = $1`, [
      home.collaborativeId,
    ]);
    const { inviteMember } = await home.clients.admin.data<{ inviteMember: { invitation: { id: string } } }>(
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } } }`,
      {
        input: {
          collaborativeId: home.collaborativeId,
          email: 'someone@home.test',
          displayName: 'Someone',
          roles: ['MEMBER'],
        },
      },
    );
    invitationId = inviteMember.invitation.id;
  });
  afterAll(() => app.close());

  const byId: [string, string, () => Record<string, unknown>][] = [
    [
      'collaborative',
      `query ($id: ID!) { collaborative(id: $id) { id } }`,
      () => ({ id: home.collaborativeId }),
    ],
    [
      'updateCollaborative',
      `mutation ($id: ID!) { updateCollaborative(input: { id: $id, name: "Mine now" }) { id } }`,
      () => ({ id: home.collaborativeId }),
    ],
    [
      'createOrganization',
      `mutation ($id: ID!) { createOrganization(input: { collaborativeId: $id, name: "Intruder", kinds: [FUNDER] }) { id } }`,
      () => ({ id: home.collaborativeId }),
    ],
    [
      'updateOrganization',
      `mutation ($id: ID!) { updateOrganization(input: { id: $id, name: "Mine" }) { id } }`,
      () => ({ id: home.organizations.granteeA }),
    ],
    [
      'createSeat',
      `mutation ($id: ID!) { createSeat(input: { collaborativeId: $id, name: "Intruder seat", sector: RESIDENT }) { id } }`,
      () => ({ id: home.collaborativeId }),
    ],
    [
      'updateSeat',
      `mutation ($id: ID!) { updateSeat(input: { id: $id, name: "Mine" }) { id } }`,
      () => ({ id: home.seats.chair }),
    ],
    [
      'assignSeat',
      `mutation ($id: ID!) { assignSeat(input: { seatId: $id }) { id } }`,
      () => ({ id: home.seats.chair }),
    ],
    [
      'updateMembership',
      `mutation ($id: ID!) { updateMembership(input: { id: $id, roles: [ADMIN] }) { id } }`,
      () => ({ id: membershipIdOf('member') }),
    ],
    [
      'revokeMembership',
      `mutation ($id: ID!) { revokeMembership(id: $id) { id } }`,
      () => ({ id: membershipIdOf('member') }),
    ],
    [
      'inviteMember',
      `mutation ($id: ID!) { inviteMember(input: { collaborativeId: $id, email: "spy@away.test", displayName: "Spy", roles: [ADMIN] }) { token } }`,
      () => ({ id: home.collaborativeId }),
    ],
    [
      'revokeInvitation',
      `mutation ($id: ID!) { revokeInvitation(id: $id) { id } }`,
      () => ({ id: invitationId }),
    ],
  ];

  let memberships: Record<string, string> = {};
  const membershipIdOf = (role: string) => memberships[role];

  beforeAll(async () => {
    const rows: { user_id: string; id: string }[] = await app.dataSource.query(
      `SELECT user_id, id FROM membership WHERE collaborative_id = $1`,
      [home.collaborativeId],
    );
    memberships = Object.fromEntries(
      Object.entries(home.users).map(([role, user]) => [
        role,
        rows.find((row) => row.user_id === user.id)?.id ?? '',
      ]),
    );
  });

  it.each(byId)(
    '%s with another collaborative’s id answers NOT_FOUND, like an id that does not exist',
    async (_name, document, variables) => {
      const real = await other.clients.admin.error(document, variables());
      const madeUp = await other.clients.admin.error(document, { id: randomUUID() });
      expect(real.code).toBe('NOT_FOUND');
      expect(madeUp.code).toBe('NOT_FOUND');
      expect(real.message).toBe(madeUp.message);
    },
  );

  it('changed nothing in the other collaborative', async () => {
    const [collaborative] = await app.dataSource.query(`SELECT name FROM collaborative WHERE id = $1`, [
      home.collaborativeId,
    ]);
    expect(collaborative.name).toBe('Collaborative home');
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE collaborative_id = $1 AND actor_user_id = $2`,
      [home.collaborativeId, other.users.admin.id],
    );
    expect(n).toBe(0);
  });

  it('filters every list to the caller’s own collaborative', async () => {
    for (const field of ['organizations', 'seats', 'invitations']) {
      const data = await other.clients.admin.data<Record<string, unknown[]>>(
        `query ($id: ID!) { ${field}(collaborativeId: $id) { id } }`,
        {
          id: home.collaborativeId,
        },
      );
      expect(data[field]).toEqual([]);
    }
    const { memberships: page } = await other.clients.admin.data<{ memberships: { nodes: unknown[] } }>(
      `query ($id: ID!) { memberships(collaborativeId: $id) { nodes { id } } }`,
      { id: home.collaborativeId },
    );
    expect(page.nodes).toEqual([]);
    const { auditEvents } = await other.clients.admin.data<{ auditEvents: { nodes: unknown[] } }>(
      `query ($id: ID!) { auditEvents(collaborativeId: $id) { nodes { id } } }`,
      { id: home.collaborativeId },
    );
    expect(auditEvents.nodes).toEqual([]);
    const { myCollaboratives } = await other.clients.admin.data<{ myCollaboratives: { id: string }[] }>(
      `{ myCollaboratives { id } }`,
    );
    expect(myCollaboratives.map((c) => c.id)).toEqual([other.collaborativeId]);
  });

  it('does not reveal an unpublished collaborative by its short name', async () => {
    const { collaborativeBySlug } = await other.clients.admin.data<{ collaborativeBySlug: unknown }>(
      `query { collaborativeBySlug(slug: "home") { id } }`,
    );
    expect(collaborativeBySlug).toBeNull();
  });
});
