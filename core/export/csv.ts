/**
 * CSV for spreadsheets: every cell quoted, and a cell that a spreadsheet would read as a formula
 * (starting with = + - @, tab or carriage return) prefixed with an apostrophe; a byte-order mark and
 * CRLF so spreadsheets read UTF-8 names correctly.
 */
import { aliasesText, citationsText, type ExportGraph } from './graph.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function csvTable(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const ENTITY_COLUMNS = [
  'id',
  'kind',
  'name',
  'label',
  'type',
  'sector',
  'validFrom',
  'validTo',
  'description',
  'identifiers',
  'names over time',
  'citations',
  'aliases (JSON)',
  'citations (JSON)',
] as const;

export function entitiesCsv(graph: ExportGraph): string {
  return csvTable(
    ENTITY_COLUMNS,
    graph.entities.map((entity) => [
      entity.id,
      entity.kind,
      entity.name,
      entity.label,
      entity.type,
      entity.sector,
      entity.validFrom,
      entity.validTo,
      entity.description,
      entity.identifiers?.join('; '),
      aliasesText(entity.aliases),
      citationsText(entity.citations, graph.sources),
      JSON.stringify(entity.aliases),
      JSON.stringify(entity.citations),
    ]),
  );
}

export const RELATIONSHIP_COLUMNS = [
  'id',
  'type',
  'family',
  'from',
  'from name',
  'to',
  'to name',
  'role',
  'validFrom',
  'validTo',
  'dateBasis',
  'confidence',
  'citations',
  'citations (JSON)',
] as const;

export function relationshipsCsv(graph: ExportGraph): string {
  const labels = new Map(graph.entities.map((entity) => [entity.id, entity.label]));
  return csvTable(
    RELATIONSHIP_COLUMNS,
    graph.relationships.map((relationship) => [
      relationship.id,
      relationship.type,
      relationship.family,
      relationship.from,
      labels.get(relationship.from),
      relationship.to,
      labels.get(relationship.to),
      relationship.role,
      relationship.validFrom,
      relationship.validTo,
      relationship.dateBasis,
      relationship.confidence,
      citationsText(relationship.citations, graph.sources),
      JSON.stringify(relationship.citations),
    ]),
  );
}
