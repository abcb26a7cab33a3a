/**
 * Starts and stops the whole of Stakeholder Atlas in one process: the database (embedded, or the
 * server NEO4J_URI names) with its schema, the seed of an empty database, and the HTTP server.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import { drain } from './http/drain.ts';
import { startBackupSchedule } from './backup/schedule.ts';
import { introspectionEnabled, oidcSettings, rateLimits, type Config } from './config.ts';
import { openDatabase, type Database } from './database.ts';
import { backgroundWork, type Executor } from './db/executor.ts';
import type { RestartPolicy } from './launcher/supervisor.ts';
import type { Log } from './log.ts';
import { toGraphFilter } from './repositories/filters.ts';
import { RateLimiter } from './repositories/rate-limits.ts';

export interface Atlas {
  url: string;
  database: Database;
  /** Resolves once the instance has warmed up and `/ready` follows the database (server/warm-up/warm-up.ts). */
  warmedUp: Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions {
  log: Log;
  clientDir?: string;
  /** Fills an empty database (the seed); called after the schema is applied. */
  seedIfEmpty?: (executor: Executor, log: Log) => Promise<void>;
  /** How the embedded Neo4j is restarted after a crash (server/launcher/supervisor.ts has the default). */
  restartPolicy?: RestartPolicy;
}

export class StartupError extends Error {
  override name = 'StartupError';
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolveListening, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(
              `Port ${port} on ${host} is already in use. Stop the program using it or set PORT to a free port.`,
            )
          : error,
      ),
    );
    server.listen(port, host, () => resolveListening());
  });
}

export async function startAtlas(config: Config, options: StartOptions): Promise<Atlas> {
  const { log } = options;
  const database = await openDatabase(config, log, options.restartPolicy);
  try {
    if (options.seedIfEmpty) await options.seedIfEmpty(database.executor.withMetadata(backgroundWork('seed')), log);
    const app = createApp({
      executor: database.executor,
      clientDir: options.clientDir,
      production: config.NODE_ENV === 'production',
      authTokens: config.AUTH_TOKENS,
      oidc: oidcSettings(config),
      publicUrl: config.PUBLIC_URL,
      corsOrigins: config.CORS_ORIGINS,
      introspection: introspectionEnabled(config),
      log,
      rateLimiter: new RateLimiter(database.executor.withMetadata(backgroundWork('rate-limits')), rateLimits(config), {
        log,
      }),
      slowRequestMs: config.SLOW_REQUEST_MS,
    });
    // Changes committed while no instance ran (a CLI import, the seed) join the feed now.
    void app.feed.catchUp().catch(() => {});
    const server = createServer(app.listener);
    await listen(server, config.PORT, config.HOST);
    // `/ready` says ready once the graph index is built and the hot queries planned (server/warm-up/warm-up.ts).
    const warmed = app.warmUp();
    let stopping = false;
    // Once serving, compute influence for the whole network off the request path, so the first answer is ready.
    setTimeout(() => {
      if (stopping) return;
      app.influence
        .answer(toGraphFilter({}))
        .catch((error: unknown) => stopping || log(`Influence could not be computed at start: ${String(error)}`));
    }, 1_000).unref();
    const { port } = server.address() as AddressInfo;
    const backups =
      config.BACKUP_DIR && config.BACKUP_EVERY
        ? startBackupSchedule(database.executor.withMetadata(backgroundWork('backup')), {
            dir: config.BACKUP_DIR,
            everyMs: config.BACKUP_EVERY,
            keep: config.BACKUP_KEEP,
            log,
          })
        : undefined;
    return {
      url: `http://${config.HOST === '127.0.0.1' ? 'localhost' : config.HOST}:${port}`,
      database,
      warmedUp: warmed.then(() => undefined),
      stop: async () => {
        stopping = true;
        await warmed;
        backups?.stop();
        app.feed.close();
        await drain(server);
        await app.influence.close();
        await database.close();
        await backups?.idle();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
