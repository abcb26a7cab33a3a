/**
 * Warm-introduction routes: "how do we reach X?" The k cheapest routes from our organisation or
 * person over relationships valid on `today` and recent interactions. An interaction in the
 * RECENT_MONTHS before `today` links its participants directly and halves the cost of relationships
 * between them. Relationships that had ended by then are walked only with includeFormer.
 */
import type { Executor } from './executor.ts';
import { RECENT_MONTHS, STANCES } from '../../core/engagement.ts';
import { InputError } from '../../core/errors.ts';
import { getProfiles } from './engagement.ts';
import { getNodes, neo4jReads } from './graph.ts';
import { listInteractionsBetween, type InteractionRow } from './interactions.ts';
import { cheapestRoutes } from '../../core/graph/routes.ts';
import { monthsBefore, warmLinks } from '../../core/graph/warm-links.ts';
import { standingOn, walkableOn } from '../../core/graph/validity.ts';
import { checkRouteArguments } from './paths.ts';
import type { EdgeRow, GraphFilter, NodeRow } from './types.ts';

export interface RouteStepRow {
  from: string;
  to: string;
  cost: number;
  edge: EdgeRow | null;
  interaction: InteractionRow | null;
  /** Interactions that made this relationship cheaper. */
  strengthenedBy: InteractionRow[];
  /** The relationship had ended by the day (walked only with includeFormer). */
  former: boolean;
}

export interface WarmRouteRow {
  nodes: NodeRow[];
  steps: RouteStepRow[];
  cost: number;
}

export async function findWarmRoutes(
  executor: Executor,
  args: {
    from: string;
    to: string;
    maxHops: number;
    first: number;
    avoid: readonly string[];
    avoidStances: readonly string[];
    today: string;
    includeFormer: boolean;
  },
  filter: GraphFilter,
): Promise<WarmRouteRow[]> {
  await checkRouteArguments(neo4jReads(executor), args);
  for (const stance of args.avoidStances) {
    if (!(STANCES as readonly string[]).includes(stance))
      throw new InputError('avoidStances', `unknown stance "${stance}"`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(args.today)) throw new InputError('today', 'must be a date as YYYY-MM-DD');
  // Current only: the query keeps what holds on the day (entities too); with former ones, the day is
  // applied here, after the query, since ended relationships must come back from it.
  const dated = { ...filter, asOf: args.includeFormer ? null : args.today };
  const [edgeRows, interactions] = await Promise.all([
    executor.read<{ edge: EdgeRow }>('graph/list-edges', dated),
    listInteractionsBetween(executor, monthsBefore(args.today, RECENT_MONTHS), args.today),
  ]);
  const edges = walkableOn(
    edgeRows.map((row) => row.edge),
    args.today,
    args.includeFormer,
  );
  const links = warmLinks(edges, interactions);

  const avoid = new Set(args.avoid);
  if (args.avoidStances.length > 0) {
    const ids = [...new Set(links.flatMap((link) => [link.source, link.target]))];
    const profiles = await getProfiles(executor, ids);
    ids.forEach((id, index) => {
      const stance = profiles[index]?.stance;
      if (stance && args.avoidStances.includes(stance) && id !== args.from && id !== args.to) avoid.add(id);
    });
  }

  const routes = cheapestRoutes(links, args.from, args.to, { k: args.first, maxHops: args.maxHops, avoid });
  const nodes = new Map(
    (await getNodes(executor, [...new Set(routes.flatMap((route) => route.nodeIds))], filter)).map((node) => [
      node.id,
      node,
    ]),
  );
  return routes.map((route) => ({
    nodes: route.nodeIds.map((id) => nodes.get(id)!),
    steps: route.links.map((link, index) => ({
      from: route.nodeIds[index]!,
      to: route.nodeIds[index + 1]!,
      cost: Math.round(link.cost * 1000) / 1000,
      ...link.via,
      former: link.via.edge !== null && standingOn(args.today, link.via.edge) === 'former',
    })),
    cost: Math.round(route.cost * 1000) / 1000,
  }));
}
