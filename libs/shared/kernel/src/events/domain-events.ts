import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { auditSnapshot } from '../audit/audit.service';
import type { RequestContext } from '../context/request-context';
import { RequestContextService } from '../context/request-context.service';
import { Jobs } from '../jobs/jobs';
import { DomainEventRecord } from './domain-event.entity';

export interface DomainEvent<P extends object = Record<string, unknown>> {
  type: string;
  collaborativeId: string | null;
  payload: P;
}

export interface PublishedEvent<P extends object = Record<string, unknown>> extends DomainEvent<P> {
  id: string;
  occurredAt: Date;
  actorUserId: string | null;
}

/** A handler runs as the system, inside the transaction that marks the event processed. */
export type DomainEventHandler<P extends object = Record<string, unknown>> = (
  event: PublishedEvent<P>,
  ctx: RequestContext,
) => Promise<void>;

const MAX_ATTEMPTS = 10;
/** The queue's backstop delivery runs this long after a publish, once the request had its try. */
const BACKSTOP_MS = 5_000;
const DELIVER_TASK = 'domain-events.deliver';

/**
 * Domain events between libraries (e.g. governance's FundingMotionPassed, handled by funds), so
 * that domains never call each other's internals. Publishing is transactional (an outbox row);
 * delivery is at-least-once to the dispatcher and exactly-once in effect per handler run.
 *
 * The request that published delivers its events right after its commit (the interceptor); the
 * job queue is the backstop for events whose request ended first (a crash, a lost connection) or
 * whose handler failed: each publish also schedules one delivery job (one pending at a time), and
 * that job fails while events are left to retry, so the queue's back-off paces the retries. One
 * mechanism for everything that runs later, instead of a poller of its own.
 */
@Injectable()
export class DomainEvents implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(DomainEvents.name);
  private readonly handlers = new Map<string, DomainEventHandler[]>();
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contexts: RequestContextService,
    private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    this.jobs.define(DELIVER_TASK, async () => {
      await this.dispatchPending();
      const [{ waiting }] = (await this.dataSource.query(
        `SELECT count(*)::int AS waiting FROM domain_event WHERE processed_at IS NULL AND attempts < $1`,
        [MAX_ATTEMPTS],
      )) as { waiting: number }[];
      // Failing hands the retry to the queue's back-off.
      if (waiting > 0) throw new Error(`${waiting} domain event(s) still to deliver`);
    });
  }

  on<P extends object>(type: string, handler: DomainEventHandler<P>): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as DomainEventHandler);
    this.handlers.set(type, list);
  }

  /** Records the event in the caller's transaction; it is delivered after that transaction commits. */
  async publish<P extends object>(ctx: RequestContext, event: DomainEvent<P>): Promise<void> {
    if (!ctx.inTransaction) throw new Error('Domain events are published inside the transaction of a change');
    const record = Object.assign(new DomainEventRecord(), {
      type: event.type,
      collaborativeId: event.collaborativeId,
      actorUserId: ctx.actorUserId,
      // JSON as stored: bigint amounts become strings, dates ISO strings.
      payload: auditSnapshot(event.payload) ?? {},
      processedAt: null,
      attempts: 0,
      lastError: null,
    });
    await ctx.em.insert(DomainEventRecord, record);
    await this.jobs.enqueue(ctx, DELIVER_TASK, {}, {
      key: DELIVER_TASK,
      keyMode: 'preserve_run_at',
      runAt: new Date(Date.now() + BACKSTOP_MS),
    });
    ctx.notePublishedEvent();
  }

  /**
   * Delivers every pending event; returns how many were processed. Safe to call from several
   * processes at once: each event is claimed with FOR UPDATE SKIP LOCKED.
   */
  dispatchPending(): Promise<number> {
    // One run at a time per process; callers arriving meanwhile wait for it, then run again.
    const previous = this.running ?? Promise.resolve();
    const next = previous.then(() => this.drain());
    // `running` only orders the runs and never rejects: a run that fails (the database connection
    // lost) is its caller's to handle. It used to reject along with the run, and as nobody awaits
    // it, that was an unhandled rejection, which ends the process (connection-kills.e2e.spec.ts);
    // it also made the next caller's run fail without running.
    const running: Promise<void> = next.then(
      () => undefined,
      () => undefined,
    );
    this.running = running;
    void running.then(() => {
      if (this.running === running) this.running = null;
    });
    return next;
  }

  private async drain(): Promise<number> {
    let processed = 0;
    // Events that failed in this run wait for the next poll instead of blocking later ones.
    const failedThisRun: string[] = [];
    while (!this.stopped) {
      const outcome = await this.processOne(failedThisRun);
      if (outcome === 'none') break;
      if (outcome === 'processed') processed++;
    }
    return processed;
  }

  private async processOne(skip: string[]): Promise<'processed' | 'failed' | 'none'> {
    let claimed: DomainEventRecord | null = null;
    try {
      return await this.dataSource.transaction(async (em) => {
        claimed = await this.claimNext(em, skip);
        if (!claimed) return 'none';
        await this.handleIn(em, claimed);
        return 'processed';
      });
    } catch (error) {
      const event = claimed as DomainEventRecord | null;
      if (!event) throw error;
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`Domain event ${event.type} #${event.id} failed: ${message}`);
      skip.push(event.id);
      await this.dataSource
        .createQueryBuilder()
        .update(DomainEventRecord)
        .set({ attempts: () => 'attempts + 1', lastError: message.slice(0, 2000) })
        .where({ id: event.id, processedAt: IsNull() })
        .execute();
      return 'failed';
    }
  }

  /**
   * Delivers the events pending in an open transaction, inside it, and fails with the first
   * handler error. For work done in one transaction with no request around it (the demo story),
   * where an event's effect is needed before the transaction ends.
   */
  async deliverWithin(em: EntityManager): Promise<number> {
    let delivered = 0;
    for (let event = await this.claimNext(em, []); event; event = await this.claimNext(em, [])) {
      await this.handleIn(em, event);
      delivered++;
    }
    return delivered;
  }

  private claimNext(em: EntityManager, skip: string[]): Promise<DomainEventRecord | null> {
    const query = em
      .getRepository(DomainEventRecord)
      .createQueryBuilder('event')
      .where('event.processedAt IS NULL AND event.attempts < :max', { max: MAX_ATTEMPTS })
      .orderBy('event.id')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .limit(1);
    if (skip.length) query.andWhere('event.id NOT IN (:...skip)', { skip });
    return query.getOne();
  }

  /** Runs the event's handlers as the system in `em`, and marks it processed there. */
  private async handleIn(em: EntityManager, record: DomainEventRecord): Promise<void> {
    const event: PublishedEvent = {
      id: record.id,
      type: record.type,
      collaborativeId: record.collaborativeId,
      actorUserId: record.actorUserId,
      occurredAt: record.occurredAt,
      payload: record.payload as Record<string, unknown>,
    };
    const ctx = this.contexts.systemContext(em);
    for (const handler of this.handlers.get(event.type) ?? []) await handler(event, ctx);
    await em.update(DomainEventRecord, { id: event.id }, { processedAt: new Date(), lastError: null });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.running;
  }
}
