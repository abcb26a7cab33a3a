/**
 * Communities of a network: Louvain modularity clustering (graphology-communities-louvain) over the
 * relationships as undirected links weighted by confidence, drawn with a seeded generator and in id
 * order so the same network always falls into the same communities. Numbered by size, largest first.
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { createRandom } from '../synthetic/random.ts';
import type { GraphEdge, GraphNode } from './types.ts';
import { byId } from './order.ts';

export interface Community {
  /** 1 for the largest community, then by size (ties by their most central member's id). */
  id: number;
  size: number;
  memberIds: string[];
  /** The most central members, best first, by the score handed in (e.g. PageRank). */
  central: { entityId: string; score: number }[];
}

export function detectCommunities(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  centrality: ReadonlyMap<string, number>,
  centralCount = 5,
): Community[] {
  // Louvain visits nodes in the order they were added: in id order, the same network falls into
  // the same communities however it was read.
  const graph = new UndirectedGraph();
  for (const node of [...nodes].sort(byId)) graph.addNode(node.id);
  for (const edge of [...edges].sort(byId)) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.updateEdge(edge.source, edge.target, (attributes: { weight?: number }) => ({
      weight: (attributes.weight ?? 0) + Math.max(edge.confidence, 0.01),
    }));
  }
  const assigned: Record<string, number> =
    graph.size === 0
      ? Object.fromEntries(nodes.map((node, index) => [node.id, index]))
      : louvain(graph, { getEdgeWeight: 'weight', rng: createRandom(1).next });
  const groups = new Map<number, string[]>();
  for (const node of nodes) {
    const group = assigned[node.id]!;
    const members = groups.get(group);
    if (members) members.push(node.id);
    else groups.set(group, [node.id]);
  }
  const score = (id: string) => centrality.get(id) ?? 0;
  const best = (a: string, b: string) => score(b) - score(a) || a.localeCompare(b);
  return [...groups.values()]
    .map((members) => members.sort(best))
    .sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!))
    .map((members, index) => ({
      id: index + 1,
      size: members.length,
      memberIds: members,
      central: members.slice(0, centralCount).map((entityId) => ({ entityId, score: score(entityId) })),
    }));
}
