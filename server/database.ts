/**
 * Opens the database the configuration names: the server at NEO4J_URI, or else the embedded Neo4j
 * started and supervised here (restarted when it crashes; queries fail fast meanwhile). Closing it
 * also stops the embedded instance.
 */
import { UnavailableError } from '../core/errors.ts';
import type { Config } from './config.ts';
import { createDriver } from './db/driver.ts';
import { Executor } from './db/executor.ts';
import { applyMigrations } from './db/migrate.ts';
import { keyUnkeyedNames } from './repositories/name-keys.ts';
import { superviseEmbeddedNeo4j, type RestartPolicy, type SupervisedNeo4j } from './launcher/supervisor.ts';
import type { Log } from './log.ts';

export interface Database {
  executor: Executor;
  /** The embedded instance, when NEO4J_URI is not set. */
  neo4j?: SupervisedNeo4j;
  close(): Promise<void>;
}

type DatabaseConfig = Pick<
  Config,
  | 'NEO4J_URI'
  | 'NEO4J_USER'
  | 'NEO4J_PASSWORD'
  | 'NEO4J_DATABASE'
  | 'NEO4J_BOLT_PORT'
  | 'NEO4J_DATA_DIR'
  | 'NEO4J_HEAP'
  | 'NEO4J_PAGECACHE'
>;

export async function openDatabase(
  config: DatabaseConfig,
  log: Log,
  /** How the embedded Neo4j is restarted after a crash; tests shorten it. */
  restartPolicy?: RestartPolicy,
): Promise<Database> {
  let neo4j: SupervisedNeo4j | undefined;
  let executor: Executor;
  if (config.NEO4J_URI) {
    log(`Using the Neo4j server at ${config.NEO4J_URI} (database "${config.NEO4J_DATABASE}")`);
    const driver = createDriver({ uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD });
    executor = new Executor(driver, config.NEO4J_DATABASE, config.NEO4J_URI);
  } else {
    log(
      `Starting the embedded Neo4j on 127.0.0.1:${config.NEO4J_BOLT_PORT} (data in ${config.NEO4J_DATA_DIR}, ` +
        `heap ${config.NEO4J_HEAP}, page cache ${config.NEO4J_PAGECACHE})...`,
    );
    const supervised = await superviseEmbeddedNeo4j({
      port: config.NEO4J_BOLT_PORT,
      dataDir: config.NEO4J_DATA_DIR,
      memory: { heap: config.NEO4J_HEAP, pageCache: config.NEO4J_PAGECACHE },
      log,
      policy: restartPolicy,
    });
    neo4j = supervised;
    log(`Neo4j is ready at ${supervised.uri} (pid ${supervised.pid})`);
    executor = new Executor(createDriver({ uri: supervised.uri }), 'neo4j', supervised.uri).withAvailability(() =>
      supervised.unavailableReason(),
    );
  }
  const close = async () => {
    await executor.close().catch(() => {});
    await neo4j?.stop();
  };
  try {
    await waitUntilAnswering(executor, neo4j ? 60_000 : 15_000);
    await applyMigrations(executor, log);
    const keyed = await keyUnkeyedNames(executor);
    if (keyed > 0) log(`Name keys given to ${keyed} entities and aliases stored before they had them`);
  } catch (error) {
    await close();
    throw error;
  }
  return { executor, neo4j, close };
}

/**
 * Resolves once Neo4j answers a query. A JVM that has just started can take seconds over its first
 * Bolt connections on a busy machine, longer than the driver waits for one (server/db/driver.ts).
 */
async function waitUntilAnswering(executor: Executor, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    try {
      return await executor.ping(Math.max(1_000, deadline - Date.now()));
    } catch (error) {
      if (!(error instanceof UnavailableError) || Date.now() >= deadline) throw error;
      await new Promise((resolveLater) => setTimeout(resolveLater, 500));
    }
  }
}
