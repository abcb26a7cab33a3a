/** Reads of the relationship graph: neighbourhoods, the whole network, interlocks. */
import { readerOf, type Executor, type Reader } from './executor.ts';
import { InputError } from '../../core/errors.ts';
import * as inMemory from '../../core/graph/graph-index-reads.ts';
import type { GraphIndex } from '../../core/graph/graph-index.ts';
import type { EdgeRow, GraphFilter, NodeRow } from './types.ts';
import { byId } from '../../core/graph/order.ts';

export const NODE_CAP = 500;
export const MAX_DEPTH = 3;

export interface GraphRows {
  nodes: NodeRow[];
  edges: EdgeRow[];
  truncated: boolean;
}

/** A Graph as the API answers it: collapsed, nextCursor and totals only where they apply. */
export interface GraphResult extends GraphRows {
  collapsed?: CollapsedRow[];
  nextCursor?: string | null;
  /** The filter whose whole network `totals` counts (network pages only). */
  totalsFilter?: GraphFilter;
  /** The graph `totals` counts when not the current one (the network as recorded on a date). */
  totalsIndex?: GraphIndex<EdgeRow> | null;
}

export async function getNodes(executor: Reader, ids: string[], filter: GraphFilter): Promise<NodeRow[]> {
  const rows = await executor.read<{ node: NodeRow }>('graph/get-nodes', { ids, ...filter });
  return rows.map((row) => row.node);
}

/** Relationships of the given entities under the filter (both directions). */
export async function edgesAround(executor: Reader, ids: string[], filter: GraphFilter): Promise<EdgeRow[]> {
  const rows = await executor.read<{ edge: EdgeRow }>('graph/expand-neighbours', { ids, ...filter });
  return rows.map((row) => row.edge);
}

export const LIMIT_PER_NODE = 50;
export const MAX_LIMIT_PER_NODE = 500;
export const NETWORK_PAGE = 5000;
export const NEIGHBOUR_PAGE = 50;

/** Neighbours of one entity left out by the per-node cap, counted by relationship type. */
export interface CollapsedRow {
  nodeId: string;
  type: string;
  count: number;
}

export interface NeighbourhoodRows extends GraphRows {
  collapsed: CollapsedRow[];
}

type CappedRow = {
  id: string;
  kept: EdgeRow[][];
  leftOut: { id: string; type: string }[];
};

/**
 * The reads neighbourhoods and paths are made of, from one of two places that answer alike: Neo4j
 * (the queries of cypher/graph/, in one transaction) or the in-memory index of the graph at the
 * request's version (core/graph/graph-index-reads.ts, no query at all).
 */
export interface GraphReads {
  /** Which ids are entities, and whether each is retired. */
  findIds(ids: string[]): Promise<{ id: string; retired: boolean }[]>;
  expandCapped(ids: string[], limitPerNode: number, filter: GraphFilter): Promise<CappedRow[]>;
  edgesAround(ids: string[], filter: GraphFilter): Promise<EdgeRow[]>;
  /** edgesAround, only those whose ends are both in `within` (ids among them). */
  edgesAmong(ids: string[], within: ReadonlySet<string>, filter: GraphFilter): Promise<EdgeRow[]>;
  nodes(ids: string[], filter: GraphFilter): Promise<NodeRow[]>;
}

export function neo4jReads(reader: Reader): GraphReads {
  return {
    findIds: (ids) => reader.read<{ id: string; retired: boolean }>('entities/find-ids', { ids }),
    expandCapped: (ids, limitPerNode, filter) =>
      reader.read<CappedRow>('graph/expand-capped', { ids, limitPerNode, ...filter }),
    edgesAround: (ids, filter) => edgesAround(reader, ids, filter),
    edgesAmong: async (ids, within, filter) =>
      (await edgesAround(reader, ids, filter)).filter((edge) => within.has(edge.source) && within.has(edge.target)),
    nodes: (ids, filter) => getNodes(reader, ids, filter),
  };
}

function indexReads(index: GraphIndex<EdgeRow>): GraphReads {
  return {
    findIds: async (ids) => inMemory.findIds(index, ids),
    expandCapped: async (ids, limitPerNode, filter) => inMemory.expandCapped(index, ids, limitPerNode, filter),
    edgesAround: async (ids, filter) => inMemory.edgesAround(index, ids, filter),
    edgesAmong: async (ids, within, filter) => inMemory.edgesAround(index, ids, filter, within),
    nodes: async (ids, filter) => inMemory.nodesOf(index, ids, filter),
  };
}

/** Runs `work` over the index when there is one for this request's version, else in one read transaction. */
export function readGraph<T>(
  executor: Executor,
  index: GraphIndex<EdgeRow> | null,
  work: (reads: GraphReads) => Promise<T>,
): Promise<T> {
  if (index) return work(indexReads(index));
  return executor.readTransaction((tx) => work(neo4jReads(readerOf(tx))));
}

/** Orders by id as Cypher's ORDER BY does (UTF-16 code units, not the locale). */

function checkWholeNumber(field: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InputError(field, `must be a whole number from ${min} to ${max}`);
  }
}

