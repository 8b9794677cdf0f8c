import { DEFAULT_OPERATION_LIMITS, MAX_DOCUMENT_TOKENS } from '@braid/kernel';
import { leadershipMeeting, openMotion, present } from '../governance/governance-support';
import { subscribe, Subscription } from '../support/subscriptions';
import { startTestApp, TestApp } from '../support/test-app';
import { createTenant, TestTenant } from '../support/tenant';

const MOTION_UPDATED = `subscription($motionId: ID!) { motionUpdated(motionId: $motionId) { motionId status ballotsCast } }`;

/** `count` aliases of the motion's status: one resolver run `count` times per update. */
function aliasedStatus(count: number): string {
  const fields = Array.from({ length: count }, (_, i) => `s${i}:status`).join(' ');
  return `subscription($motionId: ID!) { motionUpdated(motionId: $motionId) { ${fields} } }`;
}

interface Refusal {
  code: unknown;
  reason: unknown;
}

/**
 * What the first message of a subscription says: the code and reason it was refused with (graphql-ws
 * sends an `error` message, which the client throws), or DELIVERED when data arrived.
 */
async function firstAnswer(subscription: Subscription<unknown>): Promise<Refusal> {
  try {
    const result = await subscription.next();
    const error = result.errors?.[0] as { extensions?: Record<string, unknown> } | undefined;
    return error
      ? { code: error.extensions?.['code'], reason: error.extensions?.['reason'] }
      : { code: 'DELIVERED', reason: null };
  } catch (error) {
    const [first] = error as { extensions?: Record<string, unknown> }[];
    return { code: first?.extensions?.['code'], reason: first?.extensions?.['reason'] };
  } finally {
    await subscription.close();
  }
}

/**
 * The websocket is a second door to the same schema: a subscription document is held to the same
 * operation limits as a document over HTTP, refused with the same code and reason, while the
 * subscription a meeting's projector opens still delivers.
 */
describe('Operation limits on the websocket', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let motionId: string;

  beforeAll(async () => {
    app = await startTestApp('subscription-limits');
    tenant = await createTenant(app, 'sub-limits');
    const meetingId = await leadershipMeeting(tenant, present(tenant.seats.chair, tenant.seats.member));
    motionId = await openMotion(tenant, meetingId, { title: 'Adopt the shared referral protocol' });
  });
  afterAll(() => app.close());

  it('refuses more aliases than the limit, with the code and reason HTTP gives the same document', async () => {
    const document = aliasedStatus(DEFAULT_OPERATION_LIMITS.maxAliases + 1);
    const overHttp = await tenant.clients.chair.error(document, { motionId });
    const overSocket = await firstAnswer(subscribe(tenant.clients.chair, document, { motionId }));
    expect({
      http: { code: overHttp.code, reason: overHttp.extensions?.['reason'] },
      websocket: overSocket,
    }).toEqual({
      http: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ALIASES' },
      websocket: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ALIASES' },
    });
  });

  it('stops parsing a document past the token limit, as over HTTP', async () => {
    const document = aliasedStatus(MAX_DOCUMENT_TOKENS);
    const overHttp = await tenant.clients.chair.error(document, { motionId });
    const overSocket = await firstAnswer(subscribe(tenant.clients.chair, document, { motionId }));
    expect({
      http: { code: overHttp.code, reason: overHttp.extensions?.['reason'] },
      websocket: overSocket,
    }).toEqual({
      http: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_TOKENS' },
      websocket: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_TOKENS' },
    });
  });

  it('refuses a document that does not fit the schema with the documented code', async () => {
    const document = `subscription($motionId: ID!) { motionUpdated(motionId: $motionId) { secretField } }`;
    const overSocket = await firstAnswer(subscribe(tenant.clients.chair, document, { motionId }));
    expect(overSocket).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('still delivers the motion a projector follows, aliases within the limit included', async () => {
    const plain = await firstAnswer(subscribe(tenant.clients.chair, MOTION_UPDATED, { motionId }));
    const aliased = await firstAnswer(
      subscribe(tenant.clients.chair, aliasedStatus(DEFAULT_OPERATION_LIMITS.maxAliases), { motionId }),
    );
    expect({ plain, aliased }).toEqual({
      plain: { code: 'DELIVERED', reason: null },
      aliased: { code: 'DELIVERED', reason: null },
    });
  });
});
