/** `npm run build`: builds the Neo4j launcher and the client, each only when its sources changed. */
import { ensureClientBuilt } from './build/client.ts';
import { ensureLauncherBuilt } from './launcher/build.ts';

const log = (line: string) => console.log(`[build] ${line}`);

try {
  await ensureLauncherBuilt(log);
  await ensureClientBuilt(log);
  log('Up to date.');
} catch (error) {
  console.error(`[build] ${(error as Error).message}`);
  process.exit(1);
}
