/**
 * Element rows → drafts of entities: name, kind, type, sector, dates and aliases, each cell checked
 * and mapped to the vocabulary; problems named by file, row and column. Matching and ids come after
 * (./match-elements.ts).
 */
import { BODY_TYPES, ENTITY_KINDS, PROGRAMME_TYPES, SECTORS, type EntityKind } from '../vocabulary.ts';
import { checkText, DAMAGED_TEXT, damagedTextReason } from './damaged-text.ts';
import { asSlug } from './ids.ts';
import { directElementType } from './mapping-guess.ts';
import { GRAPH_FORMATS } from './mapping-guess.ts';
import { lookupValue, type ElementField, type ImportMapping } from './mapping-schema.ts';
import type { ImportNotes, ValueMapper } from './map-values.ts';
import type { Problem } from './problems.ts';
import type { ImportTable, TableRow } from './table.ts';

export interface ElementDraft {
  file: string;
  at: string;
  row: string;
  /** The file's own id for the element, for connections to refer to. */
  fileId?: string;
  name: string;
  kind: EntityKind;
  record: Record<string, unknown>;
  /** The column of each record field, to name in problems. */
  columns: Partial<Record<string, string>>;
  /** Cells of the mapping's relationship columns: what they name, to link once every row is matched. */
  links: { column: string; value: string }[];
  /** The row's start and end, which date its links (kept for people too, whose own dates are their roles'). */
  dates: { validFrom?: string; validTo?: string };
}

/** Rows left out for their problems, by name and id (lower case) → where they are, so connections to them say why they fail. */
export type LeftOutRows = Map<string, string>;

interface DraftContext {
  mapping: ImportMapping;
  values: ValueMapper;
  problems: Problem[];
  notes: ImportNotes;
}

export const NOTE_UNLABELLED = '{n} node(s) without a label take their id as their name';
export const NOTE_REPAIRED = '{n} name(s) written as UTF-8 read as Latin-1 ("CafÃ©") were repaired ("Café")';
export const NOTE_UNKNOWN_SECTOR =
  '{n} unclassified bod(ies) without a sector get the sector "unknown"; editors find them under "To classify"';

/** Records that a row is left out, under its id and its name. */
export function leaveOut(leftOut: LeftOutRows, mapping: ImportMapping, file: string, row: TableRow): void {
  const cols = mapping.elements;
  for (const field of ['id', 'name'] as const) {
    const value = cols[field] ? row.values[cols[field]] : undefined;
    if (value !== undefined) leftOut.set(value.trim().toLowerCase(), `${file}, ${row.at}`);
  }
}

/** Every element row of the tables as a draft, or left out with its problems reported. */
export function draftElements(
  tables: readonly ImportTable[],
  context: DraftContext,
): { drafts: ElementDraft[]; leftOut: LeftOutRows } {
  const drafts: ElementDraft[] = [];
  const leftOut: LeftOutRows = new Map();
  if (!context.mapping.elements.name) return { drafts, leftOut };
  for (const table of tables) {
    for (const row of table.elements.rows) {
      const draft = draftElement(table, row, context);
      if (draft) drafts.push(draft);
      else leaveOut(leftOut, context.mapping, table.file, row);
    }
  }
  return { drafts, leftOut };
}

/** The kind (and body or programme type) of a row, from a kind column with a type, or a type alone. */
function elementType(
  file: string,
  row: TableRow,
  { mapping, values, problems }: DraftContext,
): { kind: EntityKind; type?: string } | null {
  const cols = mapping.elements;
  const where = (field: string, reason: string): Problem => ({ file, record: row.at, field, reason });
  const kindValue = cols.kind ? row.values[cols.kind] : undefined;
  const typeValue = cols.type ? row.values[cols.type] : undefined;
  if (kindValue !== undefined) {
    const kind = ENTITY_KINDS.find((candidate) => candidate === kindValue.trim().toUpperCase());
    if (!kind) {
      problems.push(where(cols.kind!, `unknown kind "${kindValue}": must be BODY, PERSON or PROGRAMME`));
      return null;
    }
    if (kind === 'PERSON' || typeValue === undefined) return { kind };
    const target = lookupValue(mapping.values.elementType, typeValue) ?? directElementType(typeValue);
    const [targetKind, type] = (target ?? '').split(':');
    if (target && targetKind === kind) return { kind, type };
    const asIs = asSlug(typeValue);
    const allowed: readonly string[] = kind === 'BODY' ? BODY_TYPES : PROGRAMME_TYPES;
    if (allowed.includes(asIs)) return { kind, type: asIs };
    values.unknown(
      'elementType',
      typeValue,
      where(cols.type!, `unknown ${kind.toLowerCase()} type "${typeValue}": map it to one of ${allowed.join(', ')}`),
    );
    return null;
  }
  const target = values.map(
    'elementType',
    typeValue,
    { file, record: row.at, column: cols.type },
    {
      missing: 'no type: map a Type column, or choose what stakeholders without one are',
      unknown: `unknown type "${typeValue}": map it to a person or a kind of body or programme`,
    },
  );
  if (!target) return null;
  const [kind, type] = target.split(':') as [EntityKind, string | undefined];
  return { kind, type };
}

