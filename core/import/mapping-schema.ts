/**
 * What a mapping is: which column of another tool's file holds each field of a stakeholder or a
 * connection, which of the file's values stand for which words of the vocabulary, and defaults for
 * what the file does not say. The dialog, the CLI's flags and `--mapping` files all make one.
 */
import { z } from 'zod';
import { IDENTIFIER_SCHEME } from '../records.ts';
import { BODY_TYPES, PROGRAMME_TYPES, RELATIONSHIP_TYPE_NAMES, SECTORS } from '../vocabulary.ts';

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

/** Which way a register's column points: "to" the row → the one it names, "from" the one named → the row. */
export const LINK_DIRECTIONS = ['to', 'from'] as const;
export type LinkDirection = (typeof LINK_DIRECTIONS)[number];

/**
 * A column of elements whose cells name another row (by the file's id, a code or a name) or a
 * stakeholder of the atlas: each such cell becomes a relationship of this type, dated by the row's
 * start and end (a district's county, a council's combined authority, the council that replaced it).
 */
export const relationshipColumnSchema = z.strictObject({
  column,
  type: z.enum(RELATIONSHIP_TYPE_NAMES),
  direction: z.enum(LINK_DIRECTIONS),
});
export type RelationshipColumn = z.infer<typeof relationshipColumnSchema>;

const identifierScheme = z
  .string()
  .regex(IDENTIFIER_SCHEME, 'must be a lower-case slug such as "gss", "companies-house" or "charity-ew"');

export const importMappingSchema = z.strictObject({
  elements: z.partialRecord(z.enum(ELEMENT_FIELDS), column),
  connections: z.partialRecord(z.enum(CONNECTION_FIELDS), column),
  /** The file's values (as written, compared without case) and what they stand for. */
  values: z.strictObject({
    elementType: z.record(z.string(), z.enum(ELEMENT_TYPE_TARGETS)),
    sector: z.record(z.string(), z.enum(SECTORS)),
    relationshipType: z.record(z.string(), z.enum(RELATIONSHIP_TYPE_NAMES)),
  }),
  /** Columns of elements that name other rows or stakeholders: each becomes relationships (registers). */
  relationshipColumns: z.array(relationshipColumnSchema).optional(),
  /** Columns of elements holding an official code, each with the code's scheme ("GSS code" → "gss"). */
  identifierColumns: z.record(column, identifierScheme).optional(),
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

export const emptyMapping = (): ImportMapping => ({
  elements: {},
  connections: {},
  values: { elementType: {}, sector: {}, relationshipType: {} },
  defaults: {},
});

/** A value of `table` by its key, compared without case or surrounding spaces. */
export function lookupValue<T extends string>(table: Record<string, T>, value: string): T | undefined {
  const wanted = value.trim().toLowerCase();
  for (const [key, target] of Object.entries(table)) if (key.trim().toLowerCase() === wanted) return target;
  return undefined;
}

/** Decisions made one at a time (the CLI's flags), laid over a mapping given, remembered or guessed. */
export interface MappingChanges {
  elements?: ImportMapping['elements'];
  connections?: ImportMapping['connections'];
  values?: Partial<ImportMapping['values']>;
  defaults?: ImportMapping['defaults'];
  relationshipColumns?: RelationshipColumn[];
  identifierColumns?: Record<string, string>;
}

/** How many decisions the changes hold. */
export function countChanges(changes: MappingChanges): number {
  const count = (record: object | undefined) => Object.keys(record ?? {}).length;
  return (
    count(changes.elements) +
    count(changes.connections) +
    Object.values(changes.values ?? {}).reduce((sum, values) => sum + count(values), 0) +
    count(changes.defaults) +
    (changes.relationshipColumns?.length ?? 0) +
    count(changes.identifierColumns)
  );
}

/** Values compared without case: a decision on "organization" replaces the guess for "Organization". */
function overlay<T extends string>(values: Record<string, T>, changes: Record<string, T> | undefined) {
  if (!changes) return values;
  const changed = new Set(Object.keys(changes).map((key) => key.trim().toLowerCase()));
  const kept = Object.entries(values).filter(([key]) => !changed.has(key.trim().toLowerCase()));
  return { ...Object.fromEntries(kept), ...changes };
}

/** The mapping with the changes laid over it: a column mapped to a new field leaves its old one. */
export function withChanges(mapping: ImportMapping, changes: MappingChanges): ImportMapping {
  const relinked = new Set((changes.relationshipColumns ?? []).map((link) => link.column));
  return importMappingSchema.parse({
    elements: { ...mapping.elements, ...changes.elements },
    connections: { ...mapping.connections, ...changes.connections },
    values: {
      elementType: overlay(mapping.values.elementType, changes.values?.elementType),
      sector: overlay(mapping.values.sector, changes.values?.sector),
      relationshipType: overlay(mapping.values.relationshipType, changes.values?.relationshipType),
    },
    defaults: { ...mapping.defaults, ...changes.defaults },
    relationshipColumns: [
      ...(mapping.relationshipColumns ?? []).filter((link) => !relinked.has(link.column)),
      ...(changes.relationshipColumns ?? []),
    ],
    identifierColumns: { ...mapping.identifierColumns, ...changes.identifierColumns },
  });
}
