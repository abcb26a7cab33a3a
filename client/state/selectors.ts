/**
 * Derived state as pure functions of the state and the API's answers: the visible graph, influence
 * scores, the active route, stances and names. The ones whose results feed React effects remember
 * their last answer, so every component asking with the same inputs gets the same object.
 */
import type { RegisterQuery } from '../api/generated/operations.ts';
import type { InfluenceScores, MapGraph, Route } from '../api/queries.ts';
import type { AtlasState, InterlockEmphasis } from './types.ts';
import { visibleInState } from './visible.ts';

/** Remembers the last inputs (by identity) and their result. */
function lastOf<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((arg, index) => Object.is(arg, args[index]))) {
      return last.result;
    }
    last = { args, result: compute(...args) };
    return last.result;
  };
}

const NOTHING: MapGraph = { nodes: [], edges: [] };

/** The route the map highlights: the chosen one of the last search's answer (the first when out of range). */
export function selectActiveRoute(
  state: Pick<AtlasState, 'route'>,
  routes: readonly Route[] | undefined,
): Route | null {
  if (!state.route.search || !routes) return null;
  return routes[state.route.active] ?? routes[0] ?? null;
}

/** The active route's ids, for the graph view's highlight. */
export const selectRouteIds = lastOf((route: Route | null) =>
  route ? { nodeIds: route.nodes.map((node) => node.id), edgeIds: route.edges.map((edge) => edge.id) } : null,
);

/** A chosen interlock's ids, for the same highlight: both bodies, the people they share, their links. */
export const selectInterlockIds = lastOf((interlock: InterlockEmphasis | null) =>
  interlock ? { nodeIds: [...interlock.bodies, ...interlock.people], edgeIds: interlock.edges } : null,
);

const visible = lastOf(
  (
    graph: MapGraph,
    filters: AtlasState['filters'],
    hidden: AtlasState['hidden'],
    selection: AtlasState['selection'],
    pinned: AtlasState['pinned'],
    expanded: AtlasState['expanded'],
    scope: AtlasState['scope'],
    route: Route | null,
  ) => visibleInState(graph, { filters, hidden, selection, pinned, expanded, scope }, route),
);

/** What the map and table show: the graph under the state's kinds, hidden and anchors, plus the active route. */
export function selectVisible(state: AtlasState, graph: MapGraph | undefined, route: Route | null): MapGraph {
  const { filters, hidden, selection, pinned, expanded, scope } = state;
  return visible(graph ?? NOTHING, filters, hidden, selection, pinned, expanded, scope, route);
}

/** Influence score by stakeholder id while the overlay is on; null when it is off. */
export const selectScores = lastOf(
  (metric: AtlasState['influence'], ranking: InfluenceScores | undefined): ReadonlyMap<string, number> | null =>
    metric && ranking ? new Map(ranking.map((entry) => [entry.entity.id, entry.score])) : null,
);

/** Stance by stakeholder id from the register, for the map's rings. */
export const selectStances = lastOf(
  (profiles: RegisterQuery['register'] | undefined): ReadonlyMap<string, string> =>
    new Map((profiles ?? []).flatMap((profile) => (profile.stance ? [[profile.entity.id, profile.stance]] : []))),
);

/** Turns "person:jos-creese" into "jos creese" when no name has been seen. */
export function fallbackName(id: string): string {
  return (id.split(':')[1] ?? id).replaceAll('-', ' ');
}

type Named = { readonly id: string; readonly name: string };

/** Names by id from what the app holds now (map, route, rankings) and names chosen in searches. */
export const selectNameOf = lastOf(
  (
    remembered: ReadonlyMap<string, string>,
    graph: readonly Named[] | undefined,
    route: readonly Named[] | undefined,
    ranking: InfluenceScores | undefined,
  ): ((id: string) => string) => {
    const names = new Map(remembered);
    for (const source of [graph, route, ranking?.map((entry) => entry.entity)]) {
      for (const { id, name } of source ?? []) names.set(id, name);
    }
    return (id: string) => names.get(id) ?? fallbackName(id);
  },
);

/**
 * What a stakeholder's details leave out of its relationships (a neighbourhood caps each stakeholder
 * at its strongest neighbours): how many neighbours in all, and by relationship type, most first;
 * null when nothing was left out.
 */
export function leftOutNeighbours(
  collapsed: readonly { nodeId: string; type: string; count: number }[],
  id: string,
): { total: number; byType: { type: string; count: number }[] } | null {
  const byType = collapsed
    .filter((row) => row.nodeId === id)
    .map(({ type, count }) => ({ type, count }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  const total = byType.reduce((sum, row) => sum + row.count, 0);
  return total > 0 ? { total, byType } : null;
}

/**
 * The pages of neighbours listed so far, as one list: the stakeholder's relationships with them in
 * the pages' order (strongest first), each once, the names the pages give, and how many neighbours
 * they hold.
 */
export function listedNeighbours<E extends { id: string; source: string; target: string }>(
  pages: readonly { nodes: readonly { id: string; name: string }[]; edges: readonly E[] }[],
  id: string,
): { edges: E[]; names: Map<string, string>; neighbours: number } {
  const edges = new Map<string, E>();
  const names = new Map<string, string>();
  for (const page of pages) {
    for (const node of page.nodes) names.set(node.id, node.name);
    for (const edge of page.edges) if (edge.source === id || edge.target === id) edges.set(edge.id, edge);
  }
  const neighbours = new Set([...edges.values()].map((edge) => (edge.source === id ? edge.target : edge.source)));
  return { edges: [...edges.values()], names, neighbours: neighbours.size };
}
