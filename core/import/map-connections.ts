/**
 * Connection rows → relationships: ends found among the file's elements or in the atlas, type
 * mapped to the vocabulary, dates, role and confidence checked; a stable id from the file or from
 * the ends, type and start. Problems named by file, row and column.
 */
import { endsBeforeStart } from '../dates.ts';
import { relationshipSchema, type Relationship } from '../records.ts';
import { DATE_BASES, RELATIONSHIP_TYPE_NAMES } from '../vocabulary.ts';
import { asSlug, localPart, RELATIONSHIP_ID, slugOf } from './ids.ts';
import type { ConnectionField, ImportMapping } from './mapping-schema.ts';
import type { LeftOutRows } from './map-elements.ts';
import type { ImportNotes, ValueMapper } from './map-values.ts';
import type { EndResolver } from './match-elements.ts';
import type { Problem } from './problems.ts';
import type { ImportTable, TableRow } from './table.ts';

export interface ConnectionContext {
  /** Relationship ids given so far (connections and register columns share them). */
  ids: Set<string>;
  mapping: ImportMapping;
  values: ValueMapper;
  problems: Problem[];
  resolveEnd: EndResolver;
  leftOut: LeftOutRows;
  notes: ImportNotes;
  sourceOf: (file: string) => string;
}

/** Why a connection is left out when only its end is at fault: one line in the report, however many rows. */
export const CAUSE_END_LEFT_OUT = 'left out because an end is left out for its own problems (above)';

/**
 * What confidences are divided by: 1, or for Kumu's Strength (any number) its largest value when above 1, so the strongest connection is stated (1) and the rest in proportion.
 */
function confidenceScale(tables: readonly ImportTable[], column: string | undefined): number {
  if (!column || column.trim().toLowerCase() !== 'strength') return 1;
  let largest = 1;
  for (const table of tables) {
    for (const row of table.connections.rows) {
      const value = Number(row.values[column]);
      if (Number.isFinite(value) && value > largest) largest = value;
    }
  }
  return largest;
}

export function mapConnections(tables: readonly ImportTable[], context: ConnectionContext): Relationship[] {
  const conn = context.mapping.connections;
  const relationships: Relationship[] = [];
  const { ids } = context;
  if (!conn.from || !conn.to) return relationships;
  const scale = confidenceScale(tables, conn.confidence);
  for (const table of tables) {
    for (const row of table.connections.rows) {
      const relationship = mapConnection(table.file, row, { ...context, scale }, ids);
      if (relationship) relationships.push(relationship);
    }
  }
  return relationships;
}

/** Both ends of a row as entity ids, or null after reporting the first that cannot be found. */
function connectionEnds(
  row: TableRow,
  { mapping, resolveEnd, leftOut }: ConnectionContext,
  problem: (field: string, reason: string, cause?: string) => void,
): [string, string] | null {
  const conn = mapping.connections;
  const ends: string[] = [];
  for (const end of ['from', 'to'] as const) {
    const value = row.values[conn[end]!];
    if (value === undefined) {
      problem(conn[end]!, `missing ${end === 'from' ? 'start' : 'end'} of the connection`);
      return null;
    }
    const resolved = resolveEnd(value);
    if (resolved === null) {
      const failed = leftOut.get(value.trim().toLowerCase());
      if (failed) problem(conn[end]!, `"${value}" is left out for its own problems (${failed})`, CAUSE_END_LEFT_OUT);
      else problem(conn[end]!, `unknown relationship end "${value}": no element has this id or name`);
      return null;
    }
    if (resolved === 'ambiguous') {
      problem(conn[end]!, `"${value}" names more than one stakeholder: refer to it by its ID`);
      return null;
    }
    ends.push(resolved);
  }
  return ends as [string, string];
}

