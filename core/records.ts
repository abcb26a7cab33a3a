/**
 * The shape of Stakeholder Atlas's data as validated records (zod). Atlas data files (the seed among
 * them) hold these records; the API's edit mutations validate against the same schemas.
 */
import { z } from 'zod';
import {
  ALIAS_KINDS,
  BODY_TYPES,
  DATE_BASES,
  PROGRAMME_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  SECTORS,
  SOURCE_KINDS,
} from './vocabulary.ts';
import { MAX_SOURCE_TEXT_BYTES, utf8Bytes } from './citations.ts';
import { partialDateProblem } from './dates.ts';

export const partialDate = z.string().superRefine((value, ctx) => {
  const problem = partialDateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const slug = '[a-z0-9]+(?:-[a-z0-9]+)*';
const idOf = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}:${slug}$`), `must look like "${prefix}:lower-case-words"`);

export const sourceId = idOf('source');
export const bodyId = idOf('body');
export const personId = idOf('person');
export const programmeId = idOf('programme');
export const entityId = z.string().regex(new RegExp(`^(body|person|programme):${slug}$`), {
  message: 'must be an entity id such as "body:socitm", "person:jos-creese" or "programme:planting-the-flag"',
});
export const relationshipId = idOf('rel');

const text = z.string().trim().min(1, 'must not be empty');

/** Personal contact details never belong in the shared graph's text fields. */
export const noContactDetails = (value: string) =>
  !/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}/.test(value) &&
  !/(\+44|\b0\d{3,4}[ -]?\d{3}[ -]?\d{3,4}\b)/.test(value);
const publicText = text.refine(noContactDetails, 'must not contain an e-mail address or telephone number');

export const citationSchema = z.strictObject({
  source: sourceId,
  /** The exact words in the source that support the fact (whitespace may differ). */
  quote: publicText,
  note: publicText.optional(),
});
export type Citation = z.infer<typeof citationSchema>;

export const sourceUrl = z
  .string()
  .trim()
  .max(2000, 'must be at most 2,000 characters')
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'must be an http:// or https:// address');

/** A source's own text (a user's source): no more than MAX_SOURCE_TEXT_BYTES. */
export const sourceText = z.string().superRefine((value, ctx) => {
  if (value.trim() === '') {
    ctx.addIssue({ code: 'custom', message: 'must not be empty (leave it out for a source without text)' });
  }
  const bytes = utf8Bytes(value);
  if (bytes > MAX_SOURCE_TEXT_BYTES) {
    ctx.addIssue({
      code: 'custom',
      message: `is ${bytes.toLocaleString('en-GB')} bytes; a source's text may be at most ${MAX_SOURCE_TEXT_BYTES.toLocaleString('en-GB')} bytes (1 MB)`,
    });
  }
});

/**
 * A text that citations quote. Its words are either in a .txt file next to the data (`fileName`,
 * the seed's and the import's way) or in the record itself (`text`, a user's source); a source with
 * neither (a meeting note) takes a citation's quote as the user's own note.
 */
export const sourceSchema = z
  .strictObject({
    id: sourceId,
    title: text,
    publisher: text,
    kind: z.enum(SOURCE_KINDS),
    url: sourceUrl.optional(),
    fileName: z
      .string()
      .regex(/^[\w.-]+\.txt$/, 'must be the name of a .txt file in the sources folder')
      .optional(),
    text: sourceText.optional(),
    date: partialDate,
    dateEstimated: z.boolean(),
    dateNote: publicText.optional(),
  })
  .refine((source) => source.fileName === undefined || source.text === undefined, {
    message: 'give either fileName or text, not both',
    path: ['text'],
  });
export type SourceRecord = z.infer<typeof sourceSchema>;

export const aliasSchema = z.strictObject({
  name: text,
  kind: z.enum(ALIAS_KINDS),
  validFrom: partialDate.optional(),
  validTo: partialDate.optional(),
  citations: z.array(citationSchema).min(1, 'an alias needs at least one citation'),
});
export type AliasRecord = z.infer<typeof aliasSchema>;

export interface Identifier {
  scheme: string;
  value: string;
}

