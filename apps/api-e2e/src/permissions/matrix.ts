import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';
import { TenantRole, TestTenant } from '../support/tenant';

/**
 * Everyone the permission matrix asks: each role of a collaborative, an anonymous visitor, and
 * the administrator of another collaborative (who must find nothing of this one).
 */
export type MatrixRole = TenantRole | 'anonymous' | 'outsider';

export const MATRIX_ROLES: MatrixRole[] = [
  'anonymous',
  'admin',
  'chair',
  'fundAdmin',
  'lead',
  'member',
  'resident',
  'partnerA',
  'partnerB',
  'observer',
  'outsider',
];

/**
 * - allowed: answers data that is not empty;
 * - empty: answers, but the list is empty or the value null (filtered in SQL);
 * - an error code: refused with that code. BAD_USER_INPUT is used for operations whose real
 *   effect would spoil later rows (changing a password): it proves authorization passed.
 */
export type Outcome =
  'allowed' | 'empty' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'BAD_USER_INPUT';

export interface MatrixEnv {
  app: TestApp;
  tenant: TestTenant;
  /** The outsider's own collaborative. */
  other: TestTenant;
  clients: Record<MatrixRole, GraphQLClient>;
  /** The person behind each role (null for anonymous). */
  userOf(role: MatrixRole): { id: string; email: string } | null;
}

export interface MatrixCall {
  variables?: Record<string, unknown>;
  /** A client other than the role's own (a fresh session for operations that change sessions). */
  client?: GraphQLClient;
  /** Undoes what an allowed call changed that would alter later rows (a new membership). */
  cleanup?: (data: Record<string, unknown> | null) => Promise<void>;
}

export interface MatrixRow {
  /** `Query.seats`, `Mutation.createSeat`, ... */
  operation: string;
  document: string;
  /** Builds each call; may create what the call needs (a fresh record to change). */
  prepare: (env: MatrixEnv, role: MatrixRole) => Promise<MatrixCall> | MatrixCall;
  expect: Record<MatrixRole, Outcome>;
}

/**
 * Expectations for the common shape "these roles may, the rest of the collaborative may not":
 * anonymous callers must sign in, and an outsider finds nothing.
 */
export function onlyRoles(
  allowed: TenantRole[],
  overrides: Partial<Record<MatrixRole, Outcome>> = {},
  refused: Outcome = 'FORBIDDEN',
): Record<MatrixRole, Outcome> {
  const outcome = {} as Record<MatrixRole, Outcome>;
  for (const role of MATRIX_ROLES) {
    outcome[role] =
      role === 'anonymous'
        ? 'UNAUTHENTICATED'
        : role === 'outsider'
          ? 'NOT_FOUND'
          : allowed.includes(role)
            ? 'allowed'
            : refused;
  }
  return { ...outcome, ...overrides };
}

export function everyone(
  outcome: Outcome,
  overrides: Partial<Record<MatrixRole, Outcome>> = {},
): Record<MatrixRole, Outcome> {
  return {
    ...(Object.fromEntries(MATRIX_ROLES.map((role) => [role, outcome])) as Record<MatrixRole, Outcome>),
    ...overrides,
  };
}

export const ALL_MEMBERS: TenantRole[] = [
  'admin',
  'chair',
  'fundAdmin',
  'lead',
  'member',
  'resident',
  'partnerA',
  'partnerB',
  'observer',
];

function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && value !== null && 'nodes' in value)
    return isEmptyValue((value as { nodes: unknown }).nodes);
  return false;
}

/** What one call actually produced, in the matrix's vocabulary. */
export async function observe(row: MatrixRow, env: MatrixEnv, role: MatrixRole): Promise<Outcome | string> {
  const call = await row.prepare(env, role);
  const response = await (call.client ?? env.clients[role]).request(row.document, call.variables ?? {});
  await call.cleanup?.(response.data as Record<string, unknown> | null);
  const error = response.errors?.[0];
  if (error)
    return String(error.extensions?.code ?? 'NO_CODE') + (error.extensions?.code ? '' : `: ${error.message}`);
  const values = Object.values(response.data ?? {});
  return values.length > 0 && values.every(isEmptyValue) ? 'empty' : 'allowed';
}
