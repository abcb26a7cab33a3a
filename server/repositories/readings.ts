/**
 * What reading a text needs from Neo4j when the graph index (one per graph version) is not built
 * yet: every entity with its names, as the index holds them.
 */
import type { IndexedEntity } from '../../core/graph/graph-index.ts';
import type { Executor } from './executor.ts';

export async function listNamedEntities(executor: Executor): Promise<IndexedEntity[]> {
  return (await executor.read<{ entity: IndexedEntity }>('graph/list-index-entities')).map((row) => row.entity);
}
