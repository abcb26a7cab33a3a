/** Loads the curated seed into Neo4j: validate everything, then import in one transaction. */
import type { Executor } from '../server/db/executor.ts';
import type { Log } from '../server/log.ts';
import { countEntities, importGraph, type ImportProgress } from '../server/repositories/graph-import.ts';
import { seedCatalog, type SeedCatalog } from './catalog.ts';
import { formatProblem, validateSeed } from './validate.ts';

export class SeedValidationError extends Error {
  override name = 'SeedValidationError';
  constructor(readonly problems: ReturnType<typeof validateSeed>['problems']) {
    super(
      `The seed has ${problems.length} problem(s); nothing was written:\n` +
        problems.map((problem) => `  ${formatProblem(problem)}`).join('\n'),
    );
  }
}

function progressLogger(log: Log) {
  return ({ step, done, total }: ImportProgress) => log(`  ${step}: ${done}/${total}`);
}

export async function loadSeed(executor: Executor, log: Log, catalog: SeedCatalog = seedCatalog): Promise<void> {
  const started = Date.now();
  const { records, problems } = validateSeed(catalog);
  if (problems.length > 0) throw new SeedValidationError(problems);
  log(
    `Seeding ${records.sources.length} sources, ${records.entities.length} entities and ` +
      `${records.relationships.length} relationships...`,
  );
  await importGraph(executor, records, { actor: 'seed', onProgress: progressLogger(log) });
  log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** At start: seed only a database that holds no entities yet. */
export async function seedIfEmpty(executor: Executor, log: Log): Promise<void> {
  if ((await countEntities(executor)) > 0) return;
  log('The database is empty: loading the seed');
  await loadSeed(executor, log);
}
