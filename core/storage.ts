/**
 * How records are stored in Neo4j and read back: the one place that knows the property layout.
 * Neo4j properties cannot hold maps, so citations are stored as three parallel lists; every optional
 * property is written, as null when absent, so writing a record again also clears what it dropped.
 */
import {
  identifierText,
  parseIdentifierText,
  type AliasRecord,
  type Citation,
  type Entity,
  type Identifier,
  type Relationship,
  type SourceRecord,
} from './records.ts';
import { compactName, nameKeys } from './matching.ts';

/**
 * Citations as stored: source ids, quotes and notes ('' when none), index by index. The notes list
 * is stored only when some citation has a note (null otherwise, which also clears an old one): most
 * facts have none, and each list property costs the import a record of its own (docs/import-export.md).
 */
export interface StoredCitations {
  citationSources: string[];
  citationQuotes: string[];
  citationNotes?: string[] | null;
}

/** A citation read back from storage; a missing note is null. */
export interface StoredCitation {
  source: string;
  quote: string;
  note: string | null;
}

export function citationProperties(citations: Citation[]): StoredCitations {
  return {
    citationSources: citations.map((citation) => citation.source),
    citationQuotes: citations.map((citation) => citation.quote),
    citationNotes: citations.some((citation) => citation.note)
      ? citations.map((citation) => citation.note ?? '')
      : null,
  };
}

export function citationsOf(stored: StoredCitations): StoredCitation[] {
  return stored.citationSources.map((source, index) => ({
    source,
    quote: stored.citationQuotes[index] ?? '',
    note: stored.citationNotes?.[index] || null,
  }));
}

/**
 * Identifiers as stored: `identifiers` in their text form ("gss:E06000023"), and `identifierKeys`,
 * what the full-text index entity_identifiers looks up exactly: each identifier whole and its value
 * alone, lower case, so "E06000023" and "gss:e06000023" both find it. Both null when there are none.
 */
export function identifierProperties(identifiers: readonly Identifier[]) {
  if (identifiers.length === 0) return { identifiers: null, identifierKeys: null };
  return {
    identifiers: identifiers.map(identifierText),
    identifierKeys: [...new Set(identifiers.flatMap((identifier) => identifierKeys(identifier)))],
  };
}

/** The keys an identifier is found by: "gss:e06000023" and "e06000023". */
export function identifierKeys(identifier: Identifier): string[] {
  return [identifierText(identifier).toLowerCase(), identifier.value.toLowerCase()];
}

/** Identifiers read back from storage (absent when there are none). */
export function identifiersOf(stored: { identifiers?: readonly string[] | null }): Identifier[] {
  return (stored.identifiers ?? []).flatMap((text) => {
    const identifier = parseIdentifierText(text);
    return identifier ? [identifier] : [];
  });
}

/**
 * A name's keys as stored, for the index entity_name_keys: `nameKeys`, looked up exactly
 * (core/matching.ts nameKeys), and `nameCompact`, the compact name alone, looked up within a typo or
 * two (a field of its own, so a fuzzy look-up walks only compact names).
 */
export function nameKeyProperties(name: string) {
  return { nameKeys: nameKeys(name), nameCompact: compactName(name) };
}

const LABELS = { BODY: 'Body', PERSON: 'Person', PROGRAMME: 'Programme' } as const;

/** An alias's id: its entity's id and its name as a slug, so the same name is the same alias. */
export function aliasId(entityId: string, alias: Pick<AliasRecord, 'name'>): string {
  return `${entityId}#${alias.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/** A source's properties; its text (read from its file at import, or the user's) is stored on the node. */
export function sourceRow(source: SourceRecord) {
  const { id, ...rest } = source;
  return {
    id,
    properties: {
      ...rest,
      url: rest.url ?? null,
      fileName: rest.fileName ?? null,
      text: rest.text ?? null,
      dateNote: rest.dateNote ?? null,
    },
  };
}

export function entityRow(entity: Entity) {
  return {
    id: entity.id,
    label: LABELS[entity.kind],
    properties: {
      kind: entity.kind,
      name: entity.name,
      ...nameKeyProperties(entity.name),
      description: entity.description ?? null,
      type: 'type' in entity ? entity.type : null,
      sector: 'sector' in entity ? entity.sector : null,
      validFrom: 'validFrom' in entity ? (entity.validFrom ?? null) : null,
      validTo: 'validTo' in entity ? (entity.validTo ?? null) : null,
      ...identifierProperties(entity.identifiers),
      ...citationProperties(entity.citations),
    },
  };
}

export function aliasRows(entity: Entity) {
  return entity.aliases.map((alias) => ({
    id: aliasId(entity.id, alias),
    entityId: entity.id,
    properties: {
      name: alias.name,
      ...nameKeyProperties(alias.name),
      kind: alias.kind,
      validFrom: alias.validFrom ?? null,
      validTo: alias.validTo ?? null,
      ...citationProperties(alias.citations),
    },
  }));
}

export function relationshipRow(relationship: Relationship) {
  return {
    id: relationship.id,
    type: relationship.type,
    from: relationship.from,
    to: relationship.to,
    properties: {
      role: relationship.role ?? null,
      validFrom: relationship.validFrom ?? null,
      validTo: relationship.validTo ?? null,
      dateBasis: relationship.dateBasis,
      confidence: relationship.confidence,
      ...citationProperties(relationship.citations),
    },
  };
}
