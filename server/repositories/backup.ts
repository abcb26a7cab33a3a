/**
 * Backup and restore at the level of the graph: every node with all its labels and properties and
 * every relationship with its type, properties and ends, whatever they hold, so data added later
 * (users, sessions, mappings) is covered without changing this code. Values keep their exact type
 * (cypher/backup/list-nodes.cypher encodes, cypher/backup/create-nodes.cypher decodes). The file
 * format and its checks are server/backup/'s business.
 */
import { bumpGraphVersion } from './graph-version.ts';
import type { Executor, QueryRunner } from './executor.ts';
import { GraphChecksum, type NodeRow, type RelationshipRow, type StoredProperty } from './checksum.ts';

export type { NodeRow, RelationshipRow, StoredProperty, StoredValue } from './checksum.ts';

/** The property types a backup holds (valueType() names without "NOT NULL"); restore accepts only these. */
export const SCALAR_TYPES = [
  'STRING',
  'BOOLEAN',
  'INTEGER',
  'FLOAT',
  'DATE',
  'LOCAL TIME',
  'ZONED TIME',
  'LOCAL DATETIME',
  'ZONED DATETIME',
  'DURATION',
  'POINT',
] as const;
export const PROPERTY_TYPES: readonly string[] = [
  ...SCALAR_TYPES,
  ...SCALAR_TYPES.map((type) => `LIST<${type}>`),
  'LIST<NOTHING>',
];

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

export interface SchemaItem {
  name: string;
  type: string;
  entityType: string | null;
  labelsOrTypes: string[] | null;
  properties: string[] | null;
  owningConstraint?: string | null;
}

export interface DatabaseDescription {
  neo4j: { version: string; edition: string };
  counts: GraphCounts;
  schema: { constraints: SchemaItem[]; indexes: SchemaItem[] };
}

export interface EverythingVisitor {
  /** Called first; again if the transaction is retried, so a writer must start over. */
  start(description: DatabaseDescription): void | Promise<void>;
  node(node: NodeRow): void | Promise<void>;
  relationship(relationship: RelationshipRow): void | Promise<void>;
}

export async function countEverything(runner: Pick<QueryRunner, 'run'>): Promise<GraphCounts> {
  const [row] = await runner.run<{ nodes: number; relationships: number }>('backup/count-everything');
  return { nodes: row?.nodes ?? 0, relationships: row?.relationships ?? 0 };
}

/**
 * Reads everything in one read transaction: what the database is, then every node, then every
 * relationship, streamed to the visitor. Neo4j's transactions are read-committed, so a write
 * committed meanwhile may show in part: the caller checks (writeBackup compares the checksum of a
 * second reading).
 */
export async function readEverything(executor: Executor, visitor: EverythingVisitor): Promise<void> {
  await executor.readTransaction(async (tx) => {
    const [version] = await tx.run<{ version: string; edition: string }>('backup/show-version');
    const description: DatabaseDescription = {
      neo4j: { version: version?.version ?? 'unknown', edition: version?.edition ?? 'unknown' },
      counts: await countEverything(tx),
      schema: {
        constraints: await tx.run<SchemaItem & Record<string, unknown>>('backup/list-constraints'),
        indexes: await tx.run<SchemaItem & Record<string, unknown>>('backup/list-indexes'),
      },
    };
    await visitor.start(description);
    await tx.each<NodeRow & Record<string, unknown>>('backup/list-nodes', {}, (node) => visitor.node(node));
    await tx.each<RelationshipRow & Record<string, unknown>>('backup/list-relationships', {}, (relationship) =>
      visitor.relationship(relationship),
    );
  });
}

/** The names of the database's constraints and indexes. */
export async function listSchemaNames(executor: Executor): Promise<string[]> {
  return executor.readTransaction(async (tx) => [
    ...(await tx.run<{ name: string }>('backup/list-constraints')).map((row) => row.name),
    ...(await tx.run<{ name: string }>('backup/list-indexes')).map((row) => row.name),
  ]);
}

async function checksumIn(tx: QueryRunner): Promise<GraphChecksum> {
  const checksum = new GraphChecksum();
  await tx.each<NodeRow & Record<string, unknown>>('backup/list-nodes', {}, (node) => checksum.addNode(node));
  await tx.each<RelationshipRow & Record<string, unknown>>('backup/list-relationships', {}, (relationship) =>
    checksum.addRelationship(relationship),
  );
  return checksum;
}

export interface DatabaseChecksum extends GraphCounts {
  /** "sha256:" and 64 hex digits. */
  checksum: string;
}

const summary = (checksum: GraphChecksum): DatabaseChecksum => ({
  checksum: checksum.digest(),
  nodes: checksum.nodes,
  relationships: checksum.relationships,
});

