/**
 * `npm run dev`: the API (with Neo4j) on PORT and Vite's dev server with hot reload on
 * http://localhost:5173, which forwards /graphql, /health and /ready to the API.
 */
import { createServer } from 'vite';
import { readConfig } from './config.ts';
import { startAtlas } from './runtime.ts';
import { seedIfEmpty } from './import/seed.ts';

const log = (line: string) => console.log(`[dev] ${line}`);

try {
  const atlas = await startAtlas(readConfig(), { log, seedIfEmpty });
  const vite = await createServer({ configFile: new URL('../vite.config.ts', import.meta.url).pathname });
  await vite.listen();
  log(`API on ${atlas.url}/graphql; client with hot reload on http://localhost:${vite.config.server.port}`);
  const stop = async () => {
    await vite.close();
    await atlas.stop();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);
} catch (error) {
  console.error(`[dev] Could not start: ${(error as Error).message}`);
  process.exit(1);
}
