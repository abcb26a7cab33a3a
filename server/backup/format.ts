/**
 * The backup file: gzipped JSON Lines. Line 1 is the header (format, version, when, which Neo4j,
 * counts, the schema as listed); then one line per node, then one line per relationship; the last
 * line closes the file with the counts and the checksum, so a truncated file is always noticed.
 *
 *   {"format":"stakeholder-atlas-backup","version":1,"createdAt":"…","neo4j":{…},"counts":{…},"schema":{…}}
 *   {"node":"4:…:0","labels":["Entity","Body"],"properties":{"id":["STRING","body:socitm"],"version":["INTEGER","1"]}}
 *   {"relationship":"5:…:0","type":"MEMBER_OF","start":"4:…:0","end":"4:…:7","properties":{…}}
 *   {"end":{"nodes":1234,"relationships":2345,"checksum":"sha256:…"}}
 *
 * Properties map each key to [type, value], the value exact as text for numbers and times
 * (server/repositories/backup.ts). Node and relationship keys are elementIds of the database the
 * backup came from; they only link relationships to their ends.
 */
import { z } from 'zod';
import type { NodeRow, RelationshipRow, StoredProperty, StoredValue } from '../repositories/backup.ts';
import type { DatabaseDescription } from '../repositories/backup.ts';

export const FORMAT = 'stakeholder-atlas-backup';
export const FORMAT_VERSION = 1;

const count = z.number().int().min(0);
const schemaItem = z.object({
  name: z.string(),
  type: z.string(),
  entityType: z.string().nullable(),
  labelsOrTypes: z.array(z.string()).nullable(),
  properties: z.array(z.string()).nullable(),
  owningConstraint: z.string().nullable().optional(),
});

export const headerSchema = z.object({
  format: z.literal(FORMAT),
  version: z.number().int(),
  createdAt: z.string(),
  database: z.string().optional(),
  neo4j: z.object({ version: z.string(), edition: z.string() }),
  counts: z.object({ nodes: count, relationships: count }),
  schema: z.object({ constraints: z.array(schemaItem), indexes: z.array(schemaItem) }),
});
export type BackupHeader = z.infer<typeof headerSchema>;

const integerText = z.string().regex(/^-?\d+$/, 'an integer as text');
const floatText = z
  .string()
  .regex(/^(-?\d+(\.\d+)?(E-?\d+)?|NaN|-?Infinity)$/, 'a float as text (as Cypher toString() writes it)');
const temporalText = z.string().min(1);
const point = z.object({
  srid: z.number().int(),
  x: floatText,
  y: floatText,
  z: floatText.nullable().optional(),
});
const scalarValues: Record<string, z.ZodType> = {
  STRING: z.string(),
  BOOLEAN: z.boolean(),
  INTEGER: integerText,
  FLOAT: floatText,
  DATE: temporalText,
  'LOCAL TIME': temporalText,
  'ZONED TIME': temporalText,
  'LOCAL DATETIME': temporalText,
  'ZONED DATETIME': temporalText,
  DURATION: temporalText,
  POINT: point,
};
/** Each property type a backup may hold, with the shape of its value. */
const valueSchemas: Record<string, z.ZodType> = {
  ...scalarValues,
  ...Object.fromEntries(Object.entries(scalarValues).map(([type, schema]) => [`LIST<${type}>`, z.array(schema)])),
  'LIST<NOTHING>': z.array(z.never()),
};

const property = z.tuple([z.string(), z.unknown()]).superRefine(([type, value], ctx) => {
  const schema = valueSchemas[type];
  if (!schema) {
    ctx.addIssue({ code: 'custom', message: `unknown property type "${type}"` });
    return;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    ctx.addIssue({ code: 'custom', message: `not a ${type} value: ${parsed.error.issues[0]?.message ?? ''}` });
  }
});
const properties = z.record(z.string(), property);

const nodeLine = z.object({ node: z.string().min(1), labels: z.array(z.string()), properties }).strict();
const relationshipLine = z
  .object({
    relationship: z.string().min(1),
    type: z.string().min(1),
    start: z.string().min(1),
    end: z.string().min(1),
    properties,
  })
  .strict();
