import { Client } from 'pg';
import { startTestApp, TestApp } from '../support/test-app';
import { createTenant, PASSWORD, TestTenant } from '../support/tenant';

const ME = `{ me { id } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { expiresAt } }`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sessions, sign-in throttling and CSRF as configured, in the default (development) mode. */
describe('Security basics', () => {
  let app: TestApp;
  let tenant: TestTenant;

  beforeAll(async () => {
    // Sessions of three seconds (BRAID_SESSION_TTL_HOURS is read the same way) to watch them end.
    app = await startTestApp('security', { sessionTtlHours: 3 / 3600 });
    tenant = await createTenant(app, 'security');
  });
  afterAll(() => app.close());

  it('ends a session after the configured time without use', async () => {
    const client = app.client();
    const response = await client.request(SIGN_IN, {
      input: { email: tenant.users.member.email, password: PASSWORD },
    });
    const expiresAt = new Date(
      (response.data as { signIn: { expiresAt: string } }).signIn.expiresAt,
    ).getTime();
    expect(expiresAt - Date.now()).toBeGreaterThan(1_000);
    expect(expiresAt - Date.now()).toBeLessThanOrEqual(3_000);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('braid_session='));
    // The browser drops the cookie when the session ends (to the second).
    expect(
      Math.abs(new Date(/expires=([^;]+)/i.exec(cookie ?? '')?.[1] ?? 0).getTime() - expiresAt),
    ).toBeLessThan(1_000);
    expect((await client.data<{ me: { id: string } | null }>(ME)).me?.id).toBe(tenant.users.member.id);
    await sleep(expiresAt - Date.now() + 500);
    expect(await client.data(ME)).toEqual({ me: null });
    expect(
      (await client.error(`mutation { updateMyProfile(input: { displayName: "Still me" }) { id } }`)).code,
    ).toBe('UNAUTHENTICATED');
  });

  it('ends only the signed-out session, in the database as well', async () => {
    const laptop = await app.client().signIn(tenant.users.lead.email, PASSWORD);
    const phone = await app.client().signIn(tenant.users.lead.email, PASSWORD);
    await laptop.data(`mutation { signOut }`);
    const rows: { revoked: boolean }[] = await app.dataSource.query(
      `SELECT revoked_at IS NOT NULL AS revoked FROM session WHERE user_id = $1 ORDER BY created_at DESC LIMIT 2`,
      [tenant.users.lead.id],
    );
    expect(rows.map((row) => row.revoked).sort()).toEqual([false, true]);
    expect((await phone.data<{ me: { id: string } }>(ME)).me.id).toBe(tenant.users.lead.id);
  });

  it('refuses requests a cross-site page can send (form posts, text/plain, GET mutations), writing nothing', async () => {
    const cookie = tenant.clients.chair.sessionCookie as string;
    const mutation = `mutation { updateMyProfile(input: { displayName: "Forged" }) { id } }`;
    const attempts: Record<string, RequestInit & { url?: string }> = {
      'form post': {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
        body: new URLSearchParams({ query: mutation }).toString(),
      },
      'text/plain post': {
        method: 'POST',
        headers: { 'content-type': 'text/plain', cookie },
        body: JSON.stringify({ query: mutation }),
      },
      'multipart post without a preflight header': {
        method: 'POST',
        headers: { 'content-type': 'multipart/form-data; boundary=x', cookie },
        body: `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: mutation })}\r\n--x--\r\n`,
      },
      'GET mutation': {
        method: 'GET',
        headers: { cookie },
        url: `${app.url}/graphql?query=${encodeURIComponent(mutation)}`,
      },
    };
    const statuses: Record<string, number> = {};
    for (const [name, { url, ...init }] of Object.entries(attempts)) {
      const response = await fetch(url ?? `${app.url}/graphql`, init);
      await response.arrayBuffer();
      statuses[name] = response.status;
    }
    expect(statuses).toEqual({
      'form post': 400,
      'text/plain post': 400,
      'multipart post without a preflight header': 400,
      'GET mutation': 400,
    });
    const [user] = await app.dataSource.query(`SELECT display_name FROM user_account WHERE id = $1`, [
      tenant.users.chair.id,
    ]);
    expect(user.display_name).not.toBe('Forged');
  });

  it('lets no more than the allowed wrong passwords through when guesses arrive all at once', async () => {
    // 30 guesses at once, the right password among the last: the limit (5 per account) must hold
    // for concurrent guesses as for sequential ones, or parallel requests multiply it.
    const email = tenant.users.observer.email;
    const guesses = Array.from({ length: 30 }, (_, i) => (i === 29 ? PASSWORD : `guess number ${i}`));
    const responses = await Promise.all(
      guesses.map((password) => app.client().request(SIGN_IN, { input: { email, password } })),
    );
    const codes = responses.map((r) => (r.errors?.length ? String(r.errors[0].extensions?.code) : 'ok'));
    const checked = codes.filter((code) => code === 'UNAUTHENTICATED').length;
    expect(checked).toBeLessThanOrEqual(5);
    expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS').length).toBeGreaterThanOrEqual(24);
  });

  it('limits failures per address across accounts (50 in 15 minutes), then refuses even a right password from there', async () => {
    const tries = await Promise.all(
      Array.from({ length: 55 }, (_, i) =>
        app
          .client()
          .request(SIGN_IN, { input: { email: `nobody${i}@security.test`, password: 'wrong password' } }),
      ),
    );
    const codes = tries.map((r) => String(r.errors?.[0].extensions?.code));
    expect(codes.filter((code) => code === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(50);
    const refused = await app
      .client()
      .error(SIGN_IN, { input: { email: tenant.users.admin.email, password: PASSWORD } });
    expect(refused.code).toBe('TOO_MANY_REQUESTS');
  });

  it('keeps the audit log append-only through the application’s own connection', async () => {
    const [event] = await app.dataSource.query(`SELECT id FROM audit_event LIMIT 1`);
    for (const statement of [
      `UPDATE audit_event SET action = 'rewritten' WHERE id = '${event.id}'`,
      `DELETE FROM audit_event WHERE id = '${event.id}'`,
      `TRUNCATE audit_event CASCADE`,
    ]) {
      await expect(app.dataSource.query(statement)).rejects.toThrow(/append-only/);
    }
  });
  it('keeps the audit log out of reach of a database role that is not its owner, as production should connect', async () => {
    // The tests connect as the superuser, who could switch the trigger off. A production role with
    // plain read/write grants can neither change rows nor switch the guard off.
    const role = `braid_app_${process.pid}`;
    const db = new Client({ connectionString: app.db.url });
    await db.connect();
    try {
      await db.query(`CREATE ROLE ${role} NOLOGIN`);
      await db.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
      await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
      const refusal = async (statement: string) => {
        await db.query('BEGIN');
        await db.query(`SET LOCAL ROLE ${role}`);
        try {
          await db.query(statement);
          return 'allowed';
        } catch (error) {
          return (error as Error).message;
        } finally {
          await db.query('ROLLBACK');
        }
      };
      expect(await refusal(`UPDATE audit_event SET action = 'rewritten'`)).toMatch(/append-only/);
      expect(await refusal(`DELETE FROM audit_event`)).toMatch(/append-only/);
      expect(await refusal(`TRUNCATE audit_event`)).toMatch(/permission denied|append-only/);
      expect(await refusal(`ALTER TABLE audit_event DISABLE TRIGGER ALL`)).toMatch(/must be owner/);
      expect(await refusal(`SET session_replication_role = replica`)).toMatch(/permission denied/);
    } finally {
      await db.query(`DROP OWNED BY ${role}`).catch(() => undefined);
      await db.query(`DROP ROLE IF EXISTS ${role}`);
      await db.end();
    }
  });
});
