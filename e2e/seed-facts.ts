/**
 * What the seed says, read straight from its Atlas data files (seed/data/), so the browser tests
 * compare the map with the source records rather than with what the same server answered.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAtlasFile } from '../core/import/atlas-file.ts';
import { overlaps } from '../core/dates.ts';
import type { EntityRecord, RelationshipRecord } from '../core/records.ts';
import { RELATIONSHIP_TYPES, type Family, type RelationshipType } from '../core/vocabulary.ts';

const DATA_DIR = fileURLToPath(new URL('../seed/data/', import.meta.url));
const files = readdirSync(DATA_DIR, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(ya?ml|json)$/.test(name))
  .sort()
  .map((name) => readAtlasFile(name, readFileSync(join(DATA_DIR, name), 'utf8')));

export const entities = files.flatMap((file) => file.entities) as EntityRecord[];
export const relationships = files.flatMap((file) => file.relationships) as RelationshipRecord[];
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
