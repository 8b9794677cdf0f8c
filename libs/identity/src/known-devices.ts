import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { EntityManager, LessThan } from 'typeorm';
import { IDENTITY_OPTIONS, IdentityOptions } from './identity.options';
import { KnownDevice } from './known-device.entity';
import { hashToken, newToken } from './session.service';
import { deviceCookie } from './session-cookie';

/** A device that has not signed in for this long is forgotten. */
const FORGET_AFTER_DAYS = 400;

@Injectable()
export class KnownDevices {
  constructor(@Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions) {}

  /** The request's device, if it signed in to the account of `email` before (its token's hash). */
  async recognize(em: EntityManager, req: Request | undefined, email: string): Promise<string | null> {
    const token = deviceCookie.read(req);
    if (!token) return null;
    const tokenHash = hashToken(token);
    const rows: unknown[] = await em.query(
      `SELECT 1 FROM known_device d JOIN user_account u ON u.id = d.user_id WHERE d.token_hash = $1 AND u.email = $2`,
      [tokenHash, email],
    );
    return rows.length ? tokenHash : null;
  }

  /** After a successful sign-in: this device is known to the account from now on. */
  async remember(
    em: EntityManager,
    res: Response | undefined,
    userId: string,
    known: string | null,
  ): Promise<void> {
    const now = new Date();
    if (known) {
      await em.update(KnownDevice, { tokenHash: known }, { lastSignInAt: now });
      return;
    }
    const token = newToken();
    await em.insert(KnownDevice, { tokenHash: hashToken(token), userId, lastSignInAt: now });
    await em.delete(KnownDevice, {
      userId,
      lastSignInAt: LessThan(new Date(now.getTime() - FORGET_AFTER_DAYS * 86_400_000)),
    });
    deviceCookie.set(res, token, this.options.secureCookies);
  }
}
