/**
 * From the graph the API returned to what the map and table show: the reader's kinds, hidden
 * stakeholders and "unlinked" choice applied, neighbourhoods merged, and the highlighted route added.
 */
import type { EntityKind } from '../../server/domain/vocabulary.ts';
import type { AtlasState } from './types.ts';

export interface NodeLike {
  id: string;
  kind: EntityKind;
}
export interface EdgeLike {
  id: string;
  source: string;
  target: string;
}
export interface GraphData<N extends NodeLike, E extends EdgeLike> {
  nodes: N[];
  edges: E[];
}

/** One graph from several (neighbourhoods that overlap): each node and edge once, first seen wins. */
export function mergeGraphs<N extends NodeLike, E extends EdgeLike>(
  graphs: readonly GraphData<N, E>[],
): GraphData<N, E> {
  const nodes = new Map<string, N>();
  const edges = new Map<string, E>();
  for (const graph of graphs) {
    for (const node of graph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of graph.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** The ids that stay on the map even without a visible relationship. */
export function anchoredIds(state: Pick<AtlasState, 'selection' | 'pinned' | 'expanded' | 'scope'>): Set<string> {
  const ids = new Set(state.pinned);
  if (state.selection) ids.add(state.selection);
  if (state.scope === 'explore') for (const { id } of state.expanded) ids.add(id);
  return ids;
}

export function visibleGraph<N extends NodeLike, E extends EdgeLike>(
  graph: GraphData<N, E>,
  state: Pick<AtlasState, 'filters' | 'hidden' | 'selection' | 'pinned' | 'expanded' | 'scope'>,
  route?: GraphData<N, E> | null,
): GraphData<N, E> {
  const hidden = new Set(state.hidden);
  const kinds = new Set(state.filters.kinds);
  let nodes = graph.nodes.filter((node) => kinds.has(node.kind) && !hidden.has(node.id));
  const kept = new Set(nodes.map((node) => node.id));
  const edges = graph.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target));
  if (!state.filters.showUnlinked) {
    const linked = anchoredIds(state);
    for (const edge of edges) {
      linked.add(edge.source);
      linked.add(edge.target);
    }
    nodes = nodes.filter((node) => linked.has(node.id));
  }
  return route ? mergeGraphs([{ nodes, edges }, route]) : { nodes, edges };
}