/**
 * The entity, its neighbours up to `depth` hops away and every relationship among them, breadth
 * first. Each entity expanded brings at most `limitPerNode` neighbours, the strongest (see
 * graph/expand-capped.cypher); the others are counted by type in collapsed, unless reached another
 * way. Stops adding nodes at `cap` and says so with truncated.
 */
export async function neighbourhood(
  executor: Executor,
  id: string,
  depth: number,
  filter: GraphFilter,
  {
    limitPerNode = LIMIT_PER_NODE,
    cap = NODE_CAP,
    index = null,
  }: {
    limitPerNode?: number;
    cap?: number;
    /** The graph in memory at the request's version; null reads Neo4j. */
    index?: GraphIndex<EdgeRow> | null;
  } = {},
): Promise<NeighbourhoodRows> {
  checkWholeNumber('depth', depth, 1, MAX_DEPTH);
  checkWholeNumber('limitPerNode', limitPerNode, 1, MAX_LIMIT_PER_NODE);
  return readGraph(executor, index, async (reads) => {
    const seen = new Set([id]);
    const edges = new Map<string, EdgeRow>();
    const leftOut = new Map<string, { id: string; type: string }[]>();
    let frontier = [id];
    let truncated = false;
    for (let level = 0; level < depth && frontier.length > 0; level++) {
      const next: string[] = [];
      const rows = await reads.expandCapped(frontier, limitPerNode, filter);
      for (const row of rows) {
        if (row.leftOut.length > 0) leftOut.set(row.id, row.leftOut);
        for (const edge of row.kept.flat()) {
          const end = edge.source === row.id ? edge.target : edge.source;
          if (!seen.has(end)) {
            if (seen.size >= cap) {
              truncated = true;
              continue;
            }
            seen.add(end);
            next.push(end);
          }
          edges.set(edge.id, edge);
        }
      }
      frontier = next;
    }
    // The last level brings no new nodes, only the links among the nodes already in.
    if (frontier.length > 0) {
      for (const edge of await reads.edgesAmong(frontier, seen, filter)) edges.set(edge.id, edge);
    }
    const collapsed: CollapsedRow[] = [];
    for (const [nodeId, neighbours] of leftOut) {
      const byType = new Map<string, number>();
      for (const neighbour of neighbours) {
        if (!seen.has(neighbour.id)) byType.set(neighbour.type, (byType.get(neighbour.type) ?? 0) + 1);
      }
      for (const [type, count] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
        collapsed.push({ nodeId, type, count });
      }
    }
    const nodes = await reads.nodes([...seen], filter);
    // In id order, so that the answer is the same whichever reads made it.
    return { nodes, edges: [...edges.values()].sort(byId), truncated, collapsed };
  });
}

export interface NeighbourPageRows {
  graph: GraphResult;
  nextCursor: string | null;
  total: number;
}

/** The cursor of neighbours is the position of the next neighbour in expand-capped's order. */
function offsetOf(after: string | null | undefined): number {
  if (after === null || after === undefined) return 0;
  if (!/^\d{1,9}$/.test(after)) throw new InputError('after', 'is not a cursor this API gave (use nextCursor)');
  return Number(after);
}

/**
 * A page of an entity's neighbours, strongest first, in the order neighbourhood's cap keeps them:
 * the page from 0 with first = limitPerNode holds the neighbours neighbourhood kept.
 */
export async function neighbours(
  executor: Executor,
  id: string,
  type: string | null | undefined,
  first: number,
  after: string | null | undefined,
  filter: GraphFilter,
): Promise<NeighbourPageRows> {
  checkWholeNumber('first', first, 1, MAX_LIMIT_PER_NODE);
  const offset = offsetOf(after);
  const types = type ? filter.types.filter((candidate) => candidate === type) : filter.types;
  return executor.readTransaction(async (tx) => {
    const reader = readerOf(tx);
    const [row] = await reader.read<{ total: number; edges: EdgeRow[][] }>('graph/list-neighbours', {
      id,
      first,
      offset,
      ...filter,
      types,
    });
    const edges = row?.edges.flat() ?? [];
    const ids = [id, ...new Set(edges.map((edge) => (edge.source === id ? edge.target : edge.source)))];
    const nodes = await getNodes(reader, ids, filter);
    const total = row?.total ?? 0;
    return {
      graph: { nodes, edges, truncated: false },
      nextCursor: offset + first < total ? String(offset + first) : null,
      total,
    };
  });
}

export interface NetworkPageRows extends GraphRows {
  nextCursor: string | null;
}

/**
 * A page of the network: up to `first` entities in id order after the cursor (the last id of the
 * previous page), and the relationships under the filter whose source is on this page and whose
 * target exists under it. Reading every page gives every node and every edge once.
 */
