/**
 * Which of the atlas's stakeholders each record of a ready-made layer (layers.ts) already is: the
 * same identifier, the same id, or exactly the same name or alias. A layer never guesses: a name
 * that several stakeholders share matches none of them.
 */
import { compactName, identifierKey, type KnownEntity } from '../../core/matching.ts';
import { identifierText, type Entity } from '../../core/records.ts';
import type { Executor } from '../repositories/executor.ts';
import { entitiesWithIdentifiers, knownEntities } from '../repositories/entity-lookup.ts';

/** The atlas's stakeholder a layer record is, and why ("same identifier as …"). */
export type LayerMatch = { entity: KnownEntity; reason: string };

/** The atlas's stakeholder each layer record is: the same identifier, the same id, or the same name or alias. */
export async function matchLayer(executor: Executor, entities: readonly Entity[]): Promise<Map<string, LayerMatch>> {
  const texts = entities.flatMap((entity) => entity.identifiers.map(identifierText));
  const [byIdentifier, known] = await Promise.all([
    entitiesWithIdentifiers(executor, texts, ['BODY']),
    knownEntities(executor, ['BODY']),
  ]);
  const knownById = new Map(known.map((entity) => [entity.id, entity]));
  // Exact names and aliases only (compared as core/matching.ts does): a layer never guesses.
  const byName = new Map<string, KnownEntity[]>();
  const byAlias = new Map<string, KnownEntity[]>();
  const index = (map: Map<string, KnownEntity[]>, name: string, entity: KnownEntity) =>
    map.set(compactName(name), [...(map.get(compactName(name)) ?? []), entity]);
  for (const entity of known) {
    index(byName, entity.name, entity);
    for (const alias of entity.aliases) index(byAlias, alias.name, entity);
  }
  const holders = new Map<string, KnownEntity[]>();
  for (const entity of byIdentifier) {
    for (const identifier of entity.identifiers ?? []) {
      holders.set(identifierKey(identifier), [...(holders.get(identifierKey(identifier)) ?? []), entity]);
    }
  }
  const taken = new Set<string>();
  const matches = new Map<string, LayerMatch>();
  // A stakeholder with another row's dataset code is that row's, whatever its name.
  const otherCode = (candidate: KnownEntity, layer: Entity) => {
    const own = layer.identifiers.filter((identifier) => identifier.scheme === 'la-code').map(identifierText);
    return (candidate.identifiers ?? []).some(
      (identifier) => identifier.startsWith('la-code:') && !own.includes(identifier),
    );
  };
  const offer = (layer: Entity, entity: KnownEntity | undefined, reason: string) => {
    if (!entity || taken.has(entity.id) || otherCode(entity, layer)) return false;
    taken.add(entity.id);
    matches.set(layer.id, { entity, reason });
    return true;
  };
  const unmatched: Entity[] = [];
  for (const layer of entities) {
    const found = layer.identifiers.flatMap(
      (identifier) => holders.get(identifierKey(identifierText(identifier))) ?? [],
    );
    const ids = new Set(found.map((entity) => entity.id));
    if (ids.size === 1 && offer(layer, found[0], `same identifier as ${found[0]!.name}`)) continue;
    unmatched.push(layer);
  }
  for (const layer of unmatched) {
    const same = knownById.get(layer.id);
    if (same && offer(layer, same, `same id as ${same.name}`)) continue;
    const key = compactName(layer.name);
    const sameName = byName.get(key) ?? [];
    const best = sameName.length > 0 ? sameName : (byAlias.get(key) ?? []);
    if (new Set(best.map((entity) => entity.id)).size === 1) {
      const reason = sameName.length > 0 ? `same name as ${best[0]!.name}` : `a name of ${best[0]!.name}`;
      offer(layer, best[0], reason);
    }
  }
  return matches;
}
