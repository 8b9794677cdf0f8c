import { PrincipalCache } from '@braid/kernel';
import { Client } from 'pg';
import { startTestApp, TestApp } from './support/test-app';
import { createTenant, PASSWORD, TestTenant } from './support/tenant';

const COLLABORATIVE = `query ($id: ID!) { collaborative(id: $id) { id } }`;
const ME = `{ me { id } }`;

/**
 * Who is behind a session is remembered between requests (PrincipalCache), and forgotten as soon
 * as any of the facts it is built from changes: through this process, another process or plain SQL.
 */
describe('Remembering who is asking', () => {
  let app: TestApp;
  let tenants = 0;
  const freshTenant = () => createTenant(app, `cache${++tenants}`);

  beforeAll(async () => {
    app = await startTestApp('principal-cache', { queryStats: true });
  });
  afterAll(() => app.close());

  const statementsOf = async (tenant: TestTenant) => (await tenant.clients.member.request(ME)).sqlQueries;

  it('reads the session, memberships and workgroups once, not on every request', async () => {
    const tenant = await freshTenant();
    const first = await statementsOf(tenant);
    const second = await statementsOf(tenant);
    // session + person, memberships with seats, workgroups: three statements saved per request
    expect(second).toBe((first ?? 0) - 3);
  });

  it('counts a membership revoked through the API from the very next request', async () => {
    const tenant = await freshTenant();
    await tenant.clients.member.data(COLLABORATIVE, { id: tenant.collaborativeId });
    const [membership] = await app.dataSource.query(
      `SELECT id FROM membership WHERE user_id = $1 AND collaborative_id = $2`,
      [tenant.users.member.id, tenant.collaborativeId],
    );
    await tenant.clients.admin.data(`mutation ($id: ID!) { revokeMembership(id: $id) { id } }`, {
      id: membership.id,
    });
    expect((await tenant.clients.member.error(COLLABORATIVE, { id: tenant.collaborativeId })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('ends a session at sign-out for every copy of its cookie at once', async () => {
    const tenant = await freshTenant();
    const copy = tenant.clients.member.clone('same cookie');
    await copy.data(ME);
    await tenant.clients.member.data(`mutation { signOut }`);
    expect(await copy.data(ME)).toEqual({ me: null });
  });

  it('hears a change made with plain SQL on another connection', async () => {
    const tenant = await freshTenant();
    await tenant.clients.member.data(COLLABORATIVE, { id: tenant.collaborativeId });
    const psql = new Client({ connectionString: app.db.url });
    await psql.connect();
    try {
      await psql.query(`UPDATE membership SET status = 'REVOKED' WHERE user_id = $1`, [
        tenant.users.member.id,
      ]);
    } finally {
      await psql.end();
    }
    await app.settlePrincipals();
    expect((await tenant.clients.member.error(COLLABORATIVE, { id: tenant.collaborativeId })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('hears a change made through another API process on the same database', async () => {
    const tenant = await freshTenant();
    const second = await startTestApp('principal-cache-2', { queryStats: true }, app.db);
    try {
      const member = await second
        .client('member on the second process')
        .signIn(tenant.users.member.email, PASSWORD);
      await member.data(COLLABORATIVE, { id: tenant.collaborativeId });
      const [seat] = await app.dataSource.query(`SELECT id FROM membership WHERE user_id = $1`, [
        tenant.users.member.id,
      ]);
      await tenant.clients.admin.data(`mutation ($id: ID!) { revokeMembership(id: $id) { id } }`, {
        id: seat.id,
      });
      await second.settlePrincipals();
      expect((await member.error(COLLABORATIVE, { id: tenant.collaborativeId })).code).toBe('FORBIDDEN');
    } finally {
      await second.close();
    }
  });

  it('serves nothing from memory while it cannot hear changes, and resumes once it can', async () => {
    const tenant = await freshTenant();
    const cache = app.get(PrincipalCache);
    const warm = await statementsOf(tenant);
    const cached = await statementsOf(tenant);
    expect(cached).toBeLessThan(warm ?? 0);

    await app.dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'braid-principal-listener' AND datname = current_database()`,
    );
    await waitFor(() => !cache.live);
    expect(cache.size).toBe(0);
    // Meanwhile every request reads who is asking from the database.
    expect(await statementsOf(tenant)).toBe(warm);
    expect(await statementsOf(tenant)).toBe(warm);

    await waitFor(() => cache.live);
    await statementsOf(tenant);
    expect(await statementsOf(tenant)).toBe(cached);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for the principal cache');
    await new Promise((done) => setTimeout(done, 20));
  }
}
