/**
 * The app state's view of core/graph/visible.ts: which ids the state anchors on the map, and the
 * visible graph for a state.
 */
import { visibleGraph, type EdgeLike, type NodeLike } from '../../core/graph/visible.ts';
import type { GraphData } from '../../core/graph/types.ts';
import type { AtlasState } from './types.ts';

export type { GraphData };

/** The ids that stay on the map even without a visible relationship. */
export function anchoredIds(state: Pick<AtlasState, 'selection' | 'pinned' | 'expanded' | 'scope'>): Set<string> {
  const ids = new Set(state.pinned);
  if (state.selection) ids.add(state.selection);
  if (state.scope === 'explore') for (const { id } of state.expanded) ids.add(id);
  return ids;
}

export function visibleInState<N extends NodeLike, E extends EdgeLike>(
  graph: GraphData<N, E>,
  state: Pick<AtlasState, 'filters' | 'hidden' | 'selection' | 'pinned' | 'expanded' | 'scope'>,
  route?: GraphData<N, E> | null,
): GraphData<N, E> {
  const { kinds, showUnlinked } = state.filters;
  return visibleGraph(graph, { kinds, hidden: state.hidden, showUnlinked, anchored: anchoredIds(state) }, route);
}
