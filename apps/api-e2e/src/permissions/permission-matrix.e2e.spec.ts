import { FUNDS_RESOLVERS } from '@braid/funds';
import { GOVERNANCE_RESOLVERS } from '@braid/governance';
import { PermissionDeclarations } from '@braid/kernel';
import { REPORTS_RESOLVERS } from '@braid/reports';
import { startTestApp, TestApp } from '../support/test-app';
import { createTenant, TestTenant } from '../support/tenant';
import { FOUNDATION_MATRIX } from './foundation.matrix';
import { MATRIX_ROLES, MatrixEnv, MatrixRole, MatrixRow, observe } from './matrix';

/** The rows of this matrix; an operation of the schema without a row (here or below) fails. */
const MATRIX: MatrixRow[] = [...FOUNDATION_MATRIX];

/**
 * Domains whose operations are checked by a matrix of their own, beside their other tests
 * (governance/permissions.e2e.spec.ts, funds/access.e2e.spec.ts, reports/permissions.e2e.spec.ts); each of those fails on an
 * operation of its domain without a row, as this one does for everything else.
 */
const OWN_MATRICES = new Set(
  [...GOVERNANCE_RESOLVERS, ...FUNDS_RESOLVERS, ...REPORTS_RESOLVERS].map((resolver) => resolver.name),
);

describe('The permission matrix: every operation × every role', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let other: TestTenant;
  const env = {} as MatrixEnv;

  beforeAll(async () => {
    app = await startTestApp('permission-matrix');
    [tenant, other] = await Promise.all([createTenant(app, 'matrix'), createTenant(app, 'elsewhere')]);
    // The tenant under test keeps its transparency view unpublished: only members may find it.
    await app.dataSource.query(`UPDATE collaborative SET public_transparency = false WHERE id = $1`, [
      tenant.collaborativeId,
    ]);
    Object.assign(env, {
      app,
      tenant,
      other,
      clients: { ...tenant.clients, anonymous: app.client('anonymous'), outsider: other.clients.admin },
      userOf: (role: MatrixRole) =>
        role === 'anonymous' ? null : role === 'outsider' ? other.users.admin : tenant.users[role],
    });
  });
  afterAll(() => app.close());

  it('has a row for every query, mutation and subscription of the schema, and no row for anything else', () => {
    const declared = app
      .get(PermissionDeclarations)
      .list()
      .filter((operation) => !OWN_MATRICES.has(operation.handler.split('.')[0]))
      .map((operation) => `${operation.type}.${operation.name}`);
    expect(MATRIX.map((row) => row.operation).sort()).toEqual(declared.sort());
  });

  describe.each(MATRIX.map((row) => [row.operation, row] as const))('%s', (_operation, row) => {
    it.each(MATRIX_ROLES)('as %s', async (role) => {
      expect(await observe(row, env, role)).toBe(row.expect[role]);
    });
  });
});
