/**
 * The Import dialog's pure parts: the mapping as its controls hold it and the ImportMappingInput the
 * API takes, the user's decisions on possible duplicates, the values still to map, problems grouped
 * by file, and the words each row's outcome is shown with. No React, no requests.
 */
import {
  CONNECTION_FIELDS,
  ELEMENT_FIELDS,
  ELEMENT_TYPE_TARGETS,
  type ConnectionField,
  type ElementField,
} from '../../../core/import/mapping.ts';
import { RELATIONSHIP_TYPE_NAMES, SECTORS } from '../../../core/vocabulary.ts';
import type {
  ImportDecisionInput,
  ImportMappingInput,
  ImportReportFieldsFragment,
  ImportValueField,
} from '../../api/generated/operations.ts';
import { relationshipWords, typeWords } from '../../graph/palette.ts';

export type ImportReport = ImportReportFieldsFragment;
export type ImportRow = ImportReport['stakeholders'][number];
export type ImportProblem = ImportReport['problems'][number];

export interface ValueChoice {
  field: ImportValueField;
  value: string;
  mapsTo: string;
}

/** The defaults as their controls hold them: '' is none (confidence is text until sent). */
export interface DefaultsDraft {
  elementType: string;
  sector: string;
  relationshipType: string;
  confidence: string;
}

export interface MappingDraft {
  elements: Partial<Record<ElementField, string>>;
  connections: Partial<Record<ConnectionField, string>>;
  values: ValueChoice[];
  defaults: DefaultsDraft;
  /**
   * Register columns of elements, by column: `identifier:<scheme>` (a column of codes) or
   * `relationship:<TYPE>:TO|FROM` (a column naming other rows: the row TYPE the one named, or back).
   */
  registers: Record<string, string>;
}

/** The role of a register column as its select holds it. */
export const identifierRole = (scheme: string) => `identifier:${scheme}`;
export const relationshipRole = (type: string, direction: 'TO' | 'FROM') => `relationship:${type}:${direction}`;

/** Sets (or with '' clears) the register role of a column. */
export function setRegister(draft: MappingDraft, column: string, role: string): MappingDraft {
  const registers = { ...draft.registers };
  if (role) registers[column] = role;
  else delete registers[column];
  return { ...draft, registers };
}

/** The register columns as the API takes them; an identifier column without a scheme is left out. */
function registersInput(
  registers: Record<string, string>,
): Pick<ImportMappingInput, 'relationshipColumns' | 'identifierColumns'> {
  const entries = Object.entries(registers);
  return {
    identifierColumns: entries.flatMap(([column, role]) => {
      const scheme = role.startsWith('identifier:') ? role.slice('identifier:'.length).trim() : '';
      return scheme ? [{ column, scheme }] : [];
    }),
    relationshipColumns: entries.flatMap(([column, role]) => {
      const [what, type, direction] = role.split(':');
      return what === 'relationship' && type && (direction === 'TO' || direction === 'FROM')
        ? [{ column, type, direction }]
        : [];
    }),
  };
}

export type ColumnSide = 'elements' | 'connections';
export const FIELDS_OF: { elements: readonly ElementField[]; connections: readonly ConnectionField[] } = {
  elements: ELEMENT_FIELDS,
  connections: CONNECTION_FIELDS,
};

/** The draft of the mapping the server used (given, remembered or guessed). */
export function draftOf(mapping: ImportReport['mapping']): MappingDraft {
  const columns = (list: { field: string; column: string }[], fields: readonly string[]) =>
    Object.fromEntries(list.filter(({ field }) => fields.includes(field)).map(({ field, column }) => [field, column]));
  const { elementType, sector, relationshipType, confidence } = mapping.defaults;
  return {
    elements: columns(mapping.elements, ELEMENT_FIELDS),
    connections: columns(mapping.connections, CONNECTION_FIELDS),
    values: mapping.values.map(({ field, value, mapsTo }) => ({ field, value, mapsTo })),
    defaults: {
      elementType: elementType ?? '',
      sector: sector ?? '',
      relationshipType: relationshipType ?? '',
      confidence: confidence === null ? '' : String(confidence),
    },
    registers: Object.fromEntries([
      ...mapping.identifierColumns.map(({ column, scheme }) => [column, identifierRole(scheme)]),
      ...mapping.relationshipColumns.map(({ column, type, direction }) => [column, relationshipRole(type, direction)]),
    ]),
  };
}

