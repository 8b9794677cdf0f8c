import { parse } from 'cookie';
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'braid_session';

/**
 * The session travels in an httpOnly, SameSite=Lax cookie: page scripts cannot read it, other
 * sites cannot send it with a cross-site POST, and Apollo's CSRF prevention covers the rest.
 */
export const sessionCookie = {
  read(req: Request): string | null {
    const header = req.headers.cookie;
    if (!header) return null;
    return parse(header)[SESSION_COOKIE] ?? null;
  },

  set(res: Response | undefined, token: string, expires: Date, secure: boolean): void {
    res?.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires });
  },

  clear(res: Response | undefined, secure: boolean): void {
    res?.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
  },
};

export const DEVICE_COOKIE = 'braid_device';
const DEVICE_COOKIE_DAYS = 400;

/**
 * Marks a browser that signed in before (`KnownDevice`). SameSite=Strict: it is only needed on
 * the sign-in request from Braid's own pages. It outlives sessions and sign-outs on purpose.
 */
export const deviceCookie = {
  read(req: Request | undefined): string | null {
    const header = req?.headers.cookie;
    if (!header) return null;
    const token = parse(header)[DEVICE_COOKIE];
    return token && token.length <= 200 ? token : null;
  },

  set(res: Response | undefined, token: string, secure: boolean): void {
    res?.cookie(DEVICE_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure,
      path: '/',
      expires: new Date(Date.now() + DEVICE_COOKIE_DAYS * 86_400_000),
    });
  },
};
