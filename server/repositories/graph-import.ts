/**
 * Writes validated records into Neo4j in UNWIND batches inside one transaction: the import is all
 * or nothing, and importing the same records again changes nothing. The import pipeline
 * (server/import/) uses it, and through it the seed.
 */
import { DuplicateError } from '../../core/errors.ts';
import type { Executor, QueryRunner } from './executor.ts';
import type { GraphRecords } from '../../core/records.ts';
import { bumpGraphVersion } from './graph-version.ts';
import { aliasRows, entityRow, relationshipRow, sourceRow } from '../../core/storage.ts';
import { recordChange, type Change } from './audit.ts';
import type { Actor } from './types.ts';

export interface ImportProgress {
  step: 'sources' | 'entities' | 'aliases' | 'relationships';
  done: number;
  total: number;
}

/**
 * Rows per UNWIND: larger batches mean fewer round trips, and measured on this project's 2-core
 * machine 5,000 wrote three times as fast as 500 (docs/import-export.md, "Speed").
 */
export const IMPORT_BATCH_SIZE = 5_000;

/** Tries of an import that met another one creating the same records (see importGraph). */
const IMPORT_ATTEMPTS = 3;

/** Batches sent before the first of them has answered (see importGraph). */
const BATCHES_IN_FLIGHT = 3;

export interface ImportOptions {
  /** Who the import writes as, recorded on new records (e.g. "seed", or a signed-in user). */
  actor: string | Actor;
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** The audit entry of the whole import, written in the same transaction (the seed has none). */
  changeSet?: Omit<Change, 'actor'>;
  /**
   * Aliases to delete (ids), of entities not edited since (version 1): those a newer version of a
   * layer no longer has (server/import/layers.ts). The change set's audit entry names them.
   */
  removeAliases?: readonly string[];
}

/** A row as importGraph writes it: entities and relationships alike have an id and properties. */
interface Row {
  id: string;
  properties: Record<string, unknown>;
}

/** A new record has nothing to clear: its null properties need not be sent or set. */
function withoutNulls<R extends Row>(row: R): R {
  return {
    ...row,
    properties: Object.fromEntries(Object.entries(row.properties).filter(([, value]) => value !== null)),
  };
}

/** One import's transaction and what each of its batches needs. */
interface Batches {
  tx: QueryRunner;
  batchSize: number;
  actor: Actor;
  progress: (progress: ImportProgress) => void;
}

/**
 * Sends the rows in batches ahead of their answers (the driver pipelines them; Neo4j runs them in
 * order), so the next one is packed and sent while the previous one is written; a few at a time
 * keeps memory in bounds. `written` hears of each batch in order.
 */
async function inBatches<R extends Record<string, unknown>>(
  { tx, batchSize, actor }: Batches,
  query: string,
  rows: readonly unknown[],
  written: (batch: number, answer: R[]) => void,
): Promise<void> {
  const pending: Promise<void>[] = [];
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const answered = tx
      .run<R>(query, { rows: batch, actor: actor.name })
      .then((answer) => written(batch.length, answer));
    answered.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
    pending.push(answered);
    if (pending.length >= BATCHES_IN_FLIGHT) await pending.shift();
  }
  for (const answered of pending) await answered;
}

/** The versions of those of the rows that exist already, by id. */
async function versionsOf(batches: Batches, query: string, rows: readonly unknown[]): Promise<Map<string, number>> {
  const versions = new Map<string, number>();
  await inBatches<{ id: string; version: number }>(batches, query, rows, (_count, found) =>
    found.forEach(({ id, version }) => versions.set(id, version)),
  );
  return versions;
}

/** Creates the new rows and updates those not edited since their import (version 1). */
async function writeVersioned<R extends Row>(
  batches: Batches,
  step: 'entities' | 'relationships',
  rows: R[],
  versions: Map<string, number>,
  queries: { create: string; update: string },
): Promise<void> {
  const fresh: R[] = [];
  const unedited: R[] = [];
  for (const row of rows) {
    const version = versions.get(row.id);
    if (version === undefined) fresh.push(withoutNulls(row));
    else if (version === 1) unedited.push(row);
  }
  let done = rows.length - fresh.length - unedited.length;
  const wrote = (count: number) => batches.progress({ step, done: (done += count), total: rows.length });
  await inBatches(batches, queries.create, fresh, wrote);
  await inBatches(batches, queries.update, unedited, wrote);
  if (fresh.length + unedited.length === 0) batches.progress({ step, done, total: rows.length });
}

