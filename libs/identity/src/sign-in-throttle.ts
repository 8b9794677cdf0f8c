import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { SignInRateLimited } from './identity.errors';
import { IDENTITY_OPTIONS, IdentityOptions } from './identity.options';

/**
 * Limits password guessing per account and per address (`sign_in_attempt`).
 *
 * Two properties the first version lacked, both found by the reliability suite:
 * - Concurrent guesses: it counted earlier failures, verified, then wrote the attempt, so 30
 *   guesses sent at once were all verified (12 of 30 got past a limit of 5). Now an attempt is
 *   written first, as a failure, and counted with everything written before it: whatever the
 *   interleaving, only the first `max` writers can see a count within the limit.
 * - Attempts are written outside the mutation's transaction (a failed sign-in rolls that back and
 *   must still count). Taking that second connection from the app's pool deadlocked once as many
 *   sign-ins as the pool has connections ran at once (each held one and waited for another): 55
 *   concurrent sign-ins froze the whole API. Attempts therefore have a few connections of their own.
 */
@Injectable()
export class SignInThrottle implements OnModuleDestroy {
  private readonly logger = new Logger(SignInThrottle.name);
  private pool: Pool | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  /** Records an attempt (as failed until `succeeded`) and refuses it when over a limit. */
  async begin(email: string, ip: string): Promise<string> {
    const pool = this.connections();
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO sign_in_attempt (email, ip, succeeded) VALUES ($1, $2, false) RETURNING id`,
      [email, ip],
    );
    const {
      rows: [count],
    } = await pool.query<{ by_email: number; by_ip: number; oldest: Date | null }>(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS by_email,
              count(*) FILTER (WHERE ip = $2)::int AS by_ip,
              min(attempted_at) AS oldest
         FROM sign_in_attempt
        WHERE NOT succeeded AND attempted_at > now() - make_interval(mins => $3) AND (email = $1 OR ip = $2)`,
      [email, ip, this.options.signInWindowMinutes],
    );
    // The count includes this attempt: the limit allows `max` failures, so refuse the next one.
    if (count.by_email > this.options.maxFailuresPerEmail || count.by_ip > this.options.maxFailuresPerIp) {
      const windowEnds =
        (count.oldest ? new Date(count.oldest).getTime() : Date.now()) +
        this.options.signInWindowMinutes * 60_000;
      throw new SignInRateLimited(Math.max(1, Math.round((windowEnds - Date.now()) / 1000)));
    }
    return rows[0].id;
  }

  async succeeded(attemptId: string): Promise<void> {
    await this.connections().query(`UPDATE sign_in_attempt SET succeeded = true WHERE id = $1`, [attemptId]);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.end();
  }

  private connections(): Pool {
    if (!this.pool) {
      const { url } = this.dataSource.options as { url?: string };
      this.pool = new Pool({ connectionString: url, max: 4, application_name: 'braid-sign-in' });
      // A connection that dies while idle (a database restart) is dropped, not fatal.
      this.pool.on('error', (error) =>
        this.logger.warn(`sign-in attempts connection lost: ${error.message}`),
      );
    }
    return this.pool;
  }
}
