import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PrincipalCache } from '../access/principal-cache';
import type { RequestContext } from '../context/request-context';
import { RequestContextService } from '../context/request-context.service';
import { BraidError } from '../errors/braid-error';
import { LiveAccessEnded, LiveCheckFailed, LiveSessionEnded, TooManyLiveSubscriptions } from './live.errors';
import { LIVE_UPDATES_OPTIONS, LiveStream, LiveUpdates, LiveUpdatesOptions } from './live-updates';

/** What a subscription follows, told by the domain that owns it. */
export interface Following<T> {
  topic: string;
  /** The record as it is now, read once listening: the subscriber's first message. */
  current: (em: EntityManager) => Promise<T | null>;
  /** Whether the caller, as they are now, may read what this update shows. */
  mayRead: (ctx: RequestContext, update: T) => boolean;
}

/** setTimeout's longest delay; a longer wait is cut into several. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** One open subscription, as the caps and the re-checks see it. */
interface Follower {
  userId: string;
  connection: object;
  /** Judges the subscriber again against the last update they were sent. */
  recheck(): void;
  /** Ends the subscription; `last` is still delivered when given. */
  stop(last?: BraidError): void;
}

/** The value of a subscription's stream: an update, or the error that ends it. */
export type LiveMessage<T> = T | BraidError;

/**
 * The `resolve` of a live subscription: passes updates through and turns the error that ends a
 * subscription into that subscription's last message (graphql-ws then completes it).
 */
export function deliverLiveUpdate<T>(message: LiveMessage<T>): T {
  if (message instanceof BraidError) throw message;
  return message;
}

/**
 * Subscriptions as long-lived reads. A websocket outlives the facts it was opened with: a member is
 * removed, a session signed out or revoked by a password change. So the subscriber is judged again
 * — their principal read afresh, through the principal cache — before every update is sent, and as
 * soon as this process hears that their facts changed (the cache's own signal, from the facts
 * tables' triggers), even when no update comes. When they may no longer read what they follow, the
 * subscription ends with an error (UNAUTHENTICATED / SESSION_ENDED, or FORBIDDEN / ACCESS_ENDED).
 *
 * Each websocket and each person may hold a bounded number of subscriptions (every one holds a
 * pub/sub listener and memory); a closed websocket releases all of its own at once. The person cap
 * counts this process's subscriptions: behind a load balancer, each process holds its own.
 */
@Injectable()
export class LiveSubscriptions implements OnModuleInit, OnModuleDestroy {
  private readonly byConnection = new Map<object, Set<Follower>>();
  private readonly byPerson = new Map<string, Set<Follower>>();
  private stopHearing: (() => void) | null = null;

  constructor(
    @Inject(LIVE_UPDATES_OPTIONS) private readonly options: LiveUpdatesOptions,
    private readonly live: LiveUpdates,
    private readonly contexts: RequestContextService,
    private readonly principalCache: PrincipalCache,
  ) {}

  onModuleInit(): void {
    this.stopHearing = this.principalCache.onForget((userIds) => {
      for (const userId of userIds)
        for (const follower of this.byPerson.get(userId) ?? []) follower.recheck();
    });
  }

  onModuleDestroy(): void {
    this.stopHearing?.();
  }

  /** How many subscriptions a person holds in this process (for tests and operators). */
  heldBy(userId: string): number {
    return this.byPerson.get(userId)?.size ?? 0;
  }

