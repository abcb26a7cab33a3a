/**
 * The database's part of warming up: build the graph index at the current version (neighbourhoods,
 * paths, network pages and search read it instead of Neo4j), and run the hot queries once, so that
 * Neo4j has planned them and the JVM has run them. The writes' queries run in a transaction that is
 * rolled back: warming up changes nothing. Returns a few records to warm the client's operations with.
 */
import type { Executor } from '../repositories/executor.ts';
import { getEntities, searchEntities } from '../repositories/entity-lookup.ts';
import type { GraphIndexCache } from '../repositories/graph-index.ts';
import { readGraphVersion } from '../repositories/graph-version.ts';
import { hasUnsequencedChanges, readFeedHead } from '../repositories/feed.ts';
import { listSources } from '../repositories/sources.ts';

class RolledBack extends Error {}

/** The writes every request path runs most, with harmless parameters (rolled back). */
const HOT_WRITES: [name: string, params: Record<string, unknown>][] = [
  [
    'rate-limits/sync-rate-limit',
    { key: 'warm-up', instance: 'warm-up', windowStart: 0, windowMs: 60_000, count: 0, previousCount: 0 },
  ],
  [
    'audit/record-change',
    {
      actor: { id: null, name: 'warm-up' },
      action: 'warmUp',
      targetId: 'warm-up',
      entityIds: [],
      before: null,
      after: null,
    },
  ],
  ['influence/bump-graph-version', {}],
];

/** Existing records the client's operations are warmed up with (ids of entities, people, sources). */
export interface WarmUpSamples {
  entityIds: string[];
  personIds: string[];
  sourceIds: string[];
}

export async function warmUpDatabase(executor: Executor, graphIndex: GraphIndexCache | null): Promise<WarmUpSamples> {
  const version = await readGraphVersion(executor);
  const index = graphIndex ? await graphIndex.current(version) : null;
  await hasUnsequencedChanges(executor);
  await readFeedHead(executor);
  // Every write's rate-limit decision reads the other instances' counts with this query.
  await executor.read('rate-limits/read-other-counts', { now: Date.now(), instance: 'warm-up' });
  // Search through the full-text index, with and without the graph index, and the entities read whole.
  const entities = [];
  for (const text of ['council', 'digital']) {
    const { ids } = await searchEntities(executor, text, null, 20, index);
    await searchEntities(executor, text, null, 20, null);
    entities.push(...(await getEntities(executor, ids)));
  }
  await executor
    .writeTransaction(async (tx) => {
      for (const [name, params] of HOT_WRITES) await tx.run(name, params);
      throw new RolledBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  // And a spread of every kind (search finds few people), first by id.
  const listed = await executor.read<{ id: string }>('graph/list-entity-ids', { asOf: null, after: null, first: 50 });
  entities.push(
    ...(await getEntities(
      executor,
      listed.map((row) => row.id),
    )),
  );
  const found = entities.filter((entity) => entity !== null);
  return {
    entityIds: [...new Set(found.map((entity) => entity.id))],
    personIds: [...new Set(found.filter((entity) => entity.kind === 'PERSON').map((entity) => entity.id))],
    sourceIds: (await listSources(executor)).map((source) => source.id),
  };
}
