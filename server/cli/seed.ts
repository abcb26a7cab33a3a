/**
 * `npm run seed`: validates the seed (seed/data/, citing seed/sources/) and loads it (idempotent).
 * `npm run seed -- --reset`: deletes everything first, after asking (or with --yes).
 * `npm run seed -- --check`: validates only, touching no database.
 */
import { formatProblem } from '../../core/import/problems.ts';
import { readConfig } from '../config.ts';
import { openDatabase } from '../database.ts';
import { backgroundWork } from '../db/executor.ts';
import { InvalidImportError } from '../import/pipeline.ts';
import { loadSeed, readSeed } from '../import/seed.ts';
import { countGraph, deleteEverything } from '../repositories/graph-import.ts';
import { confirm } from './prompt.ts';
import { EXIT_STATUS, runCli, UsageError } from './run.ts';

const log = (line: string) => console.log(`[seed] ${line}`);
const USAGE = 'Usage: npm run seed [-- --check | --reset [--yes]]';

async function main(args: string[]): Promise<number> {
  const unknown = args.filter((arg) => !['--check', '--reset', '--yes'].includes(arg));
  if (unknown.length > 0) throw new UsageError(`Unknown option(s): ${unknown.join(' ')}`);
  const { records, problems } = readSeed();
  if (problems.length > 0) {
    console.error(`The seed has ${problems.length} problem(s); nothing was written:`);
    for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
    return EXIT_STATUS.REFUSED;
  }
  log(
    `Seed is valid: ${records.sources.length} sources, ${records.entities.length} entities, ${records.relationships.length} relationships`,
  );
  if (args.includes('--check')) return 0;

  const config = readConfig();
  const database = await openDatabase(config, log);
  const executor = database.executor.withMetadata(backgroundWork('seed'));
  try {
    if (args.includes('--reset')) {
      const where = config.NEO4J_URI ?? config.NEO4J_DATA_DIR;
      if (
        !args.includes('--yes') &&
        !(await confirm(`Delete EVERYTHING in ${where} (edits and logs included) and reload the seed?`))
      ) {
        console.error('Not reset (answer y, or pass --yes when there is no terminal).');
        return 1;
      }
      await deleteEverything(executor);
      log('Deleted everything');
    }
    await loadSeed(executor, log);
    const counts = await countGraph(executor);
    log(
      `Graph now holds: ${Object.entries(counts.labels)
        .map(([label, count]) => `${count} ${label}`)
        .join(', ')}`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

runCli(main, {
  name: 'seed',
  usage: USAGE,
  whenInUse:
    'If Stakeholder Atlas is running, seed its database through Bolt: NEO4J_URI=bolt://127.0.0.1:7687 npm run seed',
  expected: [InvalidImportError],
});
