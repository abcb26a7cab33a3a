/**
 * Every query the app asks, as TanStack Query options: the key is the operation's name and its
 * variables, the fetcher is request(). Mutations go through mutate(), which says what they change
 * so the queries that read it are fetched again.
 */
import { queryOptions, skipToken } from '@tanstack/react-query';
import { mergeGraphs } from '../../core/graph/visible.ts';
import type { GraphData } from '../../core/graph/types.ts';
import {
  InfluenceDocument,
  NeighbourhoodDocument,
  NetworkDocument,
  PathsDocument,
  RegisterDocument,
  WarmRoutesDocument,
  type InfluenceMetric,
  type Family,
  type InfluenceQuery,
  type InfluenceQueryVariables,
  type MapEdgeFragment,
  type MapNodeFragment,
  type NeighbourhoodQueryVariables,
  type NetworkQuery,
  type NetworkQueryVariables,
  type PathsQuery,
  type PathsQueryVariables,
  type WarmRoutesQuery,
  type WarmRoutesQueryVariables,
} from './generated/operations.ts';
import { queryClient } from './query-client.ts';
import { request, type Operation, type RequestOptions } from './request.ts';

/** "query Network(…" → "Network": the first part of every query key. */
export function operationName(document: { toString(): string }): string {
  return /\b(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1] ?? 'anonymous';
}

export function operationQuery<TResult, TVariables>(document: Operation<TResult, TVariables>, variables: TVariables) {
  return queryOptions({
    queryKey: [operationName(document), variables] as const,
    queryFn: ({ signal }) => request(document, variables, { signal }),
  });
}

/** The stakeholder register: editors' profiles, and the probe of who the reader is (session/). */
export const registerQuery = operationQuery(RegisterDocument, {});

export type InfluenceScores = InfluenceQuery['influence'];

/** The most the API ranks in one call; enough for the whole seeded network. */
const RANK_ALL = 200;

/** Influence scores of every stakeholder under the family and year filters; skipped while the overlay is off. */
export function influenceQuery(metric: InfluenceMetric | null, filters: { families?: Family[]; asOf?: string }) {
  const variables: InfluenceQueryVariables = {
    metric: metric ?? 'DEGREE',
    families: filters.families,
    asOf: filters.asOf,
    first: RANK_ALL,
  };
  return queryOptions({
    queryKey: ['Influence', metric ? variables : null] as const,
    queryFn: metric
      ? async ({ signal }): Promise<InfluenceScores> =>
          (await request(InfluenceDocument, variables, { signal })).influence
      : skipToken,
  });
}

export type MapGraph = GraphData<MapNodeFragment, MapEdgeFragment>;
export interface GraphAnswer extends MapGraph {
  truncated: boolean;
}

export type GraphRequest =
  | { readonly document: typeof NetworkDocument; readonly variables: NetworkFilters }
  | { readonly document: typeof NeighbourhoodDocument; readonly variables: NeighbourhoodQueryVariables };

/** How much of the whole network has arrived: stakeholders read so far of the total. */
export interface NetworkProgress {
  done: number;
  total: number;
}

export type NetworkFilters = Omit<NetworkQueryVariables, 'first' | 'after' | 'withTotals'>;

/** Stakeholders per page of the network (the API's most). */
export const NETWORK_PAGE = 5000;

/**
 * The whole network under the filters, page after page (the API never sends it in one answer),
 * reporting progress after each page; the first page also brings the totals.
 */
export async function loadNetwork(
  filters: NetworkFilters,
  options: { signal?: AbortSignal; onProgress?: (progress: NetworkProgress) => void; first?: number } = {},
): Promise<GraphAnswer> {
  const nodes: MapNodeFragment[] = [];
  const edges: MapEdgeFragment[] = [];
  let after: string | null = null;
  let total = 0;
  do {
    const variables: NetworkQueryVariables = {
      ...filters,
      first: options.first ?? NETWORK_PAGE,
      after,
      withTotals: after === null,
    };
    const page: NetworkQuery['network'] = (await request(NetworkDocument, variables, { signal: options.signal }))
      .network;
    if (page.totals) total = page.totals.nodes;
    nodes.push(...page.nodes);
    edges.push(...page.edges);
    options.onProgress?.({ done: nodes.length, total: Math.max(total, nodes.length) });
    after = page.nextCursor;
  } while (after !== null);
  return { nodes, edges, truncated: false };
}

