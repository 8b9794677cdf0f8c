import { databasePool } from '@braid/kernel';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { PasswordChangeRateLimited, PasswordResetRateLimited, SignInRateLimited } from './identity.errors';
import { IDENTITY_OPTIONS, IdentityOptions } from './identity.options';

const TABLE = 'sign_in_limit';
/** Back-off steps are remembered this long after the first one (then a key starts afresh). */
const STRIKES_SECONDS = 24 * 60 * 60;

interface Reserved {
  limiter: RateLimiterPostgres;
  key: string;
}

/**
 * One password check, counted before it is made. `failed` keeps the count (and may start or
 * lengthen the back-off); `succeeded` and `abandoned` give it back, so only wrong passwords count,
 * not checks cut off by a lost database connection.
 */
export class PasswordGuess {
  constructor(
    private readonly limits: SignInLimiter,
    private readonly reserved: Reserved[],
    private readonly backOff: { key: string; consumed: number },
    private readonly kind: 'signIn' | 'passwordChange',
  ) {}

  async failed(): Promise<void> {
    await this.limits.backOffAfterFailure(this.kind, this.backOff.key, this.backOff.consumed);
  }

  async succeeded(): Promise<void> {
    // The back-off's count is deleted, not rewarded: a reward on a deleted key would add a point.
    const backOffStep = this.reserved[this.reserved.length - 1];
    await Promise.all(
      this.reserved.filter((step) => step !== backOffStep).map(({ limiter, key }) => limiter.reward(key, 1)),
    );
    await this.limits.forgive(this.kind, this.backOff.key);
  }

  async abandoned(): Promise<void> {
    await Promise.all(this.reserved.map(({ limiter, key }) => limiter.reward(key, 1)));
  }
}

/**
 * Limits password guessing with rate-limiter-flexible on PostgreSQL (the embedded default has no
 * Redis). Three limits, none of which lets a stranger lock an owner out:
 * - per account and address (per account and device for a known device): `failuresBeforeBackOff`
 *   wrong passwords, then exponential back-off: one more guess after `backOffSeconds`, after
 *   twice that, and so on up to `maxBackOffSeconds`. It slows the guesser, not the owner elsewhere.
 * - per address: `maxFailuresPerIp` wrong passwords for any accounts within the window.
 * - per account from devices that never signed in to it: `maxFailuresPerAccount` within the
 *   window (guessing spread over many addresses). A device that signed in before (KnownDevice)
 *   passes this and the address limit: an attacker cannot keep the chair out before a vote. A
 *   sign-in link by email would be the way past it for a new device; Braid sends no email yet.
 *
 * Every check is counted before the password is verified (rate-limiter-flexible's upsert is
 * atomic), so 30 guesses sent at once cannot all be verified: the reliability suite found that
 * of the hand-written throttle this replaces. Counters live in `sign_in_limit` on connections of
 * their own: a failed sign-in rolls its transaction back and must still count, and taking a second
 * connection from the app's pool deadlocked once as many sign-ins ran as the pool has connections.
 * Rows expired for an hour are deleted every five minutes (`clearExpiredByTimeout`).
 */
@Injectable()
export class SignInLimiter implements OnModuleDestroy {
  private pool: Pool | null = null;
  private limiters: ReturnType<SignInLimiter['createLimiters']> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  /** Before checking a sign-in's password; refuses with SignInRateLimited when over a limit. */
  async signIn(attempt: { email: string; ip: string; knownDevice: string | null }): Promise<PasswordGuess> {
    const limiters = this.store();
    const known = attempt.knownDevice;
    const plan: Reserved[] = known
      ? []
      : [
          { limiter: limiters.byAddress, key: attempt.ip },
          { limiter: limiters.byAccount, key: attempt.email },
        ];
    // A known device has its own back-off, apart from whoever else guesses from its address.
    const key = `${attempt.email}|${known ? `device:${known}` : attempt.ip}`;
    plan.push({ limiter: limiters.signInBackOff, key });
    return this.reserve(plan, 'signIn', (seconds) => new SignInRateLimited(seconds));
  }

  /**
   * Before checking `changePassword`'s current password. Keyed on the session: whoever holds a
   * stolen session is slowed down, and the owner can still change the password from theirs.
   */
  async passwordChange(attempt: { userId: string; sessionId: string | null }): Promise<PasswordGuess> {
    const key = `${attempt.userId}|${attempt.sessionId ?? 'none'}`;
    return this.reserve(
      [{ limiter: this.store().passwordChangeBackOff, key }],
      'passwordChange',
      (seconds) => new PasswordChangeRateLimited(seconds),
    );
  }

