/**
 * The k cheapest routes between two entities, at most maxHops long, avoiding chosen entities.
 * Routes walk links in either direction; a relationship costs edgeCost (cost.ts), and warm routes
 * add links of their own (warm-links.ts).
 */
import Heap from 'mnemonist/heap.js';
import { edgeCost } from './cost.ts';
import type { GraphEdge } from './types.ts';
import { periodsOverlap, type Period } from './validity.ts';

/** Something a route can walk between two entities, with what it costs. */
export interface Link<T> {
  source: string;
  target: string;
  cost: number;
  /** What the link stands for: a relationship, or (for warm routes) an interaction. */
  via: T;
  /** When the link holds; a route never joins two links whose periods do not overlap. Absent: always. */
  period?: Period;
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
 * Best-first (A*): partial routes leave a priority queue in order of their cost so far plus the
 * cheapest possible rest (Dijkstra from `to`, which never overestimates), so complete routes come
 * out in order of cost and only routes that can still be among the cheapest are grown; a partial
 * route that cannot reach `to` within the hops left (breadth-first hops from `to`) is dropped.
 * Between two entities only the cheapest link is walked (parallel links would only repeat the same
 * route), unless their periods differ: a dearer link may be the one whose period meets the next link's.
 * Ties keep the order routes were found in, so the answer is the same every time.
 */
export function cheapestRoutes<T>(
  links: readonly Link<T>[],
  from: string,
  to: string,
  options: { k: number; maxHops: number; avoid: ReadonlySet<string> },
): Route<T>[] {
  const adjacency = adjacencyOf(links, options.avoid);
  const { cost: rest, hops: hopsLeft } = distancesFrom(adjacency, to);
  if (!rest.has(from)) return [];

  type Partial = Route<T> & { estimate: number; order: number };
  const queue = new Heap<Partial>((a, b) => a.estimate - b.estimate || a.order - b.order);
  let order = 0;
  queue.push({ cost: 0, nodeIds: [from], links: [], estimate: rest.get(from)!, order: order++ });
  const routes: Route<T>[] = [];
  // Parallel links of different periods can reach the same route twice; the first is the cheapest.
  const found = new Set<string>();
  let expansions = 0;
  while (queue.size > 0 && routes.length < options.k && expansions++ < MAX_EXPANSIONS) {
    const { estimate: _estimate, order: _order, ...route } = queue.pop()!;
    const last = route.nodeIds.at(-1)!;
    if (last === to) {
      const key = route.nodeIds.join('\u0000');
      if (!found.has(key)) routes.push(route);
      found.add(key);
      continue;
    }
    const hops = route.links.length + 1;
    const previous = route.links.at(-1)?.period;
    for (const { other, link } of adjacency.get(last) ?? []) {
      if (route.nodeIds.includes(other)) continue;
      if (previous && link.period && !periodsOverlap(previous, link.period)) continue;
      const remaining = rest.get(other);
      if (remaining === undefined || hops + hopsLeft.get(other)! > options.maxHops) continue;
      const cost = route.cost + link.cost;
      queue.push({
        cost,
        nodeIds: [...route.nodeIds, other],
        links: [...route.links, link],
        estimate: cost + remaining,
        order: order++,
      });
    }
  }
  return routes;
}

type Adjacency<T> = Map<string, { other: string; link: Link<T> }[]>;

/** Each entity's cheapest link to each other entity (per period), both ways, leaving out the avoided. */
function adjacencyOf<T>(links: readonly Link<T>[], avoid: ReadonlySet<string>): Adjacency<T> {
  const cheapest = new Map<string, Link<T>>();
  for (const link of links) {
    if (avoid.has(link.source) || avoid.has(link.target)) continue;
    const pair =
      link.source < link.target ? `${link.source}\u0000${link.target}` : `${link.target}\u0000${link.source}`;
    const key = `${pair}\u0000${link.period?.validFrom ?? ''}\u0000${link.period?.validTo ?? ''}`;
    const known = cheapest.get(key);
    if (!known || link.cost < known.cost) cheapest.set(key, link);
  }
  const adjacency: Adjacency<T> = new Map();
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
  return adjacency;
}

/** From every entity that can reach `to`: the cheapest cost there (Dijkstra) and the fewest hops (breadth first). */
function distancesFrom<T>(
  adjacency: Adjacency<T>,
  to: string,
): { cost: Map<string, number>; hops: Map<string, number> } {
  const cost = new Map<string, number>();
  const queue = new Heap<[string, number]>((a, b) => a[1] - b[1]);
  queue.push([to, 0]);
  while (queue.size > 0) {
    const [node, reached] = queue.pop()!;
    if (cost.has(node)) continue;
    cost.set(node, reached);
    for (const { other, link } of adjacency.get(node) ?? []) {
      if (!cost.has(other)) queue.push([other, reached + link.cost]);
    }
  }
  const hops = new Map<string, number>([[to, 0]]);
  let frontier = [to];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const { other } of adjacency.get(node) ?? []) {
        if (!hops.has(other)) {
          hops.set(other, hops.get(node)! + 1);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return { cost, hops };
}

/** Relationships as links, each with its period, so that routes join only links that meet. */
export function edgeLinks<E extends GraphEdge & Period>(edges: readonly E[]): Link<E>[] {
  return edges.map((edge) => ({
    source: edge.source,
    target: edge.target,
    cost: edgeCost(edge.type, edge.confidence),
    via: edge,
    period: { validFrom: edge.validFrom, validTo: edge.validTo },
  }));
}
