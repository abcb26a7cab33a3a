/**
 * Betweenness centrality of an undirected, unweighted graph, normalised as graphology-metrics does
 * (by (N - 1)(N - 2)). Up to EXACT_UP_TO entities it is graphology's exact Brandes; above, Brandes
 * from a sample of sources, scaled up (Brandes and Pich, "Centrality estimation in large
 * networks", 2007): exact Brandes costs a breadth-first search from every entity, which at national
 * size (20,000 entities) takes many minutes, and graphology has no sampled variant.
 */
import type { UndirectedGraph } from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness.js';

/** Exact up to this many entities (the seed, a region); sampled from this many sources above. */
export const EXACT_UP_TO = 2_000;

export function betweennessCentrality(graph: UndirectedGraph, sources = EXACT_UP_TO): Record<string, number> {
  const ids = graph.nodes().sort();
  if (ids.length <= sources) return betweenness(graph, { normalized: true, getEdgeWeight: null });
  // Every k-th entity in id order: the same sample every time, spread over every kind (ids start with it).
  const step = ids.length / sources;
  const pivots = Array.from({ length: sources }, (_, index) => Math.floor(index * step));
  return sampledBrandes(graph, ids, pivots);
}

/** Brandes' accumulation from the given sources only, scaled by N / sources. */
export function sampledBrandes(
  graph: UndirectedGraph,
  ids: string[],
  pivots: readonly number[],
): Record<string, number> {
  const N = ids.length;
  const position = new Map(ids.map((id, index) => [id, index]));
  const neighbours = ids.map((id) => graph.neighbors(id).map((other) => position.get(other)!));
  const centrality = new Float64Array(N);
  const sigma = new Float64Array(N);
  const delta = new Float64Array(N);
  const distance = new Int32Array(N);
  const order = new Int32Array(N);
  for (const source of pivots) {
    sigma.fill(0);
    delta.fill(0);
    distance.fill(-1);
    sigma[source] = 1;
    distance[source] = 0;
    // Breadth first; `order` holds the entities in the order reached, so reversed it is the stack.
    let head = 0;
    let tail = 0;
    order[tail++] = source;
    while (head < tail) {
      const v = order[head++]!;
      for (const w of neighbours[v]!) {
        if (distance[w] === -1) {
          distance[w] = distance[v]! + 1;
          order[tail++] = w;
        }
        if (distance[w] === distance[v]! + 1) sigma[w]! += sigma[v]!;
      }
    }
    for (let index = tail - 1; index > 0; index--) {
      const w = order[index]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of neighbours[w]!) if (distance[v] === distance[w]! - 1) delta[v]! += sigma[v]! * coefficient;
      centrality[w]! += delta[w]!;
    }
  }
  const scale = N <= 2 ? 1 : N / pivots.length / ((N - 1) * (N - 2));
  return Object.fromEntries(ids.map((id, index) => [id, centrality[index]! * scale]));
}
