/**
 * Writing and reading backup files (format.ts): `npm run backup`, `npm run restore` and the
 * scheduled backups of the running server all come here.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip, createGzip, type Gzip } from 'node:zlib';
import {
  countEverything,
  databaseChecksum,
  deleteEverything,
  readEverything,
  restoreEverything,
  type BackupElement,
  type DatabaseChecksum,
} from '../repositories/backup.ts';
import type { Executor } from '../repositories/executor.ts';
import { GraphChecksum } from '../repositories/checksum.ts';
import {
  BackupFileError,
  endLineText,
  headerLine,
  nodeLineText,
  parseHeader,
  parseLine,
  relationshipLineText,
  type BackupHeader,
} from './format.ts';

export interface BackupProgress {
  nodes: number;
  relationships: number;
  /** How many the database held when the reading began. */
  total: { nodes: number; relationships: number };
}

export interface BackupResult extends DatabaseChecksum {
  file: string;
  bytes: number;
  /** Readings it took: a write committed during one makes it read again. */
  attempts: number;
}

export class BackupError extends Error {
  override name = 'BackupError';
}

/** A file name that sorts by time: atlas-backup-2026-11-30T15-30-00Z.jsonl.gz */
export function backupFileName(at: Date = new Date()): string {
  return `atlas-backup-${at
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-')}.jsonl.gz`;
}

export const BACKUP_FILE_PATTERN = /^atlas-backup-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.jsonl\.gz$/;

/** Gzip into a file; `line()` waits when the stream is full, `finish()` flushes to disk. */
class LineWriter {
  private readonly gzip: Gzip = createGzip();
  private readonly file: WriteStream;
  private readonly done: Promise<void>;

  constructor(path: string) {
    this.file = createWriteStream(path, { flush: true });
    this.gzip.pipe(this.file);
    this.done = new Promise((resolveDone, reject) => {
      this.file.once('close', () => resolveDone());
      this.file.once('error', reject);
      this.gzip.once('error', reject);
    });
    this.done.catch(() => {});
  }

  async line(text: string): Promise<void> {
    if (!this.gzip.write(`${text}\n`)) await Promise.race([once(this.gzip, 'drain'), this.done]);
  }

  async finish(): Promise<void> {
    this.gzip.end();
    await this.done;
  }

  async abandon(): Promise<void> {
    this.gzip.destroy();
    this.file.destroy();
    await this.done.catch(() => {});
  }
}

/**
 * Writes a consistent copy of everything to `file`: read in one transaction into a temporary file
 * beside it, then the database is read again for its checksum; only when the two agree (no write
 * committed meanwhile, since Neo4j's transactions are read-committed) is the file renamed into
 * place. Otherwise it reads again, up to `attempts` times.
 */
