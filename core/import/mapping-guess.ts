/**
 * The first mapping, guessed from the columns' names, and the vocabulary's own words read without
 * any mapping ("council", "Member of"). What the user sees before correcting anything.
 */
import { BODY_TYPES, PROGRAMME_TYPES, RELATIONSHIP_TYPE_NAMES, SECTORS, type RelationshipType } from '../vocabulary.ts';
import { asSlug, asTypeName } from './ids.ts';
import {
  emptyMapping,
  type ConnectionField,
  type ElementField,
  type ElementTypeTarget,
  type ImportMapping,
  type MappedValueField,
  lookupValue,
} from './mapping-schema.ts';
import type { ImportTable } from './table.ts';

// Column names as other tools write them, compared without case, spaces, "_" or "-".
const ELEMENT_SYNONYMS: Record<ElementField, string[]> = {
  id: ['id', '_id', 'key', 'identifier', 'elementid'],
  name: ['name', 'label', 'title', 'stakeholder', 'organisation', 'organization'],
  kind: ['kind', 'elementkind', 'entitykind'],
  type: ['type', 'elementtype', 'category', 'stakeholdertype'],
  sector: ['sector'],
  description: ['description', 'summary', 'about'],
  validFrom: ['validfrom', 'start', 'startdate', 'from', 'since', 'founded', 'begin'],
  validTo: ['validto', 'end', 'enddate', 'until', 'dissolved'],
  aliases: ['namesjson', 'aliases(json)', 'aliases', 'alsoknownas', 'aka', 'othernames'],
};
const CONNECTION_SYNONYMS: Record<ConnectionField, string[]> = {
  id: ['id', '_id', 'key', 'identifier', 'connectionid'],
  from: ['from', 'source', 'fromid', 'sourceid'],
  to: ['to', 'target', 'toid', 'targetid'],
  type: ['type', 'connectiontype', 'relationship', 'relationshiptype', 'label'],
  role: ['role', 'position', 'jobtitle'],
  validFrom: ['validfrom', 'start', 'startdate', 'since'],
  validTo: ['validto', 'end', 'enddate', 'until'],
  dateBasis: ['datebasis'],
  confidence: ['confidence', 'certainty', 'strength'],
};

/** Kumu's usual element types that are not words of the vocabulary, and what they most likely are. */
const KUMU_ELEMENT_TYPES: Record<string, ElementTypeTarget> = {
  organization: 'BODY:unclassified',
  organisation: 'BODY:unclassified',
};

/** Formats whose elements are nodes with an id of their own, which names a node without a label. */
export const GRAPH_FORMATS: readonly string[] = ['graphml', 'gexf', 'cyjs'];

export const squash = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, '');

function guessColumns<F extends string>(columns: string[], synonyms: Record<F, string[]>): Partial<Record<F, string>> {
  const guessed: Partial<Record<F, string>> = {};
  const taken = new Set<string>();
  for (const [field, names] of Object.entries(synonyms) as [F, string[]][]) {
    for (const name of names) {
      const found = columns.find((candidate) => squash(candidate) === name && !taken.has(candidate));
      if (found) {
        guessed[field] = found;
        taken.add(found);
        break;
      }
    }
  }
  return guessed;
}

/** What a file's element type means when it is a word of the vocabulary already. */
export function directElementType(value: string): ElementTypeTarget | null {
  const slug = asSlug(value);
  if (['person', 'people', 'individual'].includes(slug)) return 'PERSON';
  // "publication" is both a body and a programme type: only the user can say which.
  const isBody = (BODY_TYPES as readonly string[]).includes(slug);
  const isProgramme = (PROGRAMME_TYPES as readonly string[]).includes(slug);
  if (isBody && !isProgramme) return `BODY:${slug}` as ElementTypeTarget;
  if (isProgramme && !isBody) return `PROGRAMME:${slug}` as ElementTypeTarget;
  return null;
}

export const directSector = (value: string) =>
  (SECTORS as readonly string[]).includes(asSlug(value)) ? (asSlug(value) as (typeof SECTORS)[number]) : null;

export const directRelationshipType = (value: string) =>
  (RELATIONSHIP_TYPE_NAMES as readonly string[]).includes(asTypeName(value))
    ? (asTypeName(value) as RelationshipType)
    : null;

/** Each mapped field's reading of a value in the vocabulary's own words, without a mapping. */
export const DIRECT_VALUES: Record<MappedValueField, (value: string) => string | null> = {
  elementType: directElementType,
  sector: directSector,
  relationshipType: directRelationshipType,
};

/** A first mapping from the columns' names: what the user sees before correcting it. */
export function guessMapping(tables: readonly ImportTable[]): ImportMapping {
  const mapping = emptyMapping();
  const elementColumns = [...new Set(tables.flatMap((table) => table.elements.columns))];
  const connectionColumns = [...new Set(tables.flatMap((table) => table.connections.columns))];
  mapping.elements = guessColumns(elementColumns, ELEMENT_SYNONYMS);
  mapping.connections = guessColumns(connectionColumns, CONNECTION_SYNONYMS);
  const { id, name, type, kind } = mapping.elements;
  // Nodes with no label at all (NetworkX, igraph) are named by their ids.
  if (!name && id && tables.every((table) => GRAPH_FORMATS.includes(table.format))) mapping.elements.name = id;
  if (type && !kind) {
    for (const table of tables) {
      for (const row of table.elements.rows) {
        const value = row.values[type];
        const guessed = value === undefined ? undefined : KUMU_ELEMENT_TYPES[asSlug(value)];
        if (guessed && !lookupValue(mapping.values.elementType, value!)) mapping.values.elementType[value!] = guessed;
      }
    }
  }
  return mapping;
}

/**
 * A name for a layout of columns, so the mapping chosen for one file is offered again for the next
 * file of the same layout: the formats and column names, in order.
 */
export function layoutOf(tables: readonly ImportTable[]): string {
  return tables
    .map((table) => [table.format, table.elements.columns.join(','), table.connections.columns.join(',')].join('|'))
    .sort()
    .join(' + ');
}
