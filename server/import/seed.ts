/**
 * The seed: the Atlas data files in seed/data/, citing the texts in seed/sources/, read and validated
 * by the import pipeline and written in one transaction. The composition roots (server/main.ts, dev.ts, tests, benchmarks) seed an
 * empty database with seedIfEmpty; `npm run seed` (server/cli/seed.ts) loads it on demand.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Executor } from '../db/executor.ts';
import type { Log } from '../log.ts';
import { countEntities, importGraph } from '../repositories/graph-import.ts';
import { InvalidImportError, readAtlasData, type AtlasData } from './pipeline.ts';

export const SEED_DIR = fileURLToPath(new URL('../../seed/', import.meta.url));
export const SEED_DATA_DIR = join(SEED_DIR, 'data');
export const SEED_SOURCE_DIR = join(SEED_DIR, 'sources');

/** Reads and validates the seed, touching no database. */
export function readSeed(): AtlasData {
  return readAtlasData([SEED_DATA_DIR], { sourceDir: SEED_SOURCE_DIR });
}

/** Validates the seed and imports it in one transaction; throws InvalidImportError, writing nothing, on any problem. */
export async function loadSeed(executor: Executor, log: Log): Promise<void> {
  const started = Date.now();
  const { records, problems } = readSeed();
  if (problems.length > 0) throw new InvalidImportError('The seed', problems);
  log(
    `Seeding ${records.sources.length} sources, ${records.entities.length} entities and ` +
      `${records.relationships.length} relationships...`,
  );
  await importGraph(executor, records, {
    actor: 'seed',
    onProgress: ({ step, done, total }) => log(`  ${step}: ${done}/${total}`),
  });
  log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** At start: seed only a database that holds no entities yet. */
export async function seedIfEmpty(executor: Executor, log: Log): Promise<void> {
  if ((await countEntities(executor)) > 0) return;
  log('The database is empty: loading the seed');
  await loadSeed(executor, log);
}
