import { AuditService, Clock, Notifier, RequestContext } from '@braid/kernel';
import { Inject, Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { AccountLinks } from './account-links';
import { RequestPasswordResetInput, ResetPasswordInput } from './dto/identity.inputs';
import { ResetLinkInvalid } from './identity.errors';
import { IDENTITY_OPTIONS, IdentityOptions } from './identity.options';
import { PasswordHasher } from './password-hasher';
import { PasswordReset } from './password-reset.entity';
import { hashToken, newToken, SessionService } from './session.service';
import { SignInLimiter } from './sign-in-limiter';
import { normalizeEmail, User } from './user.entity';

/**
 * "Forgot your password?": a one-time link by email. The answer to a request is the same whether
 * or not the email has an account (no account enumeration); the link carries 32 random bytes of
 * which only the SHA-256 is kept; it works once, for `passwordResetMinutes` by the server's Clock,
 * and only while it is the person's newest link.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly clock: Clock,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly limiter: SignInLimiter,
    private readonly audit: AuditService,
    private readonly notifier: Notifier,
    private readonly links: AccountLinks,
  ) {}

  /** Always true: the caller is never told whether the email has an account. */
  async request(ctx: RequestContext, input: RequestPasswordResetInput): Promise<boolean> {
    const email = normalizeEmail(input.email);
    const ip = ctx.http?.req.ip ?? 'unknown';
    // Counted before looking the email up, so a refusal is the same for every address.
    await this.limiter.passwordResetRequest({ email, ip });
    const user = await ctx.em.findOne(User, { where: { email }, lock: { mode: 'pessimistic_write' } });
    // A disabled account is treated as no account: it cannot sign in, so it gets no link. The
    // request is still on record, about no one (nor the address typed): a trace of probing that
    // no member can read, since it names no account.
    if (!user || user.disabledAt) {
      await this.audit.record(ctx, {
        action: 'user.passwordResetRequested',
        collaborativeId: null,
        entityType: 'User',
        entityId: null,
        after: { accountFound: false },
      });
      return true;
    }

    const now = this.clock.now();
    // A newer link ends the older ones: only the last email in the inbox works.
    await ctx.em.update(
      PasswordReset,
      { userId: user.id, usedAt: IsNull(), supersededAt: IsNull() },
      { supersededAt: now },
    );
    const token = newToken();
    const reset = await ctx.em.save(
      ctx.em.create(PasswordReset, {
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + this.options.passwordResetMinutes * 60_000),
        usedAt: null,
        supersededAt: null,
        requestedIp: ctx.http?.req.ip ?? null,
      }),
    );
    await this.notifier.sendAccountEmail(ctx, {
      kind: 'PASSWORD_RESET',
      to: { email: user.email, language: user.preferredLanguage, displayName: user.displayName },
      actionUrl: this.links.passwordReset(token),
      figures: { expiresMinutes: this.options.passwordResetMinutes },
    });
    await this.audit.record(ctx, {
      action: 'user.passwordResetRequested',
      collaborativeId: null,
      entityType: 'User',
      entityId: user.id,
      after: { passwordResetId: reset.id, expiresAt: reset.expiresAt },
    });
    return true;
  }

  /**
   * Sets the new password, spends the link and ends every session of the person (whoever had
   * the old password is out). It does not sign in: the person signs in with the new password,
   * which also lets a password manager save it.
   */
  async reset(ctx: RequestContext, input: ResetPasswordInput): Promise<boolean> {
    const reset = await ctx.em.findOne(PasswordReset, {
      where: { tokenHash: hashToken(input.token) },
      lock: { mode: 'pessimistic_write' },
    });
    const now = this.clock.now();
    if (!reset || reset.usedAt || reset.supersededAt || reset.expiresAt.getTime() <= now.getTime()) {
      throw new ResetLinkInvalid();
    }
    const user = await ctx.em.findOne(User, {
      where: { id: reset.userId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!user || user.disabledAt) throw new ResetLinkInvalid();

    user.passwordHash = await this.hasher.hash(input.newPassword);
    await ctx.em.save(user);
    reset.usedAt = now;
    await ctx.em.save(reset);
    await this.sessions.revokeAllExcept(ctx.em, user.id, null);
    await this.limiter.forgiveAccount(user.email);
    await this.audit.record(ctx, {
      action: 'user.passwordReset',
      collaborativeId: null,
      entityType: 'User',
      entityId: user.id,
      after: { passwordResetId: reset.id },
    });
    return true;
  }
}
