import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestApp, TestApp } from './support/test-app';

/** The client `nx run web:build` wrote (api-e2e's test target depends on it). */
const WEB_DIST = resolve(__dirname, '../../../dist/apps/web');

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A plain HTTP exchange: fetch would negotiate and undo the compression this suite looks at. */
function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const req = httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

interface GraphQLRefusal {
  errors?: { message: string; extensions?: { code?: string; reason?: unknown } }[];
}

/**
 * Braid as deployed: the API serving the built web client, in production mode. What a browser on a
 * phone downloads and keeps, and what a GraphQL client is told when its request body is refused.
 */
describe('The API serving the built web client (production)', () => {
  let app: TestApp;
  let hashedScript: string;
  let hashedStyle: string;

  beforeAll(async () => {
    if (!existsSync(join(WEB_DIST, 'index.html')))
      throw new Error(`No web build in ${WEB_DIST}: run \`npx nx run web:build\` first`);
    const assets = readdirSync(join(WEB_DIST, 'assets'));
    const script = assets.find((name) => /^index-[\w-]+\.js$/.test(name));
    const style = assets.find((name) => name.endsWith('.css'));
    if (!script || !style) throw new Error('The web build has no entry script or style sheet');
    hashedScript = `/assets/${script}`;
    hashedStyle = `/assets/${style}`;
    app = await startTestApp('web-client', { production: true, webDist: WEB_DIST });
  });
  afterAll(() => app.close());

  describe('request bodies the API refuses', () => {
    async function post(body: string): Promise<{ status: number; body: GraphQLRefusal }> {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      return { status: response.status, body: (await response.json()) as GraphQLRefusal };
    }

    it('answers an oversized JSON body with 413 and a GraphQL BAD_USER_INPUT error, not 404', async () => {
      const response = await post(JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(200_000)}` }));
      expect(response.status).toBe(413);
      expect(response.body.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'REQUEST_TOO_LARGE',
        limitBytes: 102_400,
      });
      expect(response.body.errors?.[0]?.message).not.toMatch(/Cannot POST/);
    });

    it('answers malformed JSON with 400 and a GraphQL BAD_USER_INPUT error, not 404', async () => {
      const response = await post('{"query": "{ me { id } }",');
      expect(response.status).toBe(400);
      expect(response.body.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'REQUEST_NOT_JSON',
      });
      expect(response.body.errors?.[0]?.message).not.toMatch(/Cannot POST/);
    });

    it('still answers GraphQL with the client served', async () => {
      const response = await app.client().request('{ me { id } }');
      expect(response.status).toBe(200);
      expect(response.data).toEqual({ me: null });
    });
  });

  describe('static files for a phone on a slow network', () => {
    const original = (path: string) => readFileSync(join(WEB_DIST, path));

    it('sends the brotli file the build wrote to a browser that accepts br, gzip to one that accepts only gzip', async () => {
      const br = await get(`${app.url}${hashedScript}`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
      expect(br.status).toBe(200);
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['content-type']).toMatch(/^text\/javascript/);
      expect(br.headers['vary']).toMatch(/accept-encoding/i);
      expect(brotliDecompressSync(br.body).equals(original(hashedScript))).toBe(true);
      expect(br.body.length).toBeLessThan(original(hashedScript).length / 3);

      const gzip = await get(`${app.url}${hashedStyle}`, { 'accept-encoding': 'gzip' });
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gzip.headers['content-type']).toMatch(/^text\/css/);
      expect(gunzipSync(gzip.body).equals(original(hashedStyle))).toBe(true);
    });

    it('sends the file as built to a client that accepts no compression', async () => {
      const plain = await get(`${app.url}${hashedScript}`, { 'accept-encoding': 'identity' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.equals(original(hashedScript))).toBe(true);
      const none = await get(`${app.url}${hashedScript}`);
      expect(none.headers['content-encoding']).toBeUndefined();
    });

    it('lets browsers keep hashed assets for a year and revalidate index.html on every visit', async () => {
      const asset = await get(`${app.url}${hashedScript}`, { 'accept-encoding': 'br' });
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      for (const path of ['/', '/index.html', '/public/some-collaborative', '/collaboratives/x/funds']) {
        const page = await get(`${app.url}${path}`, { 'accept-encoding': 'gzip, br' });
        expect({ path, status: page.status, cache: page.headers['cache-control'] }).toEqual({
          path,
          status: 200,
          cache: 'no-cache',
        });
        expect(page.headers['content-type']).toMatch(/^text\/html/);
        expect(page.headers['content-encoding']).toBe('br');
        expect(brotliDecompressSync(page.body).toString()).toContain('<div id="root">');
      }
    });

    it('answers a missing asset with 404, not with the page shell under a script name', async () => {
      const missing = await get(`${app.url}/assets/index-gone1234.js`);
      expect(missing.status).toBe(404);
      expect(missing.headers['cache-control'] ?? '').not.toMatch(/immutable/);
    });

    it('keeps the build records and anything outside the build out of reach', async () => {
      const manifest = await get(`${app.url}/.vite/manifest.json`);
      expect(manifest.body.toString()).not.toContain('"isEntry"');
      const outside = await get(`${app.url}/..%2f..%2fpackage.json`);
      expect(outside.body.toString()).not.toContain('"name": "braid"');
    });
  });
});
