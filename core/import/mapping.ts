/**
 * The mapping step: which column of another tool's file holds a stakeholder's name, kind, type,
 * sector and dates, and a connection's ends, type, dates and confidence; which of the file's values
 * stand for which words of the vocabulary. `guessMapping` proposes one from the column names and
 * values; the user corrects it; `mapTables` turns the rows into Atlas records, reporting every
 * problem by file, row and column. Nothing outside the vocabulary is ever let through: a value the
 * mapping does not cover is reported, once per value, for the user to map.
 */
import { z } from 'zod';
import { endsBeforeStart } from '../dates.ts';
import {
  isExactMatch,
  matchCandidates,
  identifierKey,
  WELL_KNOWN_EXPANSIONS,
  type KnownEntity,
  type MatchCandidate,
} from '../matching.ts';
import { entitySchema, relationshipSchema, type Entity, type Relationship } from '../records.ts';
import {
  BODY_TYPES,
  DATE_BASES,
  ENTITY_KINDS,
  PROGRAMME_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  SECTORS,
  type EntityKind,
  type RelationshipType,
} from '../vocabulary.ts';
import type { Problem } from './problems.ts';
import type { ImportTable, TableRow } from './table.ts';

export const ELEMENT_FIELDS = [
  'id',
  'name',
  'kind',
  'type',
  'sector',
  'description',
  'validFrom',
  'validTo',
  'aliases',
] as const;
export type ElementField = (typeof ELEMENT_FIELDS)[number];

export const CONNECTION_FIELDS = [
  'id',
  'from',
  'to',
  'type',
  'role',
  'validFrom',
  'validTo',
  'dateBasis',
  'confidence',
] as const;
export type ConnectionField = (typeof CONNECTION_FIELDS)[number];

/** What a file's element type may stand for: a person, or a kind of body or programme. */
export const ELEMENT_TYPE_TARGETS = [
  'PERSON',
  ...BODY_TYPES.map((type) => `BODY:${type}` as const),
  ...PROGRAMME_TYPES.map((type) => `PROGRAMME:${type}` as const),
] as const;
export type ElementTypeTarget = (typeof ELEMENT_TYPE_TARGETS)[number];

const column = z.string().trim().min(1, 'must name a column');

export const importMappingSchema = z.strictObject({
  elements: z.partialRecord(z.enum(ELEMENT_FIELDS), column),
  connections: z.partialRecord(z.enum(CONNECTION_FIELDS), column),
  /** The file's values (as written, compared without case) and what they stand for. */
  values: z.strictObject({
    elementType: z.record(z.string(), z.enum(ELEMENT_TYPE_TARGETS)),
    sector: z.record(z.string(), z.enum(SECTORS)),
    relationshipType: z.record(z.string(), z.enum(RELATIONSHIP_TYPE_NAMES)),
  }),
  /** Used where the file has no column, or an empty cell. */
  defaults: z.strictObject({
    elementType: z.enum(ELEMENT_TYPE_TARGETS).optional(),
    sector: z.enum(SECTORS).optional(),
    relationshipType: z.enum(RELATIONSHIP_TYPE_NAMES).optional(),
    confidence: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').optional(),
  }),
});
export type ImportMapping = z.infer<typeof importMappingSchema>;

/** The fields whose values are mapped to the vocabulary. */
export type MappedValueField = keyof ImportMapping['values'];

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
  confidence: ['confidence', 'certainty'],
};

const squash = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, '');
/** A vocabulary word as files write it: "Local government" and "local_government" are local-government. */
const asSlug = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const asTypeName = (text: string) => asSlug(text).replace(/-/g, '_').toUpperCase();

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
const DIRECT_VALUES: Record<MappedValueField, (value: string) => string | null> = {
  elementType: directElementType,
  sector: directSector,
  relationshipType: directRelationshipType,
};

const emptyMapping = (): ImportMapping => ({
  elements: {},
  connections: {},
  values: { elementType: {}, sector: {}, relationshipType: {} },
  defaults: {},
});

