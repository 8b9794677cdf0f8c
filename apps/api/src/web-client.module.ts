import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { DynamicModule, Inject, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Application, NextFunction, Request, Response } from 'express';

const WEB_DIST = Symbol('WEB_DIST');

/** Paths the API answers itself; anything else a browser asks for belongs to the client. */
const API_PATH = /^\/(graphql|api)(\/|$)/;

/**
 * Vite names everything under /assets/ after its content: a new build gets new names, so a
 * browser may keep these for a year without asking again.
 */
const HASHED_ASSET = /^\/assets\//;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html (and any file not named after its content) is checked on every visit (ETag). */
const REVALIDATE = 'no-cache';

/** Variants the web build writes next to each compressible file (apps/web/precompress.mts), best first. */
const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;
const COMPRESSIBLE = new Set(['.js', '.css', '.html', '.svg', '.json', '.txt', '.webmanifest']);

/**
 * Serves the built web client from the API's port: hashed assets cached for a year, index.html
 * revalidated, the brotli or gzip file the build wrote sent to browsers that accept it, and
 * index.html for every other GET so the client's router answers deep links.
 *
 * It replaces @nestjs/serve-static, whose error handler turned every failure on an excluded path
 * (an oversized or malformed GraphQL body included) into `404 Cannot POST /graphql`, and which
 * offers neither pre-compressed files nor per-file cache rules. Body parser errors now reach
 * BraidExceptionFilter as they do without the client.
 */
@Module({})
export class WebClientModule implements OnModuleInit {
  static forRoot(webDist: string): DynamicModule {
    return { module: WebClientModule, providers: [{ provide: WEB_DIST, useValue: resolve(webDist) }] };
  }

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(WEB_DIST) private readonly root: string,
  ) {}

  // Registered when modules initialise, after Nest's routes: a controller path wins over index.html.
  onModuleInit(): void {
    const app = this.adapterHost.httpAdapter.getInstance<Application>();
    app.use((req: Request, res: Response, next: NextFunction) => {
      this.serve(req, res, next).catch(next);
    });
  }

  private async serve(req: Request, res: Response, next: NextFunction): Promise<void> {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATH.test(req.path)) return next();
    const path = safeDecode(req.path);
    const file = path === null ? null : normalize(join(this.root, path));
    const inside = file !== null && file.startsWith(this.root + sep) && !path?.split('/').some(isHidden);
    if (inside && (await isFile(file))) {
      return this.send(req, res, next, file, HASHED_ASSET.test(req.path) ? IMMUTABLE : REVALIDATE);
    }
    // A missing script or style sheet is a 404, never the page shell with a script's name.
    if (HASHED_ASSET.test(req.path)) return next();
    return this.send(req, res, next, join(this.root, 'index.html'), REVALIDATE);
  }

  private async send(req: Request, res: Response, next: NextFunction, file: string, cacheControl: string) {
    const extension = extname(file);
    let sent = file;
    if (COMPRESSIBLE.has(extension)) {
      res.vary('Accept-Encoding');
      for (const { encoding, suffix } of PRECOMPRESSED) {
        if (req.acceptsEncodings(encoding) === encoding && (await isFile(file + suffix))) {
          res.setHeader('Content-Encoding', encoding);
          // The type of what was compressed, not of a .br file.
          res.type(extension);
          sent = file + suffix;
          break;
        }
      }
    }
    res.setHeader('Cache-Control', cacheControl);
    res.sendFile(sent, { cacheControl: false, dotfiles: 'allow' }, (error) => {
      // A browser that went away mid-download is not an error of ours.
      if (error && !res.headersSent) next(error);
    });
  }
}

function safeDecode(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/** Dot files (Vite's .vite/manifest.json) are build records, not part of the client. */
function isHidden(segment: string): boolean {
  return segment.startsWith('.');
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
