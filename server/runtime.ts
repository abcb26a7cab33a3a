/**
 * Starts and stops the whole of Stakeholder Atlas in one process: the database (embedded, or the
 * server NEO4J_URI names) with its schema, the seed of an empty database, and the HTTP server.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import { introspectionEnabled, rateLimits, type Config } from './config.ts';
import { openDatabase, type Database } from './database.ts';
import { backgroundWork, type Executor } from './db/executor.ts';
import type { Log } from './log.ts';
import { RateLimiter } from './repositories/rate-limits.ts';

export interface Atlas {
  url: string;
  database: Database;
  stop(): Promise<void>;
}

export interface StartOptions {
  log: Log;
  clientDir?: string;
  /** Fills an empty database (the seed); called after the schema is applied. */
  seedIfEmpty?: (executor: Executor, log: Log) => Promise<void>;
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
  const database = await openDatabase(config, log);
  let stopping = false;
  void database.neo4j?.exited.then((code) => {
    if (!stopping) log(`Neo4j stopped unexpectedly (exit code ${code}); see ${database.neo4j?.dataDir}/logs/debug.log`);
  });
  try {
    if (options.seedIfEmpty) await options.seedIfEmpty(database.executor.withMetadata(backgroundWork('seed')), log);
    const app = createApp({
      executor: database.executor,
      clientDir: options.clientDir,
      production: config.NODE_ENV === 'production',
      authTokens: config.AUTH_TOKENS,
      introspection: introspectionEnabled(config),
      log,
      rateLimiter: new RateLimiter(database.executor.withMetadata(backgroundWork('rate-limits')), rateLimits(config), {
        log,
      }),
      slowRequestMs: config.SLOW_REQUEST_MS,
    });
    const server = createServer(app.listener);
    await listen(server, config.PORT, config.HOST);
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://${config.HOST === '127.0.0.1' ? 'localhost' : config.HOST}:${port}`,
      database,
      stop: async () => {
        stopping = true;
        server.closeAllConnections();
        await new Promise<void>((resolveClosed) => server.close(() => resolveClosed()));
        await database.close();
      },
    };
  } catch (error) {
    stopping = true;
    await database.close();
    throw error;
  }
}
