/** Builds the React client into dist/client with Vite when its sources changed since the last build. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashInputs, isFresh, writeStamp } from './stamp.ts';

export const ROOT_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const CLIENT_DIST = join(ROOT_DIR, 'dist', 'client');
const STAMP = join(ROOT_DIR, 'dist', 'client.sha256');
const INPUTS = ['client', 'core', 'vite.config.ts', 'package-lock.json'];

export async function ensureClientBuilt(log: (line: string) => void): Promise<void> {
  const hash = hashInputs(ROOT_DIR, INPUTS);
  if (isFresh(STAMP, hash)) return;
  log('Building the client with Vite...');
  const started = Date.now();
  const { build } = await import('vite');
  // Always React's production bundle, even when the build runs under Vitest (NODE_ENV=test): the
  // stamp does not know which mode built dist/client, so there must be only one. The JSX transform
  // reads NODE_ENV itself (under "test" it emits jsxDEV, which React's production bundle lacks), so
  // the build runs with NODE_ENV=production, whoever starts it (npm start spawned by a test too).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: join(ROOT_DIR, 'vite.config.ts'),
      mode: 'production',
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      logLevel: 'warn',
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  mkdirSync(join(ROOT_DIR, 'dist'), { recursive: true });
  writeStamp(STAMP, hash);
  log(`Client built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