/** The row's name; a node without a label is named by its id, as graph tools show it. */
function nameOf(table: ImportTable, row: TableRow, { mapping, notes }: DraftContext): string | undefined {
  const cols = mapping.elements;
  const label = cols.name ? row.values[cols.name] : undefined;
  const id = cols.id ? row.values[cols.id] : undefined;
  if (!GRAPH_FORMATS.includes(table.format) || id === undefined) return label;
  if (label === undefined || cols.name === cols.id) notes.add(NOTE_UNLABELLED);
  return label ?? id;
}

/**
 * Names as meant: a double encoding repaired (and noted), or null after reporting a damaged name,
 * which is never stored.
 */
function soundNames(names: string[], where: Omit<Problem, 'reason'>, { problems, notes }: DraftContext) {
  const sound: string[] = [];
  for (const name of names) {
    const checked = checkText(name);
    if (checked.damaged) {
      problems.push({ ...where, reason: damagedTextReason(name, checked.part), cause: DAMAGED_TEXT });
      return null;
    }
    if (checked.repaired) notes.add(NOTE_REPAIRED);
    sound.push(checked.text);
  }
  return sound;
}

/** A cell of aliases as records, their names sound; null after reporting why it cannot be. */
function soundAliases(text: string, where: Omit<Problem, 'reason'>, context: DraftContext) {
  const parsed = aliasesOf(text);
  if (parsed === null) {
    const reason = 'must be names separated by ";" or ",", or a JSON list of names (as Atlas exports write them)';
    context.problems.push({ ...where, reason });
    return null;
  }
  const names = soundNames(
    parsed.map((alias) => String(alias.name ?? '')),
    where,
    context,
  );
  return names && parsed.map((alias, index) => (alias.name === undefined ? alias : { ...alias, name: names[index] }));
}

function draftElement(table: ImportTable, row: TableRow, context: DraftContext): ElementDraft | null {
  const { mapping, values, problems, notes } = context;
  const { file } = table;
  const cols = mapping.elements;
  const cell = (field: ElementField) => (cols[field] ? row.values[cols[field]] : undefined);
  const written = nameOf(table, row, context);
  if (written === undefined) {
    problems.push({ file, record: row.at, field: cols.name!, reason: 'missing name' });
    return null;
  }
  const [name] = soundNames([written], { file, record: row.at, field: cols.name! }, context) ?? [];
  if (name === undefined) return null;
  const typed = elementType(file, row, context);
  if (!typed) return null;
  const record: Record<string, unknown> = { kind: typed.kind, name };
  const columns: Partial<Record<string, string>> = { name: cols.name, kind: cols.kind ?? cols.type };
  if (typed.type !== undefined) {
    record.type = typed.type;
    columns.type = cols.type;
  }
  if (typed.kind === 'BODY') {
    const value = cell('sector');
    // Nothing is known of an unclassified body, its sector included: one decision, not two.
    const unknown = typed.type === 'unclassified' && value === undefined && !mapping.defaults.sector;
    if (unknown) notes.add(NOTE_UNKNOWN_SECTOR);
    const sector = unknown
      ? 'unknown'
      : values.map(
          'sector',
          value,
          { file, record: row.at, column: cols.sector },
          {
            missing: 'a body needs a sector: map a Sector column, or choose one for bodies without it',
            unknown: `unknown sector "${value}": map it to one of ${SECTORS.join(', ')}`,
          },
        );
    if (!sector) return null;
    record.sector = sector;
    columns.sector = cols.sector;
  }
  for (const field of ['description', 'validFrom', 'validTo'] as const) {
    const value = cell(field);
    if (value === undefined) continue;
    if (typed.kind === 'PERSON' && field !== 'description') continue; // people's dates are their roles'
    record[field] = value;
    columns[field] = cols[field];
  }
  const aliases = cell('aliases');
  if (aliases !== undefined) {
    const parsed = soundAliases(aliases, { file, record: row.at, field: cols.aliases! }, context);
    if (!parsed) return null;
    record.aliases = parsed;
    columns.aliases = cols.aliases;
  }
  const identifiers = Object.entries(mapping.identifierColumns ?? {}).flatMap(([column, scheme]) => {
    const value = row.values[column];
    return value === undefined ? [] : [{ scheme, value, column }];
  });
  if (identifiers.length > 0) {
    record.identifiers = identifiers.map(({ scheme, value }) => ({ scheme, value }));
    columns.identifiers = identifiers[0]!.column;
  }
  const links = (mapping.relationshipColumns ?? []).flatMap(({ column }) => {
    const value = row.values[column];
    return value === undefined ? [] : [{ column, value }];
  });
  const fileId = cell('id');
  const dates = { validFrom: cell('validFrom'), validTo: cell('validTo') };
  return { file, at: row.at, row: `${file}: ${row.at}`, fileId, name, kind: typed.kind, record, columns, links, dates };
}

/** Names as Atlas exports write them (a JSON list of aliases), or names separated by ";" (else by ","). */
function aliasesOf(text: string): Record<string, unknown>[] | null {
  if (text.trim().startsWith('[')) {
    try {
      const list = JSON.parse(text) as unknown;
      if (!Array.isArray(list)) return null;
      return list.map((alias) => {
        const { name, kind, validFrom, validTo } = (alias ?? {}) as Record<string, unknown>;
        return Object.fromEntries(
          Object.entries({ name, kind: kind ?? 'name', validFrom, validTo }).filter(([, value]) => value !== undefined),
        );
      });
    } catch {
      return null;
    }
  }
  return text
    .split(text.includes(';') ? ';' : ',')
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => ({ name, kind: 'name' }));
}
