/**
 * The UK councils layer: mySociety's "UK local authority names and codes" dataset (CC BY 4.0,
 * seed/layers/uk-councils/) as Atlas records. Each row is a body with its official name, short and
 * alternative names as aliases, GSS codes and the dataset's own code as identifiers, its type, nation
 * and region, and its dates; its columns that name other rows become relationships: replaced-by
 * (MERGED_INTO), county-la (PART_OF, two-tier districts) and combined-authority (MEMBER_OF). Every
 * fact cites one source, the dataset at its version, with the row as the quote. Pure: the server
 * reads the files and matches the records against the atlas (server/import/layers.ts).
 */
import { parse } from 'csv-parse/browser/esm/sync';
import { z } from 'zod';
import { compactName } from '../matching.ts';
import { checkText, DAMAGED_TEXT, damagedTextReason } from '../import/damaged-text.ts';
import { slugOf } from '../import/ids.ts';
import {
  entitySchema,
  type Citation,
  relationshipSchema,
  type Entity,
  type GraphRecords,
  type Relationship,
  type SourceRecord,
} from '../records.ts';
import { CONFIDENCE, type BodyType, type RelationshipType } from '../vocabulary.ts';

export const UK_COUNCILS_SOURCE_ID = 'source:mysociety-uk-local-authorities';

/** The dataset's local-authority-type codes and the body types they stand for. */
export const UK_COUNCIL_TYPES: Record<string, BodyType> = {
  CTY: 'county-council',
  NMD: 'non-metropolitan-district',
  UA: 'unitary-authority',
  MD: 'metropolitan-district',
  LBO: 'london-borough',
  CC: 'city-corporation',
  COMB: 'combined-authority',
  SRA: 'strategic-authority',
  SCO: 'scottish-unitary-authority',
  WPA: 'welsh-unitary-authority',
  NID: 'ni-district',
};

/** What seed/layers/<layer>/layer.yaml says about the data: where it is from, its version and date. */
export const layerMetaSchema = z.strictObject({
  name: z.string().min(1),
  title: z.string().trim().min(1),
  publisher: z.string().trim().min(1),
  url: z.url(),
  file: z.string().regex(/^[\w.-]+\.csv$/, 'must be the name of a .csv file beside layer.yaml'),
  version: z.string().trim().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD'),
  commit: z.string().optional(),
  licence: z.string().trim().min(1),
});
export type LayerMeta = z.infer<typeof layerMetaSchema>;

export interface LayerProblem {
  /** "row 12 (AYL)", or "" for the file as a whole. */
  row: string;
  field: string;
  reason: string;
  /** What rows with this problem share (the reason without the row's values), for grouping. */
  cause?: string;
}

export interface LayerRecords {
  records: GraphRecords;
  problems: LayerProblem[];
  /** Values left out of the records (a damaged alternative name), the rest importing as it is. */
  leftOut: LayerProblem[];
}

const REQUIRED_COLUMNS = [
  'local-authority-code',
  'official-name',
  'nice-name',
  'gss-code',
  'start-date',
  'end-date',
  'replaced-by',
  'nation',
  'region',
  'local-authority-type',
  'local-authority-type-name',
  'county-la',
  'combined-authority',
  'alt-names',
  'former-gss-codes',
] as const;
type Row = Record<(typeof REQUIRED_COLUMNS)[number], string>;

interface ParsedRow {
  row: Row;
  /** The row as the file writes it: the quote every fact from it cites. */
  raw: string;
  at: string;
}

const codes = (text: string) =>
  text
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');

/** The layer's source: the dataset at its version, credited (CC BY 4.0) in its title. */
export function layerSource(meta: LayerMeta): SourceRecord {
  return {
    id: UK_COUNCILS_SOURCE_ID,
    title: `${meta.title}, version ${meta.version} (${meta.licence.replace(/\s*\(.*\)$/, '')})`,
    publisher: meta.publisher,
    kind: 'dataset',
    url: meta.url,
    date: meta.date,
    dateEstimated: false,
  };
}

