import { isAbsolute, resolve } from 'node:path';
import type { S3Settings } from '@braid/reports';

export interface BraidConfig {
  /** A PostgreSQL server; when absent Braid starts its own embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  port: number;
  host: string;
  production: boolean;
  /** Seed the Healing South Stockton demo story into an empty database. */
  seedDemo: boolean;
  /** Built web client to serve from the API's port, if present. */
  webDist: string | null;
  redisUrl: string | null;
  sessionTtlHours: number;
  /** The first wait after repeated wrong passwords for one account from one address; it doubles after each further one. */
  signInBackOffSeconds: number;
  /** Creates this administrator on an empty database (a real installation's first user). */
  bootstrapAdmin: { email: string; password: string; displayName: string } | null;
  maxQueryDepth: number;
  /** The cost a signed-in person's GraphQL operation may reach (docs/RELIABILITY.md, "Operation limits"). */
  maxQueryComplexity: number;
  /** The cost an anonymous caller's operation may reach: a stranger gets a smaller budget. */
  maxAnonymousQueryComplexity: number;
  /** Where uploaded evidence is kept when no other storage is configured. */
  uploadsDir: string;
  /** S3-compatible storage for report attachments (BRAID_ATTACHMENTS=s3); null keeps them in `uploadsDir`. */
  attachmentsS3: S3Settings | null;
  /** The largest report attachment accepted, in bytes (BRAID_ATTACHMENT_MAX_BYTES, 10 MB). */
  attachmentMaxBytes: number;
  /** Express's `trust proxy` setting, for correct client addresses behind a load balancer. */
  trustProxy: string | null;
  /** Report the SQL statements each request ran in a response header (tests, benchmarks). */
  queryStats: boolean;
  /**
   * How long who-is-behind-a-session may be answered from memory at most (0: never). Changes to a
   * person's sessions, memberships, seats or workgroups are heard at once (docs/ARCHITECTURE.md).
   */
  principalCacheSeconds: number;
  /** Live subscriptions one websocket may hold at once (BRAID_LIVE_SUBSCRIPTIONS_PER_CONNECTION, 20). */
  liveSubscriptionsPerConnection: number;
  /** Live subscriptions one person may hold at once in one process (BRAID_LIVE_SUBSCRIPTIONS_PER_PERSON, 50). */
  liveSubscriptionsPerPerson: number;
  /** Lets tests move the server's clock (BRAID_CLOCK_TRAVEL=1); never in production. */
  clockTravel: boolean;
  /** Where email goes: `smtp://user:pass@host:587` (SMTP_URL); null writes each message as an .eml file under `dataDir/mail`. */
  smtpUrl: string | null;
  /** The sender of Braid's email (BRAID_MAIL_FROM). */
  mailFrom: string;
  /**
   * The address people reach Braid at, for links in email and calendar feeds (BRAID_PUBLIC_URL);
   * by default this server's own address.
   */
  publicUrl: string;
  /**
   * Tell people anything at all (BRAID_NOTIFICATIONS, on). Off, the Notifier records and enqueues
   * nothing: only for measuring what the fan-out costs a triggering change (bench/src/fanout).
   */
  notifications: boolean;
  /** Run the job queue's worker in this process (BRAID_JOB_WORKER, on). */
  jobWorker: boolean;
  /** Jobs this process runs at once (BRAID_JOB_CONCURRENCY, 4). */
  jobConcurrency: number;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`${name} must be a whole number, got "${value}"`);
  return parsed;
}