export async function writeBackup(
  executor: Executor,
  file: string,
  options: {
    onProgress?: (progress: BackupProgress) => void;
    attempts?: number;
    /** The database's name on its server, for the header. */
    database?: string;
  } = {},
): Promise<BackupResult> {
  const attempts = options.attempts ?? 3;
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.partial`);
  try {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      let writer: LineWriter | undefined;
      let checksum = new GraphChecksum();
      let total = { nodes: 0, relationships: 0 };
      const progress = () =>
        options.onProgress?.({ nodes: checksum.nodes, relationships: checksum.relationships, total });
      try {
        await readEverything(executor, {
          start: async (description) => {
            await writer?.abandon();
            writer = new LineWriter(temporary);
            checksum = new GraphChecksum();
            total = description.counts;
            await writer.line(headerLine(description, new Date(), options.database ?? 'neo4j'));
          },
          node: async (node) => {
            await writer!.line(nodeLineText(node));
            checksum.addNode(node);
            if (checksum.nodes % 1_000 === 0) progress();
          },
          relationship: async (relationship) => {
            await writer!.line(relationshipLineText(relationship));
            checksum.addRelationship(relationship);
            if (checksum.relationships % 1_000 === 0) progress();
          },
        });
        progress();
        const written = { nodes: checksum.nodes, relationships: checksum.relationships, checksum: checksum.digest() };
        await writer!.line(endLineText(written));
        await writer!.finish();
        writer = undefined;
        const now = await databaseChecksum(executor);
        if (
          now.checksum === written.checksum &&
          now.nodes === total.nodes &&
          now.relationships === total.relationships
        ) {
          await rename(temporary, file);
          return { ...written, file, bytes: (await stat(file)).size, attempts: attempt };
        }
      } finally {
        await writer?.abandon();
      }
    }
    throw new BackupError(
      `The database changed while it was being read, ${attempts} times in a row; nothing was written. Try again when fewer edits are being made.`,
    );
  } finally {
    await rm(temporary, { force: true });
  }
}

/** The lines of a gzipped file, numbered from 1; a damaged or truncated gzip stream is an error naming the line. */
async function* readLines(file: string): AsyncGenerator<{ text: string; number: number }> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let number = 0;
  // pipeline() carries an error of the file (missing, unreadable) to the gunzip stream read here.
  const stream = pipeline(createReadStream(file), createGunzip(), () => {});
  try {
    for await (const chunk of stream) {
      pending += decoder.write(chunk as Buffer);
      let newline: number;
      while ((newline = pending.indexOf('\n')) >= 0) {
        number += 1;
        yield { text: pending.slice(0, newline), number };
        pending = pending.slice(newline + 1);
      }
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      throw new BackupFileError(file, null, `cannot be read (${(error as Error).message})`);
    }
    throw new BackupFileError(
      file,
      number + 1,
      `the file is damaged or truncated: not a complete gzip file (${(error as Error).message})`,
    );
  } finally {
    stream.destroy();
  }
  pending += decoder.end();
  if (pending !== '') yield { text: pending, number: number + 1 };
}

export interface BackupSummary extends DatabaseChecksum {
  header: BackupHeader;
}

/**
 * Reads the whole file and checks it without touching any database: the header, every line, that
 * relationships link nodes listed before them, that nothing follows the closing line and that the
 * counts and checksum it gives match the content. Throws BackupFileError naming the line.
 */
export async function checkBackupFile(file: string): Promise<BackupSummary> {
  let header: BackupHeader | undefined;
  const checksum = new GraphChecksum();
  let closed = false;
  let lines = 0;
  for await (const { text, number } of readLines(file)) {
    lines = number;
    if (number === 1) {
      header = parseHeader(text, file);
      continue;
    }
    if (closed) throw new BackupFileError(file, number, 'there is more after the closing line');
    const line = parseLine(text, file, number);
    if (line.kind === 'node') {
      if (checksum.relationships > 0) throw new BackupFileError(file, number, 'a node after the relationships');
      if (checksum.hasNode(line.node.key)) {
        throw new BackupFileError(file, number, `node "${line.node.key}" is listed twice`);
      }
      checksum.addNode(line.node);
    } else if (line.kind === 'relationship') {
      const { start, end } = line.relationship;
      for (const key of [start, end]) {
        if (!checksum.hasNode(key)) {
          throw new BackupFileError(
            file,
            number,
            `the relationship links node "${key}", which is not listed before it`,
          );
        }
      }
      checksum.addRelationship(line.relationship);
    } else {
      closed = true;
      const { end } = line;
      if (end.nodes !== checksum.nodes || end.relationships !== checksum.relationships) {
        throw new BackupFileError(
          file,
          number,
          `the closing line counts ${end.nodes} nodes and ${end.relationships} relationships, but the file holds ${checksum.nodes} and ${checksum.relationships}`,
        );
      }
      if (end.checksum !== checksum.digest()) {
        throw new BackupFileError(
          file,
          number,
          `the content's checksum ${checksum.digest()} is not the ${end.checksum} the closing line records: the file was changed`,
        );
      }
    }
  }
  if (!header) throw new BackupFileError(file, null, 'the file is empty');
  if (!closed) {
    throw new BackupFileError(file, lines, 'the file ends without its closing line: it is truncated');
  }
  if (header.counts.nodes !== checksum.nodes || header.counts.relationships !== checksum.relationships) {
    throw new BackupFileError(
      file,
      1,
      `the header counts ${header.counts.nodes} nodes and ${header.counts.relationships} relationships, but the file holds ${checksum.nodes} and ${checksum.relationships}`,
    );
  }
  return { header, checksum: checksum.digest(), nodes: checksum.nodes, relationships: checksum.relationships };
}

async function* elementsOf(file: string): AsyncGenerator<BackupElement> {
  for await (const { text, number } of readLines(file)) {
    if (number === 1) continue;
    const line = parseLine(text, file, number);
    if (line.kind === 'node') yield { element: 'node', ...line.node };
    else if (line.kind === 'relationship') yield { element: 'relationship', ...line.relationship };
  }
}

export interface RestoreResult extends BackupSummary {
  file: string;
}

/**
 * Checks the file (checkBackupFile), then loads it in one transaction (restoreEverything) into an
 * empty database. A file that fails the check changes nothing. With `replace`, a database that is
 * not empty is emptied first, in a transaction of its own, after `beforeReplace` (the CLI saves
 * what is there); a restore that fails after that leaves the database empty.
 */
export async function restoreBackup(
  executor: Executor,
  file: string,
  options: {
    replace: boolean;
    onProgress?: (progress: BackupProgress) => void;
    /** Called once the file is checked, before the database is touched. */
    onChecked?: (summary: BackupSummary) => void;
    /** Called before a database that is not empty is emptied for `replace`. */
    beforeReplace?: () => Promise<void>;
    batchSize?: number;
  },
): Promise<RestoreResult> {
  const summary = await checkBackupFile(file);
  options.onChecked?.(summary);
  if (options.replace && (await executor.readTransaction((tx) => countEverything(tx))).nodes > 0) {
    await options.beforeReplace?.();
    await deleteEverything(executor);
  }
  const total = { nodes: summary.nodes, relationships: summary.relationships };
  const restored = await restoreEverything(executor, () => elementsOf(file), {
    expectedChecksum: summary.checksum,
    batchSize: options.batchSize,
    onProgress: (progress) => options.onProgress?.({ ...progress, total }),
  });
  return { ...summary, ...restored, file };
}
