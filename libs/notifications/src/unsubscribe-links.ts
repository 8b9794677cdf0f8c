import { createHmac, timingSafeEqual } from 'node:crypto';
import { NotificationCategory } from '@braid/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MailSecret } from './mail-secret.entity';

/** A category, or every category a person receives in their daily digest. */
export type UnsubscribeScope = NotificationCategory | 'DIGEST';

const SCOPES = new Set<string>([...Object.values(NotificationCategory), 'DIGEST']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * One-click unsubscribe links that cannot be guessed: `<userId>.<scope>.<HMAC>`, signed with a key
 * kept in the database. An HMAC rather than a stored random token, because a link must keep
 * working in every email a person ever received for that category, and needs no row written per
 * email; the key in the database (not in a setting) is shared by every API process and survives
 * restarts. Replacing the row's secret voids every link at once.
 */
@Injectable()
export class UnsubscribeLinks {
  private secret: string | null = null;

  async token(em: EntityManager, userId: string, scope: UnsubscribeScope): Promise<string> {
    return `${userId}.${scope}.${this.mac(await this.key(em), userId, scope)}`;
  }

  /** The person and scope a token names, or null when it was not made here. */
  async verify(
    em: EntityManager,
    token: string,
  ): Promise<{ userId: string; scope: UnsubscribeScope } | null> {
    const [userId, scope, mac, ...rest] = token.split('.');
    if (rest.length || !userId || !scope || !mac || !UUID.test(userId) || !SCOPES.has(scope)) return null;
    const expected = Buffer.from(this.mac(await this.key(em), userId, scope));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return { userId, scope: scope as UnsubscribeScope };
  }

  private mac(key: string, userId: string, scope: string): string {
    return createHmac('sha256', key).update(`unsubscribe:${userId}:${scope}`).digest('base64url');
  }

  private async key(em: EntityManager): Promise<string> {
    if (!this.secret) {
      const row = await em.findOneBy(MailSecret, { id: 1 });
      if (!row) throw new Error('The mail secret is missing: its migration makes it');
      this.secret = row.secret;
    }
    return this.secret;
  }
}
