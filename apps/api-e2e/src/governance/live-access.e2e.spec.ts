import { LiveSubscriptions } from '@braid/kernel';
import { connect, ExecutionResult, subscribe, Subscription } from '../support/subscriptions';
import { startTestApp, TestApp } from '../support/test-app';
import { createTenant, PASSWORD, TestTenant } from '../support/tenant';
import { addPerson, leadershipMeeting, openMotion, Person, present, vote } from './governance-support';
import { Role } from '@braid/contracts';

const MOTION_UPDATED = `subscription($motionId: ID!) { motionUpdated(motionId: $motionId) { motionId status ballotsCast } }`;
const ME = `{ me { id } }`;

interface LiveUpdate {
  motionUpdated: { motionId: string; status: string; ballotsCast: number };
}

/** The code and reason of the error a subscription message carries, if any. */
function refusal(result: ExecutionResult<LiveUpdate>): { code: unknown; reason: unknown } | null {
  const error = result.errors?.[0] as { extensions?: Record<string, unknown> } | undefined;
  return error ? { code: error.extensions?.['code'], reason: error.extensions?.['reason'] } : null;
}

/**
 * The extensions of the error a subscription is refused with at once: graphql-ws sends it as an
 * `error` message or as the one `next` message before completing, depending on where it arose.
 */
async function refusedWith(subscription: Subscription<LiveUpdate>): Promise<Record<string, unknown> | null> {
  try {
    const result = await subscription.next();
    return (result.errors?.[0] as { extensions?: Record<string, unknown> } | undefined)?.extensions ?? null;
  } catch (error) {
    return (error as { extensions?: Record<string, unknown> }[])[0]?.extensions ?? null;
  }
}

/** The code and reason of a subscription refused at once. */
async function refusedAtOnce(
  subscription: Subscription<LiveUpdate>,
): Promise<{ code: unknown; reason: unknown }> {
  const extensions = await refusedWith(subscription);
  return { code: extensions?.['code'] ?? 'DELIVERED', reason: extensions?.['reason'] ?? null };
}

async function ended(subscription: Subscription<LiveUpdate>): Promise<boolean> {
  try {
    await subscription.next(2_000);
    return false;
  } catch (error) {
    return String(error).includes('The subscription ended');
  }
}

/**
 * A live subscription is a read that lasts: the person behind it is judged again before every
 * update and whenever their facts change, so a removed member or a signed-out browser stops
 * receiving ballot counts at once. And it is bounded: per websocket and per person.
 */