async function mergeAll(batches: Batches, step: 'sources' | 'aliases', query: string, rows: unknown[]): Promise<void> {
  let done = 0;
  await inBatches(batches, query, rows, (count) =>
    batches.progress({ step, done: (done += count), total: rows.length }),
  );
  if (rows.length === 0) batches.progress({ step, done: 0, total: 0 });
}

async function writeAll(batches: Batches, records: GraphRecords, options: ImportOptions): Promise<void> {
  const entities = records.entities.map(entityRow);
  const relationships = records.relationships.map(relationshipRow);
  await mergeAll(batches, 'sources', 'import/merge-sources', records.sources.map(sourceRow));
  const entityVersions = await versionsOf(
    batches,
    'import/find-entities',
    entities.map(({ id }) => ({ id })),
  );
  await writeVersioned(batches, 'entities', entities, entityVersions, {
    create: 'import/create-entities',
    update: 'import/update-entities',
  });
  if (options.removeAliases?.length) await batches.tx.run('import/delete-aliases', { ids: options.removeAliases });
  await mergeAll(batches, 'aliases', 'import/merge-aliases', records.entities.flatMap(aliasRows));
  // An entity this import created has no relationships yet: only those of the others are looked for.
  const created = new Set(entities.filter(({ id }) => !entityVersions.has(id)).map(({ id }) => id));
  const relationshipVersions = await versionsOf(
    batches,
    'import/find-relationships',
    relationships.filter((row) => !created.has(row.from)).map(({ id, from, to }) => ({ id, from, to })),
  );
  await writeVersioned(batches, 'relationships', relationships, relationshipVersions, {
    create: 'import/create-relationships',
    update: 'import/update-relationships',
  });
  await bumpGraphVersion(batches.tx);
  if (options.changeSet) await recordChange(batches.tx, { ...options.changeSet, actor: batches.actor });
}

/**
 * Entities and relationships are written the same way: which exist already is read first (their
 * versions), then the new ones are written by a plain CREATE and those imported before and not edited
 * since (version 1) updated; edited ones are left as they are. A check and a write in one statement
 * (MERGE, or a match then a create) made Neo4j buffer every batch (Eager) and wrote about a fifth
 * slower; see docs/import-export.md, "Speed".
 */
export async function importGraph(executor: Executor, records: GraphRecords, options: ImportOptions): Promise<void> {
  const batchSize = options.batchSize ?? IMPORT_BATCH_SIZE;
  const actor: Actor = typeof options.actor === 'string' ? { id: null, name: options.actor } : options.actor;
  const progress = options.onProgress ?? (() => {});
  // Two imports creating the same record at once: the later one's CREATE meets the earlier one's
  // (the uniqueness constraint) and fails. Run again, it finds the record and updates it instead.
  for (let attempt = 1; ; attempt++) {
    try {
      return await executor.writeTransaction((tx) => writeAll({ tx, batchSize, actor, progress }, records, options));
    } catch (error) {
      if (!(error instanceof DuplicateError) || attempt === IMPORT_ATTEMPTS) throw error;
    }
  }
}

export interface GraphCounts {
  labels: Record<string, number>;
  types: Record<string, number>;
}

export async function countGraph(executor: Executor): Promise<GraphCounts> {
  const rows = await executor.read<{ what: 'label' | 'type'; name: string; count: number }>('import/count-graph');
  const counts: GraphCounts = { labels: {}, types: {} };
  for (const row of rows) counts[row.what === 'label' ? 'labels' : 'types'][row.name] = row.count;
  return counts;
}

export async function countEntities(executor: Executor): Promise<number> {
  const [row] = await executor.read<{ entities: number }>('import/count-entities');
  return row?.entities ?? 0;
}

export async function deleteEverything(executor: Executor): Promise<void> {
  await executor.write('import/delete-everything');
}
