import { createHash, randomBytes } from 'node:crypto';
import { AuthenticatedPrincipal, PrincipalSource } from '@braid/kernel';
import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { EntityManager } from 'typeorm';
import { IDENTITY_OPTIONS, IdentityOptions } from './identity.options';
import { Session } from './session.entity';
import { sessionCookie } from './session-cookie';
import { User } from './user.entity';

/** Sliding expiry is written at most this often, not on every request. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

interface SessionRow {
  session_id: string;
  last_seen_at: Date;
  expires_at: Date;
  user_id: string;
  email: string;
  display_name: string;
  preferred_language: string;
}

@Injectable()
export class SessionService implements PrincipalSource {
  constructor(@Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions) {}

  private expiry(from = new Date()): Date {
    return new Date(from.getTime() + this.options.sessionTtlHours * 3600 * 1000);
  }

  async start(em: EntityManager, user: User, req?: Request): Promise<{ session: Session; token: string }> {
    const token = newToken();
    const now = new Date();
    const session = await em.save(
      em.create(Session, {
        userId: user.id,
        tokenHash: hashToken(token),
        lastSeenAt: now,
        expiresAt: this.expiry(now),
        ip: req?.ip ?? null,
        userAgent: req?.headers['user-agent']?.slice(0, 500) ?? null,
      }),
    );
    return { session, token };
  }

  async revoke(em: EntityManager, sessionId: string): Promise<void> {
    await em.update(Session, { id: sessionId }, { revokedAt: new Date() });
  }

  /** After a password change, every other browser must sign in again. */
  async revokeAllExcept(em: EntityManager, userId: string, keepSessionId: string | null): Promise<void> {
    const qb = em
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (keepSessionId) qb.andWhere('id <> :keepSessionId', { keepSessionId });
    await qb.execute();
  }

  credentialOf(req: Request): string | null {
    const token = sessionCookie.read(req);
    return token && token.length <= 200 ? token : null;
  }

  /** The person behind a session cookie's token, if the session is live. */
  async fromCredential(token: string, em: EntityManager): Promise<AuthenticatedPrincipal | null> {
    const rows: SessionRow[] = await em.query(
      `SELECT s.id AS session_id, s.last_seen_at, s.expires_at, u.id AS user_id, u.email, u.display_name,
              u.preferred_language
         FROM session s JOIN user_account u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row) return null;
    let expiresAt = new Date(row.expires_at);
    if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_INTERVAL_MS) {
      expiresAt = this.expiry();
      await em.query(`UPDATE session SET last_seen_at = now(), expires_at = $2 WHERE id = $1`, [
        row.session_id,
        expiresAt,
      ]);
    }
    return {
      principal: {
        userId: row.user_id,
        email: row.email,
        displayName: row.display_name,
        preferredLanguage: row.preferred_language,
        sessionId: row.session_id,
        sessionExpiresAt: expiresAt,
        memberships: [],
      },
      expiresAt,
    };
  }
}
