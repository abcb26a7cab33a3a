/**
 * Looking up names in the graph index (graph-index.ts): the exact matches search takes from memory
 * instead of Neo4j, each the twin of its query in cypher/entities/, and the name an entity went by
 * at a date, as cypher/graph/get-nodes.cypher gives it.
 */
import { overlaps } from '../dates.ts';
import { compactName, identifierKey, WELL_KNOWN_EXPANSIONS, type KnownEntity } from '../matching.ts';
import type { EntityKind } from '../vocabulary.ts';
import { compareText, type GraphIndex, type IndexedEntity } from './graph-index.ts';

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
