import { startTestApp, TestApp } from './support/test-app';
import { createTenant, TestTenant } from './support/tenant';

describe('Bad input', () => {
  let app: TestApp;
  let tenant: TestTenant;

  beforeAll(async () => {
    app = await startTestApp('bad-input', { maxQueryDepth: 3, maxQueryComplexity: 300 });
    tenant = await createTenant(app, 'careful');
  });
  afterAll(() => app.close());

  const rowCounts = async () =>
    (
      await app.dataSource.query(
        `SELECT (SELECT count(*) FROM seat)::int AS seats, (SELECT count(*) FROM organization)::int AS organizations,
              (SELECT count(*) FROM audit_event)::int AS events, (SELECT count(*) FROM invitation)::int AS invitations`,
      )
    )[0];

  it.each([
    [
      'an unknown enum value',
      `mutation ($id: ID!) { createSeat(input: { collaborativeId: $id, name: "X", sector: ASTRONAUT }) { id } }`,
      'BAD_USER_INPUT',
    ],
    [
      'a wrongly typed variable',
      `mutation ($v: Boolean) { createSeat(input: { collaborativeId: "x", name: "X", sector: RESIDENT, voting: $v }) { id } }`,
      'BAD_USER_INPUT',
    ],
    [
      'an id that is not a UUID',
      `mutation { createSeat(input: { collaborativeId: "'; DROP TABLE seat; --", name: "X", sector: RESIDENT }) { id } }`,
      'BAD_USER_INPUT',
    ],
    [
      'a huge name',
      `mutation ($id: ID!) { createSeat(input: { collaborativeId: $id, name: "${'x'.repeat(5000)}", sector: RESIDENT }) { id } }`,
      'BAD_USER_INPUT',
    ],
    [
      'an unknown field',
      `mutation ($id: ID!) { createSeat(input: { collaborativeId: $id, name: "X", sector: RESIDENT, holder: "me" }) { id } }`,
      'BAD_USER_INPUT',
    ],
    [
      'a malformed web address',
      `mutation ($id: ID!) { createOrganization(input: { collaborativeId: $id, name: "X", kinds: [FUNDER], website: "javascript:alert(1)" }) { id } }`,
      'BAD_USER_INPUT',
    ],
    [
      'an impossible date',
      `mutation { assignSeat(input: { seatId: "00000000-0000-4000-8000-000000000000", termEnd: "2026-13-01" }) { id } }`,
      'BAD_USER_INPUT',
    ],
    [
      'an impossible date in a variable',
      `mutation ($d: LocalDate) { assignSeat(input: { seatId: "00000000-0000-4000-8000-000000000000", termEnd: $d }) { id } }`,
      'BAD_USER_INPUT',
    ],
    ['a malformed query', `mutation { createSeat(input: { `, 'BAD_USER_INPUT'],
  ])('refuses %s with a clear code and writes nothing', async (_name, document, code) => {
    const before = await rowCounts();
    const response = await tenant.clients.admin.request(document, {
      id: tenant.collaborativeId,
      v: 'yes',
      d: '2026-02-30',
    });
    expect(response.errors?.[0].extensions?.code).toBe(code);
    expect(response.errors?.[0].message.length).toBeGreaterThan(5);
    expect(response.status).toBeLessThan(500);
    expect(await rowCounts()).toEqual(before);
  });

  it('lists each problem beside its field, for forms', async () => {
    const error = await tenant.clients.admin.error(
      `mutation ($id: ID!) { inviteMember(input: { collaborativeId: $id, email: "nope", displayName: "", roles: [] }) { token } }`,
      { id: tenant.collaborativeId },
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    const fields = (error.extensions?.['fields'] as { field: string }[])
      .map((problem) => problem.field)
      .sort();
    expect(fields).toEqual(['displayName', 'email', 'roles']);
  });

  it('refuses queries nested deeper than the limit before running them', async () => {
    // This app runs with a depth limit of 3 (production default: 10) to exercise the guard.
    const ok = await tenant.clients.admin.request(`{ myCollaboratives { seats { id } } }`);
    expect(ok.errors).toBeUndefined();
    const tooDeep = await tenant.clients.admin.request(`{ myCollaboratives { seats { holder { id } } } }`);
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', depth: 4, maxDepth: 3 });
    const viaFragment = await tenant.clients.admin.request(
      `query { myCollaboratives { ...C } } fragment C on Collaborative { seats { organization { id } } }`,
    );
    expect(viaFragment.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', depth: 4 });
  });

  it('prices pages by their size and refuses queries that would cost too much', async () => {
    const small = await tenant.clients.admin.request(
      `query ($id: ID!) { memberships(collaborativeId: $id, first: 10) { nodes { id } } }`,
      { id: tenant.collaborativeId },
    );
    expect(small.errors).toBeUndefined();
    const wide = Array.from(
      { length: 2 },
      (_, i) => `m${i}: memberships(collaborativeId: $id, first: 200) { nodes { id } }`,
    ).join(' ');
    const response = await tenant.clients.admin.request(`query ($id: ID!) { ${wide} }`, {
      id: tenant.collaborativeId,
    });
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', maxComplexity: 300 });
  });
});
