import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const workspace = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/**
 * The built API (serving the built client) on a fresh database, driven by Debian's Chromium.
 * One API for the whole run (global setup); files run one after another, each with its own
 * browser, each test in fresh browser contexts.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: { alias: { '@braid/testing': workspace('libs/shared/testing/src/index.ts') } },
  test: {
    name: 'web-e2e',
    environment: 'node',
    globals: true,
    include: ['src/**/*.e2e.spec.ts'],
    globalSetup: ['./src/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
