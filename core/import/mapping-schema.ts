/**
 * What a mapping is: which column of another tool's file holds each field of a stakeholder or a
 * connection, which of the file's values stand for which words of the vocabulary, and defaults for
 * what the file does not say. The dialog, the CLI's flags and `--mapping` files all make one.
 */
import { z } from 'zod';
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
