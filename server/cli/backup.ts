/**
 * `npm run backup -- --out <file or folder>`: writes a consistent copy of everything in the database
 * (server/backup/) and prints its checksum. Without --out it writes into BACKUP_DIR. To back up the
 * database of a running app, reach it through Bolt: NEO4J_URI=bolt://127.0.0.1:7687 npm run backup -- --out f
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BackupError, backupFileName, writeBackup } from '../backup/backup.ts';
import { readConfig } from '../config.ts';
import { openDatabase } from '../database.ts';
import { backgroundWork } from '../db/executor.ts';
import { countsProgress } from './progress.ts';
import { runCli, UsageError } from './run.ts';

const log = (line: string) => console.log(`[backup] ${line}`);
const USAGE = 'Usage: npm run backup -- --out <file or folder>   (without --out: into BACKUP_DIR)';

function destination(args: string[], backupDir: string | undefined): string {
  const outAt = args.indexOf('--out');
  const unknown = args.filter((arg, index) => index !== outAt && index !== outAt + 1);
  if (unknown.length > 0) throw new UsageError(`Unknown option(s): ${unknown.join(' ')}`);
  if (outAt >= 0 && (!args[outAt + 1] || args[outAt + 1]!.startsWith('--')))
    throw new UsageError('--out needs a file or folder');
  const out = outAt >= 0 ? args[outAt + 1]! : backupDir;
  if (!out) throw new UsageError('Say where: --out <file or folder>, or set BACKUP_DIR');
  const path = resolve(out);
  if (/[\\/]$/.test(out) || (existsSync(path) && statSync(path).isDirectory())) {
    mkdirSync(path, { recursive: true });
    return join(path, backupFileName());
  }
  if (existsSync(path)) throw new UsageError(`${path} already exists; choose another name (backups never overwrite)`);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

async function main(args: string[]): Promise<number> {
  const config = readConfig();
  const file = destination(args, config.BACKUP_DIR);
  const database = await openDatabase(config, log);
  const executor = database.executor.withMetadata(backgroundWork('backup'));
  const progress = countsProgress('[backup]', 'Reading');
  try {
    const started = Date.now();
    const result = await writeBackup(executor, file, {
      database: config.NEO4J_DATABASE,
      onProgress: ({ total, ...done }) => progress.update(done, total),
    });
    progress.end();
    log(
      `Wrote ${result.file}: ${result.nodes} nodes, ${result.relationships} relationships, ` +
        `${(result.bytes / 1_048_576).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s` +
        (result.attempts > 1 ? ` (read ${result.attempts} times: the database changed meanwhile)` : ''),
    );
    log(`Checksum ${result.checksum}`);
    return 0;
  } finally {
    progress.end();
    await database.close();
  }
}

runCli(main, {
  name: 'backup',
  usage: USAGE,
  whenInUse:
    'If Stakeholder Atlas is running, back up its database through Bolt: NEO4J_URI=bolt://127.0.0.1:7687 npm run backup -- --out <file>',
  expected: [BackupError],
});
