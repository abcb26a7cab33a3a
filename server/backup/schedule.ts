/**
 * Scheduled backups of the running server (BACKUP_DIR, BACKUP_EVERY, BACKUP_KEEP): one backup per
 * period, at the period's start (periods count from 1970 UTC, so "6h" means 00:00, 06:00, 12:00 and
 * 18:00 UTC), keeping the newest BACKUP_KEEP files. With several app instances on one Neo4j, each
 * period is claimed in the database first, so only one instance writes it.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Log } from '../log.ts';
import { claimBackupPeriod } from '../repositories/backup.ts';
import type { Executor } from '../repositories/executor.ts';
import { BACKUP_FILE_PATTERN, backupFileName, writeBackup } from './backup.ts';

export interface ScheduleOptions {
  dir: string;
  everyMs: number;
  keep: number;
  log: Log;
  /** Names this instance in claims; hostname, pid and a random part by default. */
  instance?: string;
}

/** Deletes all but the newest `keep` backups in `dir` (by name, which sorts by time); returns the deleted names. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const backups = (await readdir(dir)).filter((name) => BACKUP_FILE_PATTERN.test(name)).sort();
  const old = backups.slice(0, Math.max(0, backups.length - keep));
  for (const name of old) await rm(join(dir, name), { force: true });
  return old;
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/**
 * One scheduled backup: claims `period`, writes the backup into `dir` and prunes to `keep`. Returns
 * the file written, or null when another instance had claimed the period. Logs one line.
 */
export async function runScheduledBackup(
  executor: Executor,
  options: Omit<ScheduleOptions, 'everyMs'> & { period: number; now?: Date },
): Promise<string | null> {
  const instance = options.instance ?? defaultInstance();
  const claim = await claimBackupPeriod(executor, options.period, instance);
  if (!claim.claimed) {
    options.log(`Scheduled backup: this period's backup is ${claim.claimedBy}'s to write`);
    return null;
  }
  await mkdir(options.dir, { recursive: true });
  const file = join(options.dir, backupFileName(options.now));
  const started = Date.now();
  const result = await writeBackup(executor, file);
  const pruned = await pruneBackups(options.dir, options.keep);
  options.log(
    `Scheduled backup: ${file} (${result.nodes} nodes, ${result.relationships} relationships, ` +
      `${megabytes(result.bytes)}, ${((Date.now() - started) / 1000).toFixed(1)} s, ${result.checksum}); ` +
      `kept the newest ${options.keep}${pruned.length ? `, deleted ${pruned.length}` : ''}`,
  );
  return file;
}

/** 21600000 → "6h", as BACKUP_EVERY says it. */
function period(ms: number): string {
  const unit = (
    [
      ['d', 86_400_000],
      ['h', 3_600_000],
      ['m', 60_000],
    ] as const
  ).find(([, size]) => ms % size === 0);
  return unit ? `${ms / unit[1]}${unit[0]}` : `${ms} ms`;
}

const defaultInstance = () => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export interface BackupSchedule {
  /** Stops the timer; a backup under way goes on (closing the database ends it, leaving no file). */
  stop(): void;
  /** Resolves once no backup is under way. */
  idle(): Promise<void>;
}

/** Starts the timer: a backup at the start of each period from the next one on. */
export function startBackupSchedule(executor: Executor, options: ScheduleOptions): BackupSchedule {
  const instance = options.instance ?? defaultInstance();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const schedule = () => {
    if (stopped) return;
    const now = Date.now();
    const next = (Math.floor(now / options.everyMs) + 1) * options.everyMs;
    timer = setTimeout(() => {
      const period = Math.floor(Date.now() / options.everyMs);
      running = runScheduledBackup(executor, { ...options, instance, period })
        .then(
          () => {},
          (error: unknown) => options.log(`Scheduled backup failed: ${(error as Error).message}`),
        )
        .finally(schedule);
    }, next - now);
    timer.unref();
  };
  schedule();
  options.log(
    `Scheduled backups: every ${period(options.everyMs)} into ${options.dir}, keeping the newest ${options.keep}`,
  );
  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
    idle: async () => {
      await running;
    },
  };
}
