import {
  Inject,
  Injectable,
  Logger,
  BeforeApplicationShutdown,
  OnApplicationBootstrap,
  OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Logger as GraphileLoggerBase,
  type CronItem,
  parseCronItems,
  run,
  runMigrations,
  runOnce,
  type Runner,
  type Task,
  type TaskList,
} from 'graphile-worker';
import { Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import { RequestContextService } from '../context/request-context.service';

export interface JobsOptions {
  /** Run a worker in this process (the API does; tests drain the queue themselves). */
  worker: boolean;
  /** Jobs one process runs at once. */
  concurrency: number;
}

export const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');

export interface JobOptions {
  /** Not before this instant (a reminder); now when absent. */
  runAt?: Date;
  /**
   * At most one pending job per key: enqueueing again with the same key replaces the pending
   * one's payload and time instead of adding a second (a reschedule, not a duplicate).
   */
  key?: string;
  /**
   * With a key: `replace` (the default) moves the pending job to the new time and payload;
   * `preserve_run_at` keeps its time (a backstop that must not be postponed forever by a stream of
   * changes).
   */
  keyMode?: 'replace' | 'preserve_run_at';
  /** Attempts before the job is given up and kept for inspection (25). */
  maxAttempts?: number;
}

/** A job runs as the system, in its own transaction, which commits only if it succeeds. */
export type JobHandler<P> = (
  payload: P,
  ctx: RequestContext,
  job: { id: string; attempt: number },
) => Promise<void>;

const SCHEMA = 'graphile_worker';

/**
 * Work that can wait (email, reminders, digests), on a queue in Braid's own PostgreSQL:
 * graphile-worker. It keeps its jobs in the database Braid already has, so it works on the
 * embedded default and across several API processes (jobs are claimed with SKIP LOCKED and start
 * within milliseconds through LISTEN/NOTIFY), and its `add_job` is a SQL function, so a change
 * enqueues its work in its own transaction: a change that rolls back sends nothing. Failed jobs are
 * retried with exponential back-off; recurring work is a crontab.
 */
@Injectable()
export class Jobs implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly tasks: TaskList = {};
  private readonly schedules: CronItem[] = [];
  private pool: Pool | null = null;
  private runner: Runner | null = null;
  private shuttingDown = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contexts: RequestContextService,
    @Inject(JOBS_OPTIONS) private readonly options: JobsOptions,
  ) {}

  /** Names the handler of a task; called from a domain module's `onModuleInit`. */
  define<P>(task: string, handler: JobHandler<P>): void {
    if (this.tasks[task]) throw new Error(`The job ${task} is defined twice`);
    const run: Task = async (payload, helpers) => {
      await this.contexts.transaction((em) =>
        handler(payload as P, this.contexts.systemContext(em), {
          id: String(helpers.job.id),
          attempt: helpers.job.attempts,
        }),
      );
    };
    this.tasks[task] = run;
  }

  /**
   * Runs a task on a schedule (crontab syntax, UTC: `0 * * * *` is every hour). The handler
   * receives `{}`; it asks the Clock what is due, so a test can run it at any moment.
   */
  every(task: string, cron: string): void {
    // Typed cron items rather than crontab lines: the crontab syntax refuses task names with a dot
    // ("funds.reminders"), which graphile-worker accepts as task identifiers everywhere else.
    this.schedules.push({
      task,
      match: cron,
      identifier: task,
      options: { backfillPeriod: 2 * 60 * 60 * 1000, jobKey: `${task}:schedule` },
    });
  }

  /** Enqueues in the caller's transaction; it runs once that transaction commits. */
  async enqueue<P>(
    ctx: RequestContext | EntityManager,
    task: string,
    payload: P,
    options: JobOptions = {},
  ): Promise<void> {
    const em = 'em' in ctx ? ctx.em : ctx;
    if ('inTransaction' in ctx && !ctx.inTransaction)
      throw new Error('Jobs are enqueued inside the transaction of the change that causes them');
    await em.query(
      `SELECT 1 FROM ${SCHEMA}.add_job($1, $2::json, run_at => $3::timestamptz, max_attempts => $4::int,
        job_key => $5, job_key_mode => $6)`,
      [
        task,
        JSON.stringify(payload ?? {}),
        options.runAt?.toISOString() ?? null,
        options.maxAttempts ?? null,
        options.key ?? null,
        options.keyMode ?? 'replace',
      ],
    );
  }

  /**
   * Enqueues many jobs of one task in one statement (a notification to 200 people is one round
   * trip, not 200), in the caller's transaction like `enqueue`. Each job may carry its own key.
   */
  async enqueueMany<P>(
    ctx: RequestContext | EntityManager,
    task: string,
    jobs: readonly { payload: P; key?: string }[],
    options: Omit<JobOptions, 'key'> = {},
  ): Promise<void> {
    if (!jobs.length) return;
    const em = 'em' in ctx ? ctx.em : ctx;
    if ('inTransaction' in ctx && !ctx.inTransaction)
      throw new Error('Jobs are enqueued inside the transaction of the change that causes them');
    await em.query(
      `SELECT 1 FROM json_to_recordset($2::json) AS spec(payload json, key text),
         LATERAL ${SCHEMA}.add_job($1, spec.payload, run_at => $3::timestamptz, max_attempts => $4::int, job_key => spec.key) AS job`,
      [
        task,
        JSON.stringify(jobs.map((job) => ({ payload: job.payload ?? {}, key: job.key ?? null }))),
        options.runAt?.toISOString() ?? null,
        options.maxAttempts ?? null,
      ],
    );
  }

  /**
   * Runs every job that is due, until none is (tests, and the demo): the same handlers as the
   * worker, in this process. Jobs that fail stay queued for their retry.
   */
  async drain(): Promise<void> {
    await runOnce({
      pgPool: this.jobPool(),
      taskList: this.tasks,
      noHandleSignals: true,
      logger: this.quietLogger(),
    });
  }

  /** Enqueues a scheduled task now and drains the queue (tests walking the clock forward). */
  async runNow(task: string): Promise<void> {
    await this.contexts.transaction((em) => this.enqueue(em, task, {}));
    await this.drain();
  }

  async onModuleInit(): Promise<void> {
    // graphile-worker keeps its own schema and migrates it itself (idempotent, under a lock).
    await runMigrations({ pgPool: this.jobPool(), logger: this.quietLogger() });
  }

  /** Starts the worker once every module has defined its tasks (in their `onModuleInit`). */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.worker || this.runner) return;
    await this.startWorker();
  }

  /**
   * graphile-worker marks a job done without awaiting it; when the database drops that
   * connection, the rejection would escape and end the process (reliability/connection-kills).
   * Batched completion (delay 0: the same timing) reports such a failure to the pool instead,
   * which stops; this process then starts a new worker. A job whose completion was lost is run
   * again later (its handlers are idempotent: an email is sent at most once per notification).
   */
  private async startWorker(): Promise<void> {
    const runner = await run({
      pgPool: this.jobPool(),
      taskList: this.tasks,
      parsedCronItems: parseCronItems(this.schedules),
      concurrency: this.options.concurrency,
      noHandleSignals: true,
      logger: this.quietLogger(),
      preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
    });
    this.runner = runner;
    const stopped = (reason: unknown) => {
      if (this.shuttingDown || this.runner !== runner) return;
      this.runner = null;
      this.logger.warn(
        `The job worker stopped (${reason instanceof Error ? reason.message : 'no error'}); restarting`,
      );
      this.restartWorker(1_000);
    };
    runner.promise.then(
      () => stopped(null),
      (error: unknown) => stopped(error),
    );
  }

  private restartWorker(delayMs: number): void {
    setTimeout(() => {
      if (this.shuttingDown || this.runner) return;
      this.startWorker().catch((error: unknown) => {
        this.logger.warn(`The job worker could not start (${String(error)}); trying again`);
        this.restartWorker(Math.min(delayMs * 2, 30_000));
      });
    }, delayMs).unref();
  }

  /**
   * Before the database connections close (TypeORM closes its data source in its own shutdown
   * hook): running jobs finish on a live database, then the worker and its pool stop.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.shuttingDown = true;
    await this.runner?.stop().catch(() => undefined);
    this.runner = null;
    await this.pool?.end().catch(() => undefined);
    this.pool = null;
  }

  /**
   * The worker's own small pool: it holds a LISTEN connection and long-running job transactions,
   * which must not take connections from requests.
   */
  private jobPool(): Pool {
    if (!this.pool) {
      const driver = this.dataSource.driver as PostgresDriver;
      const options = driver.options as { url?: string };
      this.pool = new Pool({ connectionString: options.url, max: this.options.concurrency + 2 });
      // A dropped connection is reported, not fatal: the worker reconnects and its jobs are retried.
      const report = (error: Error) => this.logger.warn(`Job queue connection: ${error.message}`);
      this.pool.on('error', report);
      this.pool.on('connect', (client) => client.on('error', report));
    }
    return this.pool;
  }

  private quietLogger() {
    // graphile-worker logs every job at info; Braid logs failures only.
    return new GraphileLogger(this.logger);
  }
}

class GraphileLogger extends GraphileLoggerBase {
  constructor(nest: Logger) {
    super(() => (level, message) => {
      if (level === 'error') nest.error(message);
      else if (level === 'warning') nest.warn(message);
    });
  }
}