describe('Live updates follow the subscriber’s access', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let motionId: string;

  beforeAll(async () => {
    app = await startTestApp('gov-live-access', {
      liveSubscriptionsPerConnection: 3,
      liveSubscriptionsPerPerson: 5,
    });
    tenant = await createTenant(app, 'gov-live-access');
    const meetingId = await leadershipMeeting(
      tenant,
      present(tenant.seats.chair, tenant.seats.member, tenant.seats.resident, tenant.seats.lead),
    );
    motionId = await openMotion(tenant, meetingId, { title: 'Adopt the shared referral protocol' });
  });
  afterAll(() => app.close());

  /** A member without a seat: the person whose access the tests take away. */
  const observerPerson = (key: string): Promise<Person> => addPerson(app, tenant, key, [Role.MEMBER]);

  it('ends with FORBIDDEN / ACCESS_ENDED as soon as the member is removed, with no further vote', async () => {
    const person = await observerPerson('removed');
    const live = subscribe<LiveUpdate>(person.client, MOTION_UPDATED, { motionId });
    expect((await live.next()).data?.motionUpdated.motionId).toBe(motionId);
    const [membership] = await app.dataSource.query(
      `SELECT id FROM membership WHERE user_id = $1 AND collaborative_id = $2`,
      [person.user.id, tenant.collaborativeId],
    );
    await tenant.clients.admin.data(`mutation ($id: ID!) { revokeMembership(id: $id) { id } }`, {
      id: membership.id,
    });
    expect(refusal(await live.next())).toEqual({ code: 'FORBIDDEN', reason: 'ACCESS_ENDED' });
    expect(await ended(live)).toBe(true);
    // The ballot counts that follow never reach them.
    await vote(tenant.clients.member, motionId, 'YES');
    await live.close();
    expect(app.get(LiveSubscriptions).heldBy(person.user.id)).toBe(0);
  });

  it('ends with UNAUTHENTICATED / SESSION_ENDED after a sign-out', async () => {
    const person = await observerPerson('signsOut');
    const live = subscribe<LiveUpdate>(person.client, MOTION_UPDATED, { motionId });
    await live.next();
    await person.client.data(`mutation { signOut }`);
    expect(refusal(await live.next())).toEqual({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    expect(await ended(live)).toBe(true);
    await live.close();
  });

  it('ends with UNAUTHENTICATED / SESSION_ENDED when the session expires, with no update to carry it', async () => {
    const person = await observerPerson('expires');
    const live = subscribe<LiveUpdate>(person.client, MOTION_UPDATED, { motionId });
    await live.next();
    await app.dataSource.query(
      `UPDATE session SET expires_at = now() + interval '1 second' WHERE user_id = $1 AND revoked_at IS NULL`,
      [person.user.id],
    );
    const started = Date.now();
    expect(refusal(await live.next(5_000))).toEqual({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(await ended(live)).toBe(true);
    await live.close();
  });

  it('ends on the other browsers when the password changes, and keeps the browser that changed it', async () => {
    const person = await observerPerson('changesPassword');
    const elsewhere = await app.client('changesPassword, second browser').signIn(person.user.email, PASSWORD);
    const onPhone = subscribe<LiveUpdate>(person.client, MOTION_UPDATED, { motionId });
    const onLaptop = subscribe<LiveUpdate>(elsewhere, MOTION_UPDATED, { motionId });
    await Promise.all([onPhone.next(), onLaptop.next()]);
    await elsewhere.data(`mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`, {
      input: { currentPassword: PASSWORD, newPassword: 'a different horse battery staple' },
    });
    expect(refusal(await onPhone.next())).toEqual({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    expect(await ended(onPhone)).toBe(true);
    // The laptop's session is the one that changed it: it keeps following.
    await vote(tenant.clients.resident, motionId, 'NO');
    expect((await onLaptop.next()).data?.motionUpdated.ballotsCast).toBeGreaterThan(0);
    await Promise.all([onPhone.close(), onLaptop.close()]);
  });

  it('refuses the subscription over the cap of its websocket, then of its person', async () => {
    const person = await observerPerson('capped');
    const tab = connect(person.client);
    const first = [1, 2, 3].map(() => tab.subscribe<LiveUpdate>(MOTION_UPDATED, { motionId }));
    for (const live of first) expect(refusal(await live.next())).toBeNull();
    expect(await refusedAtOnce(tab.subscribe<LiveUpdate>(MOTION_UPDATED, { motionId }))).toEqual({
      code: 'TOO_MANY_REQUESTS',
      reason: 'SUBSCRIPTIONS_PER_CONNECTION',
    });

    const secondTab = connect(person.client);
    const more = [1, 2].map(() => secondTab.subscribe<LiveUpdate>(MOTION_UPDATED, { motionId }));
    for (const live of more) expect(refusal(await live.next())).toBeNull();
    const thirdTab = connect(person.client);
    expect(await refusedAtOnce(thirdTab.subscribe<LiveUpdate>(MOTION_UPDATED, { motionId }))).toEqual({
      code: 'TOO_MANY_REQUESTS',
      reason: 'SUBSCRIPTIONS_PER_PERSON',
    });
    // Someone else is not held back by this person's subscriptions.
    const other = subscribe<LiveUpdate>(tenant.clients.observer, MOTION_UPDATED, { motionId });
    expect(refusal(await other.next())).toBeNull();
    await other.close();

    // Closing the first tab frees its three slots, with no unsubscribe message sent.
    expect(app.get(LiveSubscriptions).heldBy(person.user.id)).toBe(5);
    await tab.close();
    await until(() => app.get(LiveSubscriptions).heldBy(person.user.id) === 2);
    const again = [1, 2, 3].map(() => thirdTab.subscribe<LiveUpdate>(MOTION_UPDATED, { motionId }));
    for (const live of again) expect(refusal(await live.next())).toBeNull();
    await Promise.all([secondTab.close(), thirdTab.close()]);
    await until(() => app.get(LiveSubscriptions).heldBy(person.user.id) === 0);
  });
});

/**
 * The same story with the principal cache off: nothing is heard in advance, so the check before
 * each update is what ends the subscription of a member removed behind the API's back.
 */
describe('Live updates judge the subscriber again before every update', () => {
  let app: TestApp;
  let tenant: TestTenant;

  beforeAll(async () => {
    app = await startTestApp('gov-live-recheck', { principalCacheSeconds: 0 });
    tenant = await createTenant(app, 'gov-live-recheck');
  });
  afterAll(() => app.close());

  it('sends no ballot count to a member removed by plain SQL; the next update ends the subscription', async () => {
    const meetingId = await leadershipMeeting(
      tenant,
      present(tenant.seats.chair, tenant.seats.member, tenant.seats.resident),
    );
    const motionId = await openMotion(tenant, meetingId, { title: 'Extend the resident stipend' });
    const person = await addPerson(app, tenant, 'quietlyRemoved', [Role.MEMBER]);
    const live = subscribe<LiveUpdate>(person.client, MOTION_UPDATED, { motionId });
    await live.next();
    await vote(tenant.clients.member, motionId, 'YES');
    expect((await live.next()).data?.motionUpdated.ballotsCast).toBe(1);

    await app.dataSource.query(
      `UPDATE membership SET status = 'REVOKED' WHERE user_id = $1 AND collaborative_id = $2`,
      [person.user.id, tenant.collaborativeId],
    );
    expect((await person.client.request(ME)).errors).toBeUndefined();
    await vote(tenant.clients.resident, motionId, 'NO');
    const last = await live.next();
    expect(last.data).toBeNull();
    expect(refusal(last)).toEqual({ code: 'FORBIDDEN', reason: 'ACCESS_ENDED' });
    expect(await ended(live)).toBe(true);
    await live.close();
  });
});

/** As deployed: the same codes and reasons reach the browser, and nothing internal with them. */
describe('Live subscription limits and endings in production mode', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let motionId: string;

  beforeAll(async () => {
    app = await startTestApp('gov-live-production', { production: true, liveSubscriptionsPerConnection: 2 });
    tenant = await createTenant(app, 'gov-live-production');
    const meetingId = await leadershipMeeting(tenant, present(tenant.seats.chair, tenant.seats.member));
    motionId = await openMotion(tenant, meetingId, {
      title: 'Publish the community health needs assessment',
    });
  });
  afterAll(() => app.close());

  it('refuses the third subscription of a websocket and ends the others at sign-out, with code and reason only', async () => {
    const tab = connect(tenant.clients.resident);
    const open = [1, 2].map(() => tab.subscribe<LiveUpdate>(MOTION_UPDATED, { motionId }));
    for (const live of open) expect(refusal(await live.next())).toBeNull();
    // The code, the reason and the figure: no stack trace or other detail.
    expect(await refusedWith(tab.subscribe<LiveUpdate>(MOTION_UPDATED, { motionId }))).toEqual({
      code: 'TOO_MANY_REQUESTS',
      reason: 'SUBSCRIPTIONS_PER_CONNECTION',
      limit: 2,
    });

    await tenant.clients.resident.data(`mutation { signOut }`);
    for (const live of open) {
      const last = await live.next();
      expect(last.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
      expect(await ended(live)).toBe(true);
    }
    await tab.close();
  });
});

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for the server to notice');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
