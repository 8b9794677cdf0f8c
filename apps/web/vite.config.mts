/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocumentsInPlace } from './graphql-documents-in-place.mjs';
import { precompileMessages } from './precompile-messages.mjs';
import { precompress } from './precompress.mjs';
import { scrollAreaWithoutFloatingUi } from './scroll-area-refs.mjs';

const workspace = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

// The API a developer runs with `npx nx run api:serve`; `npm run dev` starts both.
const api = process.env['BRAID_API_URL'] ?? 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  cacheDir: workspace('node_modules/.vite/apps/web'),
  plugins: [
    react(),
    precompileMessages(),
    graphqlDocumentsInPlace(),
    scrollAreaWithoutFloatingUi(),
    precompress(),
  ],
  resolve: {
    // The client may import only libraries tagged type:contracts or type:web (eslint enforces it).
    alias: { '@braid/contracts': workspace('libs/shared/contracts/src/index.ts') },
  },
  server: {
    port: 4200,
    host: 'localhost',
    // Same origin in development as in production (the API serves the built client), so the
    // httpOnly session cookie and Apollo's CSRF prevention behave the same way in both. The Host
    // header is passed on unchanged: the API refuses uploads and websocket upgrades whose Origin
    // is not the host they were sent to, and here both are this dev server.
    proxy: {
      '/graphql': { target: api, changeOrigin: false, ws: true },
      '/api': { target: api, changeOrigin: false },
    },
  },
  preview: { port: 4300, host: 'localhost' },
  build: {
    outDir: workspace('dist/apps/web'),
    emptyOutDir: true,
    reportCompressedSize: true,
    // Read by scripts/first-load-size.mjs (`nx run web:size`).
    manifest: true,
    sourcemap: true,
  },
  test: {
    name: 'web',
    environment: 'happy-dom',
    globals: true,
    setupFiles: ['./src/test-setup.ts'],
    include: ['src/**/*.spec.{ts,tsx}'],
    restoreMocks: true,
    testTimeout: 15_000,
    // Stockton's time zone, where a date formatted at the wrong offset slips to the day before.
    env: { TZ: 'America/Los_Angeles' },
  },
});