/** A first mapping from the columns' names: what the user sees before correcting it. */
export function guessMapping(tables: readonly ImportTable[]): ImportMapping {
  const mapping = emptyMapping();
  const elementColumns = [...new Set(tables.flatMap((table) => table.elements.columns))];
  const connectionColumns = [...new Set(tables.flatMap((table) => table.connections.columns))];
  mapping.elements = guessColumns(elementColumns, ELEMENT_SYNONYMS);
  // A file with a kind column (an Atlas export) has its type column for the body or programme type.
  mapping.connections = guessColumns(connectionColumns, CONNECTION_SYNONYMS);
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

export type StakeholderOutcome =
  | { kind: 'new' }
  | { kind: 'matches'; entityId: string; reason: string; decided: boolean }
  | { kind: 'possible-duplicate'; entityId: string; reason: string };

/** What the import does with one element row. */
export interface StakeholderRow {
  /** "file: at", the key of a decision. */
  row: string;
  name: string;
  kind: EntityKind;
  /** The entity the row becomes or joins. */
  entityId: string;
  outcome: StakeholderOutcome;
}

export interface UnmappedValue {
  field: MappedValueField;
  value: string;
  /** How many rows have it. */
  rows: number;
}

export interface MapContext {
  /** Entities already in the atlas, to match rows against. */
  known: readonly KnownEntity[];
  /** The source each file's facts cite. */
  sourceOf: (file: string) => string;
  /**
   * The user's decisions by row ("file: at"): an existing entity's id ("this is X") or "new"
   * ("a different stakeholder"). A possible duplicate without a decision is imported as new.
   */
  decisions?: ReadonlyMap<string, string>;
  /** Rows × known entities above which possible duplicates are not looked for (exact matches still are). */
  fuzzyLimit?: number;
}

export interface MappedTables {
  entities: Entity[];
  relationships: Relationship[];
  stakeholders: StakeholderRow[];
  unmapped: UnmappedValue[];
  problems: Problem[];
  /** False when there were too many rows and known entities to look for possible duplicates. */
  lookedForDuplicates: boolean;
}

const ID_PREFIX: Record<EntityKind, string> = { BODY: 'body', PERSON: 'person', PROGRAMME: 'programme' };
const ENTITY_ID = /^(body|person|programme):[a-z0-9]+(?:-[a-z0-9]+)*$/;
const RELATIONSHIP_ID = /^rel:[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG = 60;
const slugOf = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/g, '') || 'unnamed';
const localPart = (id: string) => id.slice(id.indexOf(':') + 1);

interface ElementDraft {
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
}

/** Turns the rows of the tables into Atlas records with the mapping, checking every cell. */
export function mapTables(tables: readonly ImportTable[], mapping: ImportMapping, context: MapContext): MappedTables {
  const problems: Problem[] = tables.flatMap((table) => table.problems);
  const unmapped = new Map<string, UnmappedValue & { first: Problem }>();
  const cols = mapping.elements;
  const conn = mapping.connections;

  /** One problem per unmapped value and column, however many rows have it. */
  function unknownValue(field: MappedValueField, value: string, where: Problem) {
    const key = `${field}\u0000${value.toLowerCase()}`;
    const seen = unmapped.get(key);
    if (seen) {
      seen.rows += 1;
      return;
    }
    unmapped.set(key, { field, value, rows: 1, first: where });
    problems.push(where);
  }
  const lookup = <T extends string>(table: Record<string, T>, value: string): T | undefined => {
    const wanted = value.trim().toLowerCase();
    for (const [key, target] of Object.entries(table)) if (key.trim().toLowerCase() === wanted) return target;
    return undefined;
  };

  /**
   * A cell of a mapped field through the mapping: the user's mapping of its value, else the
   * vocabulary's own word, else (an empty cell, no column) the default. Null after reporting the
   * value, or its absence, as one to map, with the reason for each case.
   */
  function mappedValue<F extends MappedValueField>(
    field: F,
    value: string | undefined,
    at: { file: string; record: string; column: string | undefined },
    reasons: { missing: string; unknown: string },
  ): NonNullable<ImportMapping['defaults'][F]> | null {
    const target =
      value !== undefined
        ? (lookup(mapping.values[field] as Record<string, string>, value) ?? DIRECT_VALUES[field](value))
        : mapping.defaults[field];
    if (target) return target as NonNullable<ImportMapping['defaults'][F]>;
    unknownValue(field, value ?? '', {
      file: at.file,
      record: at.record,
      field: at.column ?? '',
      reason: value === undefined ? reasons.missing : reasons.unknown,
    });
    return null;
  }

  if (!cols.name && tables.some((table) => table.elements.rows.length > 0)) {
    problems.push({
      file: tables.find((table) => table.elements.rows.length > 0)!.file,
      record: '',
      field: '',
      reason: 'no column is mapped to the name of a stakeholder (e.g. Label or Name)',
    });
  }
  if ((!conn.from || !conn.to) && tables.some((table) => table.connections.rows.length > 0)) {
    problems.push({
      file: tables.find((table) => table.connections.rows.length > 0)!.file,
      record: '',
      field: '',
      reason: 'no columns are mapped to the two ends of a connection (e.g. From and To)',
    });
  }

  // Elements → drafts with kind, type, sector and fields; problems named by file, row and column.
  const drafts: ElementDraft[] = [];
  // Rows left out for their problems, by name and id, so connections to them say why they fail.
  const leftOut = new Map<string, string>();
  const leaveOut = (file: string, row: TableRow) => {
    for (const field of ['id', 'name'] as const) {
      const value = cols[field] ? row.values[cols[field]] : undefined;
      if (value !== undefined) leftOut.set(value.trim().toLowerCase(), `${file}, ${row.at}`);
    }
  };
  for (const table of tables) {
    if (!cols.name) break;
    for (const row of table.elements.rows) {
      const draft = draftElement(table.file, row);
      if (draft) drafts.push(draft);
      else leaveOut(table.file, row);
    }
  }

  function elementType(file: string, row: TableRow): { kind: EntityKind; type?: string } | null {
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
      const target = lookup(mapping.values.elementType, typeValue) ?? directElementType(typeValue);
      const [targetKind, type] = (target ?? '').split(':');
      if (target && targetKind === kind) return { kind, type };
      const asIs = asSlug(typeValue);
      const allowed: readonly string[] = kind === 'BODY' ? BODY_TYPES : PROGRAMME_TYPES;
      if (allowed.includes(asIs)) return { kind, type: asIs };
      unknownValue(
        'elementType',
        typeValue,
        where(cols.type!, `unknown ${kind.toLowerCase()} type "${typeValue}": map it to one of ${allowed.join(', ')}`),
      );
      return null;
    }
    const target = mappedValue(
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

  function draftElement(file: string, row: TableRow): ElementDraft | null {
    const cell = (field: ElementField) => (cols[field] ? row.values[cols[field]] : undefined);
    const name = cell('name');
    if (name === undefined) {
      problems.push({ file, record: row.at, field: cols.name!, reason: 'missing name' });
      return null;
    }
    const typed = elementType(file, row);
    if (!typed) return null;
    const record: Record<string, unknown> = { kind: typed.kind, name };
    const columns: Partial<Record<string, string>> = { name: cols.name, kind: cols.kind ?? cols.type };
    if (typed.type !== undefined) {
      record.type = typed.type;
      columns.type = cols.type;
    }
    if (typed.kind === 'BODY') {
      const value = cell('sector');
      const sector = mappedValue(
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
      const parsed = aliasesOf(aliases);
      if (parsed === null) {
        problems.push({
          file,
          record: row.at,
          field: cols.aliases!,
          reason: 'must be names separated by ";" or a JSON list of names (as Atlas exports write them)',
        });
        return null;
      }
      record.aliases = parsed;
      columns.aliases = cols.aliases;
    }
    return { file, at: row.at, row: `${file}: ${row.at}`, fileId: cell('id'), name, kind: typed.kind, record, columns };
  }

  // Matching: exact matches join the existing entity; possible ones are offered, never merged silently.
  const exactIndex = buildExactIndex(context.known);
  const knownById = new Map(context.known.map((entity) => [entity.id, entity]));
  const fuzzy = drafts.length * context.known.length <= (context.fuzzyLimit ?? 5_000_000);
  const knownIds = new Set(context.known.map((entity) => entity.id));
  const usedIds = new Set<string>();
  const stakeholders: StakeholderRow[] = [];
  const entities: Entity[] = [];
  const byFileId = new Map<string, string>();
  const byName = new Map<string, string[]>();

  const seenFileIds = new Map<string, string>();
  const rowOf = (draft: ElementDraft): TableRow => ({
    at: draft.at,
    values: Object.fromEntries(
      (['id', 'name'] as const).flatMap((field) => {
        const value = field === 'id' ? draft.fileId : draft.name;
        return cols[field] && value !== undefined ? [[cols[field], value]] : [];
      }),
    ),
  });
  for (const draft of drafts) {
    if (draft.fileId !== undefined) {
      const key = `${draft.file}\u0000${draft.fileId}`;
      const first = seenFileIds.get(key);
      if (first) {
        problems.push({
          file: draft.file,
          record: draft.at,
          field: cols.id!,
          reason: `duplicate id "${draft.fileId}" (also ${first})`,
        });
        continue; // the first row with the id stands
      }
      seenFileIds.set(key, draft.at);
    }
    const citation = { source: context.sourceOf(draft.file), quote: `${draft.file}, ${draft.at}` };
    const proposedId =
      ENTITY_ID.test(draft.fileId ?? '') && draft.fileId!.startsWith(`${ID_PREFIX[draft.kind]}:`)
        ? draft.fileId!
        : `${ID_PREFIX[draft.kind]}:${slugOf(draft.name)}`;
    const decision = context.decisions?.get(draft.row);
    let outcome: StakeholderOutcome = { kind: 'new' };
    let entityId: string;
    const exact = decision === 'new' ? null : exactMatch(exactIndex, knownById, draft);
    if (decision && decision !== 'new') {
      if (!knownIds.has(decision)) {
        problems.push({
          file: draft.file,
          record: draft.at,
          field: '',
          reason: `the decision names "${decision}", which is not a stakeholder in the atlas`,
        });
        continue;
      }
      entityId = decision;
      outcome = { kind: 'matches', entityId: decision, reason: 'chosen by the user', decided: true };
    } else if (exact) {
      entityId = exact.id;
      outcome = { kind: 'matches', entityId: exact.id, reason: exact.reason, decided: false };
    } else {
      const possible =
        decision === undefined && fuzzy
          ? matchCandidates({ name: draft.name, kind: draft.kind }, context.known).find(
              // Exact levels were looked up above; several same-named entities leave only possibles.
              (candidate) => !isExactMatch(candidate.match) || candidate.match === 'exact-name',
            )
          : undefined;
      if (possible) outcome = { kind: 'possible-duplicate', entityId: possible.id, reason: possible.reason };
      entityId = uniqueId(proposedId, draft);
      const record: Record<string, unknown> = { ...draft.record, id: entityId, citations: [citation] };
      if (draft.record.aliases) {
        record.aliases = (draft.record.aliases as Record<string, unknown>[]).map((alias) => ({
          ...alias,
          citations: [citation],
        }));
      }
      const parsed = entitySchema.safeParse(record);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? '');
          problems.push({
            file: draft.file,
            record: draft.at,
            field: draft.columns[field] ?? field,
            reason: issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message,
          });
        }
        leaveOut(draft.file, rowOf(draft));
        continue;
      }
      const entity = parsed.data as Entity;
      if (entity.kind !== 'PERSON' && endsBeforeStart(entity.validFrom, entity.validTo)) {
        problems.push({
          file: draft.file,
          record: draft.at,
          field: draft.columns.validTo ?? 'validTo',
          reason: `ends (${entity.validTo}) before it starts (${entity.validFrom})`,
        });
        leaveOut(draft.file, rowOf(draft));
        continue;
      }
      entities.push(entity);
    }
    usedIds.add(entityId);
    stakeholders.push({ row: draft.row, name: draft.name, kind: draft.kind, entityId, outcome });
    if (draft.fileId !== undefined) byFileId.set(draft.fileId, entityId);
    const nameKey = draft.name.trim().toLowerCase();
    byName.set(nameKey, [...(byName.get(nameKey) ?? []), entityId]);
  }

  function uniqueId(proposed: string, draft: ElementDraft): string {
    const taken = (id: string) => usedIds.has(id) || knownIds.has(id);
    if (!taken(proposed)) return proposed;
    const suffix = slugOf(draft.fileId ?? draft.at);
    let id = `${proposed}-${suffix}`.replace(/-+/g, '-');
    for (let n = 2; taken(id); n += 1) id = `${proposed}-${suffix}-${n}`;
    return id;
  }

  // Connections: ends by the file's id, else by name in the file, else an exact match in the atlas.
  const relationships: Relationship[] = [];
  const relationshipIds = new Set<string>();
  for (const table of tables) {
    if (!conn.from || !conn.to) break;
    for (const row of table.connections.rows) {
      const relationship = mapConnection(table.file, row);
      if (relationship) relationships.push(relationship);
    }
  }

  function resolveEnd(value: string): string | null | 'ambiguous' {
    const byId = byFileId.get(value);
    if (byId) return byId;
    const named = byName.get(value.trim().toLowerCase());
    if (named) return new Set(named).size === 1 ? named[0]! : 'ambiguous';
    if (knownIds.has(value)) return value;
    const known = exactIndex.get(compactKey(value));
    if (known && known.size === 1) return [...known.keys()][0]!;
    return known && known.size > 1 ? 'ambiguous' : null;
  }

  function mapConnection(file: string, row: TableRow): Relationship | null {
    const cell = (field: ConnectionField) => (conn[field] ? row.values[conn[field]] : undefined);
    const problem = (field: string, reason: string) => problems.push({ file, record: row.at, field, reason });
    const ends: string[] = [];
    for (const end of ['from', 'to'] as const) {
      const value = cell(end);
      if (value === undefined) {
        problem(conn[end]!, `missing ${end === 'from' ? 'start' : 'end'} of the connection`);
        return null;
      }
      const resolved = resolveEnd(value);
      if (resolved === null) {
        const failed = leftOut.get(value.trim().toLowerCase());
        problem(
          conn[end]!,
          failed
            ? `"${value}" is left out for its own problems (${failed})`
            : `unknown relationship end "${value}": no element has this id or name`,
        );
        return null;
      }
      if (resolved === 'ambiguous') {
        problem(conn[end]!, `"${value}" names more than one stakeholder: refer to it by its ID`);
        return null;
      }
      ends.push(resolved);
    }
    const [from, to] = ends as [string, string];
    const typeValue = cell('type');
    const type = mappedValue(
      'relationshipType',
      typeValue,
      { file, record: row.at, column: conn.type },
      {
        missing: 'no relationship type: map a Type column, or choose a type for connections without one',
        unknown: `unknown relationship type "${typeValue}": map it to one of ${RELATIONSHIP_TYPE_NAMES.join(', ')}`,
      },
    );
    if (!type) return null;
    if (from === to) {
      problem(conn.to!, 'a relationship cannot link a stakeholder to itself');
      return null;
    }
    const confidenceText = cell('confidence');
    const confidence = confidenceText === undefined ? (mapping.defaults.confidence ?? 1) : Number(confidenceText);
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
    const fileId = cell('id');
    let id = RELATIONSHIP_ID.test(fileId ?? '')
      ? fileId!
      : `rel:${localPart(from)}-${asSlug(type)}-${localPart(to)}${record.validFrom ? `-${slugOf(String(record.validFrom))}` : ''}`;
    if (relationshipIds.has(id)) id = `${id}-${slugOf(fileId ?? row.at)}`;
    if (relationshipIds.has(id)) {
      problem(conn.id ?? '', `duplicate connection (same ends, type and start as another row)`);
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
    relationshipIds.add(id);
    return relationship;
  }

  return {
    entities,
    relationships,
    stakeholders,
    unmapped: [...unmapped.values()].map(({ field, value, rows }) => ({ field, value, rows })),
    problems,
    lookedForDuplicates: fuzzy,
  };
}

/** Names as Atlas exports write them (a JSON list of aliases), or names separated by ";". */
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
    .split(';')
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => ({ name, kind: 'name' }));
}

