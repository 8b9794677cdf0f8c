import DataLoader from 'dataloader';
import type { Request, Response } from 'express';
import { EntityManager } from 'typeorm';
import type { AppAbility } from '../access/ability.factory';
import { MembershipFacts, Principal, membershipIn } from '../access/principal';
import { UnauthenticatedError } from '../errors/braid-error';

export interface HttpExchange {
  req: Request;
  res?: Response;
}

/**
 * Work that must only happen once the change is durable (a live update to subscribers): it is
 * given an EntityManager outside the finished transaction.
 */
export type AfterCommit = (em: EntityManager) => Promise<void>;

interface RequestContextInit {
  principal: Principal | null;
  ability: AppAbility;
  em: EntityManager;
  inTransaction: boolean;
  requestId: string;
  http?: HttpExchange;
  system?: boolean;
}

/**
 * Everything a service needs to know about the request it serves: who asks, what they may do,
 * and the EntityManager to use. Services take it first; inside a mutation its `em` is the
 * mutation's transaction, so no query escapes it (docs/CONVENTIONS.md, rule 4).
 */
export class RequestContext {
  readonly principal: Principal | null;
  readonly ability: AppAbility;
  readonly em: EntityManager;
  readonly inTransaction: boolean;
  readonly requestId: string;
  readonly http?: HttpExchange;
  /** Start-up tasks (migrations' companions, bootstrap admin) run as the system, never a request. */
  readonly isSystem: boolean;
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  private auditEvents = 0;
  private publishedEvents = 0;
  private readonly commitCallbacks: AfterCommit[] = [];

  constructor(init: RequestContextInit) {
    this.principal = init.principal;
    this.ability = init.ability;
    this.em = init.em;
    this.inTransaction = init.inTransaction;
    this.requestId = init.requestId;
    this.http = init.http;
    this.isSystem = init.system ?? false;
  }

  get isAuthenticated(): boolean {
    return this.principal !== null;
  }

  /** The signed-in user's id; refuses anonymous callers. */
  get userId(): string {
    if (!this.principal) throw new UnauthenticatedError();
    return this.principal.userId;
  }

  /** The acting user's id, or null for the system and anonymous callers (used for audit). */
  get actorUserId(): string | null {
    return this.principal?.userId ?? null;
  }

  membershipIn(collaborativeId: string): MembershipFacts | undefined {
    return membershipIn(this.principal, collaborativeId);
  }

  /** The same caller, inside a transaction. Loaders are not shared: they may hold pre-transaction reads. */
  forTransaction(em: EntityManager): RequestContext {
    return new RequestContext({
      principal: this.principal,
      ability: this.ability,
      em,
      inTransaction: true,
      requestId: this.requestId,
      http: this.http,
      system: this.isSystem,
    });
  }

  /**
   * Independent reads, together: concurrently on the pool, one after another inside a transaction.
   * A transaction has one connection, which runs one statement at a time: pg queues the others
   * today, and from pg 9 refuses a query sent while another runs on the same client.
   */
  async readTogether<T extends readonly unknown[]>(reads: {
    [K in keyof T]: () => Promise<T[K]>;
  }): Promise<T> {
    if (!this.inTransaction) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
    const results: unknown[] = [];
    for (const read of reads) results.push(await read());
    return results as unknown as T;
  }

  /**
   * One DataLoader per name per request: nested fields batch their reads into one query instead
   * of one per parent (no N+1).
   */
  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  noteAuditEvent(): void {
    this.auditEvents += 1;
  }

  get auditEventsWritten(): number {
    return this.auditEvents;
  }

  notePublishedEvent(): void {
    this.publishedEvents += 1;
  }

  get domainEventsPublished(): number {
    return this.publishedEvents;
  }

  /**
   * Runs `work` after this context's transaction commits, and never if it rolls back (or is
   * retried: a retried attempt registers its own). Whoever owns the transaction runs them: the
   * TransactionInterceptor for mutations, `asPrincipal`/`asSystem` for work outside HTTP. A
   * context from `contextFor` belongs to a transaction its caller owns; nothing runs them there.
   */
  afterCommit(work: AfterCommit): void {
    if (!this.inTransaction) throw new Error('afterCommit needs a transaction to wait for');
    this.commitCallbacks.push(work);
  }

  /** Hands the registered after-commit work to the transaction's owner, once. */
  takeAfterCommit(): AfterCommit[] {
    return this.commitCallbacks.splice(0);
  }
}
