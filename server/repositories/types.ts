/**
 * Rows as the Cypher in cypher/ returns them; GraphQL resolvers map them to the API's types.
 * Neo4j stores no nulls, so an optional property is absent (undefined) rather than null.
 */
import type { StoredCitation, StoredCitations } from '../../core/storage.ts';

export type CitationRow = StoredCitation;

export interface AliasRow extends StoredCitations {
  name: string;
  kind: 'name' | 'acronym' | 'informal';
  validFrom?: string | null;
  validTo?: string | null;
}

export interface EntityRow extends StoredCitations {
  id: string;
  kind: 'BODY' | 'PERSON' | 'PROGRAMME';
  name: string;
  description?: string | null;
  type?: string | null;
  sector?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  /** Text forms, "gss:E06000023" (core/storage.ts). */
  identifiers?: string[] | null;
  version: number;
  retiredAt?: string | null;
  aliases: AliasRow[];
}

export interface EdgeRow extends StoredCitations {
  id: string;
  type: string;
  source: string;
  target: string;
  role?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  dateBasis: 'stated' | 'source-date' | 'inferred';
  confidence: number;
  version: number;
  retiredAt?: string | null;
}

export interface NodeRow {
  id: string;
  name: string;
  kind: EntityRow['kind'];
  type?: string | null;
  sector?: string | null;
  degree: number;
}

export interface SourceRow {
  id: string;
  title: string;
  publisher: string;
  kind: string;
  url?: string | null;
  /** The seed's and the import's sources: the .txt file the text was read from. */
  fileName?: string | null;
  hasText: boolean;
  date: string;
  dateEstimated: boolean;
  dateNote?: string | null;
  version: number;
  retiredAt?: string | null;
  /** Only in the list of sources: how many facts not retired cite it. */
  citationCount?: number;
}

export interface InfluenceRow {
  entityId: string;
  rank: number;
  score: number;
  explanation: string;
  strongestLinks: EdgeRow[];
}

/** Who makes a change: a user (name and id), or a shared token or the local user (no id). */
export interface Actor {
  id: string | null;
  name: string;
}

export interface AuditRow {
  id: string;
  at: string;
  actor: string;
  /** The user's id; null for shared tokens, the local user and entries older than users. */
  actorId?: string | null;
  action: string;
  targetId: string;
  before: string | null;
  after: string | null;
}

/** Filters shared by the graph queries. */
export type GraphFilter = {
  /** Relationship types to include (already resolved from families and types). */
  types: string[];
  asOf: string | null;
  minConfidence: number;
};
