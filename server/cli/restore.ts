/**
 * `npm run restore -- <file>`: checks a backup (server/backup/), then loads it into an empty database
 * in one transaction and checks the result has the backup's checksum.
 * `npm run restore -- <file> --replace`: replaces everything the database holds, after asking (or with --yes).
 * `npm run restore -- <file> --check`: checks the file only, touching no database.
 */
import { dirname, join, resolve } from 'node:path';
import { checkBackupFile, restoreBackup, writeBackup, type BackupSummary } from '../backup/backup.ts';
import { BackupFileError } from '../backup/format.ts';
import { readConfig } from '../config.ts';
import { openDatabase } from '../database.ts';
import { backgroundWork } from '../db/executor.ts';
import {
  ChecksumMismatchError,
  countEverything,
  DatabaseNotEmptyError,
  listSchemaNames,
} from '../repositories/backup.ts';
import { countsProgress } from './progress.ts';
import { confirm } from './prompt.ts';
import { runCli, UsageError } from './run.ts';

const log = (line: string) => console.log(`[restore] ${line}`);
const USAGE = 'Usage: npm run restore -- <file> [--replace [--yes] | --check]';
const OPTIONS = ['--replace', '--yes', '--check'];

const describe = (summary: BackupSummary) =>
  `backup of ${summary.header.createdAt} from Neo4j ${summary.header.neo4j.version}: ` +
  `${summary.nodes} nodes, ${summary.relationships} relationships, checksum ${summary.checksum}`;

async function main(args: string[]): Promise<number> {
  const files = args.filter((arg) => !arg.startsWith('--'));
  const unknown = args.filter((arg) => arg.startsWith('--') && !OPTIONS.includes(arg));
  if (unknown.length > 0 || files.length !== 1 || (args.includes('--check') && args.includes('--replace'))) {
    throw new UsageError(
      unknown.length > 0
        ? `Unknown option(s): ${unknown.join(' ')}`
        : 'Name one backup file (and --replace or --check, not both).',
    );
  }
  const file = files[0]!;
  const replace = args.includes('--replace');

  // The whole file is checked before any database is opened: a damaged file changes nothing.
  const summary = await checkBackupFile(file);
  log(`${file} is a complete ${describe(summary)}`);
  if (args.includes('--check')) return 0;

  const config = readConfig();
  const database = await openDatabase(config, log);
  const executor = database.executor.withMetadata(backgroundWork('restore'));
  const progress = countsProgress('[restore]', 'Writing');
  try {
    const where = config.NEO4J_URI ?? config.NEO4J_DATA_DIR;
    const counts = await executor.readTransaction((tx) => countEverything(tx));
    if (counts.nodes > 0) {
      if (!replace) throw new DatabaseNotEmptyError(counts);
      if (
        !args.includes('--yes') &&
        !(await confirm(
          `Replace EVERYTHING in ${where} (${counts.nodes} nodes, ${counts.relationships} relationships) with the backup of ${summary.header.createdAt}?`,
        ))
      ) {
        console.error('Not restored (answer y, or pass --yes when there is no terminal).');
        return 1;
      }
    }
    const started = Date.now();
    // Replacing empties the database before the restore's own transaction (see restoreBackup), so
    // what it held is saved first: a restore that then fails leaves it empty, not lost.
    let saved: string | undefined;
    const stamp = new Date()
      .toISOString()
      .replace(/\.\d+Z$/, 'Z')
      .replace(/:/g, '-');
    let result: Awaited<ReturnType<typeof restoreBackup>>;
    try {
      result = await restoreBackup(executor, file, {
        replace,
        beforeReplace: async () => {
          saved = join(dirname(resolve(file)), `atlas-before-restore-${stamp}.jsonl.gz`);
          const copy = await writeBackup(executor, saved, { database: config.NEO4J_DATABASE });
          log(`Saved what the database held to ${saved} (${copy.checksum})`);
        },
        onProgress: ({ total, ...done }) => progress.update(done, total),
      });
    } catch (error) {
      progress.end();
      if (saved) {
        console.error(
          `[restore] The database was emptied for the restore, which then failed. What it held before is in ${saved}: npm run restore -- ${saved}`,
        );
      }
      throw error;
    }
    progress.end();
    log(
      `Restored ${result.nodes} nodes and ${result.relationships} relationships in ${((Date.now() - started) / 1000).toFixed(1)} s` +
        (saved ? `, replacing ${counts.nodes} nodes and ${counts.relationships} relationships` : ''),
    );
    log(`Checksum ${result.checksum}, the backup's`);
    const present = new Set(await listSchemaNames(executor));
    const missing = [...summary.header.schema.constraints, ...summary.header.schema.indexes]
      .map((item) => item.name)
      .filter((name) => !present.has(name));
    if (missing.length > 0) {
      log(`Note: the backed-up database also had ${missing.join(', ')}, which this version does not create`);
    }
    return 0;
  } finally {
    progress.end();
    await database.close();
  }
}

runCli(main, {
  name: 'restore',
  usage: USAGE,
  whenInUse:
    'If Stakeholder Atlas is running, restore into its database through Bolt: NEO4J_URI=bolt://127.0.0.1:7687 npm run restore -- <file>',
  expected: [BackupFileError, DatabaseNotEmptyError, ChecksumMismatchError],
  nextFor: (error) => (error instanceof BackupFileError ? 'Nothing was restored.' : undefined),
});