  /**
   * The subscriber's stream: listening first, then the record as it is now, then every update the
   * subscriber may still read, or the error that ends it. Refused with TOO_MANY_REQUESTS over a cap.
   */
  async follow<T extends object>(
    ctx: RequestContext,
    following: Following<T>,
  ): Promise<AsyncIterableIterator<LiveMessage<T>>> {
    const userId = ctx.userId;
    // The websocket's own TCP socket: every subscription of a websocket sees its upgrade request.
    const connection = ctx.http?.req.socket;
    if (!connection) throw new Error('Live updates are followed over a websocket');

    const follower: Follower = { userId, connection, recheck: () => undefined, stop: () => undefined };
    this.admit(follower);
    let stream: LiveStream<LiveMessage<T>>;
    let first: T | null;
    try {
      stream = await this.live.listen<LiveMessage<T>>(following.topic);
      first = await following.current(ctx.em);
    } catch (error) {
      this.release(follower);
      throw error;
    }
    if ((connection as { destroyed?: boolean }).destroyed) {
      // The websocket closed while this subscription was being set up: nobody will read it.
      this.release(follower);
      await stream.return();
    }

    let latest = first;
    let judged = ctx;
    let ended = false;
    let expiry: NodeJS.Timeout | null = null;
    const end = (last?: BraidError) => {
      if (ended) return;
      ended = true;
      if (expiry) clearTimeout(expiry);
      // Not even the snapshot read at the start goes out once the subscription has ended.
      first = null;
      this.release(follower);
      stream.end(last);
    };
    /** Null while the subscriber may still read `update`, else the error that ends their subscription. */
    const judge = async (update: T): Promise<BraidError | null> => {
      const now = await this.contexts.again(judged);
      if (!now.principal || now.principal.userId !== userId) return new LiveSessionEnded();
      if (!following.mayRead(now, update)) return new LiveAccessEnded();
      judged = now;
      watchExpiry(now);
      return null;
    };
    /**
     * A session that simply expires changes no row, so nothing is heard: judge again when it is
     * due to expire (a session used meanwhile has slid on, and is watched until its new expiry).
     */
    const watchExpiry = (now: RequestContext) => {
      if (expiry) clearTimeout(expiry);
      const at = now.principal?.sessionExpiresAt?.getTime();
      if (at === undefined || ended) return;
      const delay = Math.min(Math.max(0, at - Date.now()) + 100, MAX_TIMER_MS);
      expiry = setTimeout(() => follower.recheck(), delay);
      expiry.unref();
    };
    let rechecks = Promise.resolve();
    follower.stop = end;
    watchExpiry(ctx);
    follower.recheck = () => {
      rechecks = rechecks.then(async () => {
        if (ended || !latest) return;
        const verdict = await judge(latest).catch(() => null);
        if (verdict) end(verdict);
      });
    };

    const iterator: AsyncIterableIterator<LiveMessage<T>> = {
      next: async () => {
        if (first) {
          const value = first;
          first = null;
          return { value, done: false };
        }
        const result = await stream.next();
        if (result.done) {
          end();
          return result;
        }
        if (result.value instanceof BraidError) return result;
        const verdict = await judge(result.value).catch(() => new LiveCheckFailed());
        if (verdict) {
          end();
          return { value: verdict, done: false };
        }
        latest = result.value;
        return result;
      },
      return: async () => {
        end();
        return stream.return();
      },
      throw: async (error: unknown) => {
        end();
        return stream.throw?.(error) ?? Promise.reject(error);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
    return iterator;
  }

  /** Takes a slot of the connection and of the person, or refuses over either cap. */
  private admit(follower: Follower): void {
    const ofConnection = this.byConnection.get(follower.connection);
    if ((ofConnection?.size ?? 0) >= this.options.maxPerConnection)
      throw new TooManyLiveSubscriptions('SUBSCRIPTIONS_PER_CONNECTION', this.options.maxPerConnection);
    if (this.heldBy(follower.userId) >= this.options.maxPerPerson)
      throw new TooManyLiveSubscriptions('SUBSCRIPTIONS_PER_PERSON', this.options.maxPerPerson);
    if (!ofConnection) {
      this.byConnection.set(follower.connection, new Set([follower]));
      // A closed websocket frees its slots at once, whatever graphql-ws does with its iterators.
      (follower.connection as NodeJS.EventEmitter).once?.('close', () => {
        for (const open of [...(this.byConnection.get(follower.connection) ?? [])]) {
          this.release(open);
          open.stop();
        }
        this.byConnection.delete(follower.connection);
      });
    } else {
      ofConnection.add(follower);
    }
    const ofPerson = this.byPerson.get(follower.userId);
    if (ofPerson) ofPerson.add(follower);
    else this.byPerson.set(follower.userId, new Set([follower]));
  }

  private release(follower: Follower): void {
    const ofConnection = this.byConnection.get(follower.connection);
    ofConnection?.delete(follower);
    const ofPerson = this.byPerson.get(follower.userId);
    ofPerson?.delete(follower);
    if (ofPerson && !ofPerson.size) this.byPerson.delete(follower.userId);
  }
}
