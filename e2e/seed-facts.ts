/**
 * What the seed says, read straight from seed/data, so the browser tests compare the map with the
 * source records rather than with what the same server answered.
 */
import { seedCatalog } from '../seed/catalog.ts';
import { overlaps } from '../core/dates.ts';
import type { EntityRecord, RelationshipRecord } from '../core/records.ts';
import { RELATIONSHIP_TYPES, type Family, type RelationshipType } from '../core/vocabulary.ts';

export const entities = seedCatalog.entities.flatMap((file) => file.records) as EntityRecord[];
export const relationships = seedCatalog.relationships.flatMap((file) => file.records) as RelationshipRecord[];

export function entity(id: string): EntityRecord {
  const found = entities.find((record) => record.id === id);
  if (!found) throw new Error(`No seed entity ${id}`);
  return found;
}

export function familyOf(relationship: RelationshipRecord): Family {
  return RELATIONSHIP_TYPES[relationship.type as RelationshipType].family;
}

/** Entities with at least one of the given relationships: the ones the map shows by default. */
export function endpoints(records: readonly RelationshipRecord[]): Set<string> {
  return new Set(records.flatMap((record) => [record.from, record.to]));
}

/** Relationships valid in a year, with both ends existing then. */
export function validIn(year: string): RelationshipRecord[] {
  const alive = (id: string) => {
    const record = entity(id) as EntityRecord & { validFrom?: string | null; validTo?: string | null };
    return overlaps(year, record.validFrom, record.validTo);
  };
  return relationships.filter(
    (record) => overlaps(year, record.validFrom, record.validTo) && alive(record.from) && alive(record.to),
  );
}
