import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** What the API sends compressed (apps/api/src/web-client.module.ts lists the same). Source maps are for developers' tools only. */
const COMPRESSIBLE = new Set(['.js', '.css', '.html', '.svg', '.json', '.txt', '.webmanifest']);

/**
 * Writes `file.br` and `file.gz` next to every compressible file of the build, at the highest
 * levels (brotli 11, gzip 9): compressed once here, the API then only picks the variant a browser
 * accepts, instead of compressing each response (CPU per request, and at lower levels).
 *
 * A small step on node's own zlib rather than vite-plugin-compression2: node has had both
 * algorithms for years, this is all that is needed of that plugin, and it adds no dependency to
 * keep up with Vite's majors.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'braid:precompress',
    apply: 'build',
    configResolved: (config) => {
      outDir = config.build.outDir;
    },
    // After the public/ files are copied too: the whole output directory as it will be served.
    async closeBundle() {
      const files = await filesUnder(outDir);
      await Promise.all(
        files
          .filter((file) => COMPRESSIBLE.has(extname(file)))
          .map(async (file) => {
            const content = await readFile(file);
            const [br, gz] = await Promise.all([
              brotli(content, {
                params: {
                  [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                  [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
                },
              }),
              gzipAsync(content, { level: 9 }),
            ]);
            // A file too small to gain is sent as it is.
            if (br.length < content.length) await writeFile(`${file}.br`, br);
            if (gz.length < content.length) await writeFile(`${file}.gz`, gz);
          }),
      );
    },
  };
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}
