import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import { Client, Notification } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { Principal } from './principal';

export interface PrincipalCacheOptions {
  /** How long a principal may be served from memory at most; 0 turns the cache off. */
  seconds: number;
  /** Sessions remembered at most (the least recently used are forgotten first). */
  maxEntries: number;
}

export const PRINCIPAL_CACHE_OPTIONS = Symbol('PRINCIPAL_CACHE_OPTIONS');

/**
 * The channel and notice the facts tables' triggers raise (kernel migration
 * `NotifyPrincipalChanges`): the payload is the user whose principal changed.
 */
export const PRINCIPAL_CHANNEL = 'braid_principal';
export const PRINCIPAL_NOTICE_PREFIX = 'braid_principal_changed ';
const SETTLE_PREFIX = 'settle:';

interface Entry {
  principal: Principal;
  userId: string;
  validUntil: number;
}

/**
 * Who is behind a session, kept in memory between requests: without it every request pays three
 * statements (session, memberships with seats, workgroups) before its own work, which the
 * benchmark showed to be most of a small read's cost.
 *
 * It is never stale by more than a change's delivery: every table the principal is built from has
 * a trigger that names the user whose facts changed, as a NOTIFY on commit (heard here over a
 * dedicated LISTEN connection, from any API process or from psql) and as a NOTICE to the
 * connection that made the change (the mutation's transaction forgets that user as soon as it
 * commits, before answering, so a sign-out or a role change made through this process counts for
 * the very next request). While the LISTEN connection is down nothing is served from memory.
 * `seconds` bounds an entry's life as a last resort, and a session's own expiry always applies.
 */
