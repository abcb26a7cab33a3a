/** Builds the React client into dist/client with Vite when its sources changed since the last build. */
import { spawn } from 'node:child_process';
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
  // In a process of its own: Vite's memory (about 500 MB) would otherwise stay with the server.
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT_DIR, 'server', 'build', 'vite-build.ts')], {
    cwd: ROOT_DIR,
    stdio: 'inherit',
  });
  const code = await new Promise<number | null>((exited, failed) => {
    child.once('error', failed);
    child.once('exit', exited);
  });
  if (code !== 0) throw new Error(`Building the client with Vite failed (exit code ${code}); its output is above.`);
  mkdirSync(join(ROOT_DIR, 'dist'), { recursive: true });
  writeStamp(STAMP, hash);
  log(`Client built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
