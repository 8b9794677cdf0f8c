import { FUNDS_RESOLVERS } from '@braid/funds';
import { PermissionDeclarations } from '@braid/kernel';
import { GraphQLClient, GraphQLResponse } from '../support/graphql-client';
import { createTenant, TENANT_ROLES, TenantRole, TestTenant } from '../support/tenant';
import { startTestApp, TestApp } from '../support/test-app';
import {
  CREATE_GRANT,
  CREATE_STREAM,
  expectLedgerConsistent,
  FundBuilder,
  GrantResult,
  RECORD_CONTRIBUTION,
  RECORD_RECEIPT,
  RELEASE,
  releaseKey,
  REVERSE,
} from './fund-fixtures';

const $ = (dollars: number) => BigInt(dollars) * 100n;

/** The resolvers of the Wellness Fund: every root operation they declare needs a row below. */
const FUND_RESOLVERS = FUNDS_RESOLVERS.map((resolver) => resolver.name);

/** `outsider`: the fund administrator of another collaborative (the strongest stranger). */
type Caller = TenantRole | 'anonymous' | 'outsider';
/** `empty`: answered, but filtered to nothing. */
type Outcome = 'ok' | 'empty' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED';

const LEADERSHIP: TenantRole[] = ['admin', 'chair', 'fundAdmin', 'lead', 'member', 'resident'];
const CALLERS: Caller[] = [...(Object.keys(TENANT_ROLES) as TenantRole[]), 'anonymous', 'outsider'];

interface Row {
  query: string;
  /** Fresh variables; called once for the refused callers and again before each allowed one. */
  variables: () => Promise<Record<string, unknown>>;
  outcomes: Partial<Record<Caller, Outcome>>;
}

const allow = (roles: TenantRole[], outcome: Outcome = 'ok') =>
  Object.fromEntries(roles.map((role) => [role, outcome]));
const leadershipReads = allow(LEADERSHIP);
const onlyFundAdministrator = { fundAdmin: 'ok' as Outcome };

