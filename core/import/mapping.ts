/**
 * The mapping step: which column of another tool's file holds a stakeholder's name, kind, type,
 * sector and dates, and a connection's ends, type, dates and confidence; which of the file's values
 * stand for which words of the vocabulary. `guessMapping` proposes one from the column names and
 * values; the user corrects it; `mapTables` turns the rows into Atlas records, reporting every
 * problem by file, row and column. Nothing outside the vocabulary is ever let through: a value the
 * mapping does not cover is reported, once per value, for the user to map.
 *
 * The steps live in their own files: the mapping's shape (mapping-schema.ts), the guess
 * (mapping-guess.ts), values (map-values.ts), element rows (map-elements.ts), matching
 * (match-elements.ts) and connection rows (map-connections.ts).
 */
import type { Entity, Relationship } from '../records.ts';
import { mapConnections } from './map-connections.ts';
import { draftElements } from './map-elements.ts';
import { mapRegisterLinks } from './map-register-links.ts';
import { ImportNotes, ValueMapper, type UnmappedValue } from './map-values.ts';
import type { ImportMapping } from './mapping-schema.ts';
import { matchElements, type MapContext, type StakeholderRow } from './match-elements.ts';
import type { Problem } from './problems.ts';
import type { ImportTable } from './table.ts';

export * from './mapping-schema.ts';
export { directElementType, directRelationshipType, directSector, guessMapping, layoutOf } from './mapping-guess.ts';
export type { UnmappedValue } from './map-values.ts';
export type { MapContext, StakeholderOutcome, StakeholderRow } from './match-elements.ts';

export interface MappedTables {
  entities: Entity[];
  relationships: Relationship[];
  stakeholders: StakeholderRow[];
  unmapped: UnmappedValue[];
  problems: Problem[];
  /** What the mapping did on its own, once each with how many rows it concerns. */
  notes: string[];
  /** False when there were too many rows and known entities to look for possible duplicates. */
  lookedForDuplicates: boolean;
}

/** Problems with the mapping as a whole: no name column, or no ends for connections. */
function missingColumns(tables: readonly ImportTable[], mapping: ImportMapping): Problem[] {
  const problems: Problem[] = [];
  const firstWith = (part: 'elements' | 'connections') => tables.find((table) => table[part].rows.length > 0)?.file;
  const elementsFile = firstWith('elements');
  if (!mapping.elements.name && elementsFile !== undefined) {
    problems.push({
      file: elementsFile,
      record: '',
      field: '',
      reason: 'no column is mapped to the name of a stakeholder (e.g. Label or Name)',
    });
  }
  const connectionsFile = firstWith('connections');
  if ((!mapping.connections.from || !mapping.connections.to) && connectionsFile !== undefined) {
    problems.push({
      file: connectionsFile,
      record: '',
      field: '',
      reason: 'no columns are mapped to the two ends of a connection (e.g. From and To)',
    });
  }
  const elementColumns = new Set(tables.flatMap((table) => table.elements.columns));
  const registerColumns = [
    ...(mapping.relationshipColumns ?? []).map((link) => link.column),
    ...Object.keys(mapping.identifierColumns ?? {}),
  ];
  for (const column of registerColumns) {
    if (elementsFile !== undefined && !elementColumns.has(column)) {
      problems.push({
        file: elementsFile,
        record: '',
        field: column,
        reason: 'the mapping names this column, which no file has',
      });
    }
  }
  return problems;
}

/** Turns the rows of the tables into Atlas records with the mapping, checking every cell. */
export function mapTables(tables: readonly ImportTable[], mapping: ImportMapping, context: MapContext): MappedTables {
  const problems: Problem[] = [...tables.flatMap((table) => table.problems), ...missingColumns(tables, mapping)];
  const values = new ValueMapper(mapping, problems);
  const notes = new ImportNotes();
  const { drafts, leftOut } = draftElements(tables, { mapping, values, problems, notes });
  const matched = matchElements(drafts, context, { idColumn: mapping.elements.id, problems, leftOut });
  const ids = new Set<string>();
  const connections = mapConnections(tables, {
    ids,
    mapping,
    values,
    problems,
    resolveEnd: matched.resolveEnd,
    leftOut,
    notes,
    sourceOf: context.sourceOf,
  });
  const links = mapRegisterLinks(matched.placed, {
    mapping,
    problems,
    resolveEnd: matched.resolveEnd,
    ids,
    sourceOf: context.sourceOf,
  });
  const relationships = [...connections, ...links];
  return {
    entities: matched.entities,
    relationships,
    stakeholders: matched.stakeholders,
    unmapped: values.list(),
    problems,
    notes: notes.list(),
    lookedForDuplicates: matched.lookedForDuplicates,
  };
}
