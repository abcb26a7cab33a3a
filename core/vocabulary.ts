/**
 * The controlled vocabulary of Stakeholder Atlas: kinds of entity, body types and sectors,
 * programme types, relationship types and the family each type belongs to.
 * Pure data, shared by the seed, the server and the client; docs/data-model.md explains it.
 */

export const ENTITY_KINDS = ['BODY', 'PERSON', 'PROGRAMME'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const BODY_TYPES = [
  'council', // a local authority
  // Kinds of local authority, as mySociety's UK local authority dataset names them (the uk-councils layer).
  'county-council', // upper tier of a two-tier area
  'non-metropolitan-district', // lower tier of a two-tier area
  'unitary-authority', // England, single tier
  'metropolitan-district',
  'london-borough',
  'city-corporation', // the City of London Corporation
  'combined-authority', // combined and combined county authorities
  'strategic-authority', // the Greater London Authority
  'scottish-unitary-authority',
  'welsh-unitary-authority',
  'ni-district',
  'professional-association',
  'government-department',
  'government-agency',
  'devolved-administration',
  'public-body', // other public sector organisations (e.g. a transport authority)
  'leadership-council', // a council or group of officers, e.g. the Local CIO Council
  'coalition',
  'network',
  'foundation',
  'trade-body',
  'publication', // a news channel or magazine
  'company',
  'unclassified', // not yet known: imported data often says only "organisation"; listed for editors to classify
] as const;
export type BodyType = (typeof BODY_TYPES)[number];

export const SECTORS = [
  'local-government',
  'central-government',
  'devolved-government',
  'police',
  'fire',
  'health',
  'education',
  'transport',
  'third-sector',
  'private',
  'cross-sector',
  'unknown', // not yet known, as unclassified bodies often are; listed for editors to classify
] as const;
export type Sector = (typeof SECTORS)[number];

export const PROGRAMME_TYPES = [
  'strategy',
  'programme',
  'project',
  'initiative',
  'event',
  'meeting',
  'publication',
  'website',
  'standard',
  'theme', // a priority or topic a body pursues, e.g. Green IT, shared services
] as const;
export type ProgrammeType = (typeof PROGRAMME_TYPES)[number];

export const ALIAS_KINDS = ['name', 'acronym', 'informal'] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];

export const FAMILIES = ['INFLUENCE', 'LIAISON', 'MEMBERSHIP', 'GOVERNANCE', 'PROGRAMME'] as const;
export type Family = (typeof FAMILIES)[number];

export interface RelationshipTypeInfo {
  family: Family;
  /** How to read (from)-[TYPE]->(to), in words. */
  reads: string;
  /**
   * Which end the relationship lends standing to, for PageRank: "from" when the source holds the
   * power (it influences, chairs, runs, supports), "to" when the target does (members join it,
   * parts belong to it), "both" for links between equals.
   */
  standing: 'from' | 'to' | 'both';
}

