/**
 * The import CLI's decision flags: everything the Import dialog lets a user decide, one flag per
 * decision, laid over the mapping given, remembered or guessed (docs/import-export.md, "The CLI").
 * And the flag that settles each decision the report asks for.
 */
import type { ParseArgsConfig } from 'node:util';
import { asSlug, asTypeName } from '../../core/import/ids.ts';
import {
  CONNECTION_FIELDS,
  ELEMENT_FIELDS,
  ELEMENT_TYPE_TARGETS,
  type ConnectionField,
  type ElementField,
  type ElementTypeTarget,
  type MappingChanges,
} from '../../core/import/mapping-schema.ts';
import type { UnmappedValue } from '../../core/import/mapping.ts';
import { IDENTIFIER_SCHEME } from '../../core/records.ts';
import {
  BODY_TYPES,
  PROGRAMME_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  SECTORS,
  type RelationshipType,
} from '../../core/vocabulary.ts';
import { UsageError } from './run.ts';

/** A flag given any number of times. */
const many = () => ({ type: 'string' as const, multiple: true as const, default: [] as string[] });
const one = () => ({ type: 'string' as const });

/** The options parseArgs reads for decisions. */
export const DECISION_OPTIONS = {
  type: many(),
  sector: many(),
  'relationship-type': many(),
  'default-type': one(),
  'default-sector': one(),
  'default-relationship-type': one(),
  'default-confidence': one(),
  column: many(),
} satisfies NonNullable<ParseArgsConfig['options']>;

export const DECISION_USAGE = `       [--type "<file's type>=person|body:<body type>|programme:<programme type>"]… [--default-type <same>]
       [--sector "<file's sector>=<sector>"]… [--default-sector <sector>]
       [--relationship-type "<file's type>=<TYPE>"]… [--default-relationship-type <TYPE>] [--default-confidence <0-1>]
       [--column "<field>=<column>"]… [--column "connection.<field>=<column>"]…
       [--column "<column>=identifier:<scheme>"]… [--column "<column>=relationship:<TYPE>[:reverse]"]…`;

export interface DecisionFlags {
  type: string[];
  sector: string[];
  'relationship-type': string[];
  'default-type'?: string;
  'default-sector'?: string;
  'default-relationship-type'?: string;
  'default-confidence'?: string;
  column: string[];
}

/** "value=target", split at the last "=" (targets never hold one). */
function pair(flag: string, text: string, shape: string): [string, string] {
  const at = text.lastIndexOf('=');
  if (at < 1 || at === text.length - 1) throw new UsageError(`--${flag} "${text}" must look like "${shape}"`);
  return [text.slice(0, at).trim(), text.slice(at + 1).trim()];
}

function elementTypeTarget(flag: string, text: string): ElementTypeTarget {
  const [kind = '', type] = text.split(':');
  const target = type === undefined ? kind.toUpperCase() : `${kind.toUpperCase()}:${asSlug(type)}`;
  if ((ELEMENT_TYPE_TARGETS as readonly string[]).includes(target)) return target as ElementTypeTarget;
  throw new UsageError(
    `--${flag}: "${text}" is not person, body:<body type> or programme:<programme type>; ` +
      `body types: ${BODY_TYPES.join(', ')}; programme types: ${PROGRAMME_TYPES.join(', ')}`,
  );
}

function sector(flag: string, text: string): (typeof SECTORS)[number] {
  const slug = asSlug(text);
  if ((SECTORS as readonly string[]).includes(slug)) return slug as (typeof SECTORS)[number];
  throw new UsageError(`--${flag}: "${text}" is not a sector; sectors: ${SECTORS.join(', ')}`);
}

function relationshipType(flag: string, text: string): RelationshipType {
  const name = asTypeName(text);
  if ((RELATIONSHIP_TYPE_NAMES as readonly string[]).includes(name)) return name as RelationshipType;
  throw new UsageError(`--${flag}: "${text}" is not a relationship type; types: ${RELATIONSHIP_TYPE_NAMES.join(', ')}`);
}

