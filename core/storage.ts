/**
 * How records are stored in Neo4j and read back: the one place that knows the property layout.
 * Neo4j properties cannot hold maps, so citations are stored as three parallel lists; every optional
 * property is written, as null when absent, so writing a record again also clears what it dropped.
 */
import type { AliasRecord, Citation, Entity, Relationship, SourceRecord } from './records.ts';

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
      description: entity.description ?? null,
      type: 'type' in entity ? entity.type : null,
      sector: 'sector' in entity ? entity.sector : null,
      validFrom: 'validFrom' in entity ? (entity.validFrom ?? null) : null,
      validTo: 'validTo' in entity ? (entity.validTo ?? null) : null,
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