/** Why the default confidence cannot be sent, or null when it can. */
export function confidenceProblem(text: string): string | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 1 ? null : 'must be a number from 0 to 1';
}

/** The mapping as the API takes it: columns chosen, values mapped, defaults set (empty ones left out). */
export function mappingInput(draft: MappingDraft): ImportMappingInput {
  const columns = (chosen: Partial<Record<string, string>>, fields: readonly string[]) =>
    fields.flatMap((field) => (chosen[field] ? [{ field, column: chosen[field] }] : []));
  const { elementType, sector, relationshipType, confidence } = draft.defaults;
  const defaults = {
    ...(elementType ? { elementType } : {}),
    ...(sector ? { sector } : {}),
    ...(relationshipType ? { relationshipType } : {}),
    ...(confidence.trim() !== '' && confidenceProblem(confidence) === null ? { confidence: Number(confidence) } : {}),
  };
  return {
    elements: columns(draft.elements, ELEMENT_FIELDS),
    connections: columns(draft.connections, CONNECTION_FIELDS),
    values: draft.values
      .filter(({ mapsTo }) => mapsTo !== '')
      .map(({ field, value, mapsTo }) => ({ field, value, mapsTo })),
    defaults: Object.keys(defaults).length > 0 ? defaults : null,
    ...registersInput(draft.registers),
  };
}

export function setColumn(draft: MappingDraft, side: ColumnSide, field: string, column: string): MappingDraft {
  const chosen: Record<string, string> = { ...draft[side] };
  if (column) chosen[field] = column;
  else delete chosen[field];
  return { ...draft, [side]: chosen };
}

const sameValue = (a: { field: string; value: string }, b: { field: string; value: string }) =>
  a.field === b.field && a.value.toLowerCase() === b.value.toLowerCase();

/** Maps a value of the file to a word of the vocabulary ('' forgets it, so it is reported again). */
export function setValue(draft: MappingDraft, field: ImportValueField, value: string, mapsTo: string): MappingDraft {
  const rest = draft.values.filter((choice) => !sameValue(choice, { field, value }));
  return { ...draft, values: mapsTo ? [...rest, { field, value, mapsTo }] : rest };
}

export function setDefault(draft: MappingDraft, key: keyof DefaultsDraft, value: string): MappingDraft {
  return { ...draft, defaults: { ...draft.defaults, [key]: value } };
}

/** A value of the file shown with a select: mapped already (rows unknown) or reported unmapped. */
export interface ValueLine {
  field: ImportValueField;
  value: string;
  mapsTo: string;
  /** How many rows have it, when the report says so (it does for values not mapped yet). */
  rows: number | null;
}

/**
 * The values the user maps: those the mapping covers and those the report says it does not, once
 * each, in the order of the fields. An empty value (no such column, or empty cells) is covered by
 * the defaults instead, so it is left out here.
 */
export function valueLines(draft: MappingDraft, unmapped: ImportReport['unmappedValues']): ValueLine[] {
  const lines: ValueLine[] = draft.values.map((choice) => ({ ...choice, rows: null }));
  for (const { field, value, rows } of unmapped) {
    if (value.trim() === '') continue;
    const known = lines.find((line) => sameValue(line, { field, value }));
    if (known) known.rows = rows;
    else lines.push({ field, value, mapsTo: '', rows });
  }
  const order: ImportValueField[] = ['ELEMENT_TYPE', 'SECTOR', 'RELATIONSHIP_TYPE'];
  return lines.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}

/** Fields whose empty or missing values need a default (the report lists them with an empty value). */
export function defaultsNeeded(unmapped: ImportReport['unmappedValues']): ImportValueField[] {
  return [...new Set(unmapped.filter(({ value }) => value.trim() === '').map(({ field }) => field))];
}

/** "BODY:professional-association" → "Body: professional association"; "PERSON" → "Person". */
export function elementTypeLabel(target: string): string {
  if (target === 'PERSON') return 'Person';
  const [kind, type] = target.split(':');
  return `${kind === 'BODY' ? 'Body' : 'Programme'}: ${typeWords(type ?? '')}`;
}

/** The words of the vocabulary a value of this field may stand for, with readable labels. */
export function targetsOf(field: ImportValueField): { value: string; label: string }[] {
  if (field === 'ELEMENT_TYPE') return ELEMENT_TYPE_TARGETS.map((value) => ({ value, label: elementTypeLabel(value) }));
  if (field === 'SECTOR') return SECTORS.map((value) => ({ value, label: typeWords(value) }));
  return RELATIONSHIP_TYPE_NAMES.map((value) => ({ value, label: relationshipWords(value) }));
}

