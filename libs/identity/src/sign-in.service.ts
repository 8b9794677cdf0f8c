import type { AuditAction } from '@braid/contracts';
import { AuditService, RequestContext } from '@braid/kernel';
import { Inject, Injectable } from '@nestjs/common';
import { ChangePasswordInput, SignInInput, UpdateMyProfileInput } from './dto/identity.inputs';
import { InvalidCredentials, WrongCurrentPassword } from './identity.errors';
import { IDENTITY_OPTIONS, IdentityOptions } from './identity.options';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';
import { sessionCookie } from './session-cookie';
import { KnownDevices } from './known-devices';
import { PasswordGuess, SignInLimiter } from './sign-in-limiter';
import { normalizeEmail, User } from './user.entity';

export interface SignedIn {
  user: User;
  expiresAt: Date;
}

@Injectable()
export class SignInService {
  constructor(
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly limiter: SignInLimiter,
    private readonly devices: KnownDevices,
  ) {}

  async signIn(ctx: RequestContext, input: SignInInput): Promise<SignedIn> {
    const email = normalizeEmail(input.email);
    const ip = ctx.http?.req.ip ?? 'unknown';
    const knownDevice = await this.devices.recognize(ctx.em, ctx.http?.req, email);
    const guess = await this.limiter.signIn({ email, ip, knownDevice });

    const user = await checked(guess, async () => {
      const found = await ctx.em.findOne(User, { where: { email } });
      const valid =
        found?.passwordHash && !found.disabledAt
          ? await this.hasher.verify(found.passwordHash, input.password)
          : await this.hasher.verifyNothing(input.password);
      return valid ? found : null;
    });
    if (!user) throw new InvalidCredentials();

    const signedIn = await this.startSession(ctx, user, 'user.signedIn');
    // After the session's cookie: a client reading only the first Set-Cookie still gets the session.
    await this.devices.remember(ctx.em, ctx.http?.res, user.id, knownDevice);
    return signedIn;
  }

  /** Opens a session for a user already verified (sign-in, an accepted invitation). */
  async startSession(ctx: RequestContext, user: User, action: AuditAction): Promise<SignedIn> {
    const { session, token } = await this.sessions.start(ctx.em, user, ctx.http?.req);
    sessionCookie.set(ctx.http?.res, token, session.expiresAt, this.options.secureCookies);
    await this.audit.record(ctx, {
      action,
      collaborativeId: null,
      entityType: 'User',
      entityId: user.id,
      after: { sessionId: session.id, expiresAt: session.expiresAt },
    });
    return { user, expiresAt: session.expiresAt };
  }

  async signOut(ctx: RequestContext): Promise<boolean> {
    const sessionId = ctx.principal?.sessionId;
    if (sessionId) await this.sessions.revoke(ctx.em, sessionId);
    sessionCookie.clear(ctx.http?.res, this.options.secureCookies);
    await this.audit.record(ctx, {
      action: 'user.signedOut',
      collaborativeId: null,
      entityType: 'User',
      entityId: ctx.userId,
      before: { sessionId },
    });
    return true;
  }

  async updateProfile(ctx: RequestContext, input: UpdateMyProfileInput): Promise<User> {
    const user = await ctx.em.findOneOrFail(User, {
      where: { id: ctx.userId },
      lock: { mode: 'pessimistic_write' },
    });
    const before = { ...user };
    if (input.displayName !== undefined) user.displayName = input.displayName.trim();
    if (input.preferredLanguage !== undefined) user.preferredLanguage = input.preferredLanguage;
    await ctx.em.save(user);
    await this.audit.record(ctx, {
      action: 'user.profileUpdated',
      collaborativeId: null,
      entityType: 'User',
      entityId: user.id,
      before,
      after: user,
    });
    return user;
  }

  async changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<boolean> {
    const user = await ctx.em.findOneOrFail(User, {
      where: { id: ctx.userId },
      lock: { mode: 'pessimistic_write' },
    });
    const guess = await this.limiter.passwordChange({
      userId: user.id,
      sessionId: ctx.principal?.sessionId ?? null,
    });
    const passwordHash = user.passwordHash;
    const right = await checked(guess, async () =>
      passwordHash && (await this.hasher.verify(passwordHash, input.currentPassword)) ? true : null,
    );
    if (!right) throw new WrongCurrentPassword();
    user.passwordHash = await this.hasher.hash(input.newPassword);
    await ctx.em.save(user);
    await this.sessions.revokeAllExcept(ctx.em, user.id, ctx.principal?.sessionId ?? null);
    await this.audit.record(ctx, {
      action: 'user.passwordChanged',
      collaborativeId: null,
      entityType: 'User',
      entityId: user.id,
    });
    return true;
  }
}

/**
 * Runs a password check counted by `guess`: a wrong password (null) stays counted, a right one
 * is given back, and a check that failed for another reason (the database gone) is not a guess.
 */
async function checked<T>(guess: PasswordGuess, check: () => Promise<T | null>): Promise<T | null> {
  let outcome: T | null;
  try {
    outcome = await check();
  } catch (error) {
    await guess.abandoned().catch(() => undefined);
    throw error;
  }
  if (outcome === null) await guess.failed();
  else await guess.succeeded();
  return outcome;
}
