/**
 * Opens the database the configuration names: the server at NEO4J_URI, or else the embedded Neo4j
 * started here. Closing it also stops the embedded instance.
 */
import type { Config } from './config.ts';
import { createDriver } from './db/driver.ts';
import { Executor } from './db/executor.ts';
import { applyMigrations } from './db/migrate.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './launcher/embedded-neo4j.ts';
import type { Log } from './log.ts';

export interface Database {
  executor: Executor;
  /** The embedded instance, when NEO4J_URI is not set. */
  neo4j?: EmbeddedNeo4j;
  close(): Promise<void>;
}

type DatabaseConfig = Pick<
  Config,
  'NEO4J_URI' | 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'NEO4J_DATABASE' | 'NEO4J_BOLT_PORT' | 'NEO4J_DATA_DIR'
>;

export async function openDatabase(config: DatabaseConfig, log: Log): Promise<Database> {
  let neo4j: EmbeddedNeo4j | undefined;
  let executor: Executor;
  if (config.NEO4J_URI) {
    log(`Using the Neo4j server at ${config.NEO4J_URI} (database "${config.NEO4J_DATABASE}")`);
    const driver = createDriver({ uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD });
    executor = new Executor(driver, config.NEO4J_DATABASE, config.NEO4J_URI);
  } else {
    log(`Starting the embedded Neo4j on 127.0.0.1:${config.NEO4J_BOLT_PORT} (data in ${config.NEO4J_DATA_DIR})...`);
    neo4j = await startEmbeddedNeo4j({ port: config.NEO4J_BOLT_PORT, dataDir: config.NEO4J_DATA_DIR, log });
    log(`Neo4j is ready at ${neo4j.uri} (pid ${neo4j.pid})`);
    executor = new Executor(createDriver({ uri: neo4j.uri }), 'neo4j', neo4j.uri);
  }
  const close = async () => {
    await executor.close().catch(() => {});
    await neo4j?.stop();
  };
  try {
    await executor.ping(15_000);
    await applyMigrations(executor, log);
  } catch (error) {
    await close();
    throw error;
  }
  return { executor, neo4j, close };
}
