/**
 * The k cheapest routes between two entities over the filtered network, at most maxHops long,
 * avoiding chosen entities. Routes walk relationships in either direction; each step costs
 * edgeCost (server/domain/cost.ts).
 */
import Heap from 'mnemonist/heap.js';
import type { Executor } from '../db/executor.ts';
import { edgeCost } from '../domain/cost.ts';
import { InputError } from '../domain/errors.ts';
import { getNodes } from './graph.ts';
import type { EdgeRow, GraphFilter, NodeRow } from './types.ts';

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

export interface PathRows {
  nodes: NodeRow[];
  edges: EdgeRow[];
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
  links: Link<T>[],
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

export function edgeLinks(edges: EdgeRow[]): Link<EdgeRow>[] {
  return edges.map((edge) => ({
    source: edge.source,
    target: edge.target,
    cost: edgeCost(edge.type, edge.confidence),
    via: edge,
  }));
}

/** Checks the arguments every route search shares; throws InputError naming the bad one. */
export async function checkRouteArguments(
  executor: Executor,
  args: { from: string; to: string; maxHops: number; first: number; avoid: readonly string[] },
): Promise<void> {
  const { from, to, maxHops, first } = args;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 6) throw new InputError('maxHops', 'must be from 1 to 6');
  if (!Number.isInteger(first) || first < 1 || first > 10) throw new InputError('first', 'must be from 1 to 10');
  if (from === to) throw new InputError('to', 'must differ from from');
  for (const field of ['from', 'to'] as const) {
    if (args.avoid.includes(args[field])) throw new InputError('avoid', `cannot avoid ${field} ("${args[field]}")`);
  }
  const ends = await executor.read<{ id: string }>('entities/find-ids', { ids: [from, to] });
  for (const field of ['from', 'to'] as const) {
    if (!ends.some((row) => row.id === args[field])) throw new InputError(field, `no entity with id "${args[field]}"`);
  }
}

export async function findPaths(
  executor: Executor,
  args: { from: string; to: string; maxHops: number; first: number; avoid: readonly string[] },
  filter: GraphFilter,
): Promise<PathRows[]> {
  await checkRouteArguments(executor, args);
  const edges = (await executor.read<{ edge: EdgeRow }>('graph/list-edges', filter)).map((row) => row.edge);
  const routes = cheapestRoutes(edgeLinks(edges), args.from, args.to, {
    k: args.first,
    maxHops: args.maxHops,
    avoid: new Set(args.avoid),
  });
  const nodes = new Map(
    (await getNodes(executor, [...new Set(routes.flatMap((route) => route.nodeIds))], filter)).map((node) => [
      node.id,
      node,
    ]),
  );
  return routes.map((route) => ({
    nodes: route.nodeIds.map((id) => nodes.get(id)!),
    edges: route.links.map((link) => link.via),
    cost: Math.round(route.cost * 1000) / 1000,
  }));
}