/** One --column: a field's column, or a column that is an identifier or names other rows. */
function columnDecision(text: string, changes: MappingChanges): void {
  const register = /^(.+)=(identifier|relationship):([^=]+)$/i.exec(text);
  if (register) {
    const [, column, what, rest] = register as unknown as [string, string, string, string];
    if (what.toLowerCase() === 'identifier') {
      const scheme = rest.trim().toLowerCase();
      if (!IDENTIFIER_SCHEME.test(scheme)) {
        throw new UsageError(`--column "${text}": the scheme must be a lower-case slug such as gss or companies-house`);
      }
      changes.identifierColumns = { ...changes.identifierColumns, [column.trim()]: scheme };
      return;
    }
    const [type = '', direction, extra] = rest.split(':');
    if (extra !== undefined || (direction !== undefined && direction.toLowerCase() !== 'reverse')) {
      throw new UsageError(`--column "${text}" must look like "<column>=relationship:<TYPE>" or "…:reverse"`);
    }
    const link = {
      column: column.trim(),
      type: relationshipType('column', type),
      direction: direction ? 'from' : 'to',
    } as const;
    changes.relationshipColumns = [...(changes.relationshipColumns ?? []), link];
    return;
  }
  const at = text.indexOf('=');
  const field = text.slice(0, at).trim();
  const column = text.slice(at + 1).trim();
  if (at < 1 || !column) throw new UsageError(`--column "${text}" must look like "name=Label"`);
  if (field.startsWith('connection.')) {
    const name = field.slice('connection.'.length);
    if (!(CONNECTION_FIELDS as readonly string[]).includes(name)) {
      throw new UsageError(`--column "${text}": connections' fields are ${CONNECTION_FIELDS.join(', ')}`);
    }
    changes.connections = { ...changes.connections, [name as ConnectionField]: column };
    return;
  }
  if (!(ELEMENT_FIELDS as readonly string[]).includes(field)) {
    throw new UsageError(
      `--column "${text}": elements' fields are ${ELEMENT_FIELDS.join(', ')} (connection.<field> for connections; ` +
        `"<column>=identifier:<scheme>" or "<column>=relationship:<TYPE>" for registers)`,
    );
  }
  changes.elements = { ...changes.elements, [field as ElementField]: column };
}

/** The flags as changes to the mapping; a wrong flag is a UsageError naming it and what it takes. */
export function readDecisionFlags(flags: DecisionFlags): MappingChanges {
  const changes: MappingChanges = {};
  const values: NonNullable<MappingChanges['values']> = {};
  for (const text of flags.type) {
    const [value, target] = pair('type', text, 'Organisation=body:council');
    values.elementType = { ...values.elementType, [value]: elementTypeTarget('type', target) };
  }
  for (const text of flags.sector) {
    const [value, target] = pair('sector', text, 'Local gov=local-government');
    values.sector = { ...values.sector, [value]: sector('sector', target) };
  }
  for (const text of flags['relationship-type']) {
    const [value, target] = pair('relationship-type', text, 'works with=COLLABORATES_WITH');
    values.relationshipType = { ...values.relationshipType, [value]: relationshipType('relationship-type', target) };
  }
  if (Object.keys(values).length > 0) changes.values = values;
  const defaults: NonNullable<MappingChanges['defaults']> = {};
  if (flags['default-type']) defaults.elementType = elementTypeTarget('default-type', flags['default-type']);
  if (flags['default-sector']) defaults.sector = sector('default-sector', flags['default-sector']);
  if (flags['default-relationship-type']) {
    defaults.relationshipType = relationshipType('default-relationship-type', flags['default-relationship-type']);
  }
  if (flags['default-confidence'] !== undefined) {
    const confidence = Number(flags['default-confidence']);
    if (flags['default-confidence'].trim() === '' || !(confidence >= 0 && confidence <= 1)) {
      throw new UsageError(`--default-confidence "${flags['default-confidence']}" must be a number from 0 to 1`);
    }
    defaults.confidence = confidence;
  }
  if (Object.keys(defaults).length > 0) changes.defaults = defaults;
  for (const text of flags.column) columnDecision(text, changes);
  return changes;
}

const quoted = (text: string) => `"${text.replace(/"/g, '\\"')}"`;

/** The flag that settles an unmapped value (or its absence), with what it may be. */
export function flagFor({ field, value }: UnmappedValue): string {
  if (field === 'elementType') {
    return value
      ? `--type ${quoted(`${value}=body:<body type>`)} (or person, programme:<programme type>)`
      : '--default-type body:unclassified (or person, body:<body type>, programme:<programme type>)';
  }
  if (field === 'sector') {
    return value ? `--sector ${quoted(`${value}=<sector>`)}` : '--default-sector <sector> (unknown if no one knows)';
  }
  return value ? `--relationship-type ${quoted(`${value}=<TYPE>`)}` : '--default-relationship-type <TYPE>';
}

/** The words each unmapped field may be mapped to, once each. */
export function vocabularyFor(fields: readonly UnmappedValue['field'][]): string[] {
  const lines: string[] = [];
  if (fields.includes('elementType')) {
    lines.push(`body types: ${BODY_TYPES.join(', ')}`, `programme types: ${PROGRAMME_TYPES.join(', ')}`);
  }
  if (fields.includes('sector')) lines.push(`sectors: ${SECTORS.join(', ')}`);
  if (fields.includes('relationshipType')) lines.push(`relationship types: ${RELATIONSHIP_TYPE_NAMES.join(', ')}`);
  return lines;
}
