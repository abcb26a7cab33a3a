/**
 * `npm start`: builds what is missing, starts Neo4j, applies the schema, seeds an empty database and
 * serves the API and client. Ctrl-C or SIGTERM stops everything, Neo4j included.
 */
import { ensureClientBuilt, CLIENT_DIST } from './build/client.ts';
import { ConfigError, readConfig } from './config.ts';
import { Neo4jLaunchError } from './launcher/errors.ts';
import { startAtlas, StartupError, type Atlas } from './runtime.ts';
import { seedIfEmpty } from './import/seed.ts';

const log = (line: string) => console.log(`[atlas] ${line}`);

async function main(): Promise<void> {
  const started = Date.now();
  const config = readConfig();
  await ensureClientBuilt(log);
  const atlas: Atlas = await startAtlas(config, { log, clientDir: CLIENT_DIST, seedIfEmpty });
  log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${atlas.url} (GraphQL at ${atlas.url}/graphql)`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      log('Stopping now.');
      process.exit(1);
    }
    stopping = true;
    log(`${signal}: stopping...`);
    // Never hang: whatever is left after 9 s is ended by the exit (the JVM follows when its stdin closes).
    setTimeout(() => process.exit(1), 9_000).unref();
    atlas.stop().then(
      () => {
        log('Stopped.');
        process.exit(0);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof Neo4jLaunchError || error instanceof StartupError;
  console.error(`[atlas] Could not start: ${known ? (error as Error).message : ''}`);
  if (!known) console.error(error);
  process.exit(1);
});
