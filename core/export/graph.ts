/**
 * The network as exports write it: plain records (entities with their names over time and
 * citations, relationships with their family, the sources they cite) and the filters that chose
 * them. Every writer in core/export/ takes one of these and returns text.
 */
import type { SourceRecord } from '../records.ts';
import type { EntityKind, Family } from '../vocabulary.ts';

export interface ExportCitation {
  source: string;
  quote: string;
  note?: string;
}

/** A name an entity went by (its kind: name, acronym, informal), with its period. */
export interface ExportAlias {
  name: string;
  kind: string;
  validFrom?: string;
  validTo?: string;
  citations: ExportCitation[];
}

export interface ExportEntity {
  id: string;
  kind: EntityKind;
  name: string;
  /** The name at the export's asOf (the map's label); the name when no asOf. */
  label: string;
  type?: string;
  sector?: string;
  validFrom?: string;
  validTo?: string;
  description?: string;
  /** Official codes in text form, "gss:E06000023". */
  identifiers?: string[];
  aliases: ExportAlias[];
  citations: ExportCitation[];
}

export interface ExportRelationship {
  id: string;
  type: string;
  family: Family;
  from: string;
  to: string;
  role?: string;
  validFrom?: string;
  validTo?: string;
  dateBasis: string;
  confidence: number;
  citations: ExportCitation[];
}

export interface ExportFilters {
  asOf?: string;
  families?: string[];
  types?: string[];
  minConfidence?: number;
}

export interface ExportGraph {
  filters: ExportFilters;
  entities: ExportEntity[];
  relationships: ExportRelationship[];
  sources: SourceRecord[];
}

export const KIND_TITLES: Record<EntityKind, string> = { BODY: 'Body', PERSON: 'Person', PROGRAMME: 'Programme' };

/** "from 2013", "until 2011", "2005 to 2011", or '' when undated. */
export function periodText(validFrom?: string, validTo?: string): string {
  if (validFrom && validTo) return `${validFrom} to ${validTo}`;
  if (validFrom) return `from ${validFrom}`;
  if (validTo) return `until ${validTo}`;
  return '';
}

/** Names over time for people to read: "LGCC (acronym, from 2005); Local CIO Council (name, from 2013)". */
export function aliasesText(aliases: readonly ExportAlias[]): string {
  return aliases
    .map(
      (alias) =>
        `${alias.name} (${[alias.kind, periodText(alias.validFrom, alias.validTo)].filter(Boolean).join(', ')})`,
    )
    .join('; ');
}

/** Citations for people to read: the source's title and date, the quote, the note. */
export function citationsText(citations: readonly ExportCitation[], sources: readonly SourceRecord[]): string {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return citations
    .map((citation) => {
      const source = byId.get(citation.source);
      const where = source ? `${source.title} (${source.publisher}, ${source.date})` : citation.source;
      return `${where}: "${citation.quote}"${citation.note ? ` [${citation.note}]` : ''}`;
    })
    .join(' | ');
}

/**
 * An entity's attributes as the XML formats (GraphML, GEXF) carry them: names over time and
 * citations as text to read and as JSON, so nothing is lost on the way back.
 */
export function entityAttributes(entity: ExportEntity, sources: readonly SourceRecord[]) {
  return {
    name: entity.name,
    kind: entity.kind,
    type: entity.type,
    sector: entity.sector,
    validFrom: entity.validFrom,
    validTo: entity.validTo,
    description: entity.description,
    identifiers: entity.identifiers?.join('; ') || undefined,
    names: aliasesText(entity.aliases),
    namesJson: JSON.stringify(entity.aliases),
    citations: citationsText(entity.citations, sources),
    citationsJson: JSON.stringify(entity.citations),
  };
}

/** A relationship's attributes as the XML formats carry them. */
export function relationshipAttributes(relationship: ExportRelationship, sources: readonly SourceRecord[]) {
  return {
    type: relationship.type,
    family: relationship.family,
    role: relationship.role,
    validFrom: relationship.validFrom,
    validTo: relationship.validTo,
    dateBasis: relationship.dateBasis,
    confidence: relationship.confidence,
    citations: citationsText(relationship.citations, sources),
    citationsJson: JSON.stringify(relationship.citations),
  };
}
