import autocannon from 'autocannon';
import { Pool } from 'pg';

export interface RunStats {
  requests: number;
  errors: number;
  firstError: string | null;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Exact percentiles of the recorded latencies (ms), nearest-rank. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function stats(latencies: number[], errors: number, firstError: string | null, seconds: number): RunStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    firstError,
    seconds,
    perSecond: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

export interface ApiRun {
  baseUrl: string;
  connections: number;
  /** Seconds; or a number of requests with `amount`. */
  duration?: number;
  amount?: number;
  next(): { cookie: string; query: string; variables: Record<string, unknown> };
  /** Extra check of a successful answer; returns a reason when it is wrong. */
  check?(data: unknown): string | null;
}

/**
 * Drives the API over HTTP with autocannon: every request is built just before it is sent (its
 * own person, record and variables), every answer is read (a GraphQL error arrives with status
 * 200 and counts as an error), and every latency is kept for exact percentiles.
 */
export async function driveApi(run: ApiRun): Promise<RunStats> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const fail = (reason: string) => {
    errors += 1;
    firstError ??= reason;
  };
  const started = process.hrtime.bigint();
  const options: autocannon.Options = {
    url: run.baseUrl,
    connections: run.connections,
    ...(run.amount ? { amount: run.amount } : { duration: run.duration ?? 10 }),
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        setupRequest: (request) => {
          const next = run.next();
          return {
            ...request,
            headers: { 'content-type': 'application/json', cookie: next.cookie },
            body: JSON.stringify({ query: next.query, variables: next.variables }),
          };
        },
        onResponse: (status, body) => {
          if (status !== 200) return fail(`HTTP ${status}: ${body.slice(0, 300)}`);
          try {
            const parsed = JSON.parse(body) as { data?: unknown; errors?: { message: string }[] };
            if (parsed.errors?.length) return fail(parsed.errors.map((e) => e.message).join('; '));
            const wrong = run.check?.(parsed.data);
            if (wrong) fail(wrong);
          } catch {
            fail(`unreadable answer: ${body.slice(0, 300)}`);
          }
        },
      },
    ],
  };
  // Until the last answer: autocannon reports a run of `amount` requests done only at its next
  // one-second tick, so timing until then gave 300 requests in 1.1 s as 150/s, not 270/s.
  let lastAnswer = started;
  const result = await new Promise<autocannon.Result>((done, reject) => {
    const instance = autocannon(options, (error, finished) => (error ? reject(error) : done(finished)));
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
      lastAnswer = process.hrtime.bigint();
    });
  });
  const seconds = Number(lastAnswer - started) / 1e9;
  // Socket errors and timeouts never reach onResponse.
  errors += result.errors + result.timeouts;
  if (result.errors + result.timeouts > 0)
    firstError ??= `${result.errors} socket errors, ${result.timeouts} timeouts`;
  return stats(latencies, errors, firstError, seconds);
}

export interface SqlRun {
  pool: Pool;
  connections: number;
  duration: number;
  next(): { text: string; values: unknown[] };
}

/** The SQL twin's load: as many workers as API connections, each sending its next query as soon as the last answered. */
export async function driveSql(run: SqlRun): Promise<RunStats> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(run.duration * 1e9));
  await Promise.all(
    Array.from({ length: run.connections }, async () => {
      while (process.hrtime.bigint() < deadline) {
        const query = run.next();
        const sent = process.hrtime.bigint();
        try {
          await run.pool.query(query.text, query.values);
        } catch (error) {
          errors += 1;
          firstError ??= error instanceof Error ? error.message : String(error);
        }
        latencies.push(Number(process.hrtime.bigint() - sent) / 1e6);
      }
    }),
  );
  return stats(latencies, errors, firstError, Number(process.hrtime.bigint() - started) / 1e9);
}
