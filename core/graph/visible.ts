/**
 * From a fetched graph to what a reader sees: the kinds they chose, the stakeholders they hid, and
 * unlinked stakeholders left out unless asked for or anchored (selected, pinned, expanded); a
 * highlighted route is added on top.
 */
import type { EntityKind } from '../vocabulary.ts';
import type { GraphData } from './types.ts';

export interface NodeLike {
  id: string;
  kind: EntityKind;
}
export interface EdgeLike {
  id: string;
  source: string;
  target: string;
}

export interface VisibleOptions {
  kinds: readonly EntityKind[];
  hidden: readonly string[];
  showUnlinked: boolean;
  /** Ids that stay even without a visible relationship. */
  anchored: ReadonlySet<string>;
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

export function visibleGraph<N extends NodeLike, E extends EdgeLike>(
  graph: GraphData<N, E>,
  options: VisibleOptions,
  route?: GraphData<N, E> | null,
): GraphData<N, E> {
  const hidden = new Set(options.hidden);
  const kinds = new Set(options.kinds);
  let nodes = graph.nodes.filter((node) => kinds.has(node.kind) && !hidden.has(node.id));
  const kept = new Set(nodes.map((node) => node.id));
  const edges = graph.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target));
  if (!options.showUnlinked) {
    const linked = new Set(options.anchored);
    for (const edge of edges) {
      linked.add(edge.source);
      linked.add(edge.target);
    }
    nodes = nodes.filter((node) => linked.has(node.id));
  }
  return route ? mergeGraphs([{ nodes, edges }, route]) : { nodes, edges };
}
