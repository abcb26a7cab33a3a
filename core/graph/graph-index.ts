/**
 * The relationship graph held in memory, for the reads a request makes most: the links of a few
 * entities under the map's filters, a capped expansion, and the nodes as the map shows them. Each
 * function answers exactly what its query in cypher/graph/ answers (named beside it), so a caller
 * may use either; server/repositories/graph-index.ts keeps one index per graph version and tests
 * check both agree on real data.
 */
import { overlaps } from '../dates.ts';
import { compactName, identifierKey, WELL_KNOWN_EXPANSIONS, type KnownEntity } from '../matching.ts';
import type { EntityKind } from '../vocabulary.ts';
import type { GraphEdge } from './types.ts';

/** An entity as the index keeps it: what nodes show and what the filters test. */
export interface IndexedEntity {
  id: string;
  kind: EntityKind;
  name: string;
  type: string | null;
  sector: string | null;
  validFrom: string | null;
  validTo: string | null;
  retired: boolean;
  /** Its aliases of kind "name" with a date at either end: the names it went by over time. */
  datedNames: { name: string; validFrom: string | null; validTo: string | null }[];
  /** Every alias, for matching names. */
  aliases: { name: string; kind: string }[];
  /** Its identifiers' keys as stored (core/storage.ts identifierKeys), for search by code. */
  identifierKeys?: readonly string[] | null;
}

/** A relationship not retired; the index holds no retired ones (no query reads them). */
export interface IndexedEdge extends GraphEdge {
  validFrom?: string | null;
  validTo?: string | null;
}

/** The filters every graph read shares (types already resolved from families). */
export interface EdgeFilter {
  types: readonly string[];
  asOf: string | null;
  minConfidence: number;
}

export interface GraphIndex<E extends IndexedEdge = IndexedEdge> {
  entities: ReadonlyMap<string, IndexedEntity>;
  /** Each entity's relationships, both directions (none links an entity to itself). */
  links: ReadonlyMap<string, readonly E[]>;
  /** The ids of the entities each name or alias belongs to, by its compactName. */
  named: ReadonlyMap<string, readonly string[]>;
  /** The ids of the entities each identifier key belongs to ("gss:e06000023" and "e06000023"). */
  identified: ReadonlyMap<string, readonly string[]>;
  /** Each entity's links whose other end is live: its degree when no filter leaves any out. */
  liveDegree: ReadonlyMap<string, number>;
  /** The relationship types of its relationships. */
  types: ReadonlySet<string>;
  /**
   * The links of each entity with many, by the entity at their other end, so that finding its
   * links among a few hundred entities need not walk its thousands.
   */
  linksByNeighbour: ReadonlyMap<string, ReadonlyMap<string, readonly E[]>>;
  /** Every entity's id in id order (as Cypher orders strings), for paging through the network. */
  ids: readonly string[];
  relationships: number;
}

/** Entities with more links than this get linksByNeighbour (a test sets fewer). */
const MANY_LINKS = 256;

