import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const apiPort = Number(process.env.PORT ?? 4000);
const api = `http://127.0.0.1:${apiPort}`;

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
  },
  server: {
    port: 5173,
    strictPort: true,
    // `npm run dev`: the API runs on PORT; Vite serves the client and forwards these paths.
    proxy: { '/graphql': api, '/health': api, '/ready': api, '/export': api },
  },
  test: {
    root,
    // graphql ships CommonJS and ESM copies; Node (and so yoga's executor) loads the CommonJS one.
    // Tests must use the same copy, or instanceof GraphQLError fails across the two.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
    include: [
      'core/**/*.test.ts',
      'server/**/*.test.ts',
      'bench/**/*.test.ts',
      'client/**/*.test.{ts,tsx}',
      'e2e/**/*.test.ts',
    ],
    globalSetup: ['server/testing/global-setup.ts'],
    // One real Neo4j serves the run; files take turns so each can set up its own data.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // expect.poll waits for a state the browser or the server reaches by itself; on a loaded 2-core
    // machine an answer can take over the default second, which fails a test that is right.
    expect: { poll: { timeout: 10_000 } },
    // CI (.ci/run) also asks for a JSON report to print its one-line summary.
    reporters: process.env.VITEST_JSON_REPORT ? ['default', 'json'] : ['default'],
    outputFile: process.env.VITEST_JSON_REPORT ? { json: process.env.VITEST_JSON_REPORT } : undefined,
  },
});
