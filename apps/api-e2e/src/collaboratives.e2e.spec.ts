import { startTestApp, TestApp } from './support/test-app';
import { createTenant, TestTenant } from './support/tenant';

const SEATS = `query Seats($id: ID!) { seats(collaborativeId: $id) { id name sector vacant holder { id } alternate { id } termStart termEnd } }`;
const CREATE_SEAT = `mutation ($input: CreateSeatInput!) { createSeat(input: $input) { id name sector voting vacant } }`;
const ASSIGN = `mutation ($input: AssignSeatInput!) { assignSeat(input: $input) { id holder { id } alternate { id } termStart termEnd } }`;

describe('A collaborative, its seats and its members', () => {
  let app: TestApp;
  let tenant: TestTenant;

  beforeAll(async () => {
    app = await startTestApp('collaboratives');
    tenant = await createTenant(app, 'stockton');
  });
  afterAll(() => app.close());

  const newSeat = async (name: string, sector = 'RESIDENT') =>
    (
      await tenant.clients.admin.data<{ createSeat: { id: string } }>(CREATE_SEAT, {
        input: { collaborativeId: tenant.collaborativeId, name, sector },
      })
    ).createSeat.id;

  it('lets anyone signed in start a collaborative, which makes them its administrator', async () => {
    const founder = tenant.clients.observer;
    const { createCollaborative } = await founder.data<{
      createCollaborative: { id: string; slug: string; myMembership: { roles: string[] } };
    }>(
      `mutation { createCollaborative(input: { name: "Healthy Lodi", slug: "healthy-lodi", region: "Lodi, CA" }) { id slug myMembership { roles } } }`,
    );
    expect(createCollaborative.myMembership.roles).toEqual(['ADMIN']);
    const taken = await tenant.clients.member.error(
      `mutation { createCollaborative(input: { name: "Another", slug: "healthy-lodi" }) { id } }`,
    );
    expect(taken.code).toBe('CONFLICT');
    expect(taken.message).toMatch(/healthy-lodi/);
    const anonymous = await app
      .client()
      .error(`mutation { createCollaborative(input: { name: "X", slug: "x" }) { id } }`);
    expect(anonymous.code).toBe('UNAUTHENTICATED');
  });

  it('seats a holder and an alternate for a term and shows the leadership team to members', async () => {
    const seatId = await newSeat('Resident seat 7');
    const { assignSeat } = await tenant.clients.admin.data<{
      assignSeat: { holder: { id: string }; alternate: { id: string }; termEnd: string };
    }>(ASSIGN, {
      input: {
        seatId,
        holderUserId: tenant.users.observer.id,
        alternateUserId: tenant.users.partnerB.id,
        termStart: '2026-01-01',
        termEnd: '2027-12-31',
      },
    });
    expect(assignSeat).toMatchObject({
      holder: { id: tenant.users.observer.id },
      alternate: { id: tenant.users.partnerB.id },
      termEnd: '2027-12-31',
    });
    const { seats } = await tenant.clients.partnerA.data<{ seats: { id: string; vacant: boolean }[] }>(
      SEATS,
      { id: tenant.collaborativeId },
    );
    expect(seats.find((seat) => seat.id === seatId)).toMatchObject({ vacant: false });
  });

  it('refuses a second voting seat for the same person, naming the seat they hold', async () => {
    const seatId = await newSeat('Second health plan seat', 'HEALTH_PLAN');
    const error = await tenant.clients.admin.error(ASSIGN, {
      input: { seatId, holderUserId: tenant.users.member.id },
    });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('member seat');
  });

  it('lets only one of two simultaneous assignments of the same person land', async () => {
    const [first, second] = [await newSeat('Race seat A'), await newSeat('Race seat B')];
    const person = tenant.users.fundAdmin.id;
    const results = await Promise.all(
      [first, second].map((seatId) =>
        tenant.clients.admin.request(ASSIGN, { input: { seatId, holderUserId: person } }),
      ),
    );
    const succeeded = results.filter((result) => !result.errors);
    expect(succeeded).toHaveLength(1);
    expect(results.find((result) => result.errors)?.errors?.[0].extensions?.code).toBe('CONFLICT');
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM seat WHERE holder_user_id = $1 AND voting`,
      [person],
    );
    expect(n).toBe(1);
  });

  it('refuses holders who are not members, an alternate who is the holder, and a term ending before it starts', async () => {
    const seatId = await newSeat('Education seat', 'EDUCATION');
    const outsider = await app.dataSource.query(
      `INSERT INTO user_account (email, display_name) VALUES ('out@x.test', 'Out') RETURNING id`,
    );
    const notMember = await tenant.clients.admin.error(ASSIGN, {
      input: { seatId, holderUserId: outsider[0].id },
    });
    expect(notMember).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { fields: [{ field: 'holderUserId', messages: ['is not a member'] }] },
    });
    const same = await tenant.clients.admin.error(ASSIGN, {
      input: { seatId, holderUserId: tenant.users.lead.id, alternateUserId: tenant.users.lead.id },
    });
    expect(same.code).toBe('BAD_USER_INPUT');
    const backwards = await tenant.clients.admin.error(ASSIGN, {
      input: {
        seatId,
        holderUserId: tenant.users.fundAdmin.id,
        termStart: '2027-01-01',
        termEnd: '2026-01-01',
      },
    });
    expect(backwards.code).toBe('BAD_USER_INPUT');
    const notADate = await tenant.clients.admin.error(ASSIGN, { input: { seatId, termStart: '2027-02-30' } });
    expect(notADate.code).toBe('BAD_USER_INPUT');
  });

  it('keeps at least one administrator, and a removed member leaves their seat', async () => {
    const memberships = await tenant.clients.admin.data<{
      memberships: { nodes: { id: string; user: { id: string }; roles: string[]; email: string | null }[] };
    }>(
      `query ($id: ID!) { memberships(collaborativeId: $id, first: 50) { nodes { id user { id } roles email } } }`,
      { id: tenant.collaborativeId },
    );
    const adminMembership = memberships.memberships.nodes.find((m) => m.user.id === tenant.users.admin.id);
    expect(adminMembership?.email).toBe(tenant.users.admin.email);
    const demote = await tenant.clients.admin.error(
      `mutation ($id: ID!) { updateMembership(input: { id: $id, roles: [MEMBER] }) { id } }`,
      {
        id: adminMembership?.id,
      },
    );
    expect(demote.code).toBe('CONFLICT');

    // Emails are for those who manage memberships.
    const asMember = await tenant.clients.member.data<{
      memberships: { nodes: { email: string | null; user: { id: string } }[] };
    }>(`query ($id: ID!) { memberships(collaborativeId: $id) { nodes { email user { id } } } }`, {
      id: tenant.collaborativeId,
    });
    expect(asMember.memberships.nodes.filter((m) => m.email !== null).map((m) => m.user.id)).toEqual([
      tenant.users.member.id,
    ]);

    const resident = memberships.memberships.nodes.find((m) => m.user.id === tenant.users.resident.id);
    await tenant.clients.admin.data(`mutation ($id: ID!) { revokeMembership(id: $id) { status } }`, {
      id: resident?.id,
    });
    const [seat] = await app.dataSource.query(`SELECT holder_user_id FROM seat WHERE id = $1`, [
      tenant.seats.resident,
    ]);
    expect(seat.holder_user_id).toBeNull();
    const { myCollaboratives } = await tenant.clients.resident.data<{ myCollaboratives: unknown[] }>(
      `{ myCollaboratives { id } }`,
    );
    expect(myCollaboratives).toEqual([]);
  });

  it('pages through members with a cursor', async () => {
    const query = `query ($id: ID!, $after: String) { memberships(collaborativeId: $id, first: 3, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const {
        memberships,
      }: { memberships: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } =
        await tenant.clients.chair.data<{
          memberships: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
        }>(query, { id: tenant.collaborativeId, after });
      seen.push(...memberships.nodes.map((node) => node.id));
      if (!memberships.pageInfo.hasNextPage) break;
      after = memberships.pageInfo.endCursor;
    }
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM membership WHERE collaborative_id = $1 AND status = 'ACTIVE'`,
      [tenant.collaborativeId],
    );
    expect(new Set(seen).size).toBe(n);
    expect(seen).toHaveLength(n);
    const bad = await tenant.clients.chair.error(query, {
      id: tenant.collaborativeId,
      after: 'not-a-cursor',
    });
    expect(bad.code).toBe('BAD_USER_INPUT');
  });
});

describe('Inviting a member', () => {
  let app: TestApp;
  let tenant: TestTenant;
  const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token invitation { id status email roles } } }`;
  const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id displayName } collaborative { id } } }`;

  beforeAll(async () => {
    app = await startTestApp('invitations');
    tenant = await createTenant(app, 'invites');
  });
  afterAll(() => app.close());

  const invite = async (email: string, roles = ['MEMBER'], organizationId?: string) =>
    (
      await tenant.clients.admin.data<{ inviteMember: { token: string; invitation: { id: string } } }>(
        INVITE,
        {
          input: {
            collaborativeId: tenant.collaborativeId,
            email,
            displayName: 'Rosa Delgado',
            roles,
            organizationId,
          },
        },
      )
    ).inviteMember;

  it('takes a new person from the invitation link to a signed-in member', async () => {
    const { token } = await invite(' Rosa@Example.org ', ['PARTNER_CONTACT'], tenant.organizations.granteeA);
    const [stored] = await app.dataSource.query(
      `SELECT token_hash FROM invitation WHERE email = 'rosa@example.org'`,
    );
    expect(stored.token_hash).not.toContain(token);

    const browser = app.client();
    const { invitationPreview } = await browser.data<{
      invitationPreview: { email: string; status: string; accountExists: boolean | null };
    }>(
      `query ($token: String!) { invitationPreview(token: $token) { email status accountExists collaborativeName } }`,
      { token },
    );
    expect(invitationPreview).toMatchObject({
      email: 'rosa@example.org',
      status: 'PENDING',
      accountExists: null,
    });

    const missingPassword = await browser.error(ACCEPT, { input: { token } });
    expect(missingPassword.code).toBe('BAD_USER_INPUT');

    await browser.data(ACCEPT, {
      input: { token, password: 'a strong pass phrase', preferredLanguage: 'ES' },
    });
    const { myCollaboratives } = await browser.data<{
      myCollaboratives: { id: string; myMembership: { roles: string[]; organization: { id: string } } }[];
    }>(`{ myCollaboratives { id myMembership { roles organization { id } } } }`);
    expect(myCollaboratives).toEqual([
      {
        id: tenant.collaborativeId,
        myMembership: { roles: ['PARTNER_CONTACT'], organization: { id: tenant.organizations.granteeA } },
      },
    ]);

    const reused = await app.client().error(ACCEPT, { input: { token, password: 'another password' } });
    expect(reused.code).toBe('CONFLICT');
    expect(reused.message).toMatch(/accepted/);
  });

  it('asks someone with an account to sign in as the invited person first', async () => {
    const { createCollaborative } = await tenant.clients.observer.data<{
      createCollaborative: { id: string };
    }>(`mutation { createCollaborative(input: { name: "Elsewhere", slug: "elsewhere-invites" }) { id } }`);
    const otherAdmin = tenant.clients.observer;
    const { inviteMember } = await otherAdmin.data<{ inviteMember: { token: string } }>(INVITE, {
      input: {
        collaborativeId: createCollaborative.id,
        email: tenant.users.member.email,
        displayName: 'Member',
        roles: ['MEMBER'],
      },
    });
    // Anyone signed in can start a collaborative and invite any email: the link must not tell its
    // inviter (nor anyone else holding it) whether that email has an account (issue 17).
    const PREVIEW = `query ($token: String!) { invitationPreview(token: $token) { accountExists } }`;
    for (const reader of [otherAdmin, app.client(), tenant.clients.chair])
      expect(
        (
          await reader.data<{ invitationPreview: { accountExists: boolean | null } }>(PREVIEW, {
            token: inviteMember.token,
          })
        ).invitationPreview.accountExists,
      ).toBeNull();
    const invitee = await tenant.clients.member.data<{
      invitationPreview: { accountExists: boolean | null };
    }>(PREVIEW, { token: inviteMember.token });
    expect(invitee.invitationPreview.accountExists).toBe(true);
    const signedOut = await app
      .client()
      .error(ACCEPT, { input: { token: inviteMember.token, password: 'whatever123' } });
    expect(signedOut.code).toBe('UNAUTHENTICATED');
    const wrongPerson = await tenant.clients.chair.error(ACCEPT, { input: { token: inviteMember.token } });
    expect(wrongPerson.code).toBe('CONFLICT');
    await tenant.clients.member.data(ACCEPT, { input: { token: inviteMember.token } });
    const { myCollaboratives } = await tenant.clients.member.data<{ myCollaboratives: { id: string }[] }>(
      `{ myCollaboratives { id } }`,
    );
    expect(myCollaboratives.map((c) => c.id).sort()).toEqual(
      [tenant.collaborativeId, createCollaborative.id].sort(),
    );
  });

  it('refuses expired and revoked invitations, and unknown tokens', async () => {
    const expired = await invite('late@example.org');
    await app.dataSource.query(
      `UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [expired.invitation.id],
    );
    expect(
      (await app.client().error(ACCEPT, { input: { token: expired.token, password: 'long enough pw' } }))
        .code,
    ).toBe('CONFLICT');

    const revoked = await invite('changed-mind@example.org');
    await tenant.clients.admin.data(`mutation ($id: ID!) { revokeInvitation(id: $id) { status } }`, {
      id: revoked.invitation.id,
    });
    expect(
      (await app.client().error(ACCEPT, { input: { token: revoked.token, password: 'long enough pw' } }))
        .code,
    ).toBe('CONFLICT');

    expect(
      (await app.client().error(ACCEPT, { input: { token: 'made-up', password: 'long enough pw' } })).code,
    ).toBe('NOT_FOUND');
  });

  it('lets only administrators invite, and not people who are already members', async () => {
    const byChair = await tenant.clients.chair.error(INVITE, {
      input: {
        collaborativeId: tenant.collaborativeId,
        email: 'x@example.org',
        displayName: 'X',
        roles: ['MEMBER'],
      },
    });
    expect(byChair.code).toBe('FORBIDDEN');
    const again = await tenant.clients.admin.error(INVITE, {
      input: {
        collaborativeId: tenant.collaborativeId,
        email: tenant.users.lead.email,
        displayName: 'Lead',
        roles: ['MEMBER'],
      },
    });
    expect(again.code).toBe('CONFLICT');
    const noRoles = await tenant.clients.admin.error(INVITE, {
      input: { collaborativeId: tenant.collaborativeId, email: 'y@example.org', displayName: 'Y', roles: [] },
    });
    expect(noRoles.code).toBe('BAD_USER_INPUT');
  });
});