describe('Who may do what with the Wellness Fund', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let other: TestTenant;
  let fund: FundBuilder;
  let stream: { id: string; contributionId: string | null };
  let grantA: GrantResult;
  let grantB: GrantResult;

  beforeAll(async () => {
    app = await startTestApp('funds-access');
    [tenant, other] = await Promise.all([createTenant(app, 'access'), createTenant(app, 'access-other')]);
    fund = new FundBuilder(app, tenant);
    stream = await fund.stream({
      name: 'Matrix stream',
      awardCents: $(1_000_000),
      pledgedCents: $(900_000),
      receivedCents: $(600_000),
    });
    grantA = await fund.grant({
      title: 'Grant to A',
      allocations: [{ fundingStreamId: stream.id, cents: $(30_000) }],
      tranches: [$(10_000), $(10_000), $(10_000)],
    });
    grantB = await fund.grant({
      title: 'Grant to B',
      recipientOrganizationId: tenant.organizations.granteeB,
      allocations: [{ fundingStreamId: stream.id, cents: $(20_000) }],
      tranches: [$(10_000), $(10_000)],
    });
    await fund.admin.data(RELEASE, {
      input: { disbursementId: grantA.disbursements[0].id, idempotencyKey: releaseKey() },
    });
    await fund.admin.data(RELEASE, {
      input: { disbursementId: grantB.disbursements[0].id, idempotencyKey: releaseKey() },
    });
  });
  afterEach(() => expectLedgerConsistent(app));
  afterAll(() => app.close());

  const client = (caller: Caller): GraphQLClient =>
    caller === 'anonymous'
      ? app.client('anonymous')
      : caller === 'outsider'
        ? other.clients.fundAdmin
        : tenant.clients[caller];
  const collaborative = () => ({ collaborativeId: tenant.collaborativeId });
  const freshTranche = async () =>
    (await fund.grant({ allocations: [{ fundingStreamId: stream.id, cents: $(100) }], tranches: [$(100)] }))
      .disbursements[0].id;
  const releasedTranche = async () => {
    const id = await freshTranche();
    await fund.admin.data(RELEASE, { input: { disbursementId: id, idempotencyKey: releaseKey() } });
    return id;
  };

  const MATRIX: Record<string, Row> = {
    'Query.fundingStreams': {
      query: `query ($collaborativeId: ID!) { fundingStreams(collaborativeId: $collaborativeId) { id } }`,
      variables: async () => collaborative(),
      outcomes: { ...leadershipReads, outsider: 'empty' },
    },
    'Query.fundingStream': {
      query: `query ($id: ID!) { fundingStream(id: $id) { id } }`,
      variables: async () => ({ id: stream.id }),
      outcomes: leadershipReads,
    },
    'Query.contributions': {
      query: `query ($collaborativeId: ID!) { contributions(collaborativeId: $collaborativeId) { nodes { id } } }`,
      variables: async () => collaborative(),
      outcomes: { ...leadershipReads, outsider: 'empty' },
    },
    'Query.ledgerTransactions': {
      query: `query ($collaborativeId: ID!) { ledgerTransactions(collaborativeId: $collaborativeId) { nodes { id entries { amount { cents } } } } }`,
      variables: async () => collaborative(),
      outcomes: { ...leadershipReads, outsider: 'empty' },
    },
    'Query.ledgerAccounts': {
      query: `query ($collaborativeId: ID!) { ledgerAccounts(collaborativeId: $collaborativeId) { id balance { cents } } }`,
      variables: async () => collaborative(),
      outcomes: { ...leadershipReads, outsider: 'empty' },
    },
    'Query.budgetOverview': {
      query: `query ($collaborativeId: ID!) { budgetOverview(collaborativeId: $collaborativeId) { fund { currency } } }`,
      variables: async () => collaborative(),
      outcomes: leadershipReads,
    },
    'Query.grantTraceability': {
      query: `query ($id: ID!) { grantTraceability(grantId: $id) { sources { fundingStream { id } } } }`,
      variables: async () => ({ id: grantA.id }),
      outcomes: leadershipReads,
    },
    'Query.disbursementTraceability': {
      query: `query ($id: ID!) { disbursementTraceability(disbursementId: $id) { draws { amount { cents } } } }`,
      variables: async () => ({ id: grantA.disbursements[0].id }),
      outcomes: leadershipReads,
    },
    'Query.funderTraceability': {
      query: `query ($id: ID!) { funderTraceability(organizationId: $id) { grants { grant { id } } } }`,
      variables: async () => ({ id: tenant.organizations.funder }),
      outcomes: leadershipReads,
    },
    'Query.grants': {
      query: `query ($collaborativeId: ID!) { grants(collaborativeId: $collaborativeId) { nodes { id } } }`,
      variables: async () => collaborative(),
      outcomes: { ...leadershipReads, partnerA: 'ok', partnerB: 'ok', outsider: 'empty' },
    },
    'Query.grant': {
      query: `query ($id: ID!) { grant(id: $id) { id } }`,
      variables: async () => ({ id: grantA.id }),
      outcomes: { ...leadershipReads, partnerA: 'ok', partnerB: 'NOT_FOUND' },
    },
    'Query.disbursements': {
      query: `query ($collaborativeId: ID!) { disbursements(collaborativeId: $collaborativeId) { nodes { id } } }`,
      variables: async () => collaborative(),
      outcomes: { ...leadershipReads, partnerA: 'ok', partnerB: 'ok', outsider: 'empty' },
    },
    'Query.disbursement': {
      query: `query ($id: ID!) { disbursement(id: $id) { id } }`,
      variables: async () => ({ id: grantA.disbursements[0].id }),
      outcomes: { ...leadershipReads, partnerA: 'ok', partnerB: 'NOT_FOUND' },
    },
    'Query.fundSummary': {
      query: `query ($collaborativeId: ID!) { fundSummary(collaborativeId: $collaborativeId) { totals { received { cents } } } }`,
      variables: async () => collaborative(),
      outcomes: allow([...LEADERSHIP, 'partnerA', 'partnerB', 'observer']) && {
        ...allow([...LEADERSHIP, 'partnerA', 'partnerB', 'observer']),
        anonymous: 'ok',
        // This collaborative publishes its transparency view: its totals are everyone's.
        outsider: 'ok',
      },
    },
    'Mutation.createFundingStream': {
      query: CREATE_STREAM,
      variables: async () => ({
        input: {
          collaborativeId: tenant.collaborativeId,
          funderOrganizationId: tenant.organizations.funder,
          name: `Stream ${Math.random()}`,
          kind: 'FOUNDATION',
          restricted: false,
          startsOn: '2025-01-01',
          endsOn: '2027-12-31',
          award: { cents: '100000' },
        },
      }),
      outcomes: onlyFundAdministrator,
    },
    'Mutation.recordContribution': {
      query: RECORD_CONTRIBUTION,
      variables: async () => ({
        input: { fundingStreamId: stream.id, amount: { cents: '100' }, pledgedOn: '2026-01-01' },
      }),
      outcomes: onlyFundAdministrator,
    },
    'Mutation.recordContributionReceipt': {
      query: RECORD_RECEIPT,
      variables: async () => ({
        input: { contributionId: stream.contributionId, cents: '100', receivedOn: '2026-01-01' },
      }),
      outcomes: onlyFundAdministrator,
    },
    'Mutation.writeOffContribution': {
      query: `mutation ($input: WriteOffContributionInput!) { writeOffContribution(input: $input) { status } }`,
      variables: async () => ({
        input: { contributionId: await fund.pledge(stream.id, $(10)), reason: 'Funder withdrew' },
      }),
      outcomes: onlyFundAdministrator,
    },
    'Mutation.createGrant': {
      query: CREATE_GRANT,
      variables: async () => ({
        input: await fund.grantInput({
          allocations: [{ fundingStreamId: stream.id, cents: $(100) }],
          tranches: [$(100)],
        }),
      }),
      outcomes: onlyFundAdministrator,
    },
    'Mutation.releaseDisbursement': {
      query: RELEASE,
      variables: async () => ({
        input: { disbursementId: await freshTranche(), idempotencyKey: releaseKey() },
      }),
      outcomes: onlyFundAdministrator,
    },
    'Mutation.markDisbursementPaid': {
      query: `mutation ($input: MarkDisbursementPaidInput!) { markDisbursementPaid(input: $input) { status } }`,
      variables: async () => ({ input: { disbursementId: await releasedTranche() } }),
      outcomes: onlyFundAdministrator,
    },
    'Mutation.cancelDisbursement': {
      query: `mutation ($input: CancelDisbursementInput!) { cancelDisbursement(input: $input) { status } }`,
      variables: async () => ({
        input: { disbursementId: await freshTranche(), reason: 'No longer needed' },
      }),
      outcomes: onlyFundAdministrator,
    },
    'Mutation.reverseLedgerTransaction': {
      query: REVERSE,
      variables: async () => {
        const id = await releasedTranche();
        const [row] = await app.dataSource.query(
          `SELECT release_transaction_id AS id FROM disbursement WHERE id = $1`,
          [id],
        );
        return { input: { ledgerTransactionId: row.id, reason: 'Released in error' } };
      },
      outcomes: onlyFundAdministrator,
    },
  };

  it('has a row for every operation the fund resolvers declare', () => {
    const declared = app
      .get(PermissionDeclarations)
      .list()
      .filter((operation) => FUND_RESOLVERS.includes(operation.handler.split('.')[0]))
      .map((operation) => `${operation.type}.${operation.name}`);
    expect(declared.length).toBeGreaterThan(20);
    expect(Object.keys(MATRIX).sort()).toEqual(declared.sort());
  });

  it.each(Object.keys(MATRIX))(
    '%s answers each role as the rules say, and refusals write nothing',
    async (operation) => {
      const row = MATRIX[operation];
      const expected = (caller: Caller): Outcome =>
        row.outcomes[caller] ??
        (caller === 'anonymous' ? 'UNAUTHENTICATED' : caller === 'outsider' ? 'NOT_FOUND' : 'FORBIDDEN');
      const shared = await row.variables();
      const writes = async () =>
        (
          await app.dataSource.query(
            `SELECT (SELECT count(*) FROM ledger_entry) + (SELECT count(*) FROM audit_event) AS n`,
          )
        )[0].n;
      const outcomes: Record<string, Outcome> = {};
      const before = await writes();
      for (const caller of CALLERS.filter((c) => expected(c) !== 'ok')) {
        outcomes[caller] = outcomeOf(await client(caller).request(row.query, shared));
      }
      expect(await writes()).toBe(before);
      for (const caller of CALLERS.filter((c) => expected(c) === 'ok')) {
        const variables = operation.startsWith('Mutation.') ? await row.variables() : shared;
        outcomes[caller] = outcomeOf(await client(caller).request(row.query, variables));
      }
      expect(outcomes).toEqual(Object.fromEntries(CALLERS.map((caller) => [caller, expected(caller)])));
    },
  );

  it("never shows a partner another partner's grant, through any query or nested field", async () => {
    const partnerA = tenant.clients.partnerA;
    const granteeA = tenant.organizations.granteeA;
    const { grants } = await partnerA.data<{
      grants: { nodes: { id: string; recipientOrganizationId: string }[] };
    }>(
      `query ($c: ID!) { grants(collaborativeId: $c, first: 200) { nodes { id recipientOrganizationId } } }`,
      { c: tenant.collaborativeId },
    );
    expect(grants.nodes.map((grant) => grant.id)).toContain(grantA.id);
    expect(new Set(grants.nodes.map((grant) => grant.recipientOrganizationId))).toEqual(new Set([granteeA]));
    expect((await partnerA.error(`query ($id: ID!) { grant(id: $id) { id } }`, { id: grantB.id })).code).toBe(
      'NOT_FOUND',
    );
    expect(
      (
        await partnerA.error(`query ($id: ID!) { disbursement(id: $id) { id } }`, {
          id: grantB.disbursements[0].id,
        })
      ).code,
    ).toBe('NOT_FOUND');

    const { disbursements } = await partnerA.data<{
      disbursements: { nodes: { id: string; grant: { recipientOrganizationId: string } | null }[] };
    }>(
      `query ($c: ID!) { disbursements(collaborativeId: $c, first: 200) { nodes { id grant { recipientOrganizationId } } } }`,
      {
        c: tenant.collaborativeId,
      },
    );
    expect(disbursements.nodes.map((tranche) => tranche.id)).toContain(grantA.disbursements[0].id);
    expect(new Set(disbursements.nodes.map((tranche) => tranche.grant?.recipientOrganizationId))).toEqual(
      new Set([granteeA]),
    );

    // Organization → grants → disbursements → grant: the rule holds at every level.
    const { collaborative } = await partnerA.data<{
      collaborative: {
        organizations: {
          id: string;
          grants: {
            id: string;
            recipientOrganizationId: string;
            disbursements: { grant: { id: string } | null }[];
            allocations: { fundingStream: unknown }[];
          }[];
        }[];
      };
    }>(
      `query ($c: ID!) { collaborative(id: $c) { organizations { id grants { id recipientOrganizationId allocations { fundingStream { id } }
         disbursements { grant { id } } } } } }`,
      { c: tenant.collaborativeId },
    );
    const organizationB = collaborative.organizations.find(
      (organization) => organization.id === tenant.organizations.granteeB,
    );
    expect(organizationB?.grants).toEqual([]);
    const seen = collaborative.organizations.flatMap((organization) => organization.grants);
    expect(seen.map((grant) => grant.id)).toContain(grantA.id);
    expect(new Set(seen.map((grant) => grant.recipientOrganizationId))).toEqual(new Set([granteeA]));
    for (const grant of seen)
      expect(grant.disbursements.every((tranche) => tranche.grant?.id === grant.id)).toBe(true);
    // The fund behind a grant is not the partner's to see.
    expect(seen.find((grant) => grant.id === grantA.id)?.allocations).toEqual([{ fundingStream: null }]);

    // Leadership sees both grants through the same nested path.
    const lead = await tenant.clients.member.data<{
      collaborative: { organizations: { grants: { id: string }[] }[] };
    }>(`query ($c: ID!) { collaborative(id: $c) { organizations { grants { id } } } }`, {
      c: tenant.collaborativeId,
    });
    expect(
      lead.collaborative.organizations.flatMap((organization) =>
        organization.grants.map((grant) => grant.id),
      ),
    ).toEqual(expect.arrayContaining([grantA.id, grantB.id]));
  });

  it("answers NOT_FOUND for another collaborative's grant, tranche and fund, even to its fund administrator", async () => {
    const admin = other.clients.fundAdmin;
    expect((await admin.error(`query ($id: ID!) { grant(id: $id) { id } }`, { id: grantA.id })).code).toBe(
      'NOT_FOUND',
    );
    expect(
      (
        await admin.error(RELEASE, {
          input: { disbursementId: grantA.disbursements[1].id, idempotencyKey: releaseKey() },
        })
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await admin.error(`query ($c: ID!) { budgetOverview(collaborativeId: $c) { fund { currency } } }`, {
          c: tenant.collaborativeId,
        })
      ).code,
    ).toBe('NOT_FOUND');
    const { grants } = await admin.data<{ grants: { nodes: unknown[] } }>(
      `query ($c: ID!) { grants(collaborativeId: $c) { nodes { id } } }`,
      { c: tenant.collaborativeId },
    );
    expect(grants.nodes).toEqual([]);
  });

  it('shows observers and the public totals only, and nothing of a collaborative that publishes no transparency view', async () => {
    const summary = `query ($c: ID!) { fundSummary(collaborativeId: $c) { totals { currency streamCount grantCount received { cents } disbursed { cents } } } }`;
    const { fundSummary } = await app
      .client()
      .data<{ fundSummary: { totals: { received: { cents: string }; disbursed: { cents: string } }[] } }>(
        summary,
        {
          c: tenant.collaborativeId,
        },
      );
    const [fundTotals] = (await fund.budget()).fund;
    expect(fundSummary.totals).toEqual([
      expect.objectContaining({
        currency: 'USD',
        received: fundTotals.received,
        disbursed: fundTotals.disbursed,
        grantCount: fundTotals.grantCount,
      }),
    ]);
    expect(BigInt(fundTotals.received.cents)).toBeGreaterThanOrEqual($(600_000));
    expect(
      (
        await tenant.clients.observer.error(
          `query ($c: ID!) { grants(collaborativeId: $c) { nodes { id } } }`,
          { c: tenant.collaborativeId },
        )
      ).code,
    ).toBe('FORBIDDEN');
    await app.dataSource.query(`UPDATE collaborative SET public_transparency = false WHERE id = $1`, [
      other.collaborativeId,
    ]);
    expect((await app.client().error(summary, { c: other.collaborativeId })).code).toBe('NOT_FOUND');
    expect(await other.clients.observer.data(summary, { c: other.collaborativeId })).toEqual({
      fundSummary: { totals: [] },
    });
  });

  it('exports CSV only to the fund administrator, the chair and administrators', async () => {
    const statusFor = async (caller: Caller, collaborativeId = tenant.collaborativeId) => {
      const cookie = caller === 'anonymous' ? null : client(caller).sessionCookie;
      const response = await fetch(`${app.url}/api/collaboratives/${collaborativeId}/funds/ledger.csv`, {
        headers: cookie ? { cookie } : {},
      });
      await response.arrayBuffer();
      return response.status;
    };
    const statuses = Object.fromEntries(
      await Promise.all(CALLERS.map(async (caller) => [caller, await statusFor(caller)])),
    );
    expect(statuses).toEqual({
      admin: 200,
      chair: 200,
      fundAdmin: 200,
      lead: 403,
      member: 403,
      resident: 403,
      partnerA: 403,
      partnerB: 403,
      observer: 403,
      anonymous: 401,
      outsider: 404,
    });
    expect(await statusFor('fundAdmin', other.collaborativeId)).toBe(404);
  });
});

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && 'nodes' in value) return isEmpty((value as { nodes: unknown }).nodes);
  return false;
}

function outcomeOf(response: GraphQLResponse<unknown>): Outcome {
  const code = response.errors?.[0]?.extensions?.code;
  if (!code) return Object.values(response.data ?? {}).every(isEmpty) ? 'empty' : 'ok';
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'UNAUTHENTICATED') return code;
  throw new Error(`Unexpected ${String(code)}: ${response.errors?.[0]?.message}`);
}