@Injectable()
export class PrincipalCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PrincipalCache.name);
  /**
   * Least recently used first out: when the cache is full, the session forgotten is the one idle
   * longest, not the one signed in first (an office's all-day sessions would otherwise be pushed
   * out by every new sign-in). An entry's own time limit is `validUntil`, checked on each read.
   */
  private readonly entries: LRUCache<string, Entry>;
  private readonly settling = new Map<string, () => void>();
  private readonly forgetListeners = new Set<(userIds: ReadonlySet<string>) => void>();
  private listener: Client | null = null;
  private readonly noticedClients = new WeakSet<NoticeSource>();
  private readonly lostClients = new WeakSet<Client>();
  private listening = false;
  private stopped = false;
  private reconnectDelayMs = 250;
  /** Bumped by every invalidation: a principal read before one must not be cached after it. */
  private generationCount = 0;

  constructor(
    @Inject(PRINCIPAL_CACHE_OPTIONS) private readonly options: PrincipalCacheOptions,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.entries = new LRUCache<string, Entry>({ max: Math.max(1, options.maxEntries) });
  }

  get enabled(): boolean {
    return this.options.seconds > 0;
  }

  /** True while changes are heard, i.e. while the cache may answer. */
  get live(): boolean {
    return this.enabled && this.listening;
  }

  get generation(): number {
    return this.generationCount;
  }

  get size(): number {
    return this.entries.size;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled) return;
    this.hearNoticesOfThePool();
    await this.listen();
  }

  /**
   * A change made through this process (plain SQL included) is forgotten as its statement runs,
   * before the NOTIFY of its commit arrives; mutations forget again once they commit, so a
   * request that read the old facts meanwhile cannot leave them cached (see `generation`).
   */
  private hearNoticesOfThePool(): void {
    const pool = (this.dataSource.driver as unknown as { master?: PoolOfClients }).master;
    if (!pool) return;
    const hear = (client: NoticeSource) => {
      if (this.noticedClients.has(client)) return;
      this.noticedClients.add(client);
      client.on('notice', (notice) => {
        const user = principalChangeIn(notice);
        if (user) this.forgetUsers([user]);
      });
    };
    pool.on('connect', hear);
    // Connections opened before this (migrations, start-up tasks) wait idle in the pool.
    for (const client of pool._clients ?? []) hear(client);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.listening = false;
    this.entries.clear();
    const listener = this.listener;
    this.listener = null;
    if (listener) {
      this.lostClients.add(listener);
      await listener.end().catch(() => undefined);
    }
  }

  get(key: string): Principal | undefined {
    if (!this.live) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (Date.now() >= entry.validUntil) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.principal;
  }

  /**
   * Remembers a principal read when `generation` was current, unless something changed since
   * (its facts may have been read before that change committed).
   */
  set(key: string, principal: Principal, sessionExpiresAt: Date, generation: number): void {
    if (!this.live || generation !== this.generationCount) return;
    const validUntil = Math.min(Date.now() + this.options.seconds * 1000, sessionExpiresAt.getTime());
    this.entries.set(key, { principal: deepFreeze(principal), userId: principal.userId, validUntil });
  }

  forgetUsers(userIds: Iterable<string>): void {
    const ids = new Set(userIds);
    if (!ids.size) return;
    this.generationCount++;
    const forgotten = [...this.entries.entries()].filter(([, entry]) => ids.has(entry.userId));
    for (const [key] of forgotten) this.entries.delete(key);
    for (const listener of this.forgetListeners) listener(ids);
  }

  /**
   * Hears which people's facts changed, each time this process learns it (a statement's notice, a
   * commit in this process, another process's NOTIFY): what was judged with their old facts (an
   * open live subscription) is judged again. Returns the function that stops hearing.
   */
  onForget(listener: (userIds: ReadonlySet<string>) => void): () => void {
    this.forgetListeners.add(listener);
    return () => this.forgetListeners.delete(listener);
  }

  clear(): void {
    this.generationCount++;
    this.entries.clear();
  }

  /**
   * Resolves once every change committed before the call has been heard: PostgreSQL delivers
   * notifications in commit order, so our own marker arriving means the earlier ones did. Tests
   * that change facts with plain SQL call it before their next request.
   */
  async settle(): Promise<void> {
    if (!this.live) return;
    const marker = `${SETTLE_PREFIX}${randomUUID()}`;
    const heard = new Promise<void>((done) => this.settling.set(marker, done));
    await this.dataSource.query(`SELECT pg_notify($1, $2)`, [PRINCIPAL_CHANNEL, marker]);
    await heard;
  }

  private async listen(): Promise<void> {
    // Braid's data source is always given a URL (apps/api data-source-options.ts).
    const { url } = this.dataSource.options as { url?: string };
    const client = new Client({
      connectionString: url,
      application_name: 'braid-principal-listener',
    });
    client.on('notification', (message: Notification) => this.heard(message));
    client.on('error', (error: Error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    try {
      await client.connect();
      await client.query(`LISTEN ${PRINCIPAL_CHANNEL}`);
    } catch (error) {
      this.lost(client, error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (this.stopped) {
      this.lostClients.add(client);
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
    this.listening = true;
    this.reconnectDelayMs = 250;
  }

  private heard(message: Notification): void {
    const payload = message.payload ?? '';
    if (payload.startsWith(SETTLE_PREFIX)) {
      this.settling.get(payload)?.();
      this.settling.delete(payload);
      return;
    }
    this.forgetUsers([payload]);
  }

  /** Changes may have gone unheard: forget everything and serve nothing until listening again. */
  private lost(client: Client, error: Error | null): void {
    // A client reports its loss once ('error' is often followed by 'end').
    if (this.lostClients.has(client)) return;
    this.lostClients.add(client);
    const wasListening = this.listening && this.listener === client;
    if (this.listener === client) {
      this.listening = false;
      this.listener = null;
    }
    this.clear();
    for (const done of this.settling.values()) done();
    this.settling.clear();
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    if (wasListening || error)
      this.logger.warn(
        `Stopped hearing principal changes${error ? ` (${error.message})` : ''}; reading them from the database until reconnected`,
      );
    const delay = this.reconnectDelayMs;
    this.reconnectDelayMs = Math.min(delay * 2, 10_000);
    setTimeout(() => {
      if (!this.stopped) void this.listen();
    }, delay).unref();
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

interface Notice {
  message?: string;
}

interface NoticeSource {
  on(event: 'notice', listener: (notice: Notice) => void): unknown;
  off(event: 'notice', listener: (notice: Notice) => void): unknown;
}

/** node-postgres's Pool, as far as it is used here (`_clients`: its open connections). */
interface PoolOfClients {
  on(event: 'connect', listener: (client: NoticeSource) => void): unknown;
  _clients?: NoticeSource[];
}

function principalChangeIn(notice: Notice): string | null {
  return notice.message?.startsWith(PRINCIPAL_NOTICE_PREFIX)
    ? notice.message.slice(PRINCIPAL_NOTICE_PREFIX.length)
    : null;
}

/**
 * Starts collecting the users whose principal a transaction changes, from the notices the facts
 * tables' triggers send to the transaction's own connection; the returned function stops and
 * gives them. The transaction forgets them once it commits, without waiting for the NOTIFY.
 */
export function watchPrincipalChanges(em: EntityManager): () => string[] {
  const connection = (em.queryRunner as { databaseConnection?: NoticeSource } | undefined)
    ?.databaseConnection;
  if (!connection) return () => [];
  const users: string[] = [];
  const onNotice = (notice: Notice) => {
    const user = principalChangeIn(notice);
    if (user) users.push(user);
  };
  connection.on('notice', onNotice);
  return () => {
    connection.off('notice', onNotice);
    return users;
  };
}