function readRows(csv: string, problems: LayerProblem[]): ParsedRow[] {
  let parsed: { record: Record<string, string>; raw: string }[];
  try {
    parsed = parse(csv, { columns: true, raw: true, skip_empty_lines: true, bom: true });
  } catch (error) {
    problems.push({ row: '', field: '', reason: `is not a readable CSV file: ${(error as Error).message}` });
    return [];
  }
  const first = parsed[0]?.record ?? {};
  const missing = REQUIRED_COLUMNS.filter((column) => !(column in first));
  if (parsed.length === 0 || missing.length > 0) {
    problems.push({
      row: '',
      field: missing.join(', '),
      reason: parsed.length === 0 ? 'the file has no rows' : 'the file lacks these columns of the dataset',
    });
    return [];
  }
  return parsed.map(({ record, raw }, index) => ({
    row: record as Row,
    raw: leadingFields(raw.replace(/\r?\n$/, ''), QUOTED_COLUMNS),
    at: `row ${index + 2} (${record['local-authority-code'] || 'no code'})`,
  }));
}

/**
 * How many of the row's leading fields its facts quote: from local-authority-code to
 * former-gss-codes, the columns the layer reads (the rest are coordinates, populations and other
 * registers' codes, which say nothing the layer states).
 */
const QUOTED_COLUMNS = 15;

/** The first `count` fields of a CSV line exactly as written (commas inside quotes do not count). */
export function leadingFields(line: string, count: number): string {
  let fields = 0;
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted && ++fields === count) return line.slice(0, index);
  }
  return line;
}

/**
 * Short and alternative names worth showing: written as names (not lower-case look-up variants),
 * each once; a double-encoded name repaired, a damaged one left out (in `leftOut`).
 */