  /**
   * Before a password-reset email is sent. Counted per email whether or not it has an account (so
   * the refusal tells nothing about the account), and per client address: it stops anyone from
   * flooding a mailbox, or Braid's mail server, with reset links.
   */
  async passwordResetRequest(request: { email: string; ip: string }): Promise<void> {
    const limiters = this.store();
    const plan: Reserved[] = [
      { limiter: limiters.resetByAddress, key: request.ip },
      { limiter: limiters.resetByEmail, key: request.email },
    ];
    const reserved: Reserved[] = [];
    try {
      for (const step of plan) {
        await step.limiter.consume(step.key, 1);
        reserved.push(step);
      }
    } catch (rejection) {
      await Promise.all(reserved.map(({ limiter, key }) => limiter.reward(key, 1)));
      if (rejection instanceof RateLimiterRes) {
        throw new PasswordResetRateLimited(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      }
      throw rejection;
    }
  }

  /**
   * After a reset by emailed link the owner has shown they hold the mailbox: guesses spread over
   * many addresses no longer keep them out of their own account on a new device.
   */
  async forgiveAccount(email: string): Promise<void> {
    await this.store().byAccount.delete(email);
  }

  private async reserve(
    plan: Reserved[],
    kind: 'signIn' | 'passwordChange',
    refuse: (retryAfterSeconds: number) => Error,
  ): Promise<PasswordGuess> {
    const reserved: Reserved[] = [];
    let consumed = 0;
    try {
      for (const step of plan) {
        const result = await step.limiter.consume(step.key, 1);
        reserved.push(step);
        consumed = result.consumedPoints;
      }
    } catch (rejection) {
      // Not checked, so not counted anywhere it was counted already.
      await Promise.all(reserved.map(({ limiter, key }) => limiter.reward(key, 1)));
      if (rejection instanceof RateLimiterRes) {
        throw refuse(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      }
      throw rejection;
    }
    const backOff = plan[plan.length - 1];
    return new PasswordGuess(this, reserved, { key: backOff.key, consumed }, kind);
  }

  /** After a wrong password: past the free failures, the next guess waits twice as long each time. */
  async backOffAfterFailure(kind: 'signIn' | 'passwordChange', key: string, consumed: number): Promise<void> {
    const limiters = this.store();
    const strikes = limiters.strikes;
    const struck = await strikes.get(`${kind}|${key}`);
    if (consumed < this.options.failuresBeforeBackOff && !struck) return;
    const { consumedPoints: strike } = await strikes.consume(`${kind}|${key}`, 1);
    const seconds = Math.min(
      this.options.maxBackOffSeconds,
      this.options.backOffSeconds * 2 ** Math.min(strike - 1, 30),
    );
    const limiter = kind === 'signIn' ? limiters.signInBackOff : limiters.passwordChangeBackOff;
    await limiter.block(key, seconds);
  }

  /** The right password ends the back-off of this account and address (or device, or session). */
  async forgive(kind: 'signIn' | 'passwordChange', key: string): Promise<void> {
    const limiters = this.store();
    const limiter = kind === 'signIn' ? limiters.signInBackOff : limiters.passwordChangeBackOff;
    await Promise.all([limiter.delete(key), limiters.strikes.delete(`${kind}|${key}`)]);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.end();
  }

  private store(): NonNullable<SignInLimiter['limiters']> {
    this.limiters ??= this.createLimiters();
    return this.limiters;
  }

  private createLimiters() {
    const { url } = this.dataSource.options as { url?: string };
    // A lost connection of this pool never ends the process either (connection-kills.e2e.spec.ts).
    this.pool = databasePool({ connectionString: url, max: 4, application_name: 'braid-sign-in' });
    const window = this.options.signInWindowMinutes * 60;
    const resetWindow = this.options.passwordResetWindowMinutes * 60;
    const limiter = (keyPrefix: string, points: number, duration: number, purge = false) =>
      new RateLimiterPostgres({
        storeClient: this.pool,
        storeType: 'pool',
        tableName: TABLE,
        tableCreated: true,
        keyPrefix,
        points,
        duration,
        // One purge of expired rows is enough for the whole table.
        clearExpiredByTimeout: purge,
      });
    return {
      byAddress: limiter('address', this.options.maxFailuresPerIp, window, true),
      byAccount: limiter('account', this.options.maxFailuresPerAccount, window),
      // Free failures per key within a day; past them `block` sets the wait.
      signInBackOff: limiter('sign-in', this.options.failuresBeforeBackOff, STRIKES_SECONDS),
      passwordChangeBackOff: limiter('password-change', this.options.failuresBeforeBackOff, STRIKES_SECONDS),
      strikes: limiter('strikes', 1_000_000, STRIKES_SECONDS),
      resetByEmail: limiter('reset-email', this.options.maxPasswordResetsPerEmail, resetWindow),
      resetByAddress: limiter('reset-address', this.options.maxPasswordResetsPerIp, resetWindow),
    };
  }
}
