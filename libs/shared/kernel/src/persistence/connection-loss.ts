/** SQLSTATEs of a connection the server ended or could not keep: shutdown, failover, pg_terminate_backend. */
const LOST_STATES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);

/** What pg and TypeORM say about a connection that is gone, rather than a statement that failed. */
const LOST_MESSAGES = [
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
];
const LOST_NAMES = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

/**
 * Whether `error` means the database connection was lost (or could not be had) during the
 * request, as opposed to a statement the database refused. Such a request gets a plain
 * "try again" (format-error.ts); whether a change it carried was committed is unknown when the
 * loss came during COMMIT, so nothing promises either way.
 */
export function isConnectionLoss(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 3; depth++) {
    const { code, driverError } = cause as Error & { code?: unknown; driverError?: unknown };
    if (typeof code === 'string' && (LOST_STATES.has(code) || NETWORK_CODES.has(code))) return true;
    if (LOST_NAMES.has(cause.name) || LOST_NAMES.has(cause.constructor.name)) return true;
    if (LOST_MESSAGES.some((message) => cause instanceof Error && cause.message.startsWith(message))) return true;
    cause = driverError ?? cause.cause;
  }
  return false;
}
