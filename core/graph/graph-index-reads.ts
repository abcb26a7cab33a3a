/**
 * The graph reads answered from the graph index (graph-index.ts): which ids exist, the ids of the
 * network page by page, the links of some entities, a capped expansion, and the nodes as the map
 * shows them. Each function answers exactly what its query in cypher/graph/ answers (named beside
 * it), so a caller may use either; server/repositories/graph-index.test.ts checks both agree.
 */
import { overlaps } from '../dates.ts';
import type { EntityKind } from '../vocabulary.ts';
import { nameAt } from './graph-index-names.ts';
import { compareText, type EdgeFilter, type GraphIndex, type IndexedEdge, type IndexedEntity } from './graph-index.ts';

/**
 * The entity at the other end of one of id's links, if the link passes the filter: the
 * relationship's type and confidence, the other end not retired, and at asOf both the relationship
 * and the other end valid (the entity's own dates and retirement are the caller's to check, as each
 * query does its own way).
 */
function otherEndUnder<E extends IndexedEdge>(
  index: GraphIndex<E>,
  id: string,
  edge: E,
  filter: EdgeFilter,
  types: ReadonlySet<string>,
): IndexedEntity | undefined {
  const other = index.entities.get(edge.source === id ? edge.target : edge.source);
  if (!other || other.retired || !types.has(edge.type) || !(edge.confidence >= filter.minConfidence)) return undefined;
  if (
    filter.asOf !== null &&
    !(overlaps(filter.asOf, edge.validFrom, edge.validTo) && overlaps(filter.asOf, other.validFrom, other.validTo))
  )
    return undefined;
  return other;
}

/** How many of id's links pass the filter (a node's degree), without listing them. */
function degreeUnder(index: GraphIndex, id: string, filter: EdgeFilter, types: ReadonlySet<string>): number {
  let degree = 0;
  for (const edge of index.links.get(id) ?? []) if (otherEndUnder(index, id, edge, filter, types)) degree++;
  return degree;
}

/** Whether a filter leaves out no relationship (so liveDegree is every entity's degree under it). */
function leavesNoneOut(index: GraphIndex, filter: EdgeFilter, types: ReadonlySet<string>): boolean {
  return filter.asOf === null && filter.minConfidence === 0 && [...index.types].every((type) => types.has(type));
}

/** Whether an entity is in the network at asOf: not retired, and existing then (any time when null). */
const existsAt = (entity: IndexedEntity, asOf: string | null) =>
  !entity.retired && (asOf === null || overlaps(asOf, entity.validFrom, entity.validTo));

/**
 * As cypher/graph/list-entity-ids.cypher: the ids of the entities in the network at asOf after
 * `after`, in id order, at most `first`.
 */
export function entityIdsAt(index: GraphIndex, asOf: string | null, after: string | null, first: number): string[] {
  let low = 0;
  let high = index.ids.length;
  // The first id above `after` (binary search over the sorted ids).
  while (after !== null && low < high) {
    const middle = (low + high) >>> 1;
    if (index.ids[middle]! <= after) low = middle + 1;
    else high = middle;
  }
  const ids: string[] = [];
  for (let position = low; position < index.ids.length && ids.length < first; position++) {
    const id = index.ids[position]!;
    if (existsAt(index.entities.get(id)!, asOf)) ids.push(id);
  }
  return ids;
}

/** Each relationship under the filter whose source is one of ids, both ends in the network at asOf. */
function forEachOutgoing<E extends IndexedEdge>(
  index: GraphIndex<E>,
  ids: readonly string[],
  filter: EdgeFilter,
  visit: (edge: E) => void,
): void {
  const types = new Set(filter.types);
  for (const id of ids) {
    const entity = index.entities.get(id);
    if (!entity || !existsAt(entity, filter.asOf)) continue;
    for (const edge of index.links.get(id) ?? []) {
      if (edge.source === id && otherEndUnder(index, id, edge, filter, types)) visit(edge);
    }
  }
}

/**
 * As cypher/graph/list-outgoing-edges.cypher: the relationships under the filter whose source is
 * one of ids, both ends in the network at asOf, in id order.
 */
export function outgoingEdges<E extends IndexedEdge>(
  index: GraphIndex<E>,
  ids: readonly string[],
  filter: EdgeFilter,
): E[] {
  const edges: E[] = [];
  forEachOutgoing(index, ids, filter, (edge) => edges.push(edge));
  return edges.sort((a, b) => compareText(a.id, b.id));
}

