import { BallotChoice } from '@braid/contracts';
import { BallotService } from '@braid/governance';
import { principalOf } from '@braid/identity';
import { RequestContextService } from '@braid/kernel';
import { GraphQLClient } from '../support/graphql-client';
import { subscribe } from '../support/subscriptions';
import { startTestApp, TestApp } from '../support/test-app';
import { createTenant, TestTenant } from '../support/tenant';
import { Redis } from 'ioredis';
import { GQL, leadershipMeeting, openMotion, present, vote } from './governance-support';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const MOTION_UPDATED = `subscription($motionId: ID!) { motionUpdated(motionId: $motionId) { motionId status ballotsCast counts { yes no abstain } } }`;

interface LiveUpdate {
  motionUpdated: {
    motionId: string;
    status: string;
    ballotsCast: number;
    counts: { yes: number; no: number; abstain: number } | null;
  };
}

/**
 * A meeting on a projector follows the vote without reloading, even when Braid runs as several
 * API processes behind a load balancer: the projector's websocket may be on one process while
 * ballots arrive through another, so updates travel through Redis.
 */
describe('Live updates of a motion across two API processes', () => {
  let first: TestApp;
  let second: TestApp;
  let tenant: TestTenant;
  let motionId: string;

  /** The same signed-in person, talking to the second process. */
  const onSecond = (client: GraphQLClient): GraphQLClient => {
    const other = second.client(`${client.label} (second process)`);
    other.useSessionCookie(client.sessionCookie);
    return other;
  };

  beforeAll(async () => {
    first = await startTestApp('gov-live', { redisUrl: REDIS_URL, queryStats: true });
    second = await startTestApp('gov-live', { redisUrl: REDIS_URL }, first.db);
    tenant = await createTenant(first, 'gov-live');
    const meetingId = await leadershipMeeting(
      tenant,
      present(tenant.seats.chair, tenant.seats.member, tenant.seats.resident, tenant.seats.lead),
    );
    motionId = await openMotion(tenant, meetingId, { title: 'Adopt the shared referral protocol' });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('delivers a ballot cast through one process to a subscriber on the other', async () => {
    const projector = subscribe<LiveUpdate>(onSecond(tenant.clients.observer), MOTION_UPDATED, { motionId });
    expect((await projector.next()).data?.motionUpdated).toMatchObject({
      status: 'OPEN',
      ballotsCast: 0,
      counts: { yes: 0, no: 0, abstain: 0 },
    });

    await vote(tenant.clients.member, motionId, 'YES');
    expect((await projector.next()).data?.motionUpdated).toMatchObject({
      ballotsCast: 1,
      counts: { yes: 1, no: 0, abstain: 0 },
    });
    await vote(onSecond(tenant.clients.resident), motionId, 'NO');
    expect((await projector.next()).data?.motionUpdated).toMatchObject({
      ballotsCast: 2,
      counts: { yes: 1, no: 1, abstain: 0 },
    });
    await projector.close();
  });

  it('publishes only what commits', async () => {
    const projector = subscribe<LiveUpdate>(onSecond(tenant.clients.chair), MOTION_UPDATED, { motionId });
    await projector.next();
    const contexts = first.get(RequestContextService);
    const ballots = first.get(BallotService);
    const asLead = (choice: BallotChoice) => (ctx: Parameters<BallotService['cast']>[0]) =>
      ballots.cast(ctx, { motionId, choice });
    await expect(
      contexts.asPrincipal(principalOf(tenant.users.lead), async (ctx) => {
        await asLead(BallotChoice.YES)(ctx);
        throw new Error('the meeting software crashed before commit');
      }),
    ).rejects.toThrow(/crashed/);
    expect(await projector.nothingWithin(750)).toBeNull();
    expect(
      (
        await first.dataSource.query(`SELECT count(*)::int AS n FROM ballot WHERE motion_id = $1`, [motionId])
      )[0].n,
    ).toBe(2);

    await contexts.asPrincipal(principalOf(tenant.users.lead), asLead(BallotChoice.NO));
    expect((await projector.next()).data?.motionUpdated).toMatchObject({
      ballotsCast: 3,
      counts: { yes: 1, no: 2, abstain: 0 },
    });
    await projector.close();
  });

  it('refuses subscribers who may not read the motion', async () => {
    const outcome = async (client: GraphQLClient) => {
      const subscription = subscribe<LiveUpdate>(client, MOTION_UPDATED, { motionId });
      try {
        const result = await subscription.next();
        return result.errors?.[0]?.extensions?.['code'];
      } catch (error) {
        return (error as { extensions?: { code?: string } }[])[0]?.extensions?.code ?? String(error);
      } finally {
        await subscription.close();
      }
    };
    expect(await outcome(second.client('anonymous'))).toBe('UNAUTHENTICATED');
    expect(await outcome(onSecond(tenant.clients.partnerA))).toBe('FORBIDDEN');
    const other = await createTenant(first, 'gov-live-other');
    expect(await outcome(onSecond(other.clients.chair))).toBe('NOT_FOUND');
  });

  it('reads the update for subscribers only while someone listens, in any process', async () => {
    const redis = new Redis(REDIS_URL);
    const listeners = async () =>
      Number(((await redis.pubsub('NUMSUB', `braid:live:motion:${motionId}`)) as [string, number])[1]);
    const cast = async (choice: string) => {
      const response = await tenant.clients.member.request(GQL.castBallot, { input: { motionId, choice } });
      expect(response.errors).toBeUndefined();
      return response.sqlQueries as number;
    };
    try {
      // Earlier projectors have hung up; Redis forgets them a moment later.
      for (let i = 0; i < 50 && (await listeners()) > 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(await listeners()).toBe(0);
      await cast('ABSTAIN'); // the member's principal is remembered from here on
      const unheard = await cast('NO');

      const projector = subscribe<LiveUpdate>(onSecond(tenant.clients.observer), MOTION_UPDATED, {
        motionId,
      });
      await projector.next();
      const heard = await cast('YES');
      expect((await projector.next()).data?.motionUpdated).toMatchObject({ counts: { yes: 1 } });
      await projector.close();
      // The motion, the ballots and recusals counted, the counts by choice.
      expect(heard - unheard).toBe(4);
    } finally {
      redis.disconnect();
    }
  });
});