export function buildGraphIndex<E extends IndexedEdge>(
  entities: readonly IndexedEntity[],
  edges: readonly E[],
  manyLinks = MANY_LINKS,
): GraphIndex<E> {
  const links = new Map<string, E[]>();
  const add = (id: string, edge: E) => {
    const list = links.get(id);
    if (list) list.push(edge);
    else links.set(id, [edge]);
  };
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  for (const edge of edges) {
    // One string per id, the entity's: the walks compare and look up ids on every link.
    edge.source = byId.get(edge.source)?.id ?? edge.source;
    edge.target = byId.get(edge.target)?.id ?? edge.target;
    add(edge.source, edge);
    add(edge.target, edge);
  }
  const named = new Map<string, string[]>();
  const identified = new Map<string, string[]>();
  const file = (map: Map<string, string[]>, key: string, id: string) => {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  };
  for (const entity of entities) {
    for (const name of new Set([entity.name, ...entity.aliases.map((alias) => alias.name)].map(compactName))) {
      file(named, name, entity.id);
    }
    for (const key of new Set(entity.identifierKeys ?? [])) file(identified, key, entity.id);
  }
  const liveDegree = new Map<string, number>();
  const linksByNeighbour = new Map<string, Map<string, E[]>>();
  for (const [id, list] of links) {
    let degree = 0;
    const byNeighbour = list.length > manyLinks ? new Map<string, E[]>() : null;
    for (const edge of list) {
      const otherId = edge.source === id ? edge.target : edge.source;
      const other = byId.get(otherId);
      // As otherEndUnder with every type, any date and minConfidence 0.
      if (other && !other.retired && edge.confidence >= 0) degree++;
      if (byNeighbour) {
        const shared = byNeighbour.get(otherId);
        if (shared) shared.push(edge);
        else byNeighbour.set(otherId, [edge]);
      }
    }
    liveDegree.set(id, degree);
    if (byNeighbour) linksByNeighbour.set(id, byNeighbour);
  }
  return {
    entities: byId,
    links,
    named,
    identified,
    liveDegree,
    types: new Set(edges.map((edge) => edge.type)),
    linksByNeighbour,
    ids: [...byId.keys()].sort(),
    relationships: edges.length,
  };
}

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

/**
 * The part of cypher/entities/find-name-candidates.cypher that core/matching.ts can match exactly:
 * the live entities (of kinds, when given) with a name or alias that is the text apart from case,
 * spacing and punctuation, or is a well-known expansion of it or the short form it expands.
 */
export function exactNameCandidates(
  index: GraphIndex,
  text: string,
  kinds: readonly EntityKind[] | null,
): KnownEntity[] {
  const asked = compactName(text);
  if (asked === '') return [];
  const names = new Set([asked]);
  for (const { short, expansion } of WELL_KNOWN_EXPANSIONS) {
    if (compactName(short) === asked) names.add(compactName(expansion));
    if (compactName(expansion) === asked) names.add(compactName(short));
  }
  const ids = new Set([...names].flatMap((name) => index.named.get(name) ?? []));
  return [...ids].flatMap((id) => {
    const entity = index.entities.get(id)!;
    if (entity.retired || (kinds !== null && !kinds.includes(entity.kind))) return [];
    return [{ id, name: entity.name, kind: entity.kind, aliases: entity.aliases }];
  });
}

/**
 * As cypher/entities/find-by-identifiers.cypher for one text ("E06000023", "gss:E06000023"): the
 * ids of the live entities (of kinds, when given) with that identifier, whatever its case.
 */
export function identifiedCandidates(index: GraphIndex, text: string, kinds: readonly EntityKind[] | null): string[] {
  const live = (index.identified.get(identifierKey(text)) ?? []).flatMap((id) => {
    const entity = index.entities.get(id)!;
    return !entity.retired && (kinds === null || kinds.includes(entity.kind)) ? [entity] : [];
  });
  // By name, as the search query orders entities of the same rank.
  return live.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((entity) => entity.id);
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

/** Cypher orders strings by UTF-16 code unit, as `<` does (not localeCompare). */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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

/**
 * The name an entity went by at asOf: its dated name valid then that started latest (one open at
 * the start counts as latest, as Cypher orders nulls), its own name first on a tie; else its name.
 */
export function nameAt(entity: IndexedEntity, asOf: string | null): string {
  if (asOf === null) return entity.name;
  let best: IndexedEntity['datedNames'][number] | undefined;
  for (const candidate of entity.datedNames) {
    if (!overlaps(asOf, candidate.validFrom, candidate.validTo)) continue;
    if (!best) {
      best = candidate;
      continue;
    }
    const order =
      compareStart(candidate.validFrom, best.validFrom) ||
      Number(candidate.name === entity.name) - Number(best.name === entity.name);
    if (order > 0) best = candidate;
  }
  return best?.name ?? entity.name;
}

/** Which of two starts sorts first in Cypher's descending order (null above every date). */
function compareStart(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareText(a, b);
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