/** The map's graph: the whole network, or explored neighbourhoods merged into one graph. */
export function graphQuery(
  requests: readonly GraphRequest[],
  onNetworkProgress?: (progress: NetworkProgress | null) => void,
) {
  return queryOptions({
    queryKey: ['Graph', requests.map((entry) => [operationName(entry.document), entry.variables])] as const,
    queryFn: async ({ signal }): Promise<GraphAnswer> => {
      const answers = await Promise.all(
        requests.map((entry) =>
          entry.document === NetworkDocument
            ? loadNetwork(entry.variables, { signal, onProgress: onNetworkProgress }).finally(() =>
                onNetworkProgress?.(null),
              )
            : request(NeighbourhoodDocument, entry.variables as NeighbourhoodQueryVariables, { signal }).then(
                (answer) => answer.neighbourhood,
              ),
        ),
      );
      if (answers.length === 1) return answers[0]!;
      return { ...mergeGraphs(answers), truncated: answers.some((answer) => answer.truncated) };
    },
  });
}

/** A route search: Paths (k cheapest routes) or Warm routes (introductions over interactions). */
export type RouteSearch =
  { source: 'paths'; variables: PathsQueryVariables } | { source: 'warm'; variables: WarmRoutesQueryVariables };

export type WarmStep = WarmRoutesQuery['warmRoutes'][number]['steps'][number];

/** One route, the same for both kinds of search: nodes in order, the edges walked, and for warm routes the steps. */
export interface Route {
  cost: number;
  nodes: MapNodeFragment[];
  edges: MapEdgeFragment[];
  steps: WarmStep[] | null;
  /** Ids of the edges that had ended by the route's day (walked only when former ones were asked for). */
  former: string[];
}

export function routesFromPaths(paths: PathsQuery['paths']): Route[] {
  return paths.map(({ cost, nodes, edges, former }) => ({ cost, nodes, edges, steps: null, former }));
}

/** A warm route's edges are the steps that walk a relationship (an interaction is a step without one). */
export function routesFromWarm(routes: WarmRoutesQuery['warmRoutes']): Route[] {
  return routes.map(({ cost, nodes, steps }) => ({
    cost,
    nodes,
    edges: steps.flatMap((step) => (step.edge ? [step.edge] : [])),
    steps,
    former: steps.flatMap((step) => (step.former && step.edge ? [step.edge.id] : [])),
  }));
}

export function routesQuery(search: RouteSearch | null) {
  return queryOptions({
    queryKey: ['Routes', search] as const,
    queryFn: search
      ? async ({ signal }): Promise<Route[]> =>
          search.source === 'paths'
            ? routesFromPaths((await request(PathsDocument, search.variables, { signal })).paths)
            : routesFromWarm((await request(WarmRoutesDocument, search.variables, { signal })).warmRoutes)
      : skipToken,
  });
}

/** What a mutation changes, and the queries (by first key part) that read it. */
export type Change = 'graph' | 'engagement' | 'briefs' | 'inbox';
const READERS: Record<Change, readonly string[]> = {
  graph: [
    'Graph',
    'EntityDetails',
    'LeftOutNeighbours',
    'InterlocksOf',
    'Influence',
    'Search',
    'Routes',
    'Sources',
    'EntityForEdit',
    'RelationshipForEdit',
    'SourceList',
    'SourcePage',
    'SourceReading',
    'ReadText',
    'EntityMentionedIn',
    'Brief',
    'SuggestedPositions',
    'ChangesPage',
    'NetworkDiff',
  ],
  engagement: [
    'Register',
    'EntityEngagement',
    'Routes',
    'PersonContact',
    'FollowUps',
    'Brief',
    'SuggestedPositions',
    'ChangesPage',
  ],
  briefs: ['Briefs', 'Brief'],
  // What one watches and the changes to it: fetched again after every change of the feed.
  inbox: ['Inbox', 'WatchState'],
};

/** The queries to fetch again after a change (active ones at once, the rest when next used). */
export function invalidate(changes: readonly Change[]): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (query) => changes.some((change) => READERS[change].includes(String(query.queryKey[0]))),
  });
}

/** Runs a mutation; when it succeeds, the queries that read what it changed are fetched again. */
export async function mutate<TResult, TVariables>(
  document: Operation<TResult, TVariables>,
  variables: TVariables,
  changes: readonly Change[],
  options: RequestOptions = {},
): Promise<TResult> {
  const result = await request(document, variables, options);
  void invalidate(changes);
  return result;
}
