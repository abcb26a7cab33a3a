/**
 * The k cheapest routes between two entities, at most maxHops long, avoiding chosen entities.
 * Routes walk links in either direction; a relationship costs edgeCost (cost.ts), and warm routes
 * add links of their own (warm-links.ts).
 */
import Heap from 'mnemonist/heap.js';
import { edgeCost } from './cost.ts';
import type { GraphEdge } from './types.ts';

/** Something a route can walk between two entities, with what it costs. */
export interface Link<T> {
  source: string;
  target: string;
  cost: number;
  /** What the link stands for: a relationship, or (for warm routes) an interaction. */
  via: T;
}

export interface Route<T> {
  nodeIds: string[];
  links: Link<T>[];
  cost: number;
}

/** Bounds the search on dense graphs; the routes found by then are still the cheapest found. */
const MAX_EXPANSIONS = 200_000;

/**
 * The k cheapest simple routes of at most maxHops links, walking links in either direction.
 * Best-first: partial routes leave a priority queue cheapest first, so complete routes come out in
 * order of cost. Between two entities only the cheapest link is walked (parallel links would only
 * repeat the same route).
 */
export function cheapestRoutes<T>(
  links: readonly Link<T>[],
  from: string,
  to: string,
  options: { k: number; maxHops: number; avoid: ReadonlySet<string> },
): Route<T>[] {
  const cheapest = new Map<string, Link<T>>();
  for (const link of links) {
    if (options.avoid.has(link.source) || options.avoid.has(link.target)) continue;
    const key = [link.source, link.target].sort().join('\u0000');
    const known = cheapest.get(key);
    if (!known || link.cost < known.cost) cheapest.set(key, link);
  }
  const adjacency = new Map<string, { other: string; link: Link<T> }[]>();
  for (const link of cheapest.values()) {
    for (const [a, b] of [
      [link.source, link.target],
      [link.target, link.source],
    ] as const) {
      const list = adjacency.get(a) ?? [];
      list.push({ other: b, link });
      adjacency.set(a, list);
    }
  }

  const queue = new Heap<Route<T>>((a, b) => a.cost - b.cost);
  queue.push({ cost: 0, nodeIds: [from], links: [] });
  const routes: Route<T>[] = [];
  let expansions = 0;
  while (queue.size > 0 && routes.length < options.k && expansions++ < MAX_EXPANSIONS) {
    const route = queue.pop()!;
    const last = route.nodeIds.at(-1)!;
    if (last === to) {
      routes.push(route);
      continue;
    }
    if (route.links.length >= options.maxHops) continue;
    for (const { other, link } of adjacency.get(last) ?? []) {
      if (route.nodeIds.includes(other)) continue;
      queue.push({ cost: route.cost + link.cost, nodeIds: [...route.nodeIds, other], links: [...route.links, link] });
    }
  }
  return routes;
}

export function edgeLinks<E extends GraphEdge>(edges: readonly E[]): Link<E>[] {
  return edges.map((edge) => ({
    source: edge.source,
    target: edge.target,
    cost: edgeCost(edge.type, edge.confidence),
    via: edge,
  }));
}
