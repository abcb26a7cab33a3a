/** Helpers for tests that use the run's real Neo4j (see global-setup.ts). */
import { inject } from 'vitest';
import { createDriver } from '../db/driver.ts';
import { Executor } from '../db/executor.ts';
import { applyMigrations } from '../db/migrate.ts';
import { deleteEverything } from '../repositories/graph-import.ts';
import { loadSeed } from '../import/seed.ts';

export type { Executor };

/** An executor on the test database with the schema applied. Close it in afterAll. */
export async function testExecutor(): Promise<Executor> {
  const uri = inject('neo4jUri');
  const executor = new Executor(createDriver({ uri }), 'neo4j', uri);
  await applyMigrations(executor);
  return executor;
}

/** Empties the test database; files run one at a time, so each starts from a known state. */
export async function emptyDatabase(executor: Executor): Promise<void> {
  await deleteEverything(executor);
}

/** An executor on a test database holding exactly the seed. */
export async function seededExecutor(): Promise<Executor> {
  const executor = await testExecutor();
  await emptyDatabase(executor);
  await loadSeed(executor, () => {});
  return executor;
}

/** An executor on the test database that knows no Cypher file, so every query fails unexpectedly. */
export function executorWithoutQueries(): Executor {
  const uri = inject('neo4jUri');
  return new Executor(createDriver({ uri }), 'neo4j', uri, new Map());
}
