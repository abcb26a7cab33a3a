/** Reads of the relationship graph: neighbourhoods, the whole network, interlocks. */
import { readerOf, type Executor, type Reader } from './executor.ts';
import { InputError } from '../../core/errors.ts';
import type { EdgeRow, GraphFilter, NodeRow } from './types.ts';

export const NODE_CAP = 500;
export const MAX_DEPTH = 3;

export interface GraphRows {
  nodes: NodeRow[];
  edges: EdgeRow[];
  truncated: boolean;
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

/**
 * The entity, its neighbours up to `depth` hops away and every relationship among them, breadth
 * first. Stops adding nodes at `cap` and says so with truncated.
 */
export async function neighbourhood(
  executor: Executor,
  id: string,
  depth: number,
  filter: GraphFilter,
  cap = NODE_CAP,
): Promise<GraphRows> {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
    throw new InputError('depth', `must be a whole number from 1 to ${MAX_DEPTH}`);
  }
  return executor.readTransaction(async (tx) => {
    const reader = readerOf(tx);
    const seen = new Set([id]);
    const edges = new Map<string, EdgeRow>();
    let frontier = [id];
    let truncated = false;
    for (let level = 0; level < depth + 1 && frontier.length > 0; level++) {
      const lastLevel = level === depth; // only links among nodes already in, no new nodes
      const next: string[] = [];
      for (const edge of await edgesAround(reader, frontier, filter)) {
        const ends = [edge.source, edge.target];
        for (const end of ends) {
          if (seen.has(end) || lastLevel) continue;
          if (seen.size >= cap) {
            truncated = true;
            continue;
          }
          seen.add(end);
          next.push(end);
        }
        if (ends.every((end) => seen.has(end))) edges.set(edge.id, edge);
      }
      frontier = next;
    }
    const nodes = await getNodes(reader, [...seen], filter);
    return { nodes, edges: [...edges.values()], truncated };
  });
}

/** Every entity that exists at asOf and every relationship under the filter. */
export async function network(executor: Executor, filter: GraphFilter): Promise<GraphRows> {
  const [idRows, edgeRows] = await Promise.all([
    executor.read<{ id: string }>('graph/list-entity-ids', { asOf: filter.asOf }),
    executor.read<{ edge: EdgeRow }>('graph/list-edges', filter),
  ]);
  const nodes = await getNodes(
    executor,
    idRows.map((row) => row.id),
    filter,
  );
  return { nodes, edges: edgeRows.map((row) => row.edge), truncated: false };
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