/** Every relationship type, its family and its direction. Add types here, never ad hoc. */
export const RELATIONSHIP_TYPES = {
  INFLUENCES: {
    family: 'INFLUENCE',
    reads: 'from seeks to shape the policy, decisions or direction of to',
    standing: 'from',
  },
  ADVISES: { family: 'INFLUENCE', reads: 'from gives advice to to', standing: 'from' },

  LIAISES_WITH: { family: 'LIAISON', reads: 'from keeps links with to (as stated by or about from)', standing: 'both' },
  BRIEFS: { family: 'LIAISON', reads: 'from provides briefings to to', standing: 'from' },
  COLLABORATES_WITH: { family: 'LIAISON', reads: 'from works in partnership with to', standing: 'both' },

  MEMBER_OF: { family: 'MEMBERSHIP', reads: 'from is a member of to', standing: 'to' },
  REPRESENTED_ON: { family: 'MEMBERSHIP', reads: 'from (a body or sector) has representatives on to', standing: 'to' },
  CHAIRS: { family: 'MEMBERSHIP', reads: 'from (a person) chairs to', standing: 'from' },
  PRESIDENT_OF: { family: 'MEMBERSHIP', reads: 'from (a person) is or was president of to', standing: 'from' },
  HOLDS_ROLE_AT: { family: 'MEMBERSHIP', reads: 'from (a person) holds the role named in role at to', standing: 'to' },

  CREATED: { family: 'GOVERNANCE', reads: 'from created or formed to', standing: 'from' },
  SUPPORTS: { family: 'GOVERNANCE', reads: 'from supports the work of to', standing: 'from' },
  HOSTS: { family: 'GOVERNANCE', reads: 'from hosts to (e.g. a website hosting assets)', standing: 'from' },
  PROVIDES_SECRETARIAT_FOR: { family: 'GOVERNANCE', reads: 'from provides the secretariat of to', standing: 'from' },
  MERGED_INTO: { family: 'GOVERNANCE', reads: 'from merged into to and ceased to exist separately', standing: 'to' },
  PART_OF: { family: 'GOVERNANCE', reads: 'from is a part, branch or office of to', standing: 'to' },

  RUNS: { family: 'PROGRAMME', reads: 'from runs, owns or produces to', standing: 'from' },
  TAKES_PART_IN: {
    family: 'PROGRAMME',
    reads: 'from takes part in to (a meeting, event or programme)',
    standing: 'to',
  },
  PRESENTED_AT: {
    family: 'PROGRAMME',
    reads: 'from (a programme or body) was presented at to (a meeting or event)',
    standing: 'to',
  },
  ENDORSES: { family: 'PROGRAMME', reads: 'from endorses or advocates to', standing: 'to' },
  ALIGNED_WITH: { family: 'PROGRAMME', reads: 'from is aligned with to', standing: 'to' },
  HANDS_ASSETS_TO: { family: 'PROGRAMME', reads: "from's assets and resources pass to to", standing: 'to' },
} as const satisfies Record<string, RelationshipTypeInfo>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

export function familyOf(type: RelationshipType): Family {
  return RELATIONSHIP_TYPES[type].family;
}

/**
 * Confidence is a number in [0, 1]. These named levels are the ones the seed uses; the API accepts
 * any value in range.
 */
export const CONFIDENCE = {
  STATED: 1, // the text says it in so many words
  IMPLIED: 0.8, // the text makes it plain without saying it outright
  PROBABLE: 0.6, // a reasonable reading, e.g. names run together or a role read from context
  UNCERTAIN: 0.4, // e.g. a person known by first name only
} as const;

/** How a relationship's dates were arrived at. */
export const DATE_BASES = [
  'stated', // the text gives the date
  'source-date', // the text only attests the fact; the dates are those of the citing source(s)
  'inferred', // read from other facts, explained in the citation's note
] as const;
export type DateBasis = (typeof DATE_BASES)[number];

/** How influence is measured (core/graph/influence.ts): the API's enum, the client's choices and their words. */
export const INFLUENCE_METRICS = {
  DEGREE: { label: 'Degree', word: 'degree', measures: 'How many relationships a stakeholder has.' },
  BETWEENNESS: {
    label: 'Betweenness',
    word: 'betweenness',
    measures: 'How often a stakeholder lies on the shortest routes between others: brokers and bridges.',
  },
  PAGERANK: {
    label: 'PageRank',
    word: 'PageRank',
    measures: 'Standing drawn from links with other well-connected stakeholders, weighted by confidence.',
  },
} as const;
export type InfluenceMetric = keyof typeof INFLUENCE_METRICS;
export const INFLUENCE_METRIC_NAMES = Object.keys(INFLUENCE_METRICS) as InfluenceMetric[];

/** Kinds of source: the seed's kinds, and those users add (reports, minutes, notes of meetings…). */
export const SOURCE_KINDS = [
  'web page',
  'news item',
  'article',
  'blog post',
  'press release',
  'report',
  'minutes',
  'meeting note',
  'e-mail',
  'dataset', // a published data file, e.g. a ready-made layer's
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A body still to classify: its type or sector is not yet known. */
export const isToClassify = (body: { type?: string | null; sector?: string | null }): boolean =>
  body.type === 'unclassified' || body.sector === 'unknown';

/** How the id of a source made for an imported file begins (server/import/uploads.ts). */
export const IMPORTED_FILE_SOURCE_PREFIX = 'source:import-';