const compactKey = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}]/gu, '');

/** Identifiers share the exact index with names, under keys no compact name can take. */
const identifierIndexKey = (text: string) => `\u0001${identifierKey(text)}`;

/** A row's identifiers in text form, as its record holds them (text or scheme and value). */
function draftIdentifiers(draft: ElementDraft): string[] {
  const identifiers = draft.record.identifiers;
  if (!Array.isArray(identifiers)) return [];
  return identifiers.flatMap((item: unknown) => {
    if (typeof item === 'string') return [item];
    const { scheme, value } = (item ?? {}) as { scheme?: unknown; value?: unknown };
    return typeof scheme === 'string' && typeof value === 'string' ? [`${scheme}:${value}`] : [];
  });
}

/** Compact names (and ids) of known entities → the entities answering to each, with why. */
type ExactIndex = Map<string, Map<string, { kind: string; reason: string }>>;

function buildExactIndex(known: readonly KnownEntity[]): ExactIndex {
  const index: ExactIndex = new Map();
  const add = (key: string, entity: KnownEntity, reason: string) => {
    if (key === '') return;
    const entry = index.get(key) ?? new Map<string, { kind: string; reason: string }>();
    if (!entry.has(entity.id)) entry.set(entity.id, { kind: entity.kind, reason });
    index.set(key, entry);
  };
  for (const entity of known) {
    for (const identifier of entity.identifiers ?? [])
      add(identifierIndexKey(identifier), entity, `same identifier ${identifier} as ${entity.name}`);
    const own = [entity.name, ...entity.aliases.map((alias) => alias.name)].map(compactKey);
    add(compactKey(entity.name), entity, `same name as ${entity.name}`);
    for (const alias of entity.aliases)
      add(compactKey(alias.name), entity, `'${alias.name}' is a name of ${entity.name}`);
    for (const { short, expansion } of WELL_KNOWN_EXPANSIONS) {
      const reason = `'${short}' stands for ${expansion} (well-known expansion)`;
      if (own.includes(compactKey(short))) add(compactKey(expansion), entity, reason);
      if (own.includes(compactKey(expansion))) add(compactKey(short), entity, reason);
    }
  }
  return index;
}

/** The existing entity a row is: by the file's id, or by name, alias or well-known expansion (of its kind). */
function exactMatch(
  index: ExactIndex,
  knownById: ReadonlyMap<string, KnownEntity>,
  draft: ElementDraft,
): MatchCandidate | null {
  const sameId = draft.fileId === undefined ? undefined : knownById.get(draft.fileId);
  if (sameId && sameId.kind === draft.kind)
    return { id: sameId.id, match: 'exact-id', reason: `same id as ${sameId.name}` };
  for (const identifier of draftIdentifiers(draft)) {
    const entries = [...(index.get(identifierIndexKey(identifier))?.entries() ?? [])];
    if (entries.length === 1) return { id: entries[0]![0], match: 'exact-identifier', reason: entries[0]![1].reason };
  }
  const sameKind = [...(index.get(compactKey(draft.name)) ?? new Map()).entries()].filter(
    ([, entry]) => entry.kind === draft.kind,
  );
  if (sameKind.length !== 1) return null;
  const [id, entry] = sameKind[0]!;
  return { id, match: 'exact-name', reason: entry.reason };
}
