/**
 * Builds the React client into dist/client with Vite, in a process of its own (started by
 * ensureClientBuilt in client.ts), so that Vite's memory goes with it instead of staying with the
 * server for as long as the server runs.
 */
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT_DIR } from './client.ts';

// Always React's production bundle, even when a test starts the build (NODE_ENV=test): the stamp
// does not know which mode built dist/client, so there must be only one. The JSX transform reads
// NODE_ENV itself (under "test" it emits jsxDEV, which React's production bundle lacks).
process.env.NODE_ENV = 'production';
await build({
  configFile: join(ROOT_DIR, 'vite.config.ts'),
  mode: 'production',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  logLevel: 'warn',
});