function mapConnection(
  file: string,
  row: TableRow,
  context: ConnectionContext & { scale: number },
  ids: Set<string>,
): Relationship | null {
  const { mapping, values, problems } = context;
  const conn = mapping.connections;
  const cell = (field: ConnectionField) => (conn[field] ? row.values[conn[field]] : undefined);
  const problem = (field: string, reason: string, cause?: string) =>
    problems.push({ file, record: row.at, field, reason, ...(cause ? { cause } : {}) });
  const typeValue = cell('type');
  const type = values.map(
    'relationshipType',
    typeValue,
    { file, record: row.at, column: conn.type },
    {
      missing: 'no relationship type: map a Type column, or choose a type for connections without one',
      unknown: `unknown relationship type "${typeValue}": map it to one of ${RELATIONSHIP_TYPE_NAMES.join(', ')}`,
    },
  );
  // Both are reported: an unknown type is a decision to make even where an end is missing.
  const ends = connectionEnds(row, context, problem);
  if (!type || !ends) return null;
  const [from, to] = ends;
  if (from === to) {
    problem(conn.to!, 'a relationship cannot link a stakeholder to itself');
    return null;
  }
  const confidenceText = cell('confidence');
  const confidence =
    confidenceText === undefined ? (mapping.defaults.confidence ?? 1) : Number(confidenceText) / context.scale;
  if (confidenceText !== undefined && (confidenceText.trim() === '' || Number.isNaN(confidence))) {
    problem(conn.confidence!, `"${confidenceText}" is not a number between 0 and 1`);
    return null;
  }
  const record: Record<string, unknown> = {
    type,
    from,
    to,
    dateBasis: cell('dateBasis') ?? 'stated',
    confidence,
    citations: [{ source: context.sourceOf(file), quote: `${file}, ${row.at}` }],
  };
  const columns: Partial<Record<string, string>> = {
    type: conn.type,
    confidence: conn.confidence,
    dateBasis: conn.dateBasis,
  };
  for (const field of ['role', 'validFrom', 'validTo'] as const) {
    const value = cell(field);
    if (value !== undefined) {
      record[field] = value;
      columns[field] = conn[field];
    }
  }
  const relationship = checkedRelationship(
    record,
    { fileId: cell('id'), at: row.at, idColumn: conn.id },
    columns,
    ids,
    problem,
  );
  if (relationship && context.scale !== 1 && confidenceText !== undefined) {
    context.notes.add(
      `confidence: {n} value(s) of "${conn.confidence}" scaled to 0–1 (divided by ${context.scale}, the largest)`,
    );
  }
  return relationship;
}

/**
 * A relationship record given its stable id (the file's `rel:` id, else from its ends, type and start;
 * told apart by the row when two rows would share one), checked against the schema and its dates.
 */
export function checkedRelationship(
  record: Record<string, unknown>,
  where: { fileId: string | undefined; at: string; idColumn: string | undefined },
  columns: Partial<Record<string, string>>,
  ids: Set<string>,
  problem: (field: string, reason: string) => void,
): Relationship | null {
  const { fileId } = where;
  const [from, type, to] = [String(record.from), String(record.type), String(record.to)];
  let id = RELATIONSHIP_ID.test(fileId ?? '')
    ? fileId!
    : `rel:${localPart(from)}-${asSlug(type)}-${localPart(to)}${record.validFrom ? `-${slugOf(String(record.validFrom))}` : ''}`;
  if (ids.has(id)) id = `${id}-${slugOf(fileId ?? where.at)}`;
  if (ids.has(id)) {
    problem(where.idColumn ?? '', `duplicate connection (same ends, type and start as another row)`);
    return null;
  }
  record.id = id;
  const parsed = relationshipSchema.safeParse(record);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      const reason = field === 'dateBasis' ? `must be one of ${DATE_BASES.join(', ')}` : issue.message;
      problem(columns[field] ?? field, reason);
    }
    return null;
  }
  const relationship = parsed.data as Relationship;
  if (endsBeforeStart(relationship.validFrom, relationship.validTo)) {
    problem(
      columns.validTo ?? 'validTo',
      `ends (${relationship.validTo}) before it starts (${relationship.validFrom})`,
    );
    return null;
  }
  ids.add(id);
  return relationship;
}