/** The checksum of everything in the database (see checksum.ts), read in one transaction. */
export async function databaseChecksum(executor: Executor): Promise<DatabaseChecksum> {
  return summary(await executor.readTransaction(checksumIn));
}

/** One element of a backup, in the order a backup lists them: every node before any relationship. */
export type BackupElement = ({ element: 'node' } & NodeRow) | ({ element: 'relationship' } & RelationshipRow);

export interface RestoreProgress {
  nodes: number;
  relationships: number;
}

export interface RestoreOptions {
  /** The checksum the restored database must have; otherwise the transaction is rolled back. */
  expectedChecksum: string;
  batchSize?: number;
  onProgress?: (progress: RestoreProgress) => void;
}

export class DatabaseNotEmptyError extends Error {
  override name = 'DatabaseNotEmptyError';
  constructor(readonly counts: GraphCounts) {
    super(
      `The database is not empty (${counts.nodes} nodes, ${counts.relationships} relationships); ` +
        'restore only into an empty database, or replace what it holds with --replace',
    );
  }
}

export class ChecksumMismatchError extends Error {
  override name = 'ChecksumMismatchError';
}

/**
 * Writes the elements into an empty database in UNWIND batches inside one write transaction, then
 * checks the checksum of the result in that same transaction: the restore is all or nothing, and a
 * failure anywhere (a bad value, a broken constraint, a wrong checksum) leaves the database empty.
 * (Deleting the old content in the same transaction would make every uniqueness check scan the
 * deleted records: hours for 100k nodes; so replacing deletes first, see server/backup/.)
 * `elements` is called again if the driver retries the transaction.
 */
export async function restoreEverything(
  executor: Executor,
  elements: () => AsyncIterable<BackupElement>,
  options: RestoreOptions,
): Promise<DatabaseChecksum> {
  const batchSize = options.batchSize ?? 1_000;
  return executor.writeTransaction(async (tx) => {
    const counts = await countEverything(tx);
    if (counts.nodes > 0) throw new DatabaseNotEmptyError(counts);
    const newIds = new Map<string, string>();
    const progress: RestoreProgress = { nodes: 0, relationships: 0 };
    let nodes: { key: string; labels: string[]; properties: StoredProperty[] }[] = [];
    let relationships: { type: string; start: string; end: string; properties: StoredProperty[] }[] = [];
    const flushNodes = async () => {
      if (nodes.length === 0) return;
      const created = await tx.run<{ key: string; id: string }>('backup/create-nodes', { rows: nodes });
      for (const row of created) newIds.set(row.key, row.id);
      progress.nodes += nodes.length;
      nodes = [];
      options.onProgress?.({ ...progress });
    };
    const flushRelationships = async () => {
      if (relationships.length === 0) return;
      await tx.run('backup/create-relationships', { rows: relationships });
      progress.relationships += relationships.length;
      relationships = [];
      options.onProgress?.({ ...progress });
    };
    for await (const element of elements()) {
      if (element.element === 'node') {
        nodes.push({ key: element.key, labels: element.labels, properties: element.properties });
        if (nodes.length >= batchSize) await flushNodes();
        continue;
      }
      await flushNodes();
      const start = newIds.get(element.start);
      const end = newIds.get(element.end);
      if (start === undefined || end === undefined) {
        throw new Error(`Relationship ${element.key} has an end that is not among the nodes before it`);
      }
      relationships.push({ type: element.type, start, end, properties: element.properties });
      if (relationships.length >= batchSize) await flushRelationships();
    }
    await flushNodes();
    await flushRelationships();
    const restored = summary(await checksumIn(tx));
    if (restored.checksum !== options.expectedChecksum) {
      throw new ChecksumMismatchError(
        `The restored database's checksum ${restored.checksum} differs from the backup's ${options.expectedChecksum}; nothing was restored`,
      );
    }
    await tx.run('feed/align-feed-sequence');
    await tx.run('feed/number-earlier-changes');
    // A new epoch: answers cached under the versions this database had before are never served again.
    await bumpGraphVersion(tx);
    return restored;
  });
}

/** Deletes every node and relationship, in one transaction (a restore with --replace, once confirmed). */
export async function deleteEverything(executor: Executor): Promise<void> {
  await executor.write('import/delete-everything');
}

/**
 * Scheduled backups: claims one period for this instance. True when this instance claimed it (and
 * so writes its backup); false when another instance had.
 */
export async function claimBackupPeriod(
  executor: Executor,
  period: number,
  instance: string,
): Promise<{ claimed: boolean; claimedBy: string }> {
  const [row] = await executor.write<{ claimed: boolean; claimedBy: string }>('backup/claim-period', {
    period,
    instance,
  });
  return row ?? { claimed: false, claimedBy: 'unknown' };
}