const endLine = z
  .object({
    end: z.object({ nodes: count, relationships: count, checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/) }),
  })
  .strict();

export type EndLine = z.infer<typeof endLine>['end'];

export type BackupLine =
  | { kind: 'node'; node: NodeRow }
  | { kind: 'relationship'; relationship: RelationshipRow }
  | { kind: 'end'; end: EndLine };

/** A backup file that cannot be restored, with the line at fault when there is one. */
export class BackupFileError extends Error {
  override name = 'BackupFileError';
  constructor(
    readonly file: string,
    readonly line: number | null,
    reason: string,
  ) {
    super(`${file}${line === null ? '' : `: line ${line}`}: ${reason}`);
  }
}

const toTriples = (map: Record<string, [string, unknown]>): StoredProperty[] =>
  Object.entries(map)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, [type, value]]) => [key, type, value as StoredValue]);

const toMap = (triples: StoredProperty[]) =>
  Object.fromEntries(
    [...triples].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, type, value]) => [key, [type, value]]),
  );

const issue = (error: z.ZodError) =>
  error.issues.map((problem) => `${problem.path.join('.') || '(line)'}: ${problem.message}`).join('; ');

function parseJson(text: string, file: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BackupFileError(file, line, `not valid JSON (${(error as Error).message})`);
  }
}

export function parseHeader(text: string, file: string): BackupHeader {
  const json = parseJson(text, file, 1) as { format?: unknown; version?: unknown };
  if (json?.format !== FORMAT) {
    throw new BackupFileError(file, 1, `not a Stakeholder Atlas backup (its first line names no "${FORMAT}" format)`);
  }
  if (typeof json.version === 'number' && json.version > FORMAT_VERSION) {
    throw new BackupFileError(
      file,
      1,
      `the backup is in format version ${json.version}, newer than this version of Stakeholder Atlas reads (${FORMAT_VERSION}); restore it with the version that wrote it`,
    );
  }
  const parsed = headerSchema.safeParse(json);
  if (!parsed.success) throw new BackupFileError(file, 1, `the header is not valid: ${issue(parsed.error)}`);
  if (parsed.data.version !== FORMAT_VERSION) {
    throw new BackupFileError(file, 1, `unknown format version ${parsed.data.version}`);
  }
  return parsed.data;
}

export function parseLine(text: string, file: string, line: number): BackupLine {
  const json = parseJson(text, file, line) as Record<string, unknown>;
  if (json !== null && typeof json === 'object' && 'node' in json) {
    const parsed = nodeLine.safeParse(json);
    if (!parsed.success) throw new BackupFileError(file, line, `not a valid node: ${issue(parsed.error)}`);
    const { node, labels, properties: map } = parsed.data;
    return { kind: 'node', node: { key: node, labels, properties: toTriples(map) } };
  }
  if (json !== null && typeof json === 'object' && 'relationship' in json) {
    const parsed = relationshipLine.safeParse(json);
    if (!parsed.success) throw new BackupFileError(file, line, `not a valid relationship: ${issue(parsed.error)}`);
    const { relationship, type, start, end, properties: map } = parsed.data;
    return { kind: 'relationship', relationship: { key: relationship, type, start, end, properties: toTriples(map) } };
  }
  const parsed = endLine.safeParse(json);
  if (!parsed.success) throw new BackupFileError(file, line, 'neither a node, a relationship nor the closing line');
  return { kind: 'end', end: parsed.data.end };
}

export function headerLine(description: DatabaseDescription, createdAt: Date, database: string): string {
  const header: BackupHeader = {
    format: FORMAT,
    version: FORMAT_VERSION,
    createdAt: createdAt.toISOString(),
    database,
    neo4j: description.neo4j,
    counts: description.counts,
    schema: description.schema,
  };
  return JSON.stringify(header);
}

export const nodeLineText = (node: NodeRow) =>
  JSON.stringify({ node: node.key, labels: node.labels, properties: toMap(node.properties) });

export const relationshipLineText = (relationship: RelationshipRow) =>
  JSON.stringify({
    relationship: relationship.key,
    type: relationship.type,
    start: relationship.start,
    end: relationship.end,
    properties: toMap(relationship.properties),
  });

export const endLineText = (end: EndLine) => JSON.stringify({ end });
