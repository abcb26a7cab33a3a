/**
 * One known-name matcher per graph version, shared by every request: built from the graph index
 * (itself one per version, server/repositories/graph-index.ts) and kept beside it. Before the index
 * exists, a request builds its own from a read of every entity.
 */
import { KnownNameMatcher } from '../../../core/extract/known-names.ts';
import type { GraphIndex } from '../../../core/graph/graph-index.ts';
import { listNamedEntities } from '../../repositories/readings.ts';
import type { EdgeRow } from '../../repositories/types.ts';
import type { Context } from '../context.ts';

const byIndex = new WeakMap<GraphIndex<EdgeRow>, KnownNameMatcher>();

export async function matcherFor(context: Context, index: GraphIndex<EdgeRow> | null): Promise<KnownNameMatcher> {
  if (!index) return KnownNameMatcher.build(await listNamedEntities(context.executor));
  let matcher = byIndex.get(index);
  if (!matcher) {
    matcher = KnownNameMatcher.build(index.entities.values());
    byIndex.set(index, matcher);
  }
  return matcher;
}