/** How many relationships outgoingEdges would give (the network's totals), without listing or sorting them. */
export function countOutgoingEdges(index: GraphIndex, ids: readonly string[], filter: EdgeFilter): number {
  let count = 0;
  forEachOutgoing(index, ids, filter, () => count++);
  return count;
}

/** As cypher/entities/find-ids.cypher: which ids are entities, and whether each is retired. */
export function findIds(index: GraphIndex, ids: readonly string[]): { id: string; retired: boolean }[] {
  return ids.flatMap((id) => {
    const entity = index.entities.get(id);
    return entity ? [{ id, retired: entity.retired }] : [];
  });
}

/**
 * As cypher/graph/expand-neighbours.cypher: the relationships of the live entities in ids, each
 * once. With `within`, only those with both ends in it, tested first, so that the links leaving it
 * (a member's thousand others in a body) cost no filter test.
 */
export function edgesAround<E extends IndexedEdge>(
  index: GraphIndex<E>,
  ids: readonly string[],
  filter: EdgeFilter,
  within?: ReadonlySet<string>,
): E[] {
  const types = new Set(filter.types);
  const edges = new Set<E>();
  const consider = (id: string, edge: E) => {
    if (!edges.has(edge) && otherEndUnder(index, id, edge, filter, types)) edges.add(edge);
  };
  for (const id of ids) {
    const entity = index.entities.get(id);
    if (!entity || entity.retired || (within && !within.has(id))) continue;
    const byNeighbour = within && index.linksByNeighbour.get(id);
    if (byNeighbour && byNeighbour.size > within.size) {
      for (const other of within) for (const edge of byNeighbour.get(other) ?? []) consider(id, edge);
      continue;
    }
    for (const edge of index.links.get(id) ?? []) {
      if (within && !within.has(edge.source === id ? edge.target : edge.source)) continue;
      consider(id, edge);
    }
  }
  return [...edges];
}

export interface CappedExpansion<E> {
  id: string;
  kept: E[][];
  leftOut: { id: string; type: string }[];
}

/** Strongest first: higher confidence, then the later start (none counts as earliest). */
const stronger = (a: IndexedEdge, b: IndexedEdge) =>
  b.confidence - a.confidence || compareText(b.validFrom ?? '', a.validFrom ?? '');

/**
 * As cypher/graph/expand-capped.cypher: for each entity in ids, its neighbours strongest first; the
 * first limitPerNode with all their relationships with it, the rest as ids with the type of their
 * strongest relationship.
 */
export function expandCapped<E extends IndexedEdge>(
  index: GraphIndex<E>,
  ids: readonly string[],
  limitPerNode: number,
  filter: EdgeFilter,
): CappedExpansion<E>[] {
  const types = new Set(filter.types);
  return ids.flatMap((id) => {
    const entity = index.entities.get(id);
    if (!entity) return [];
    const byNeighbour = new Map<string, E[]>();
    if (!entity.retired) {
      for (const edge of index.links.get(id) ?? []) {
        const other = otherEndUnder(index, id, edge, filter, types);
        if (!other) continue;
        const list = byNeighbour.get(other.id);
        if (list) list.push(edge);
        else byNeighbour.set(other.id, [edge]);
      }
    }
    const neighbours = [...byNeighbour].map(([neighbour, edges]) => ({
      id: neighbour,
      edges: edges.sort((a, b) => stronger(a, b) || compareText(a.id, b.id)),
    }));
    neighbours.sort((a, b) => stronger(a.edges[0]!, b.edges[0]!) || compareText(a.id, b.id));
    return [
      {
        id,
        kept: neighbours.slice(0, limitPerNode).map((neighbour) => neighbour.edges),
        leftOut: neighbours
          .slice(limitPerNode)
          .map((neighbour) => ({ id: neighbour.id, type: neighbour.edges[0]!.type })),
      },
    ];
  });
}

export interface IndexedNode {
  id: string;
  kind: EntityKind;
  type: string | null;
  sector: string | null;
  name: string;
  degree: number;
}

/** As cypher/graph/get-nodes.cypher: the entities in ids as the map shows them, at asOf, with their degree under the filter. */
export function nodesOf(index: GraphIndex, ids: readonly string[], filter: EdgeFilter): IndexedNode[] {
  const types = new Set(filter.types);
  const unfiltered = leavesNoneOut(index, filter, types);
  return ids.flatMap((id) => {
    const entity = index.entities.get(id);
    if (!entity) return [];
    return [
      {
        id,
        kind: entity.kind,
        type: entity.type,
        sector: entity.sector,
        name: nameAt(entity, filter.asOf),
        degree: unfiltered ? (index.liveDegree.get(id) ?? 0) : degreeUnder(index, id, filter, types),
      },
    ];
  });
}
