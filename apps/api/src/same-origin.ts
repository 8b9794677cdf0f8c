import { ErrorCode } from '@braid/contracts';
import type { NextFunction, Request, Response } from 'express';
import type { IncomingHttpHeaders, IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';

/** `extensions.reason` / `reason` of a request refused for coming from another site. */
export const FOREIGN_ORIGIN = 'FOREIGN_ORIGIN';

function first(value: string | string[] | undefined): string | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw?.split(',')[0]?.trim() || undefined;
}

/**
 * The site's own-origin rule for requests a page of another site could make with the member's
 * cookie: a browser names the page's origin in `Origin` on every cross-origin POST and on every
 * websocket upgrade, so an `Origin` whose host is not the host the request was sent to is
 * another site's page and is refused. No `Origin` at all is not a browser's cross-site request
 * (scripts, the API's own clients, older same-origin form posts) and is judged as before: by the
 * session and by Apollo's CSRF prevention on /graphql. `null` (a sandboxed frame, a file) is never
 * our own page. Behind a proxy that Braid trusts (BRAID_TRUST_PROXY), the host the person asked
 * for is the proxy's `X-Forwarded-Host`.
 */
export function isSameOrigin(headers: IncomingHttpHeaders, trustProxy: boolean): boolean {
  const origin = first(headers.origin);
  if (origin === undefined) return true;
  const host = (trustProxy && first(headers['x-forwarded-host'])) || first(headers.host);
  if (!host || origin === 'null') return false;
  try {
    return new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The REST endpoints' writes (report attachment uploads: multipart, which any page may post
 * without a preflight) refuse another site's page before the body is read.
 */
export function sameOriginWrites(trustProxy: boolean) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!UNSAFE_METHODS.has(req.method) || isSameOrigin(req.headers, trustProxy)) return next();
    res.status(403).json({
      code: ErrorCode.FORBIDDEN,
      reason: FOREIGN_ORIGIN,
      message: 'This request comes from another site.',
    });
  };
}

/**
 * Websocket upgrades (GraphQL subscriptions) from another site's page are refused with 403 before
 * the socket opens: the upgrade carries the member's cookie, and a socket once open would stream
 * live updates to that page. Wraps the upgrade listeners already installed (graphql-ws's), so it
 * must run after the application is initialised.
 */
export function refuseForeignUpgrades(server: Server, trustProxy: boolean): void {
  const listeners = server.listeners('upgrade') as ((
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
  ) => void)[];
  server.removeAllListeners('upgrade');
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!isSameOrigin(req.headers, trustProxy)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    for (const listener of listeners) listener.call(server, req, socket, head);
  });
}