/** An identifier scheme: a lower-case slug such as "gss", "companies-house" or "charity-ew". */
export const IDENTIFIER_SCHEME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * An official code that names an entity in some register (GSS code, company number, charity number).
 * Written "scheme:value" in text forms (data files, CSV cells, the editor); matching compares them
 * exactly (core/matching.ts), before names.
 */
export const identifierSchema = z.preprocess(
  (value) => (typeof value === 'string' ? (parseIdentifierText(value) ?? value) : value),
  z.strictObject(
    {
      scheme: z
        .string()
        .regex(IDENTIFIER_SCHEME, 'must be a lower-case slug such as "gss", "companies-house" or "charity-ew"')
        .max(40, 'must be at most 40 characters'),
      value: z
        .string()
        .trim()
        .min(1, 'must not be empty')
        .max(100, 'must be at most 100 characters')
        .regex(/^(?:\S+(?: \S+)*)?$/, 'must be one line without runs of spaces'),
    },
    { error: () => 'must be "scheme:value", e.g. "gss:E06000023"' },
  ),
);

/** "gss:E06000023" as a scheme and value, or null when the text has no "scheme:" before a value. */
export function parseIdentifierText(text: string): Identifier | null {
  const colon = text.indexOf(':');
  if (colon <= 0) return null;
  return { scheme: text.slice(0, colon).trim().toLowerCase(), value: text.slice(colon + 1).trim() };
}

/** An identifier in its text form, "scheme:value". */
export const identifierText = (identifier: Identifier) => `${identifier.scheme}:${identifier.value}`;

/** The same identifier given twice on one entity (scheme and value compared without case). */
const identifierList = z.array(identifierSchema).superRefine((identifiers, ctx) => {
  const seen = new Set<string>();
  identifiers.forEach((identifier, index) => {
    const key = identifierText(identifier).toLowerCase();
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index], message: `"${key}" is given twice` });
    seen.add(key);
  });
});

const entityCommon = {
  name: text,
  description: publicText.optional(),
  aliases: z.array(aliasSchema).default([]),
  /** Official codes ("gss:E06000023"); an entity may have several, in several schemes. */
  identifiers: identifierList.default([]),
  /** Where the texts name the entity. */
  citations: z.array(citationSchema).min(1, 'an entity needs at least one citation'),
};

/** A missing value says what is missing; a wrong one lists the values allowed. */
const requiredFor = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? `is required for ${what}` : undefined),
});

export const bodySchema = z.strictObject({
  id: bodyId,
  kind: z.literal('BODY'),
  type: z.enum(BODY_TYPES, requiredFor('a body')),
  sector: z.enum(SECTORS, requiredFor('a body')),
  validFrom: partialDate.optional(),
  validTo: partialDate.optional(),
  ...entityCommon,
});
export const personSchema = z.strictObject({
  id: personId,
  kind: z.literal('PERSON'),
  ...entityCommon,
});
export const programmeSchema = z.strictObject({
  id: programmeId,
  kind: z.literal('PROGRAMME'),
  type: z.enum(PROGRAMME_TYPES, requiredFor('a programme')),
  validFrom: partialDate.optional(),
  validTo: partialDate.optional(),
  ...entityCommon,
});
export const entitySchema = z.discriminatedUnion('kind', [bodySchema, personSchema, programmeSchema]);
export type EntityRecord = z.input<typeof entitySchema>;
export type Entity = z.output<typeof entitySchema>;

export const relationshipSchema = z.strictObject({
  id: relationshipId,
  type: z.enum(RELATIONSHIP_TYPE_NAMES as [string, ...string[]]),
  from: entityId,
  to: entityId,
  role: publicText.optional(),
  validFrom: partialDate.optional(),
  validTo: partialDate.optional(),
  dateBasis: z.enum(DATE_BASES),
  confidence: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1'),
  citations: z.array(citationSchema).min(1, 'a relationship needs at least one citation'),
});
export type RelationshipRecord = z.input<typeof relationshipSchema>;
export type Relationship = z.output<typeof relationshipSchema>;

/** A set of validated records, as one import writes them. */
export interface GraphRecords {
  sources: SourceRecord[];
  entities: Entity[];
  relationships: Relationship[];
}