/** Every setting Braid reads from its environment, in one place, with its default. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): BraidConfig {
  const databaseUrl = env['DATABASE_URL']?.trim() || null;
  const dataDir = env['BRAID_DATA_DIR'] ? resolve(cwd, env['BRAID_DATA_DIR']) : resolve(cwd, '.data');
  const production = env['NODE_ENV'] === 'production';
  const adminEmail = env['BRAID_ADMIN_EMAIL']?.trim();
  const adminPassword = env['BRAID_ADMIN_PASSWORD'];
  const webDist = env['BRAID_WEB_DIST'] ?? resolve(cwd, 'dist/apps/web');
  const uploadsDir = env['BRAID_UPLOADS_DIR']
    ? resolve(cwd, env['BRAID_UPLOADS_DIR'])
    : resolve(dataDir, 'uploads');
  return {
    databaseUrl,
    dataDir,
    port: positiveInt('PORT', env['PORT'], 3000),
    host: env['HOST'] ?? '0.0.0.0',
    production,
    // The demo's known passwords must never appear on a real server unless asked for.
    seedDemo: flag(env['BRAID_DEMO'], databaseUrl === null),
    webDist: webDist === '' ? null : isAbsolute(webDist) ? webDist : resolve(cwd, webDist),
    redisUrl: env['REDIS_URL']?.trim() || null,
    sessionTtlHours: positiveInt('BRAID_SESSION_TTL_HOURS', env['BRAID_SESSION_TTL_HOURS'], 24 * 7),
    signInBackOffSeconds: positiveInt(
      'BRAID_SIGN_IN_BACKOFF_SECONDS',
      env['BRAID_SIGN_IN_BACKOFF_SECONDS'],
      30,
    ),
    bootstrapAdmin:
      adminEmail && adminPassword
        ? {
            email: adminEmail,
            password: adminPassword,
            displayName: env['BRAID_ADMIN_NAME'] ?? 'Administrator',
          }
        : null,
    maxQueryDepth: positiveInt('BRAID_MAX_QUERY_DEPTH', env['BRAID_MAX_QUERY_DEPTH'], 10),
    maxQueryComplexity: positiveInt('BRAID_MAX_QUERY_COMPLEXITY', env['BRAID_MAX_QUERY_COMPLEXITY'], 10_000),
    maxAnonymousQueryComplexity: positiveInt(
      'BRAID_MAX_ANONYMOUS_QUERY_COMPLEXITY',
      env['BRAID_MAX_ANONYMOUS_QUERY_COMPLEXITY'],
      1_000,
    ),
    uploadsDir,
    attachmentsS3: attachmentsS3(env),
    attachmentMaxBytes: positiveInt(
      'BRAID_ATTACHMENT_MAX_BYTES',
      env['BRAID_ATTACHMENT_MAX_BYTES'],
      10 * 1024 * 1024,
    ),
    trustProxy: env['BRAID_TRUST_PROXY']?.trim() || null,
    queryStats: flag(env['BRAID_QUERY_STATS'], false),
    principalCacheSeconds: positiveInt(
      'BRAID_PRINCIPAL_CACHE_SECONDS',
      env['BRAID_PRINCIPAL_CACHE_SECONDS'],
      60,
    ),
    liveSubscriptionsPerConnection: positiveInt(
      'BRAID_LIVE_SUBSCRIPTIONS_PER_CONNECTION',
      env['BRAID_LIVE_SUBSCRIPTIONS_PER_CONNECTION'],
      20,
    ),
    liveSubscriptionsPerPerson: positiveInt(
      'BRAID_LIVE_SUBSCRIPTIONS_PER_PERSON',
      env['BRAID_LIVE_SUBSCRIPTIONS_PER_PERSON'],
      50,
    ),
    clockTravel: !production && flag(env['BRAID_CLOCK_TRAVEL'], false),
    smtpUrl: env['SMTP_URL']?.trim() || null,
    mailFrom: env['BRAID_MAIL_FROM']?.trim() || 'Braid <braid@localhost>',
    publicUrl: (env['BRAID_PUBLIC_URL']?.trim() || `http://localhost:${env['PORT'] || 3000}`).replace(
      /\/+$/,
      '',
    ),
    notifications: flag(env['BRAID_NOTIFICATIONS'], true),
    jobWorker: flag(env['BRAID_JOB_WORKER'], true),
    jobConcurrency: Math.max(1, positiveInt('BRAID_JOB_CONCURRENCY', env['BRAID_JOB_CONCURRENCY'], 4)),
  };
}

/** BRAID_ATTACHMENTS=s3 with BRAID_S3_BUCKET (and for S3-compatible services BRAID_S3_ENDPOINT). */
function attachmentsS3(env: NodeJS.ProcessEnv): S3Settings | null {
  const kind = (env['BRAID_ATTACHMENTS'] ?? 'local').trim().toLowerCase();
  if (kind === 'local' || kind === '') return null;
  if (kind !== 's3') throw new Error(`BRAID_ATTACHMENTS must be "local" or "s3", got "${kind}"`);
  const bucket = env['BRAID_S3_BUCKET']?.trim();
  if (!bucket) throw new Error('BRAID_ATTACHMENTS=s3 needs BRAID_S3_BUCKET');
  return {
    bucket,
    endpoint: env['BRAID_S3_ENDPOINT']?.trim() || null,
    region: env['BRAID_S3_REGION']?.trim() || env['AWS_REGION']?.trim() || null,
    prefix: env['BRAID_S3_PREFIX']?.trim() || null,
    forcePathStyle: flag(env['BRAID_S3_FORCE_PATH_STYLE'], !!env['BRAID_S3_ENDPOINT']),
  };
}
