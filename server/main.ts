/**
 * `npm start`: builds what is missing, starts Neo4j, applies the schema, seeds an empty database and
 * serves the API and client. Ctrl-C, SIGTERM, SIGHUP or the death of the process that started it
 * stops everything, Neo4j included.
 */
import { UnavailableError } from '../core/errors.ts';
import { ensureClientBuilt, CLIENT_DIST } from './build/client.ts';
import { ConfigError, readConfig, type Config } from './config.ts';
import { DatabaseError } from './db/errors.ts';
import { Neo4jLaunchError } from './launcher/errors.ts';
import { startAtlas, StartupError, type Atlas } from './runtime.ts';
import { seedIfEmpty } from './import/seed.ts';

const log = (line: string) => console.log(`[atlas] ${line}`);

/** A repeated signal this soon after the first is the same request (npm forwards the terminal's Ctrl-C too). */
const SAME_SIGNAL_MS = 1_000;

let config: Config | undefined;

let atlas: Atlas | undefined;
let stoppingSince: number | undefined;

function stop(why: string): void {
  if (stoppingSince !== undefined) {
    if (Date.now() - stoppingSince < SAME_SIGNAL_MS) return;
    log('Stopping now.');
    process.exit(1);
  }
  stoppingSince = Date.now();
  log(`${why}: stopping...`);
  // Still starting: exiting is the stop (the JVM follows when its stdin closes, also mid-start).
  if (!atlas) process.exit(1);
  // Never hang: whatever is left after 9 s is ended by the exit.
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
}

async function main(): Promise<void> {
  const started = Date.now();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal));
  // A parent that dies without signalling (npm killed outright) leaves this process to init: stop too,
  // rather than run on unseen with a database nobody asked for.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop(`The parent process (pid ${parent}) is gone`);
  }, 1_000).unref();

  config = readConfig();
  await ensureClientBuilt(log);
  atlas = await startAtlas(config, { log, clientDir: CLIENT_DIST, seedIfEmpty });
  // Serving /health already; ready (and /ready 200) once warmed up.
  await atlas.warmedUp;
  log(
    `Ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${atlas.url} (GraphQL at ${atlas.url}/graphql; pid ${process.pid})`,
  );
}

/** What went wrong and what to do, for the start-up failures a person can fix. */
function explain(error: unknown): string {
  if (error instanceof ConfigError || error instanceof Neo4jLaunchError || error instanceof StartupError)
    return error.message;
  if (error instanceof UnavailableError) {
    return config?.NEO4J_URI
      ? `${error.message}\nCheck that the Neo4j server at NEO4J_URI is running and reachable from here, or unset NEO4J_URI to use the embedded Neo4j.`
      : `${error.message}\nThe embedded Neo4j stopped right after it started: see ${config?.NEO4J_DATA_DIR ?? '.data/neo4j'}/logs/debug.log.`;
  }
  if (error instanceof DatabaseError) {
    return `${error.message}\nNeo4j refused the schema or the seed: check that ${config?.NEO4J_URI ? 'the server at NEO4J_URI runs Neo4j 5.26 or later and the user may change the schema' : 'the data directory holds a Stakeholder Atlas database'}.`;
  }
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `${text}\nThis was not expected: please report it with the lines above.`;
}

main().catch((error: unknown) => {
  console.error(`[atlas] Could not start: ${explain(error)}`);
  process.exit(1);
});
