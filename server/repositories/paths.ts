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

export interface Route {
  nodeIds: string[];
  edges: EdgeRow[];
  cost: number;
}

export interface PathRows {
  nodes: NodeRow[];
  edges: EdgeRow[];
  cost: number;
}

interface Partial {
  cost: number;
  nodeIds: string[];
  edges: EdgeRow[];
}

/** Bounds the search on dense graphs; the routes found by then are still the cheapest found. */
const MAX_EXPANSIONS = 200_000;

/**
 * Best-first search over simple paths: partial routes leave a priority queue cheapest first, so
 * complete routes come out in order of cost. Between two entities only the cheapest relationship
 * is walked (parallel relationships would only repeat the same route).
 */
export function cheapestRoutes(
  edges: EdgeRow[],
  from: string,
  to: string,
  options: { k: number; maxHops: number; avoid: ReadonlySet<string> },
): Route[] {
  const cheapest = new Map<string, { edge: EdgeRow; cost: number }>();
  for (const edge of edges) {
    if (options.avoid.has(edge.source) || options.avoid.has(edge.target)) continue;
    const key = [edge.source, edge.target].sort().join('\u0000');
    const cost = edgeCost(edge.type, edge.confidence);
    const known = cheapest.get(key);
    if (!known || cost < known.cost) cheapest.set(key, { edge, cost });
  }
  const adjacency = new Map<string, { other: string; edge: EdgeRow; cost: number }[]>();
  for (const { edge, cost } of cheapest.values()) {
    for (const [a, b] of [
      [edge.source, edge.target],
      [edge.target, edge.source],
    ] as const) {
      const list = adjacency.get(a) ?? [];
      list.push({ other: b, edge, cost });
      adjacency.set(a, list);
    }
  }

  const queue = new Heap<Partial>((a, b) => a.cost - b.cost);
  queue.push({ cost: 0, nodeIds: [from], edges: [] });
  const routes: Route[] = [];
  let expansions = 0;
  while (queue.size > 0 && routes.length < options.k && expansions++ < MAX_EXPANSIONS) {
    const route = queue.pop()!;
    const last = route.nodeIds.at(-1)!;
    if (last === to) {
      routes.push(route);
      continue;
    }
    if (route.edges.length >= options.maxHops) continue;
    for (const { other, edge, cost } of adjacency.get(last) ?? []) {
      if (route.nodeIds.includes(other)) continue;
      queue.push({ cost: route.cost + cost, nodeIds: [...route.nodeIds, other], edges: [...route.edges, edge] });
    }
  }
  return routes;
}

export async function findPaths(
  executor: Executor,
  args: { from: string; to: string; maxHops: number; first: number; avoid: readonly string[] },
  filter: GraphFilter,
): Promise<PathRows[]> {
  const { from, to, maxHops, first } = args;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 6) throw new InputError('maxHops', 'must be from 1 to 6');
  if (!Number.isInteger(first) || first < 1 || first > 10) throw new InputError('first', 'must be from 1 to 10');
  if (from === to) throw new InputError('to', 'must differ from from');
  const avoid = new Set(args.avoid);
  for (const field of ['from', 'to'] as const) {
    if (avoid.has(args[field])) throw new InputError('avoid', `cannot avoid ${field} ("${args[field]}")`);
  }
  const ends = await executor.read<{ id: string }>('entities/find-ids', { ids: [from, to] });
  for (const field of ['from', 'to'] as const) {
    if (!ends.some((row) => row.id === args[field])) throw new InputError(field, `no entity with id "${args[field]}"`);
  }
  const edges = (await executor.read<{ edge: EdgeRow }>('graph/list-edges', filter)).map((row) => row.edge);
  const routes = cheapestRoutes(edges, from, to, { k: first, maxHops, avoid });
  const nodes = new Map(
    (await getNodes(executor, [...new Set(routes.flatMap((route) => route.nodeIds))], filter)).map((node) => [
      node.id,
      node,
    ]),
  );
  return routes.map((route) => ({
    nodes: route.nodeIds.map((id) => nodes.get(id)!),
    edges: route.edges,
    cost: Math.round(route.cost * 1000) / 1000,
  }));
}