function aliasNames(row: Row, at: string, leftOut: LayerProblem[]): string[] {
  let alternatives = row['alt-names'];
  // Names may hold commas ("Armagh City, Banbridge and Craigavon"): take the known ones out first.
  const whole = [row['nice-name'], row['official-name']].filter((name) => name.includes(','));
  for (const name of whole) alternatives = alternatives.split(name).join(',');
  const candidates = [row['nice-name'], ...whole, ...alternatives.split(',')].map((name) => name.trim());
  const seen = new Set([compactName(row['official-name'])]);
  const names: string[] = [];
  for (const written of candidates) {
    const checked = checkText(written);
    if (checked.damaged) {
      const reason = damagedTextReason(written, checked.part);
      leftOut.push({
        row: at,
        field: 'alt-names',
        reason,
        cause: `${DAMAGED_TEXT}: the name is left out, the rest of the row imports`,
      });
      continue;
    }
    const name = checked.text;
    const key = compactName(name);
    if (name === '' || name === name.toLowerCase() || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

const later = (a: string, b: string) => (a && b ? (a > b ? a : b) : a || b);
const earlier = (a: string, b: string) => (a && b ? (a < b ? a : b) : a || b);

/** A row as a body's record (for the entity schema to check), or null after reporting why not. */
function councilRecord(
  { row, at, id, code, cite }: { row: Row; at: string; id: string; code: string; cite: Citation[] },
  problems: LayerProblem[],
  leftOut: LayerProblem[],
): Record<string, unknown> | null {
  const type = UK_COUNCIL_TYPES[row['local-authority-type']];
  if (!type) {
    problems.push({
      row: at,
      field: 'local-authority-type',
      reason: `unknown type "${row['local-authority-type']}": the layer knows ${Object.keys(UK_COUNCIL_TYPES).join(', ')}`,
    });
    return null;
  }
  const official = checkText(row['official-name']);
  if (official.damaged) {
    problems.push({
      row: at,
      field: 'official-name',
      reason: damagedTextReason(row['official-name'], official.part),
    });
    return null;
  }
  const where = [row.nation, row.region].filter((part, index, all) => part && all.indexOf(part) === index);
  return {
    id,
    kind: 'BODY',
    type,
    sector: 'local-government',
    name: official.text,
    description: `${row['local-authority-type-name']}${where.length ? ` (${where.join(', ')})` : ''}.`,
    ...(row['start-date'] ? { validFrom: row['start-date'] } : {}),
    ...(row['end-date'] ? { validTo: row['end-date'] } : {}),
    aliases: aliasNames(row, at, leftOut).map((name) => ({ name, kind: 'informal', citations: cite })),
    identifiers: [
      ...[row['gss-code'], ...codes(row['former-gss-codes'])].filter(Boolean).map((gss) => `gss:${gss}`),
      `la-code:${code}`,
    ].filter((identifier, index, all) => all.indexOf(identifier) === index),
    citations: cite,
  };
}

/** The dataset as Atlas records, or the problems that stop it (row, column, reason). */
export function ukCouncilRecords(csv: string, meta: LayerMeta): LayerRecords {
  const problems: LayerProblem[] = [];
  const leftOut: LayerProblem[] = [];
  const rows = readRows(csv, problems);
  const source = layerSource(meta);
  const byCode = new Map<string, ParsedRow & { id: string }>();
  const usedIds = new Set<string>();
  for (const parsed of rows) {
    const code = parsed.row['local-authority-code'].trim();
    if (code === '' || byCode.has(code)) {
      problems.push({
        row: parsed.at,
        field: 'local-authority-code',
        reason: code === '' ? 'is empty' : `"${code}" is given twice`,
      });
      continue;
    }
    const name = parsed.row['official-name'].trim();
    let id = `body:${name === '' ? code.toLowerCase() : slugOf(name)}`;
    if (usedIds.has(id)) id = `${id}-${code.toLowerCase()}`;
    usedIds.add(id);
    byCode.set(code, { ...parsed, id });
  }

  const entities: Entity[] = [];
  const relationships: Relationship[] = [];
  const check = <T>(schema: z.ZodType<T>, record: unknown, at: string): T | null => {
    const result = schema.safeParse(record);
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      problems.push({ row: at, field: issue.path.join('.'), reason: issue.message });
    return null;
  };

  for (const [code, { row, raw, at, id }] of byCode) {
    const cite = [{ source: source.id, quote: raw }];
    const candidate = councilRecord({ row, at, id, code, cite }, problems, leftOut);
    if (!candidate) continue;
    const entity = check(entitySchema, candidate, at);
    if (entity) entities.push(entity as Entity);

    const link = (type: RelationshipType, column: keyof Row, other: string, verb: string, role?: string) => {
      const target = byCode.get(other);
      if (!target) {
        problems.push({ row: at, field: column, reason: `names "${other}", which is no row's local-authority-code` });
        return;
      }
      const dates =
        type === 'MERGED_INTO'
          ? { from: row['end-date'] || target.row['start-date'], to: '' }
          : {
              from: later(row['start-date'], target.row['start-date']),
              to: earlier(row['end-date'], target.row['end-date']),
            };
      const relationship = check(
        relationshipSchema,
        {
          id: `rel:${id.slice('body:'.length)}-${verb}-${target.id.slice('body:'.length)}`,
          type,
          from: id,
          to: target.id,
          ...(role ? { role } : {}),
          ...(dates.from ? { validFrom: dates.from } : {}),
          ...(dates.to ? { validTo: dates.to } : {}),
          dateBasis: dates.from || dates.to ? 'stated' : 'source-date',
          confidence: CONFIDENCE.STATED,
          citations: cite,
        },
        at,
      );
      if (relationship) relationships.push(relationship as Relationship);
    };
    for (const successor of codes(row['replaced-by'])) link('MERGED_INTO', 'replaced-by', successor, 'replaced-by');
    for (const county of codes(row['county-la'])) link('PART_OF', 'county-la', county, 'part-of', 'two-tier district');
    for (const authority of codes(row['combined-authority'])) {
      link('MEMBER_OF', 'combined-authority', authority, 'member-of', 'constituent council');
    }
  }
  return { records: { sources: [source], entities, relationships }, problems, leftOut };
}