export const VALUE_FIELD_WORDS: Record<ImportValueField, string> = {
  ELEMENT_TYPE: 'Stakeholder type',
  SECTOR: 'Sector',
  RELATIONSHIP_TYPE: 'Relationship type',
};

/** A possible duplicate the user has decided: the stakeholder it is, or null for a new one. */
export interface Decision {
  entityId: string | null;
  /** The existing stakeholder it may be, kept so the choice stays on screen after the next preview. */
  match: { id: string; name: string };
  reason: string;
}
export type Decisions = Record<string, Decision>;

export function decide(decisions: Decisions, row: ImportRow, same: boolean, known?: Decision): Decisions {
  const match = known?.match ?? (row.match ? { id: row.match.id, name: row.match.name } : null);
  if (!match) return decisions;
  return {
    ...decisions,
    [row.row]: { entityId: same ? match.id : null, match, reason: known?.reason ?? row.reason ?? '' },
  };
}

export function decisionsInput(decisions: Decisions): ImportDecisionInput[] {
  return Object.entries(decisions)
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([row, { entityId }]) => ({ row, entityId }));
}

/** What the preview says of a row: "new", "matches X" or "possible duplicate of X, because …". */
export function outcomeWords(row: ImportRow, decision?: Decision): string {
  if (decision) {
    return decision.entityId
      ? `same as ${decision.match.name} (your decision)`
      : `new stakeholder, not ${decision.match.name} (your decision)`;
  }
  if (row.outcome === 'MATCHES') return `matches ${row.match?.name ?? row.entityId}`;
  if (row.outcome === 'POSSIBLE_DUPLICATE')
    return `possible duplicate of ${row.match?.name ?? '?'}${row.reason ? `, because ${row.reason}` : ''}`;
  return 'new';
}

/** Problems of one cause in one file: how many, the decision that settles them all, and each of them. */
export interface ProblemCauseGroup {
  cause: string;
  decision: string;
  problems: ImportProblem[];
}

/** Problems by file, then by cause within each, in the order first met: one line per cause. */
export function problemsByCause(problems: readonly ImportProblem[]): { file: string; causes: ProblemCauseGroup[] }[] {
  const files = new Map<string, Map<string, ProblemCauseGroup>>();
  for (const problem of problems) {
    const causes = files.get(problem.file) ?? new Map<string, ProblemCauseGroup>();
    files.set(problem.file, causes);
    const group = causes.get(problem.cause);
    if (group) group.problems.push(problem);
    else causes.set(problem.cause, { cause: problem.cause, decision: problem.decision, problems: [problem] });
  }
  return [...files].map(([file, causes]) => ({ file, causes: [...causes.values()] }));
}

/** "row 12, column Type: no such type" (the file is the group's heading). */
export function problemWords(problem: ImportProblem): string {
  const where = [problem.record, problem.field && `column ${problem.field}`].filter(Boolean).join(', ');
  return where ? `${where}: ${problem.reason}` : problem.reason;
}

export type RowFilter = 'all' | 'NEW' | 'MATCHES' | 'POSSIBLE_DUPLICATE';

/** The rows under a filter, a page at a time (a file may have thousands of rows). */
export function pageOfRows(
  rows: readonly ImportRow[],
  filter: RowFilter,
  decisions: Decisions,
  page: number,
  size: number,
): { rows: ImportRow[]; page: number; pages: number; total: number } {
  const kept =
    filter === 'all'
      ? rows
      : filter === 'POSSIBLE_DUPLICATE'
        ? rows.filter((row) => row.outcome === filter || decisions[row.row])
        : rows.filter((row) => row.outcome === filter && !decisions[row.row]);
  const pages = Math.max(1, Math.ceil(kept.length / size));
  const at = Math.min(Math.max(0, page), pages - 1);
  return { rows: kept.slice(at * size, at * size + size), page: at, pages, total: kept.length };
}

/** How many stakeholders and relationships the import will write (matched stakeholders are not written). */
export function toWrite(report: ImportReport): { stakeholders: number; relationships: number } {
  return {
    stakeholders: report.stakeholders.filter((row) => row.outcome !== 'MATCHES').length,
    relationships: report.counts.relationships,
  };
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