export async function network(
  executor: Executor,
  filter: GraphFilter,
  first = NETWORK_PAGE,
  after: string | null = null,
  index: GraphIndex<EdgeRow> | null = null,
): Promise<NetworkPageRows> {
  checkWholeNumber('first', first, 1, NETWORK_PAGE);
  // Asked for one id more than the page holds: whether it came says whether another page follows.
  const pageOf = (idsAndOneMore: string[]) => {
    const ids = idsAndOneMore.slice(0, first);
    return { ids, nextCursor: idsAndOneMore.length > first ? ids[ids.length - 1]! : null };
  };
  if (index) {
    const { ids, nextCursor } = pageOf(inMemory.entityIdsAt(index, filter.asOf, after, first + 1));
    return {
      nodes: inMemory.nodesOf(index, ids, filter),
      edges: inMemory.outgoingEdges(index, ids, filter),
      truncated: false,
      nextCursor,
    };
  }
  return executor.readTransaction(async (tx) => {
    const reader = readerOf(tx);
    const idRows = await reader.read<{ id: string }>('graph/list-entity-ids', {
      asOf: filter.asOf,
      after,
      first: first + 1,
    });
    const { ids, nextCursor } = pageOf(idRows.map((row) => row.id));
    const [nodes, edgeRows] = await Promise.all([
      getNodes(reader, ids, filter),
      reader.read<{ edge: EdgeRow }>('graph/list-outgoing-edges', { ids, ...filter }),
    ]);
    return { nodes, edges: edgeRows.map((row) => row.edge), truncated: false, nextCursor };
  });
}

/**
 * Every node and edge under the filter (for the influence worker and tools): from the graph index
 * when given one (at the version wanted), else from Neo4j page by page.
 */
export async function wholeNetwork(
  executor: Executor,
  filter: GraphFilter,
  index: GraphIndex<EdgeRow> | null = null,
): Promise<GraphRows> {
  const nodes: NodeRow[] = [];
  const edges: EdgeRow[] = [];
  let after: string | null = null;
  do {
    const page: NetworkPageRows = await network(executor, filter, NETWORK_PAGE, after, index);
    nodes.push(...page.nodes);
    edges.push(...page.edges);
    after = page.nextCursor;
  } while (after !== null);
  // In id order, as one read of the whole network gave them.
  edges.sort(byId);
  return { nodes, edges, truncated: false };
}

export type NetworkTotals = {
  nodes: number;
  edges: number;
};

export async function networkTotals(
  executor: Executor,
  filter: GraphFilter,
  index: GraphIndex<EdgeRow> | null = null,
): Promise<NetworkTotals> {
  if (index) {
    const ids = inMemory.entityIdsAt(index, filter.asOf, null, Infinity);
    return { nodes: ids.length, edges: inMemory.countOutgoingEdges(index, ids, filter) };
  }
  const [row] = await executor.read<NetworkTotals>('graph/count-network', filter);
  return row ?? { nodes: 0, edges: 0 };
}

/** Entities within `radius` hops of `start` under the filter, breadth first; edges read on the way. */
async function ball(
  reads: GraphReads,
  start: string,
  radius: number,
  filter: GraphFilter,
  edges: Map<string, EdgeRow>,
): Promise<Set<string>> {
  const nodes = new Set([start]);
  let frontier = [start];
  for (let level = 0; level < radius && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const edge of await reads.edgesAround(frontier, filter)) {
      edges.set(edge.id, edge);
      for (const end of [edge.source, edge.target]) {
        if (!nodes.has(end)) {
          nodes.add(end);
          next.push(end);
        }
      }
    }
    frontier = next;
  }
  return nodes;
}

/**
 * Every relationship on a route of at most maxHops hops between from and to, and some more: the
 * links read from the entities fewer than ceil(maxHops / 2) hops from `from` or floor(maxHops / 2)
 * hops from `to`, among the entities within those distances. On such a route, each relationship
 * has an end nearer one of the two than that (its position counts from one end or the other), so the route
 * search over these links finds what it would over the whole network, after reading two
 * neighbourhoods instead of every relationship (and not the links of their outermost entities,
 * which at national size would bring every member of every body they belong to).
 */
export async function edgesNear(
  reads: GraphReads,
  from: string,
  to: string,
  maxHops: number,
  filter: GraphFilter,
): Promise<EdgeRow[]> {
  const edges = new Map<string, EdgeRow>();
  const near = await ball(reads, from, Math.ceil(maxHops / 2), filter, edges);
  const far = await ball(reads, to, Math.floor(maxHops / 2), filter, edges);
  const inside = new Set([...near, ...far]);
  // In id order, so that routes of equal cost come out the same whichever reads found the links.
  return [...edges.values()].filter((edge) => inside.has(edge.source) && inside.has(edge.target)).sort(byId);
}

export async function interlocks(executor: Executor, a: string, b: string, filter: GraphFilter): Promise<string[]> {
  const rows = await executor.read<{ id: string }>('graph/find-interlocks', {
    a,
    b,
    types: filter.types,
    asOf: filter.asOf,
  });
  return rows.map((row) => row.id);
}

export async function getEdges(executor: Executor, ids: readonly string[]): Promise<EdgeRow[]> {
  const rows = await executor.read<{ edge: EdgeRow }>('graph/get-edges', { ids });
  return rows.map((row) => row.edge);
}
