import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import { EntityManager } from 'typeorm';
import type { RequestContext } from '../context/request-context';

export interface LiveUpdatesOptions {
  /** Set when several API processes serve one database: updates then travel through Redis. */
  redisUrl: string | null;
  /** Subscriptions one websocket may hold at once. */
  maxPerConnection: number;
  /** Subscriptions one person may hold at once in this process, over all their websockets. */
  maxPerPerson: number;
}

export const LIVE_UPDATES_OPTIONS = Symbol('LIVE_UPDATES_OPTIONS');

/** Channel names carry a prefix so a Redis shared with other software cannot collide with Braid. */
const CHANNEL_PREFIX = 'braid:live:';

/**
 * A subscription's stream of updates: an async iterator that is already listening when it is
 * handed out, so nothing published after `listen` resolves can be missed.
 */
export interface LiveStream<T> extends AsyncIterableIterator<T> {
  return(): Promise<IteratorResult<T>>;
  /** Stops listening and drops what is queued; `last`, when given, is delivered before the stream ends. */
  end(last?: T): void;
}

/**
 * Live updates to GraphQL subscribers (a meeting on a projector). In one process they go through
 * memory; with `REDIS_URL` through Redis pub/sub, so a change made through one API process reaches
 * subscribers connected to another. Updates are published only after the change commits.
 */
@Injectable()
export class LiveUpdates implements OnApplicationShutdown {
  private readonly logger = new Logger(LiveUpdates.name);
  private readonly engine: PubSubEngine;
  private readonly redis: Redis[] = [];
  /** Subscribers in this process, by topic: the whole story when updates travel through memory. */
  private readonly listeners = new Map<string, number>();

  constructor(@Inject(LIVE_UPDATES_OPTIONS) options: LiveUpdatesOptions) {
    if (options.redisUrl) {
      // A subscribing Redis connection can do nothing else: publishing needs its own.
      const connect = () => {
        const client = new Redis(options.redisUrl as string, { maxRetriesPerRequest: 3 });
        client.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
        this.redis.push(client);
        return client;
      };
      this.engine = new RedisPubSub({ publisher: connect(), subscriber: connect() });
    } else {
      this.engine = new PubSub();
    }
  }

  get transport(): 'redis' | 'memory' {
    return this.redis.length ? 'redis' : 'memory';
  }

  /**
   * After the context's transaction commits, reads the update with a fresh EntityManager (so it
   * reflects every committed change, not this transaction's snapshot) and publishes it — when
   * someone listens. Most ballots are cast with no projector open, and the read costs the request
   * several statements. A subscriber that starts listening after the check reads the motion as it
   * is once it listens (MotionLive.follow), which already includes this commit: nothing is missed.
   */
  publishAfterCommit<T extends object>(
    ctx: RequestContext,
    topic: string,
    read: (em: EntityManager) => Promise<T | null>,
  ): void {
    ctx.afterCommit(async (em) => {
      if (!(await this.anyoneListening(topic))) return;
      const update = await read(em);
      if (update) await this.engine.publish(CHANNEL_PREFIX + topic, update);
    });
  }

  /** In any API process: Redis counts the subscribed connections, one per process and channel. */
  private async anyoneListening(topic: string): Promise<boolean> {
    if (!this.redis.length) return (this.listeners.get(topic) ?? 0) > 0;
    const [, count] = (await this.redis[0].pubsub('NUMSUB', CHANNEL_PREFIX + topic)) as [string, number];
    return Number(count) > 0;
  }

  /** Starts listening on a topic; resolves once the subscription is live (Redis has confirmed it). */
  async listen<T>(topic: string): Promise<LiveStream<T>> {
    const queue: T[] = [];
    let waiting: ((result: IteratorResult<T>) => void) | null = null;
    /** No more messages are taken: what is queued is still delivered, then the stream is done. */
    let closed = false;
    let released = false;
    const deliver = (message: T) => {
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value: message, done: false });
      } else {
        queue.push(message);
      }
    };
    const subscriptionId = await this.engine.subscribe(
      CHANNEL_PREFIX + topic,
      (message: T) => {
        if (!closed) deliver(message);
      },
      {},
    );
    this.listeners.set(topic, (this.listeners.get(topic) ?? 0) + 1);
    const release = () => {
      closed = true;
      if (released) return;
      released = true;
      const left = (this.listeners.get(topic) ?? 1) - 1;
      if (left > 0) this.listeners.set(topic, left);
      else this.listeners.delete(topic);
      this.engine.unsubscribe(subscriptionId);
    };
    const finish = async (): Promise<IteratorResult<T>> => {
      release();
      queue.length = 0;
      waiting?.({ value: undefined, done: true });
      waiting = null;
      return { value: undefined, done: true };
    };
    const stream: LiveStream<T> = {
      next: () => {
        if (queue.length) return Promise.resolve({ value: queue.shift() as T, done: false });
        if (closed) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (waiting = resolve));
      },
      end: (last?: T) => {
        if (closed) return;
        release();
        // Whatever is still queued was published for a subscriber the caller has stopped
        // serving: only `last` goes out.
        queue.length = 0;
        if (last !== undefined) deliver(last);
        else void finish();
      },
      return: finish,
      throw: async (error: unknown) => {
        await finish();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
    return stream;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.redis.map((client) => client.quit().catch(() => client.disconnect())));
  }
}
