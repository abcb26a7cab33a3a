/**
 * The relationship graph held in memory, for the reads a request makes most (graph-index-reads.ts)
 * and the exact name matches of search (graph-index-names.ts): each entity's links both ways, its
 * names and identifiers filed for look-up, and what the map's unfiltered degree needs.
 * server/repositories/graph-index.ts keeps one index per graph version and tests check the reads
 * agree with their Cypher on real data.
 */
import { compactName } from '../matching.ts';
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

/** Cypher orders strings by UTF-16 code unit, as `<` does (not localeCompare). */
export const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
