/**
 * Paths over the filtered network as read from Neo4j, over relationships valid on the day (asOf, or
 * today), and former ones only when asked; the search itself is core/graph/routes.ts.
 */
import type { Executor } from './executor.ts';
import type { GraphIndex } from '../../core/graph/graph-index.ts';
import { cheapestRoutes, edgeLinks } from '../../core/graph/routes.ts';
import { InputError } from '../../core/errors.ts';
import { standingOn, walkableOn } from '../../core/graph/validity.ts';
import { edgesNear, readGraph, type GraphReads } from './graph.ts';
import type { EdgeRow, GraphFilter, NodeRow } from './types.ts';

export interface PathRows {
  nodes: NodeRow[];
  edges: EdgeRow[];
  cost: number;
  /** Ids of the edges that had ended by the day. */
  former: string[];
}

/** Checks the arguments every route search shares; throws InputError naming the bad one. */
export async function checkRouteArguments(
  reads: Pick<GraphReads, 'findIds'>,
  args: { from: string; to: string; maxHops: number; first: number; avoid: readonly string[] },
): Promise<void> {
  const { from, to, maxHops, first } = args;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 6) throw new InputError('maxHops', 'must be from 1 to 6');
  if (!Number.isInteger(first) || first < 1 || first > 10) throw new InputError('first', 'must be from 1 to 10');
  if (from === to) throw new InputError('to', 'must differ from from');
  for (const field of ['from', 'to'] as const) {
    if (args.avoid.includes(args[field])) throw new InputError('avoid', `cannot avoid ${field} ("${args[field]}")`);
  }
  const ends = await reads.findIds([from, to]);
  for (const field of ['from', 'to'] as const) {
    if (!ends.some((row) => row.id === args[field])) throw new InputError(field, `no entity with id "${args[field]}"`);
  }
}

export async function findPaths(
  executor: Executor,
  args: {
    from: string;
    to: string;
    maxHops: number;
    first: number;
    avoid: readonly string[];
    /** A partial ISO date: filter.asOf when given, else today. */
    day: string;
    includeFormer: boolean;
  },
  filter: GraphFilter,
  index: GraphIndex<EdgeRow> | null = null,
): Promise<PathRows[]> {
  // One transaction (or the index): the ends' check, the links near both ends and the routes'
  // nodes (the route search runs in between, bounded by maxHops).
  const { routes, nodes } = await readGraph(executor, index, async (reads) => {
    await checkRouteArguments(reads, args);
    // Former relationships must come back from the reads, so the day is then applied here.
    const dated = { ...filter, asOf: args.includeFormer ? null : args.day };
    const near = await edgesNear(reads, args.from, args.to, args.maxHops, dated);
    const edges = walkableOn(near, args.day, args.includeFormer);
    const routes = cheapestRoutes(edgeLinks(edges), args.from, args.to, {
      k: args.first,
      maxHops: args.maxHops,
      avoid: new Set(args.avoid),
    });
    const ids = [...new Set(routes.flatMap((route) => route.nodeIds))];
    return { routes, nodes: new Map((await reads.nodes(ids, filter)).map((node) => [node.id, node])) };
  });
  return routes.map((route) => ({
    nodes: route.nodeIds.map((id) => nodes.get(id)!),
    edges: route.links.map((link) => link.via),
    cost: Math.round(route.cost * 1000) / 1000,
    former: route.links.filter((link) => standingOn(args.day, link.via) === 'former').map((link) => link.via.id),
  }));
}
