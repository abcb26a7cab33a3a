/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AliasInput = {
  citations: Array<CitationInput>;
  kind: AliasKind;
  name: string;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
};

export type AliasKind =
  | 'ACRONYM'
  /** an informal or shortened name */
  | 'INFORMAL'
  /** a name the entity went by */
  | 'NAME';

export type AssessmentInput = {
  /** YYYY-MM-DD, not after today. */
  date: string;
  /** An interaction involving the stakeholder. */
  interactionId?: string | null | undefined;
  interest: number;
  note?: string | null | undefined;
  power: number;
  sourceId?: string | null | undefined;
  /** Left out: the assessment records no stance (it becomes the current one, unknown, when latest). */
  stance?: Stance | null | undefined;
};

export type BriefInput = {
  /** Our organisation or person, for introduction routes. */
  fromId?: string | null | undefined;
  linesToTake?: string | null | undefined;
  /** YYYY-MM-DD */
  meetingDate: string;
  objectives?: string | null | undefined;
  /** 1 to 8 stakeholders, each once. */
  stakeholderIds: Array<string>;
  title: string;
};

/** What a change touched, by kind of record; each kind is read by the roles that read the record itself. */
export type ChangeKind =
  /** a briefing pack written, edited or downloaded (anyone signed in; the brief shows each role what it may read) */
  | 'BRIEF'
  /** contact details (editors and admins; the change says only whether each detail is set) */
  | 'CONTACT'
  /** a stakeholder (body, person, programme), its names, aliases and identifiers */
  | 'ENTITY'
  /** an import of files or of a ready-made layer (one change for the whole set) */
  | 'IMPORT'
  /** an interaction (editors and admins) */
  | 'INTERACTION'
  /** a personal-data export or erasure (admins) */
  | 'PRIVACY'
  /** an engagement profile (editors and admins) */
  | 'PROFILE'
  | 'RELATIONSHIP'
  | 'SOURCE'
  /** a user's role (admins) */
  | 'USER';

export type CitationInput = {
  note?: string | null | undefined;
  quote: string;
  /** A source id, e.g. source:socitm-press-release-local-digital-coalition. */
  source: string;
};

export type ColumnMappingInput = {
  column: string;
  field: string;
};

export type ContactInput = {
  email?: string | null | undefined;
  phone?: string | null | undefined;
};

export type CreateEntityInput = {
  aliases?: Array<AliasInput> | null | undefined;
  citations: Array<CitationInput>;
  description?: string | null | undefined;
  /** Optional readable id (body:…, person:…, programme:…); made from the name when left out. */
  id?: string | null | undefined;
  /** Official codes as scheme:value, e.g. gss:E06000023. */
  identifiers?: Array<string> | null | undefined;
  kind: EntityKind;
  name: string;
  /** Required for bodies. */
  sector?: string | null | undefined;
  /** Required for bodies and programmes. */
  type?: string | null | undefined;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
};

/** How a relationship's dates were arrived at. */
export type DateBasis =
  /** read from other facts, explained in a citation's note */
  | 'INFERRED'
  /** the text only attests the fact; the dates are those of the citing source */
  | 'SOURCE_DATE'
  /** the text gives the date */
  | 'STATED';

export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

/** How a stakeholder or relationship changed over a period, its changes collapsed into one. */
export type DiffChange =
  /** a stakeholder added in the period */
  | 'CREATED'
  /** a stakeholder or relationship whose fields changed, name aside */
  | 'EDITED'
  /** a relationship retired in the period, or given an end date (validTo) it did not have */
  | 'ENDED'
  /** a relationship added (or restored) in the period */
  | 'GAINED'
  /** a stakeholder whose name changed (other fields may have too) */
  | 'RENAMED'
  /** a stakeholder retired before the period and restored in it */
  | 'RESTORED'
  /** a stakeholder retired in the period */
  | 'RETIRED';

export type EngagementInput = {
  /** Days, 1 to 366; null stops tracking health. */
  cadenceDays?: number | null | undefined;
  interest?: number | null | undefined;
  nextAction?: string | null | undefined;
  nextActionDue?: string | null | undefined;
  objectives?: string | null | undefined;
  owner?: string | null | undefined;
  power?: number | null | undefined;
  stance?: Stance | null | undefined;
  topics?: Array<string> | null | undefined;
};

export type EntityKind =
  | 'BODY'
  | 'PERSON'
  | 'PROGRAMME';

export type Family =
  | 'GOVERNANCE'
  | 'INFLUENCE'
  | 'LIAISON'
  | 'MEMBERSHIP'
  | 'PROGRAMME';

export type FollowUpInput = {
  /** YYYY-MM-DD */
  due: string;
  /** A user who can edit; default: whoever logs the interaction. */
  ownerId?: string | null | undefined;
  what: string;
};

export type FollowUpStatus =
  | 'CLOSED'
  | 'OPEN';

export type HealthState =
  | 'DUE'
  | 'ON_TRACK'
  | 'OVERDUE';

/** A column of elements holding codes of one scheme: each row gets the identifier scheme:value. */
export type IdentifierColumnInput = {
  column: string;
  /** A lower-case slug such as gss, companies-house or charity-ew. */
  scheme: string;
};

/** The user's decision on one row: entityId is the existing stakeholder it is; null means a new one. */
export type ImportDecisionInput = {
  entityId?: string | null | undefined;
  /** The row as the report names it: "file: at", e.g. "elements.csv: row 4". */
  row: string;
};

/** Used where the file has no such column, or an empty cell. */
export type ImportDefaultsInput = {
  confidence?: number | null | undefined;
  elementType?: string | null | undefined;
  relationshipType?: string | null | undefined;
  sector?: string | null | undefined;
};

/**
 * How the columns of another tool's file become stakeholders and relationships (docs/import-export.md,
 * "The mapping"). Fields are those of the mapping: for elements id, name, kind, type, sector,
 * description, validFrom, validTo, aliases; for connections id, from, to, type, role, validFrom,
 * validTo, dateBasis, confidence.
 */
export type ImportMappingInput = {
  connections: Array<ColumnMappingInput>;
  defaults?: ImportDefaultsInput | null | undefined;
  elements: Array<ColumnMappingInput>;
  /** Registers: columns of elements holding official codes, each with its scheme (e.g. gss). */
  identifierColumns?: Array<IdentifierColumnInput> | null | undefined;
  /** Registers: columns of elements whose cells name other rows or stakeholders, each cell a relationship. */
  relationshipColumns?: Array<RelationshipColumnInput> | null | undefined;
  values: Array<ValueMappingInput>;
};

/** Where the mapping came from: the request, the last import of files of the same layout, or a guess from the columns. */
export type ImportMappingOrigin =
  | 'GIVEN'
  | 'GUESSED'
  | 'REMEMBERED';

export type ImportOutcome =
  /** Is a stakeholder the atlas has (match): its relationships join it; nothing about it changes. */
  | 'MATCHES'
  /** Becomes a new stakeholder. */
  | 'NEW'
  /** Becomes a new stakeholder, but may be the one in match (see reason): decide with ImportDecisionInput. */
  | 'POSSIBLE_DUPLICATE';

export type ImportValueField =
  | 'ELEMENT_TYPE'
  | 'RELATIONSHIP_TYPE'
  | 'SECTOR';

export type InfluenceMetric =
  /** share of shortest routes between others that pass through the entity */
  | 'BETWEENNESS'
  /** number of relationships */
  | 'DEGREE'
  /** PageRank over directed relationships weighted by confidence */
  | 'PAGERANK';

export type InteractionInput = {
  date: string;
  followUps?: Array<FollowUpInput> | null | undefined;
  kind: InteractionKind;
  outcome?: string | null | undefined;
  participants: Array<string>;
  summary: string;
};

export type InteractionKind =
  | 'CALL'
  | 'EMAIL'
  | 'EVENT'
  | 'MEETING';

/** Which way a relationship column points. */
export type LinkDirection =
  /** The one its cell names → the row. */
  | 'FROM'
  /** The row → the one its cell names (a district PART_OF its county). */
  | 'TO';

/** How sure a match is: every level but POSSIBLE says the name stands for that stakeholder. */
export type MatchLevel =
  /** a well-known expansion of its acronym, or the acronym of its name */
  | 'ACRONYM'
  /** one of its aliases */
  | 'ALIAS'
  | 'EXACT_ID'
  /** the same official code (identifier) */
  | 'EXACT_IDENTIFIER'
  | 'EXACT_NAME'
  /** a possible duplicate: a typo, another word order, or a Council/Borough variant */
  | 'POSSIBLE';

export type ProposalStatus =
  /** The atlas has it, citing this source already. */
  | 'ALREADY_CITED'
  /** The atlas has no such relationship. */
  | 'NEW'
  /** The atlas has it; accepting adds this citation. */
  | 'WOULD_ADD_CITATION';

/** The power/interest grid's quadrants (power and interest of 4 or 5 count as high). */
export type Quadrant =
  | 'KEEP_INFORMED'
  | 'KEEP_SATISFIED'
  | 'MANAGE_CLOSELY'
  | 'MONITOR';

/**
 * A column of elements whose cells name another row (by the file's id, a code or a name) or a
 * stakeholder of the atlas; each becomes a relationship of type (e.g. PART_OF), dated by the row.
 */
export type RelationshipColumnInput = {
  column: string;
  direction: LinkDirection;
  type: string;
};

export type RelationshipInput = {
  citations: Array<CitationInput>;
  confidence: number;
  dateBasis: DateBasis;
  from: string;
  /** Optional readable id (rel:…); made from the endpoints and type when left out. */
  id?: string | null | undefined;
  role?: string | null | undefined;
  to: string;
  type: string;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
};

export type Role =
  | 'ADMIN'
  | 'EDITOR'
  | 'VIEWER';

/** How a request proved who it is. */
export type SignInMethod =
  /** The single-user local instance (no sign-in configured). */
  | 'LOCAL'
  /** A user's personal API token (Authorization: Bearer atlas_pat_…). */
  | 'PERSONAL_TOKEN'
  /** A browser signed in with OpenID Connect (session cookie). */
  | 'SESSION'
  /** A shared token from AUTH_TOKENS. */
  | 'SHARED_TOKEN';

export type SourceInput = {
  /** Partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  dateEstimated?: boolean | null | undefined;
  dateNote?: string | null | undefined;
  /** The text as an uploaded .txt (UTF-8) or .html file (reduced to text), up to 1 MB; instead of text. */
  file?: File | null | undefined;
  /** Made from the title when left out: source:the-title. */
  id?: string | null | undefined;
  kind: string;
  publisher: string;
  /** The source's text, pasted. Leave it and file out for a source without text (a meeting note). */
  text?: string | null | undefined;
  title: string;
  url?: string | null | undefined;
};

/** Left out: unchanged; null: cleared (url, dateNote, text). */
export type SourcePatch = {
  date?: string | null | undefined;
  dateEstimated?: boolean | null | undefined;
  dateNote?: string | null | undefined;
  file?: File | null | undefined;
  kind?: string | null | undefined;
  publisher?: string | null | undefined;
  text?: string | null | undefined;
  title?: string | null | undefined;
  url?: string | null | undefined;
};

/** Where a stakeholder stands on our objectives. */
export type Stance =
  | 'CHAMPION'
  | 'NEUTRAL'
  | 'OPPONENT'
  | 'SCEPTIC'
  | 'SUPPORTER';

/** Fields to change; a field left out keeps its value, a field set to null is cleared. */
export type UpdateEntityInput = {
  aliases?: Array<AliasInput> | null | undefined;
  citations?: Array<CitationInput> | null | undefined;
  description?: string | null | undefined;
  /** Official codes as scheme:value, e.g. gss:E06000023; the whole list, replacing the old one. */
  identifiers?: Array<string> | null | undefined;
  name?: string | null | undefined;
  sector?: string | null | undefined;
  type?: string | null | undefined;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
};

/** Fields to change; a field left out keeps its value, a field set to null is cleared. */
export type UpdateRelationshipInput = {
  citations?: Array<CitationInput> | null | undefined;
  confidence?: number | null | undefined;
  dateBasis?: DateBasis | null | undefined;
  role?: string | null | undefined;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
};

/**
 * A value of the file and the word of the vocabulary it stands for. For ELEMENT_TYPE, mapsTo is PERSON,
 * BODY:<body type> or PROGRAMME:<programme type> (e.g. BODY:council); for SECTOR a sector (e.g.
 * local-government); for RELATIONSHIP_TYPE a relationship type (e.g. MEMBER_OF).
 */
export type ValueMappingInput = {
  field: ImportValueField;
  mapsTo: string;
  value: string;
};

export type BriefFieldsFragment = { id: string, title: string, meetingDate: string, objectives: string, linesToTake: string, version: number, createdBy: string, createdAt: string, updatedBy: string, updatedAt: string, stakeholders: Array<
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  >, from:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null };

export type BriefsQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefsQuery = { briefs: Array<{ id: string, title: string, meetingDate: string, stakeholders: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    > }> };

export type BriefQueryVariables = Exact<{
  id: string;
}>;


export type BriefQuery = { brief: { id: string, title: string, meetingDate: string, objectives: string, linesToTake: string, version: number, createdBy: string, createdAt: string, updatedBy: string, updatedAt: string, pack: { stakeholders: Array<{ entityId: string, name: string, kind: EntityKind, sections: Array<{ heading: string, note: string | null, lines: Array<{ text: string, notes: Array<number>, uncited: string | null }> }> }>, footnotes: Array<{ number: number, source: string, title: string, publisher: string | null, date: string, quote: string }> }, stakeholders: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    >, from:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null } | null };

export type CreateBriefMutationVariables = Exact<{
  input: BriefInput;
}>;


export type CreateBriefMutation = { createBrief: { id: string, version: number } };

export type UpdateBriefMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
  input: BriefInput;
}>;


export type UpdateBriefMutation = { updateBrief: { id: string, version: number } };

export type CommunitiesQueryVariables = Exact<{
  families?: Array<Family> | Family | null | undefined;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type CommunitiesQuery = { communities: { total: number, freshness: { stale: boolean }, communities: Array<{ id: number, size: number, memberIds: Array<string>, centralMembers: Array<{ score: number, entity:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         }> }> } };

export type RelationshipForEditQueryVariables = Exact<{
  source: string;
}>;


export type RelationshipForEditQuery = { neighbourhood: { edges: Array<{ version: number, id: string, source: string, target: string, type: string, family: Family, role: string | null, validFrom: string | null, validFromPrecision: DatePrecision | null, validTo: string | null, validToPrecision: DatePrecision | null, dateBasis: DateBasis, confidence: number, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }> } };

export type UpdateRelationshipMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
  input: UpdateRelationshipInput;
}>;


export type UpdateRelationshipMutation = { updateRelationship: { version: number, id: string, source: string, target: string, type: string, family: Family, role: string | null, validFrom: string | null, validFromPrecision: DatePrecision | null, validTo: string | null, validToPrecision: DatePrecision | null, dateBasis: DateBasis, confidence: number, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> } };

export type RetireRelationshipMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
  reason: string;
}>;


export type RetireRelationshipMutation = { retireRelationship: { id: string, version: number } };

export type CreateRelationshipMutationVariables = Exact<{
  input: RelationshipInput;
}>;


export type CreateRelationshipMutation = { createRelationship: { version: number, id: string, source: string, target: string, type: string, family: Family, role: string | null, validFrom: string | null, validFromPrecision: DatePrecision | null, validTo: string | null, validToPrecision: DatePrecision | null, dateBasis: DateBasis, confidence: number, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> } };

export type EntityForEditQueryVariables = Exact<{
  id: string;
}>;


export type EntityForEditQuery = { entity:
    | { version: number, type: string, sector: string, validFrom: string | null, validTo: string | null, id: string, name: string, kind: EntityKind, description: string | null, aliases: Array<{ name: string, kind: AliasKind, validFrom: string | null, validTo: string | null, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }>, identifiers: Array<{ scheme: string, value: string, text: string }>, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }
    | { version: number, id: string, name: string, kind: EntityKind, description: string | null, aliases: Array<{ name: string, kind: AliasKind, validFrom: string | null, validTo: string | null, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }>, identifiers: Array<{ scheme: string, value: string, text: string }>, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }
    | { version: number, type: string, validFrom: string | null, validTo: string | null, id: string, name: string, kind: EntityKind, description: string | null, aliases: Array<{ name: string, kind: AliasKind, validFrom: string | null, validTo: string | null, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }>, identifiers: Array<{ scheme: string, value: string, text: string }>, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }
   | null };

export type CreateEntityMutationVariables = Exact<{
  input: CreateEntityInput;
}>;


export type CreateEntityMutation = { createEntity:
    | { id: string, name: string, kind: EntityKind, version: number }
    | { id: string, name: string, kind: EntityKind, version: number }
    | { id: string, name: string, kind: EntityKind, version: number }
   };

export type UpdateEntityMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
  input: UpdateEntityInput;
}>;


export type UpdateEntityMutation = { updateEntity:
    | { id: string, version: number }
    | { id: string, version: number }
    | { id: string, version: number }
   };

export type RetireEntityMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
  reason: string;
}>;


export type RetireEntityMutation = { retireEntity:
    | { id: string, version: number }
    | { id: string, version: number }
    | { id: string, version: number }
   };

export type ProfileFieldsFragment = { owner: string | null, power: number | null, interest: number | null, stance: Stance | null, quadrant: Quadrant | null, objectives: string | null, topics: Array<string>, nextAction: string | null, nextActionDue: string | null, cadenceDays: number | null, version: number, updatedAt: string | null, updatedBy: string | null, health: { state: HealthState, cadenceDays: number, lastContact: string | null, nextContactDue: string } | null, history: Array<{ id: string, date: string, stance: Stance | null, power: number | null, interest: number | null, note: string | null, assessedBy: string, recordedAt: string, migrated: boolean, interaction: { id: string, date: string, summary: string } | null, source: { id: string, title: string } | null }>, suggestedPower: { power: number, reason: string, freshness: { stale: boolean } } };

export type AssessmentFieldsFragment = { id: string, date: string, stance: Stance | null, power: number | null, interest: number | null, note: string | null, assessedBy: string, recordedAt: string, migrated: boolean, interaction: { id: string, date: string, summary: string } | null, source: { id: string, title: string } | null };

export type FollowUpFieldsFragment = { id: string, what: string, due: string, status: FollowUpStatus, closedAt: string | null, closedBy: string | null, closingNote: string | null, owner: { id: string, name: string } | null };

export type InteractionFieldsFragment = { id: string, kind: InteractionKind, date: string, summary: string, outcome: string | null, createdAt: string, createdBy: string, participants: Array<
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
  >, followUps: Array<{ id: string, what: string, due: string, status: FollowUpStatus, closedAt: string | null, closedBy: string | null, closingNote: string | null, owner: { id: string, name: string } | null }> };

export type RegisterQueryVariables = Exact<{
  stance?: Stance | null | undefined;
  owner?: string | null | undefined;
  quadrant?: Quadrant | null | undefined;
  stanceChangedSince?: string | null | undefined;
  today?: string | null | undefined;
}>;


export type RegisterQuery = { register: Array<{ owner: string | null, power: number | null, interest: number | null, stance: Stance | null, quadrant: Quadrant | null, objectives: string | null, topics: Array<string>, nextAction: string | null, nextActionDue: string | null, cadenceDays: number | null, version: number, updatedAt: string | null, updatedBy: string | null, entity:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
    , health: { state: HealthState, cadenceDays: number, lastContact: string | null, nextContactDue: string } | null, history: Array<{ id: string, date: string, stance: Stance | null, power: number | null, interest: number | null, note: string | null, assessedBy: string, recordedAt: string, migrated: boolean, interaction: { id: string, date: string, summary: string } | null, source: { id: string, title: string } | null }>, suggestedPower: { power: number, reason: string, freshness: { stale: boolean } } }> };

export type EntityEngagementQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  today?: string | null | undefined;
}>;


export type EntityEngagementQuery = { entity:
    | { id: string, name: string, kind: EntityKind, engagement: { owner: string | null, power: number | null, interest: number | null, stance: Stance | null, quadrant: Quadrant | null, objectives: string | null, topics: Array<string>, nextAction: string | null, nextActionDue: string | null, cadenceDays: number | null, version: number, updatedAt: string | null, updatedBy: string | null, health: { state: HealthState, cadenceDays: number, lastContact: string | null, nextContactDue: string } | null, history: Array<{ id: string, date: string, stance: Stance | null, power: number | null, interest: number | null, note: string | null, assessedBy: string, recordedAt: string, migrated: boolean, interaction: { id: string, date: string, summary: string } | null, source: { id: string, title: string } | null }>, suggestedPower: { power: number, reason: string, freshness: { stale: boolean } } } | null, interactions: Array<{ id: string, kind: InteractionKind, date: string, summary: string, outcome: string | null, createdAt: string, createdBy: string, participants: Array<
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        >, followUps: Array<{ id: string, what: string, due: string, status: FollowUpStatus, closedAt: string | null, closedBy: string | null, closingNote: string | null, owner: { id: string, name: string } | null }> }> }
    | { id: string, name: string, kind: EntityKind, engagement: { owner: string | null, power: number | null, interest: number | null, stance: Stance | null, quadrant: Quadrant | null, objectives: string | null, topics: Array<string>, nextAction: string | null, nextActionDue: string | null, cadenceDays: number | null, version: number, updatedAt: string | null, updatedBy: string | null, health: { state: HealthState, cadenceDays: number, lastContact: string | null, nextContactDue: string } | null, history: Array<{ id: string, date: string, stance: Stance | null, power: number | null, interest: number | null, note: string | null, assessedBy: string, recordedAt: string, migrated: boolean, interaction: { id: string, date: string, summary: string } | null, source: { id: string, title: string } | null }>, suggestedPower: { power: number, reason: string, freshness: { stale: boolean } } } | null, interactions: Array<{ id: string, kind: InteractionKind, date: string, summary: string, outcome: string | null, createdAt: string, createdBy: string, participants: Array<
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        >, followUps: Array<{ id: string, what: string, due: string, status: FollowUpStatus, closedAt: string | null, closedBy: string | null, closingNote: string | null, owner: { id: string, name: string } | null }> }> }
    | { id: string, name: string, kind: EntityKind, engagement: { owner: string | null, power: number | null, interest: number | null, stance: Stance | null, quadrant: Quadrant | null, objectives: string | null, topics: Array<string>, nextAction: string | null, nextActionDue: string | null, cadenceDays: number | null, version: number, updatedAt: string | null, updatedBy: string | null, health: { state: HealthState, cadenceDays: number, lastContact: string | null, nextContactDue: string } | null, history: Array<{ id: string, date: string, stance: Stance | null, power: number | null, interest: number | null, note: string | null, assessedBy: string, recordedAt: string, migrated: boolean, interaction: { id: string, date: string, summary: string } | null, source: { id: string, title: string } | null }>, suggestedPower: { power: number, reason: string, freshness: { stale: boolean } } } | null, interactions: Array<{ id: string, kind: InteractionKind, date: string, summary: string, outcome: string | null, createdAt: string, createdBy: string, participants: Array<
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        >, followUps: Array<{ id: string, what: string, due: string, status: FollowUpStatus, closedAt: string | null, closedBy: string | null, closingNote: string | null, owner: { id: string, name: string } | null }> }> }
   | null };

export type SetEngagementMutationVariables = Exact<{
  entityId: string;
  expectedVersion: number;
  input: EngagementInput;
  today?: string | null | undefined;
}>;


export type SetEngagementMutation = { setEngagement: { owner: string | null, power: number | null, interest: number | null, stance: Stance | null, quadrant: Quadrant | null, objectives: string | null, topics: Array<string>, nextAction: string | null, nextActionDue: string | null, cadenceDays: number | null, version: number, updatedAt: string | null, updatedBy: string | null, entity:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
    , health: { state: HealthState, cadenceDays: number, lastContact: string | null, nextContactDue: string } | null, history: Array<{ id: string, date: string, stance: Stance | null, power: number | null, interest: number | null, note: string | null, assessedBy: string, recordedAt: string, migrated: boolean, interaction: { id: string, date: string, summary: string } | null, source: { id: string, title: string } | null }>, suggestedPower: { power: number, reason: string, freshness: { stale: boolean } } } };

export type LogInteractionMutationVariables = Exact<{
  input: InteractionInput;
}>;


export type LogInteractionMutation = { logInteraction: { id: string, kind: InteractionKind, date: string, summary: string, outcome: string | null, createdAt: string, createdBy: string, participants: Array<
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
    >, followUps: Array<{ id: string, what: string, due: string, status: FollowUpStatus, closedAt: string | null, closedBy: string | null, closingNote: string | null, owner: { id: string, name: string } | null }> } };

export type AddAssessmentMutationVariables = Exact<{
  entityId: string;
  input: AssessmentInput;
  today?: string | null | undefined;
}>;


export type AddAssessmentMutation = { addAssessment: { owner: string | null, power: number | null, interest: number | null, stance: Stance | null, quadrant: Quadrant | null, objectives: string | null, topics: Array<string>, nextAction: string | null, nextActionDue: string | null, cadenceDays: number | null, version: number, updatedAt: string | null, updatedBy: string | null, entity:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
    , health: { state: HealthState, cadenceDays: number, lastContact: string | null, nextContactDue: string } | null, history: Array<{ id: string, date: string, stance: Stance | null, power: number | null, interest: number | null, note: string | null, assessedBy: string, recordedAt: string, migrated: boolean, interaction: { id: string, date: string, summary: string } | null, source: { id: string, title: string } | null }>, suggestedPower: { power: number, reason: string, freshness: { stale: boolean } } } };

export type FollowUpsQueryVariables = Exact<{
  mine?: boolean | null | undefined;
  today?: string | null | undefined;
}>;


export type FollowUpsQuery = { followUps: Array<{ overdue: boolean, id: string, what: string, due: string, status: FollowUpStatus, closedAt: string | null, closedBy: string | null, closingNote: string | null, interaction: { id: string, date: string, kind: InteractionKind, summary: string, participants: Array<
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
      > }, owner: { id: string, name: string } | null }> };

export type AssigneesQueryVariables = Exact<{ [key: string]: never; }>;


export type AssigneesQuery = { assignees: Array<{ id: string, name: string }> };

export type CloseFollowUpMutationVariables = Exact<{
  id: string;
  note: string;
}>;


export type CloseFollowUpMutation = { closeFollowUp: { id: string, what: string, due: string, status: FollowUpStatus, closedAt: string | null, closedBy: string | null, closingNote: string | null, owner: { id: string, name: string } | null } };

export type WarmRoutesQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  first?: number | null | undefined;
  avoid?: Array<string> | string | null | undefined;
  avoidStances?: Array<Stance> | Stance | null | undefined;
  families?: Array<Family> | Family | null | undefined;
  minConfidence?: number | null | undefined;
  today?: string | null | undefined;
  includeFormer?: boolean | null | undefined;
}>;


export type WarmRoutesQuery = { warmRoutes: Array<{ cost: number, nodes: Array<{ id: string, name: string, kind: EntityKind, type: string | null, sector: string | null, degree: number }>, steps: Array<{ from: string, to: string, cost: number, former: boolean, explanation: string, edge: { id: string, source: string, target: string, type: string, family: Family, role: string | null, validFrom: string | null, validFromPrecision: DatePrecision | null, validTo: string | null, validToPrecision: DatePrecision | null, dateBasis: DateBasis, confidence: number, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> } | null, interaction: { id: string, kind: InteractionKind, date: string, summary: string } | null }> }> };

export type AdminProbeQueryVariables = Exact<{
  entityId: string;
}>;


export type AdminProbeQuery = { auditLog: { endCursor: string | null } };

export type PersonContactQueryVariables = Exact<{
  id: string;
}>;


export type PersonContactQuery = { entity:
    | { id: string }
    | { id: string, contact: { email: string | null, phone: string | null, version: number } | null }
    | { id: string }
   | null };

export type SetContactDetailsMutationVariables = Exact<{
  personId: string;
  expectedVersion: number;
  input: ContactInput;
}>;


export type SetContactDetailsMutation = { setContactDetails: { email: string | null, phone: string | null, version: number } };

export type PersonalDataExportQueryVariables = Exact<{
  personId: string;
}>;


export type PersonalDataExportQuery = { personalDataExport: string };

export type ErasePersonalDataMutationVariables = Exact<{
  personId: string;
  reason: string;
}>;


export type ErasePersonalDataMutation = { erasePersonalData: { personId: string, deletedRecords: number, redactedInteractions: number, redactedProfiles: number, redactedBriefs: number, deletedWatches: number, redactedAuditEntries: number } };

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<
    | { id: string, name: string, kind: EntityKind, aliases: Array<{ name: string, kind: AliasKind }> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<{ name: string, kind: AliasKind }> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<{ name: string, kind: AliasKind }> }
  > };

export type EntityDetailsQueryVariables = Exact<{
  id: string;
  limitPerNode: number;
  families?: Array<Family> | Family | null | undefined;
  types?: Array<string> | string | null | undefined;
  asOf?: string | null | undefined;
  minConfidence?: number | null | undefined;
}>;


export type EntityDetailsQuery = { entity:
    | { retiredAt: string | null, type: string, sector: string, validFrom: string | null, validTo: string | null, id: string, name: string, kind: EntityKind, description: string | null, aliases: Array<{ name: string, kind: AliasKind, validFrom: string | null, validTo: string | null, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }>, identifiers: Array<{ scheme: string, value: string, text: string }>, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }
    | { retiredAt: string | null, id: string, name: string, kind: EntityKind, description: string | null, aliases: Array<{ name: string, kind: AliasKind, validFrom: string | null, validTo: string | null, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }>, identifiers: Array<{ scheme: string, value: string, text: string }>, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }
    | { retiredAt: string | null, type: string, validFrom: string | null, validTo: string | null, id: string, name: string, kind: EntityKind, description: string | null, aliases: Array<{ name: string, kind: AliasKind, validFrom: string | null, validTo: string | null, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }>, identifiers: Array<{ scheme: string, value: string, text: string }>, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }
   | null, neighbourhood: { nodes: Array<{ id: string, name: string, kind: EntityKind, type: string | null, sector: string | null, degree: number }>, edges: Array<{ id: string, source: string, target: string, type: string, family: Family, role: string | null, validFrom: string | null, validFromPrecision: DatePrecision | null, validTo: string | null, validToPrecision: DatePrecision | null, dateBasis: DateBasis, confidence: number, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }>, collapsed: Array<{ nodeId: string, type: string, count: number }> } };

export type LeftOutNeighboursQueryVariables = Exact<{
  id: string;
  after: string;
  first: number;
  families?: Array<Family> | Family | null | undefined;
  types?: Array<string> | string | null | undefined;
  asOf?: string | null | undefined;
  minConfidence?: number | null | undefined;
}>;


export type LeftOutNeighboursQuery = { neighbours: { nextCursor: string | null, total: number, graph: { nodes: Array<{ id: string, name: string, kind: EntityKind, type: string | null, sector: string | null, degree: number }>, edges: Array<{ id: string, source: string, target: string, type: string, family: Family, role: string | null, validFrom: string | null, validFromPrecision: DatePrecision | null, validTo: string | null, validToPrecision: DatePrecision | null, dateBasis: DateBasis, confidence: number, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }> } } };

export type SourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type SourcesQuery = { sources: Array<{ id: string, title: string, kind: string, date: string, dateEstimated: boolean, retiredAt: string | null }> };

type EntityRecordFields_Body_Fragment = { type: string, sector: string, validFrom: string | null, validTo: string | null, id: string, name: string, kind: EntityKind, description: string | null, aliases: Array<{ name: string, kind: AliasKind, validFrom: string | null, validTo: string | null, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }>, identifiers: Array<{ scheme: string, value: string, text: string }>, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> };

type EntityRecordFields_Person_Fragment = { id: string, name: string, kind: EntityKind, description: string | null, aliases: Array<{ name: string, kind: AliasKind, validFrom: string | null, validTo: string | null, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }>, identifiers: Array<{ scheme: string, value: string, text: string }>, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> };

type EntityRecordFields_Programme_Fragment = { type: string, validFrom: string | null, validTo: string | null, id: string, name: string, kind: EntityKind, description: string | null, aliases: Array<{ name: string, kind: AliasKind, validFrom: string | null, validTo: string | null, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }>, identifiers: Array<{ scheme: string, value: string, text: string }>, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> };

export type EntityRecordFieldsFragment =
  | EntityRecordFields_Body_Fragment
  | EntityRecordFields_Person_Fragment
  | EntityRecordFields_Programme_Fragment
;

export type MatchStakeholdersQueryVariables = Exact<{
  name: string;
  kind?: EntityKind | null | undefined;
}>;


export type MatchStakeholdersQuery = { matchStakeholders: Array<{ match: MatchLevel, reason: string, entity:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
     }> };

export type ChangeFieldsFragment = { seq: number, at: string, actor: string, actorId: string | null, kind: ChangeKind, action: string, targetId: string, entityIds: Array<string>, before: string | null, after: string | null, revertOf: number | null, entities: Array<
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  > };

export type FeedHeadQueryVariables = Exact<{ [key: string]: never; }>;


export type FeedHeadQuery = { changes: { head: number } };

export type LiveChangesSubscriptionVariables = Exact<{
  after?: number | null | undefined;
}>;


export type LiveChangesSubscription = { changes: { seq: number, at: string, actor: string, actorId: string | null, kind: ChangeKind, action: string, targetId: string, entityIds: Array<string>, before: string | null, after: string | null, revertOf: number | null, entities: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    > } };

export type MapNodeFragment = { id: string, name: string, kind: EntityKind, type: string | null, sector: string | null, degree: number };

export type MapEdgeFragment = { id: string, source: string, target: string, type: string, family: Family, role: string | null, validFrom: string | null, validFromPrecision: DatePrecision | null, validTo: string | null, validToPrecision: DatePrecision | null, dateBasis: DateBasis, confidence: number, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> };

export type CitationFieldsFragment = { quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } };

export type NetworkQueryVariables = Exact<{
  families?: Array<Family> | Family | null | undefined;
  types?: Array<string> | string | null | undefined;
  asOf?: string | null | undefined;
  minConfidence?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  withTotals: boolean;
  recordedAt?: string | null | undefined;
}>;


export type NetworkQuery = { network: { truncated: boolean, nextCursor: string | null, totals?: { nodes: number, edges: number } | null, nodes: Array<{ id: string, name: string, kind: EntityKind, type: string | null, sector: string | null, degree: number }>, edges: Array<{ id: string, source: string, target: string, type: string, family: Family, role: string | null, validFrom: string | null, validFromPrecision: DatePrecision | null, validTo: string | null, validToPrecision: DatePrecision | null, dateBasis: DateBasis, confidence: number, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }> } };

export type NeighbourhoodQueryVariables = Exact<{
  id: string;
  depth: number;
  families?: Array<Family> | Family | null | undefined;
  types?: Array<string> | string | null | undefined;
  asOf?: string | null | undefined;
  minConfidence?: number | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<{ id: string, name: string, kind: EntityKind, type: string | null, sector: string | null, degree: number }>, edges: Array<{ id: string, source: string, target: string, type: string, family: Family, role: string | null, validFrom: string | null, validFromPrecision: DatePrecision | null, validTo: string | null, validToPrecision: DatePrecision | null, dateBasis: DateBasis, confidence: number, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }> } };

export type PathsQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  first?: number | null | undefined;
  avoid?: Array<string> | string | null | undefined;
  families?: Array<Family> | Family | null | undefined;
  asOf?: string | null | undefined;
  minConfidence?: number | null | undefined;
  includeFormer?: boolean | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ cost: number, former: Array<string>, nodes: Array<{ id: string, name: string, kind: EntityKind, type: string | null, sector: string | null, degree: number }>, edges: Array<{ id: string, source: string, target: string, type: string, family: Family, role: string | null, validFrom: string | null, validFromPrecision: DatePrecision | null, validTo: string | null, validToPrecision: DatePrecision | null, dateBasis: DateBasis, confidence: number, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }> }> };

export type InterlocksOfQueryVariables = Exact<{
  id: string;
  asOf?: string | null | undefined;
}>;


export type InterlocksOfQuery = { interlocksOf: Array<{ body: { id: string, name: string }, people: Array<{ person: { id: string, name: string }, here: Array<{ id: string, source: string, target: string, type: string, family: Family, role: string | null, validFrom: string | null, validFromPrecision: DatePrecision | null, validTo: string | null, validToPrecision: DatePrecision | null, dateBasis: DateBasis, confidence: number, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }>, there: Array<{ id: string, source: string, target: string, type: string, family: Family, role: string | null, validFrom: string | null, validFromPrecision: DatePrecision | null, validTo: string | null, validToPrecision: DatePrecision | null, dateBasis: DateBasis, confidence: number, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }> }> }> };

export type ChangesPageQueryVariables = Exact<{
  after?: number | null | undefined;
  first?: number | null | undefined;
  stakeholder?: string | null | undefined;
  user?: string | null | undefined;
  kinds?: Array<ChangeKind> | ChangeKind | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ChangesPageQuery = { changes: { endSeq: number, hasMore: boolean, head: number, changes: Array<{ seq: number, at: string, actor: string, actorId: string | null, kind: ChangeKind, action: string, targetId: string, entityIds: Array<string>, before: string | null, after: string | null, revertOf: number | null, fields: Array<{ field: string, before: string | null, after: string | null }>, entities: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      > }> } };

export type NetworkDiffQueryVariables = Exact<{
  from: string;
  to?: string | null | undefined;
}>;


export type NetworkDiffQuery = { networkDiff: { changes: number, entries: Array<{ kind: ChangeKind, id: string, change: DiffChange, label: string, source: string | null, target: string | null, before: string | null, after: string | null, actors: Array<string>, count: number, firstSeq: number, lastSeq: number, entities: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, fields: Array<{ field: string, before: string | null, after: string | null }> }> } };

export type ImportReportFieldsFragment = { layout: string, mappingOrigin: ImportMappingOrigin, notes: Array<string>, lookedForDuplicates: boolean, sourceIds: Array<string>, written: boolean, files: Array<{ name: string, format: string, elements: number, connections: number, elementColumns: Array<string>, connectionColumns: Array<string> }>, mapping: { elements: Array<{ field: string, column: string }>, connections: Array<{ field: string, column: string }>, values: Array<{ field: ImportValueField, value: string, mapsTo: string }>, defaults: { elementType: string | null, sector: string | null, relationshipType: string | null, confidence: number | null }, relationshipColumns: Array<{ column: string, type: string, direction: LinkDirection }>, identifierColumns: Array<{ column: string, scheme: string }> }, problems: Array<{ file: string, record: string, field: string, reason: string, cause: string, decision: string }>, unmappedValues: Array<{ field: ImportValueField, value: string, rows: number }>, stakeholders: Array<{ row: string, name: string, kind: EntityKind, entityId: string, outcome: ImportOutcome, reason: string | null, decided: boolean, match:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
     | null }>, counts: { newStakeholders: number, matchedStakeholders: number, possibleDuplicates: number, relationships: number } };

export type PreviewImportMutationVariables = Exact<{
  files: Array<File> | File;
  mapping?: ImportMappingInput | null | undefined;
  decisions?: Array<ImportDecisionInput> | ImportDecisionInput | null | undefined;
  sourceId?: string | null | undefined;
}>;


export type PreviewImportMutation = { previewImport: { layout: string, mappingOrigin: ImportMappingOrigin, notes: Array<string>, lookedForDuplicates: boolean, sourceIds: Array<string>, written: boolean, files: Array<{ name: string, format: string, elements: number, connections: number, elementColumns: Array<string>, connectionColumns: Array<string> }>, mapping: { elements: Array<{ field: string, column: string }>, connections: Array<{ field: string, column: string }>, values: Array<{ field: ImportValueField, value: string, mapsTo: string }>, defaults: { elementType: string | null, sector: string | null, relationshipType: string | null, confidence: number | null }, relationshipColumns: Array<{ column: string, type: string, direction: LinkDirection }>, identifierColumns: Array<{ column: string, scheme: string }> }, problems: Array<{ file: string, record: string, field: string, reason: string, cause: string, decision: string }>, unmappedValues: Array<{ field: ImportValueField, value: string, rows: number }>, stakeholders: Array<{ row: string, name: string, kind: EntityKind, entityId: string, outcome: ImportOutcome, reason: string | null, decided: boolean, match:
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
       | null }>, counts: { newStakeholders: number, matchedStakeholders: number, possibleDuplicates: number, relationships: number } } };

export type ImportFilesMutationVariables = Exact<{
  files: Array<File> | File;
  mapping?: ImportMappingInput | null | undefined;
  decisions?: Array<ImportDecisionInput> | ImportDecisionInput | null | undefined;
  sourceId?: string | null | undefined;
}>;


export type ImportFilesMutation = { importFiles: { layout: string, mappingOrigin: ImportMappingOrigin, notes: Array<string>, lookedForDuplicates: boolean, sourceIds: Array<string>, written: boolean, files: Array<{ name: string, format: string, elements: number, connections: number, elementColumns: Array<string>, connectionColumns: Array<string> }>, mapping: { elements: Array<{ field: string, column: string }>, connections: Array<{ field: string, column: string }>, values: Array<{ field: ImportValueField, value: string, mapsTo: string }>, defaults: { elementType: string | null, sector: string | null, relationshipType: string | null, confidence: number | null }, relationshipColumns: Array<{ column: string, type: string, direction: LinkDirection }>, identifierColumns: Array<{ column: string, scheme: string }> }, problems: Array<{ file: string, record: string, field: string, reason: string, cause: string, decision: string }>, unmappedValues: Array<{ field: ImportValueField, value: string, rows: number }>, stakeholders: Array<{ row: string, name: string, kind: EntityKind, entityId: string, outcome: ImportOutcome, reason: string | null, decided: boolean, match:
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
       | null }>, counts: { newStakeholders: number, matchedStakeholders: number, possibleDuplicates: number, relationships: number } } };

export type InfluenceQueryVariables = Exact<{
  metric: InfluenceMetric;
  families?: Array<Family> | Family | null | undefined;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type InfluenceQuery = { influence: Array<{ rank: number, score: number, explanation: string, entity:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
    , strongestLinks: Array<{ id: string, type: string, source: string, target: string }> }> };

export type ReadyLayersQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadyLayersQuery = { readyLayers: Array<{ name: string, title: string, description: string, version: string, date: string, publisher: string, url: string, licence: string }> };

export type ImportLayerMutationVariables = Exact<{
  name: string;
  dryRun?: boolean | null | undefined;
}>;


export type ImportLayerMutation = { importLayer: { layer: string, title: string, version: string, entities: number, relationships: number, keptEdited: number, written: boolean, problems: Array<{ row: string, field: string, reason: string }>, leftOut: Array<{ row: string, field: string, reason: string, cause: string | null }>, matched: Array<{ layerId: string, entityId: string, name: string, reason: string }>, changes: Array<{ action: string, what: string, id: string, name: string, fields: Array<string> }> } };

export type TextReadingFieldsFragment = { date: string | null, mentions: Array<{ start: number, end: number, text: string, ambiguous: boolean, candidates: Array<{ via: string, entity:
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
       }> }>, relationships: Array<{ type: string, family: string, quote: string, trigger: string, confidence: number, validFrom: string | null, dateBasis: DateBasis, status: ProposalStatus, from:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , to:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , existing: { id: string, version: number, citations: Array<{ quote: string, note: string | null, source: { id: string } }> } | null }>, stakeholders: Array<{ name: string, kind: EntityKind, start: number, end: number, acronym: string | null, role: string | null, sentence: string, possibleDuplicates: Array<{ match: MatchLevel, reason: string, entity:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }> }> };

export type SourceReadingQueryVariables = Exact<{
  id: string;
}>;


export type SourceReadingQuery = { source: { id: string, reading: { date: string | null, mentions: Array<{ start: number, end: number, text: string, ambiguous: boolean, candidates: Array<{ via: string, entity:
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
           }> }>, relationships: Array<{ type: string, family: string, quote: string, trigger: string, confidence: number, validFrom: string | null, dateBasis: DateBasis, status: ProposalStatus, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , existing: { id: string, version: number, citations: Array<{ quote: string, note: string | null, source: { id: string } }> } | null }>, stakeholders: Array<{ name: string, kind: EntityKind, start: number, end: number, acronym: string | null, role: string | null, sentence: string, possibleDuplicates: Array<{ match: MatchLevel, reason: string, entity:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           }> }> } | null } | null };

export type ReadTextQueryVariables = Exact<{
  text?: string | null | undefined;
  file?: File | null | undefined;
  date?: string | null | undefined;
}>;


export type ReadTextQuery = { readText: { date: string | null, mentions: Array<{ start: number, end: number, text: string, ambiguous: boolean, candidates: Array<{ via: string, entity:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         }> }>, relationships: Array<{ type: string, family: string, quote: string, trigger: string, confidence: number, validFrom: string | null, dateBasis: DateBasis, status: ProposalStatus, from:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , to:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , existing: { id: string, version: number, citations: Array<{ quote: string, note: string | null, source: { id: string } }> } | null }>, stakeholders: Array<{ name: string, kind: EntityKind, start: number, end: number, acronym: string | null, role: string | null, sentence: string, possibleDuplicates: Array<{ match: MatchLevel, reason: string, entity:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }> }> } };

export type RejectProposalMutationVariables = Exact<{
  source: string;
  type: string;
  from: string;
  to: string;
}>;


export type RejectProposalMutation = { rejectProposal: boolean };

export type EntityMentionedInQueryVariables = Exact<{
  id: string;
}>;


export type EntityMentionedInQuery = { entity:
    | { id: string, mentionedIn: Array<{ id: string, title: string, publisher: string, date: string, dateEstimated: boolean }> }
    | { id: string, mentionedIn: Array<{ id: string, title: string, publisher: string, date: string, dateEstimated: boolean }> }
    | { id: string, mentionedIn: Array<{ id: string, title: string, publisher: string, date: string, dateEstimated: boolean }> }
   | null };

export type SourceFieldsFragment = { id: string, title: string, publisher: string, kind: string, url: string | null, fileName: string | null, hasText: boolean, date: string, datePrecision: DatePrecision, dateEstimated: boolean, dateNote: string | null, version: number, retiredAt: string | null };

export type SourceListQueryVariables = Exact<{ [key: string]: never; }>;


export type SourceListQuery = { sources: Array<{ citationCount: number, id: string, title: string, publisher: string, kind: string, url: string | null, fileName: string | null, hasText: boolean, date: string, datePrecision: DatePrecision, dateEstimated: boolean, dateNote: string | null, version: number, retiredAt: string | null }> };

export type SourcePageQueryVariables = Exact<{
  id: string;
}>;


export type SourcePageQuery = { source: { text: string | null, id: string, title: string, publisher: string, kind: string, url: string | null, fileName: string | null, hasText: boolean, date: string, datePrecision: DatePrecision, dateEstimated: boolean, dateNote: string | null, version: number, retiredAt: string | null, citedBy: { entities: Array<
        | { id: string, name: string, kind: EntityKind, citations: Array<{ quote: string, note: string | null, source: { id: string } }> }
        | { id: string, name: string, kind: EntityKind, citations: Array<{ quote: string, note: string | null, source: { id: string } }> }
        | { id: string, name: string, kind: EntityKind, citations: Array<{ quote: string, note: string | null, source: { id: string } }> }
      >, aliases: Array<{ entity:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , alias: { name: string, kind: AliasKind, citations: Array<{ quote: string, note: string | null, source: { id: string } }> } }>, relationships: Array<{ id: string, type: string, source: string, target: string, role: string | null, citations: Array<{ quote: string, note: string | null, source: { id: string } }> }> } } | null };

export type SourceForEditQueryVariables = Exact<{
  id: string;
}>;


export type SourceForEditQuery = { source: { text: string | null, id: string, title: string, publisher: string, kind: string, url: string | null, fileName: string | null, hasText: boolean, date: string, datePrecision: DatePrecision, dateEstimated: boolean, dateNote: string | null, version: number, retiredAt: string | null } | null };

export type CreateSourceMutationVariables = Exact<{
  input: SourceInput;
}>;


export type CreateSourceMutation = { createSource: { id: string, title: string, publisher: string, kind: string, url: string | null, fileName: string | null, hasText: boolean, date: string, datePrecision: DatePrecision, dateEstimated: boolean, dateNote: string | null, version: number, retiredAt: string | null } };

export type UpdateSourceMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
  input: SourcePatch;
}>;


export type UpdateSourceMutation = { updateSource: { id: string, title: string, publisher: string, kind: string, url: string | null, fileName: string | null, hasText: boolean, date: string, datePrecision: DatePrecision, dateEstimated: boolean, dateNote: string | null, version: number, retiredAt: string | null } };

export type RetireSourceMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
  reason: string;
}>;


export type RetireSourceMutation = { retireSource: { id: string, title: string, publisher: string, kind: string, url: string | null, fileName: string | null, hasText: boolean, date: string, datePrecision: DatePrecision, dateEstimated: boolean, dateNote: string | null, version: number, retiredAt: string | null } };

export type CitedQuoteFragment = { quote: string, note: string | null, source: { id: string } };

export type SuggestedPositionsQueryVariables = Exact<{
  ids: Array<string> | string;
  asOf?: string | null | undefined;
  today?: string | null | undefined;
}>;


export type SuggestedPositionsQuery = { suggestedPositions: Array<{ power: number, powerReason: string, interest: number, interestReason: string, quadrant: Quadrant, entity:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
    , freshness: { stale: boolean } }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { signedIn: boolean, id: string | null, name: string | null, role: Role | null, method: SignInMethod | null, openIdConnect: boolean, sharedTokens: boolean } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: Array<{ id: string, name: string, email: string | null, role: Role, version: number, createdAt: string, lastSignInAt: string | null, closure: { at: string, by: string, reason: string } | null }> };

export type UserDataExportQueryVariables = Exact<{
  userId: string;
}>;


export type UserDataExportQuery = { userDataExport: string };

export type SetUserRoleMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
  role: Role;
}>;


export type SetUserRoleMutation = { setUserRole: { id: string, role: Role, version: number } };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  name: string;
}>;


export type CreateApiTokenMutation = { createApiToken: { secret: string, token: { id: string, name: string, prefix: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string } };

export type UserApiTokensQueryVariables = Exact<{
  userId: string;
}>;


export type UserApiTokensQuery = { userApiTokens: Array<{ id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null }> };

export type RevokeUserApiTokenMutationVariables = Exact<{
  userId: string;
  tokenId: string;
}>;


export type RevokeUserApiTokenMutation = { revokeUserApiToken: { id: string } };

export type CloseUserAccountMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
  reason: string;
}>;


export type CloseUserAccountMutation = { closeUserAccount: { id: string, version: number } };

export type ReopenUserAccountMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
}>;


export type ReopenUserAccountMutation = { reopenUserAccount: { id: string, version: number } };

export type RevertChangeMutationVariables = Exact<{
  seq: number;
}>;


export type RevertChangeMutation = { revertChange: { seq: number, action: string } };

export type WatchStateQueryVariables = Exact<{
  id: string;
}>;


export type WatchStateQuery = { entity:
    | { id: string, watched: boolean }
    | { id: string, watched: boolean }
    | { id: string, watched: boolean }
   | null };

export type WatchMutationVariables = Exact<{
  id: string;
}>;


export type WatchMutation = { watch:
    | { id: string, watched: boolean }
    | { id: string, watched: boolean }
    | { id: string, watched: boolean }
   };

export type UnwatchMutationVariables = Exact<{
  id: string;
}>;


export type UnwatchMutation = { unwatch:
    | { id: string, watched: boolean }
    | { id: string, watched: boolean }
    | { id: string, watched: boolean }
   };

export type InboxQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxQuery = { inbox: { unseen: number, seenSeq: number, changes: Array<{ seq: number, at: string, actor: string, actorId: string | null, kind: ChangeKind, action: string, targetId: string, entityIds: Array<string>, before: string | null, after: string | null, revertOf: number | null, entities: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      > }>, watching: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    > } };

export type MarkInboxSeenMutationVariables = Exact<{
  seq?: number | null | undefined;
}>;


export type MarkInboxSeenMutation = { markInboxSeen: { unseen: number, seenSeq: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const BriefFieldsFragmentDoc = new TypedDocumentString(`
    fragment BriefFields on Brief {
  id
  title
  meetingDate
  stakeholders {
    id
    name
  }
  from {
    id
    name
  }
  objectives
  linesToTake
  version
  createdBy
  createdAt
  updatedBy
  updatedAt
}
    `, {"fragmentName":"BriefFields"}) as unknown as TypedDocumentString<BriefFieldsFragment, unknown>;
export const AssessmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssessmentFields on Assessment {
  id
  date
  stance
  power
  interest
  note
  interaction {
    id
    date
    summary
  }
  source {
    id
    title
  }
  assessedBy
  recordedAt
  migrated
}
    `, {"fragmentName":"AssessmentFields"}) as unknown as TypedDocumentString<AssessmentFieldsFragment, unknown>;
export const ProfileFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProfileFields on EngagementProfile {
  owner
  power
  interest
  stance
  quadrant
  objectives
  topics
  nextAction
  nextActionDue
  cadenceDays
  health(today: $today) {
    state
    cadenceDays
    lastContact
    nextContactDue
  }
  history {
    ...AssessmentFields
  }
  suggestedPower {
    power
    reason
    freshness {
      stale
    }
  }
  version
  updatedAt
  updatedBy
}
    fragment AssessmentFields on Assessment {
  id
  date
  stance
  power
  interest
  note
  interaction {
    id
    date
    summary
  }
  source {
    id
    title
  }
  assessedBy
  recordedAt
  migrated
}`, {"fragmentName":"ProfileFields"}) as unknown as TypedDocumentString<ProfileFieldsFragment, unknown>;
export const FollowUpFieldsFragmentDoc = new TypedDocumentString(`
    fragment FollowUpFields on FollowUp {
  id
  what
  due
  owner {
    id
    name
  }
  status
  closedAt
  closedBy
  closingNote
}
    `, {"fragmentName":"FollowUpFields"}) as unknown as TypedDocumentString<FollowUpFieldsFragment, unknown>;
export const InteractionFieldsFragmentDoc = new TypedDocumentString(`
    fragment InteractionFields on Interaction {
  id
  kind
  date
  participants {
    id
    name
    kind
  }
  summary
  outcome
  followUps {
    ...FollowUpFields
  }
  createdAt
  createdBy
}
    fragment FollowUpFields on FollowUp {
  id
  what
  due
  owner {
    id
    name
  }
  status
  closedAt
  closedBy
  closingNote
}`, {"fragmentName":"InteractionFields"}) as unknown as TypedDocumentString<InteractionFieldsFragment, unknown>;
export const CitationFieldsFragmentDoc = new TypedDocumentString(`
    fragment CitationFields on Citation {
  quote
  note
  source {
    id
    title
    date
    dateEstimated
  }
}
    `, {"fragmentName":"CitationFields"}) as unknown as TypedDocumentString<CitationFieldsFragment, unknown>;
export const EntityRecordFieldsFragmentDoc = new TypedDocumentString(`
    fragment EntityRecordFields on Entity {
  id
  name
  kind
  description
  aliases {
    name
    kind
    validFrom
    validTo
    citations {
      ...CitationFields
    }
  }
  identifiers {
    scheme
    value
    text
  }
  citations {
    ...CitationFields
  }
  ... on Body {
    type
    sector
    validFrom
    validTo
  }
  ... on Programme {
    type
    validFrom
    validTo
  }
}
    fragment CitationFields on Citation {
  quote
  note
  source {
    id
    title
    date
    dateEstimated
  }
}`, {"fragmentName":"EntityRecordFields"}) as unknown as TypedDocumentString<EntityRecordFieldsFragment, unknown>;
export const ChangeFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChangeFields on Change {
  seq
  at
  actor
  actorId
  kind
  action
  targetId
  entityIds
  before
  after
  revertOf
  entities {
    id
    name
  }
}
    `, {"fragmentName":"ChangeFields"}) as unknown as TypedDocumentString<ChangeFieldsFragment, unknown>;
export const MapNodeFragmentDoc = new TypedDocumentString(`
    fragment MapNode on Node {
  id
  name
  kind
  type
  sector
  degree
}
    `, {"fragmentName":"MapNode"}) as unknown as TypedDocumentString<MapNodeFragment, unknown>;
export const MapEdgeFragmentDoc = new TypedDocumentString(`
    fragment MapEdge on Edge {
  id
  source
  target
  type
  family
  role
  validFrom
  validFromPrecision
  validTo
  validToPrecision
  dateBasis
  confidence
  citations {
    ...CitationFields
  }
}
    fragment CitationFields on Citation {
  quote
  note
  source {
    id
    title
    date
    dateEstimated
  }
}`, {"fragmentName":"MapEdge"}) as unknown as TypedDocumentString<MapEdgeFragment, unknown>;
export const ImportReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportReportFields on ImportReport {
  files {
    name
    format
    elements
    connections
    elementColumns
    connectionColumns
  }
  layout
  mapping {
    elements {
      field
      column
    }
    connections {
      field
      column
    }
    values {
      field
      value
      mapsTo
    }
    defaults {
      elementType
      sector
      relationshipType
      confidence
    }
    relationshipColumns {
      column
      type
      direction
    }
    identifierColumns {
      column
      scheme
    }
  }
  mappingOrigin
  notes
  problems {
    file
    record
    field
    reason
    cause
    decision
  }
  unmappedValues {
    field
    value
    rows
  }
  stakeholders {
    row
    name
    kind
    entityId
    outcome
    match {
      id
      name
      kind
    }
    reason
    decided
  }
  counts {
    newStakeholders
    matchedStakeholders
    possibleDuplicates
    relationships
  }
  lookedForDuplicates
  sourceIds
  written
}
    `, {"fragmentName":"ImportReportFields"}) as unknown as TypedDocumentString<ImportReportFieldsFragment, unknown>;
export const TextReadingFieldsFragmentDoc = new TypedDocumentString(`
    fragment TextReadingFields on TextReading {
  date
  mentions {
    start
    end
    text
    ambiguous
    candidates {
      via
      entity {
        id
        name
        kind
      }
    }
  }
  relationships {
    type
    family
    from {
      id
      name
    }
    to {
      id
      name
    }
    quote
    trigger
    confidence
    validFrom
    dateBasis
    status
    existing {
      id
      version
      citations {
        quote
        note
        source {
          id
        }
      }
    }
  }
  stakeholders {
    name
    kind
    start
    end
    acronym
    role
    sentence
    possibleDuplicates {
      match
      reason
      entity {
        id
        name
      }
    }
  }
}
    `, {"fragmentName":"TextReadingFields"}) as unknown as TypedDocumentString<TextReadingFieldsFragment, unknown>;
export const SourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SourceFields on Source {
  id
  title
  publisher
  kind
  url
  fileName
  hasText
  date
  datePrecision
  dateEstimated
  dateNote
  version
  retiredAt
}
    `, {"fragmentName":"SourceFields"}) as unknown as TypedDocumentString<SourceFieldsFragment, unknown>;
export const CitedQuoteFragmentDoc = new TypedDocumentString(`
    fragment CitedQuote on Citation {
  quote
  note
  source {
    id
  }
}
    `, {"fragmentName":"CitedQuote"}) as unknown as TypedDocumentString<CitedQuoteFragment, unknown>;
export const BriefsDocument = new TypedDocumentString(`
    query Briefs {
  briefs {
    id
    title
    meetingDate
    stakeholders {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<BriefsQuery, BriefsQueryVariables>;
export const BriefDocument = new TypedDocumentString(`
    query Brief($id: ID!) {
  brief(id: $id) {
    ...BriefFields
    pack {
      stakeholders {
        entityId
        name
        kind
        sections {
          heading
          note
          lines {
            text
            notes
            uncited
          }
        }
      }
      footnotes {
        number
        source
        title
        publisher
        date
        quote
      }
    }
  }
}
    fragment BriefFields on Brief {
  id
  title
  meetingDate
  stakeholders {
    id
    name
  }
  from {
    id
    name
  }
  objectives
  linesToTake
  version
  createdBy
  createdAt
  updatedBy
  updatedAt
}`) as unknown as TypedDocumentString<BriefQuery, BriefQueryVariables>;
export const CreateBriefDocument = new TypedDocumentString(`
    mutation CreateBrief($input: BriefInput!) {
  createBrief(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CreateBriefMutation, CreateBriefMutationVariables>;
export const UpdateBriefDocument = new TypedDocumentString(`
    mutation UpdateBrief($id: ID!, $expectedVersion: Int!, $input: BriefInput!) {
  updateBrief(id: $id, expectedVersion: $expectedVersion, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateBriefMutation, UpdateBriefMutationVariables>;
export const CommunitiesDocument = new TypedDocumentString(`
    query Communities($families: [Family!], $asOf: String, $first: Int) {
  communities(families: $families, asOf: $asOf, first: $first) {
    total
    freshness {
      stale
    }
    communities {
      id
      size
      memberIds
      centralMembers(first: 5) {
        score
        entity {
          id
          name
          kind
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommunitiesQuery, CommunitiesQueryVariables>;
export const RelationshipForEditDocument = new TypedDocumentString(`
    query RelationshipForEdit($source: ID!) {
  neighbourhood(id: $source, depth: 1) {
    edges {
      ...MapEdge
      version
    }
  }
}
    fragment MapEdge on Edge {
  id
  source
  target
  type
  family
  role
  validFrom
  validFromPrecision
  validTo
  validToPrecision
  dateBasis
  confidence
  citations {
    ...CitationFields
  }
}
fragment CitationFields on Citation {
  quote
  note
  source {
    id
    title
    date
    dateEstimated
  }
}`) as unknown as TypedDocumentString<RelationshipForEditQuery, RelationshipForEditQueryVariables>;
export const UpdateRelationshipDocument = new TypedDocumentString(`
    mutation UpdateRelationship($id: ID!, $expectedVersion: Int!, $input: UpdateRelationshipInput!) {
  updateRelationship(id: $id, expectedVersion: $expectedVersion, input: $input) {
    ...MapEdge
    version
  }
}
    fragment MapEdge on Edge {
  id
  source
  target
  type
  family
  role
  validFrom
  validFromPrecision
  validTo
  validToPrecision
  dateBasis
  confidence
  citations {
    ...CitationFields
  }
}
fragment CitationFields on Citation {
  quote
  note
  source {
    id
    title
    date
    dateEstimated
  }
}`) as unknown as TypedDocumentString<UpdateRelationshipMutation, UpdateRelationshipMutationVariables>;
export const RetireRelationshipDocument = new TypedDocumentString(`
    mutation RetireRelationship($id: ID!, $expectedVersion: Int!, $reason: String!) {
  retireRelationship(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<RetireRelationshipMutation, RetireRelationshipMutationVariables>;
export const CreateRelationshipDocument = new TypedDocumentString(`
    mutation CreateRelationship($input: RelationshipInput!) {
  createRelationship(input: $input) {
    ...MapEdge
    version
  }
}
    fragment MapEdge on Edge {
  id
  source
  target
  type
  family
  role
  validFrom
  validFromPrecision
  validTo
  validToPrecision
  dateBasis
  confidence
  citations {
    ...CitationFields
  }
}
fragment CitationFields on Citation {
  quote
  note
  source {
    id
    title
    date
    dateEstimated
  }
}`) as unknown as TypedDocumentString<CreateRelationshipMutation, CreateRelationshipMutationVariables>;
export const EntityForEditDocument = new TypedDocumentString(`
    query EntityForEdit($id: ID!) {
  entity(id: $id) {
    ...EntityRecordFields
    version
  }
}
    fragment EntityRecordFields on Entity {
  id
  name
  kind
  description
  aliases {
    name
    kind
    validFrom
    validTo
    citations {
      ...CitationFields
    }
  }
  identifiers {
    scheme
    value
    text
  }
  citations {
    ...CitationFields
  }
  ... on Body {
    type
    sector
    validFrom
    validTo
  }
  ... on Programme {
    type
    validFrom
    validTo
  }
}
fragment CitationFields on Citation {
  quote
  note
  source {
    id
    title
    date
    dateEstimated
  }
}`) as unknown as TypedDocumentString<EntityForEditQuery, EntityForEditQueryVariables>;
export const CreateEntityDocument = new TypedDocumentString(`
    mutation CreateEntity($input: CreateEntityInput!) {
  createEntity(input: $input) {
    id
    name
    kind
    version
  }
}
    `) as unknown as TypedDocumentString<CreateEntityMutation, CreateEntityMutationVariables>;
export const UpdateEntityDocument = new TypedDocumentString(`
    mutation UpdateEntity($id: ID!, $expectedVersion: Int!, $input: UpdateEntityInput!) {
  updateEntity(id: $id, expectedVersion: $expectedVersion, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateEntityMutation, UpdateEntityMutationVariables>;
export const RetireEntityDocument = new TypedDocumentString(`
    mutation RetireEntity($id: ID!, $expectedVersion: Int!, $reason: String!) {
  retireEntity(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<RetireEntityMutation, RetireEntityMutationVariables>;
export const RegisterDocument = new TypedDocumentString(`
    query Register($stance: Stance, $owner: String, $quadrant: Quadrant, $stanceChangedSince: String, $today: String) {
  register(
    stance: $stance
    owner: $owner
    quadrant: $quadrant
    stanceChangedSince: $stanceChangedSince
  ) {
    entity {
      id
      name
      kind
    }
    ...ProfileFields
  }
}
    fragment ProfileFields on EngagementProfile {
  owner
  power
  interest
  stance
  quadrant
  objectives
  topics
  nextAction
  nextActionDue
  cadenceDays
  health(today: $today) {
    state
    cadenceDays
    lastContact
    nextContactDue
  }
  history {
    ...AssessmentFields
  }
  suggestedPower {
    power
    reason
    freshness {
      stale
    }
  }
  version
  updatedAt
  updatedBy
}
fragment AssessmentFields on Assessment {
  id
  date
  stance
  power
  interest
  note
  interaction {
    id
    date
    summary
  }
  source {
    id
    title
  }
  assessedBy
  recordedAt
  migrated
}`) as unknown as TypedDocumentString<RegisterQuery, RegisterQueryVariables>;
export const EntityEngagementDocument = new TypedDocumentString(`
    query EntityEngagement($id: ID!, $first: Int, $today: String) {
  entity(id: $id) {
    id
    name
    kind
    engagement {
      ...ProfileFields
    }
    interactions(first: $first) {
      ...InteractionFields
    }
  }
}
    fragment ProfileFields on EngagementProfile {
  owner
  power
  interest
  stance
  quadrant
  objectives
  topics
  nextAction
  nextActionDue
  cadenceDays
  health(today: $today) {
    state
    cadenceDays
    lastContact
    nextContactDue
  }
  history {
    ...AssessmentFields
  }
  suggestedPower {
    power
    reason
    freshness {
      stale
    }
  }
  version
  updatedAt
  updatedBy
}
fragment AssessmentFields on Assessment {
  id
  date
  stance
  power
  interest
  note
  interaction {
    id
    date
    summary
  }
  source {
    id
    title
  }
  assessedBy
  recordedAt
  migrated
}
fragment FollowUpFields on FollowUp {
  id
  what
  due
  owner {
    id
    name
  }
  status
  closedAt
  closedBy
  closingNote
}
fragment InteractionFields on Interaction {
  id
  kind
  date
  participants {
    id
    name
    kind
  }
  summary
  outcome
  followUps {
    ...FollowUpFields
  }
  createdAt
  createdBy
}`) as unknown as TypedDocumentString<EntityEngagementQuery, EntityEngagementQueryVariables>;
export const SetEngagementDocument = new TypedDocumentString(`
    mutation SetEngagement($entityId: ID!, $expectedVersion: Int!, $input: EngagementInput!, $today: String) {
  setEngagement(
    entityId: $entityId
    expectedVersion: $expectedVersion
    input: $input
  ) {
    entity {
      id
      name
      kind
    }
    ...ProfileFields
  }
}
    fragment ProfileFields on EngagementProfile {
  owner
  power
  interest
  stance
  quadrant
  objectives
  topics
  nextAction
  nextActionDue
  cadenceDays
  health(today: $today) {
    state
    cadenceDays
    lastContact
    nextContactDue
  }
  history {
    ...AssessmentFields
  }
  suggestedPower {
    power
    reason
    freshness {
      stale
    }
  }
  version
  updatedAt
  updatedBy
}
fragment AssessmentFields on Assessment {
  id
  date
  stance
  power
  interest
  note
  interaction {
    id
    date
    summary
  }
  source {
    id
    title
  }
  assessedBy
  recordedAt
  migrated
}`) as unknown as TypedDocumentString<SetEngagementMutation, SetEngagementMutationVariables>;
export const LogInteractionDocument = new TypedDocumentString(`
    mutation LogInteraction($input: InteractionInput!) {
  logInteraction(input: $input) {
    ...InteractionFields
  }
}
    fragment FollowUpFields on FollowUp {
  id
  what
  due
  owner {
    id
    name
  }
  status
  closedAt
  closedBy
  closingNote
}
fragment InteractionFields on Interaction {
  id
  kind
  date
  participants {
    id
    name
    kind
  }
  summary
  outcome
  followUps {
    ...FollowUpFields
  }
  createdAt
  createdBy
}`) as unknown as TypedDocumentString<LogInteractionMutation, LogInteractionMutationVariables>;
export const AddAssessmentDocument = new TypedDocumentString(`
    mutation AddAssessment($entityId: ID!, $input: AssessmentInput!, $today: String) {
  addAssessment(entityId: $entityId, input: $input) {
    entity {
      id
      name
      kind
    }
    ...ProfileFields
  }
}
    fragment ProfileFields on EngagementProfile {
  owner
  power
  interest
  stance
  quadrant
  objectives
  topics
  nextAction
  nextActionDue
  cadenceDays
  health(today: $today) {
    state
    cadenceDays
    lastContact
    nextContactDue
  }
  history {
    ...AssessmentFields
  }
  suggestedPower {
    power
    reason
    freshness {
      stale
    }
  }
  version
  updatedAt
  updatedBy
}
fragment AssessmentFields on Assessment {
  id
  date
  stance
  power
  interest
  note
  interaction {
    id
    date
    summary
  }
  source {
    id
    title
  }
  assessedBy
  recordedAt
  migrated
}`) as unknown as TypedDocumentString<AddAssessmentMutation, AddAssessmentMutationVariables>;
export const FollowUpsDocument = new TypedDocumentString(`
    query FollowUps($mine: Boolean, $today: String) {
  followUps(mine: $mine) {
    ...FollowUpFields
    overdue(today: $today)
    interaction {
      id
      date
      kind
      summary
      participants {
        id
        name
        kind
      }
    }
  }
}
    fragment FollowUpFields on FollowUp {
  id
  what
  due
  owner {
    id
    name
  }
  status
  closedAt
  closedBy
  closingNote
}`) as unknown as TypedDocumentString<FollowUpsQuery, FollowUpsQueryVariables>;
export const AssigneesDocument = new TypedDocumentString(`
    query Assignees {
  assignees {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AssigneesQuery, AssigneesQueryVariables>;
export const CloseFollowUpDocument = new TypedDocumentString(`
    mutation CloseFollowUp($id: ID!, $note: String!) {
  closeFollowUp(id: $id, note: $note) {
    ...FollowUpFields
  }
}
    fragment FollowUpFields on FollowUp {
  id
  what
  due
  owner {
    id
    name
  }
  status
  closedAt
  closedBy
  closingNote
}`) as unknown as TypedDocumentString<CloseFollowUpMutation, CloseFollowUpMutationVariables>;
export const WarmRoutesDocument = new TypedDocumentString(`
    query WarmRoutes($from: ID!, $to: ID!, $maxHops: Int, $first: Int, $avoid: [ID!], $avoidStances: [Stance!], $families: [Family!], $minConfidence: Float, $today: String, $includeFormer: Boolean) {
  warmRoutes(
    from: $from
    to: $to
    maxHops: $maxHops
    first: $first
    avoid: $avoid
    avoidStances: $avoidStances
    families: $families
    minConfidence: $minConfidence
    today: $today
    includeFormer: $includeFormer
  ) {
    nodes {
      ...MapNode
    }
    steps {
      from
      to
      cost
      former
      edge {
        ...MapEdge
      }
      interaction {
        id
        kind
        date
        summary
      }
      explanation
    }
    cost
  }
}
    fragment MapNode on Node {
  id
  name
  kind
  type
  sector
  degree
}
fragment MapEdge on Edge {
  id
  source
  target
  type
  family
  role
  validFrom
  validFromPrecision
  validTo
  validToPrecision
  dateBasis
  confidence
  citations {
    ...CitationFields
  }
}
fragment CitationFields on Citation {
  quote
  note
  source {
    id
    title
    date
    dateEstimated
  }
}`) as unknown as TypedDocumentString<WarmRoutesQuery, WarmRoutesQueryVariables>;
export const AdminProbeDocument = new TypedDocumentString(`
    query AdminProbe($entityId: ID!) {
  auditLog(entityId: $entityId, first: 1) {
    endCursor
  }
}
    `) as unknown as TypedDocumentString<AdminProbeQuery, AdminProbeQueryVariables>;
export const PersonContactDocument = new TypedDocumentString(`
    query PersonContact($id: ID!) {
  entity(id: $id) {
    id
    ... on Person {
      contact {
        email
        phone
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PersonContactQuery, PersonContactQueryVariables>;
export const SetContactDetailsDocument = new TypedDocumentString(`
    mutation SetContactDetails($personId: ID!, $expectedVersion: Int!, $input: ContactInput!) {
  setContactDetails(
    personId: $personId
    expectedVersion: $expectedVersion
    input: $input
  ) {
    email
    phone
    version
  }
}
    `) as unknown as TypedDocumentString<SetContactDetailsMutation, SetContactDetailsMutationVariables>;
export const PersonalDataExportDocument = new TypedDocumentString(`
    query PersonalDataExport($personId: ID!) {
  personalDataExport(personId: $personId)
}
    `) as unknown as TypedDocumentString<PersonalDataExportQuery, PersonalDataExportQueryVariables>;
export const ErasePersonalDataDocument = new TypedDocumentString(`
    mutation ErasePersonalData($personId: ID!, $reason: String!) {
  erasePersonalData(personId: $personId, reason: $reason) {
    personId
    deletedRecords
    redactedInteractions
    redactedProfiles
    redactedBriefs
    deletedWatches
    redactedAuditEntries
  }
}
    `) as unknown as TypedDocumentString<ErasePersonalDataMutation, ErasePersonalDataMutationVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    id
    name
    kind
    aliases {
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const EntityDetailsDocument = new TypedDocumentString(`
    query EntityDetails($id: ID!, $limitPerNode: Int!, $families: [Family!], $types: [String!], $asOf: String, $minConfidence: Float) {
  entity(id: $id) {
    ...EntityRecordFields
    retiredAt
  }
  neighbourhood(
    id: $id
    depth: 1
    limitPerNode: $limitPerNode
    families: $families
    types: $types
    asOf: $asOf
    minConfidence: $minConfidence
  ) {
    nodes {
      ...MapNode
    }
    edges {
      ...MapEdge
    }
    collapsed {
      nodeId
      type
      count
    }
  }
}
    fragment EntityRecordFields on Entity {
  id
  name
  kind
  description
  aliases {
    name
    kind
    validFrom
    validTo
    citations {
      ...CitationFields
    }
  }
  identifiers {
    scheme
    value
    text
  }
  citations {
    ...CitationFields
  }
  ... on Body {
    type
    sector
    validFrom
    validTo
  }
  ... on Programme {
    type
    validFrom
    validTo
  }
}
fragment MapNode on Node {
  id
  name
  kind
  type
  sector
  degree
}
fragment MapEdge on Edge {
  id
  source
  target
  type
  family
  role
  validFrom
  validFromPrecision
  validTo
  validToPrecision
  dateBasis
  confidence
  citations {
    ...CitationFields
  }
}
fragment CitationFields on Citation {
  quote
  note
  source {
    id
    title
    date
    dateEstimated
  }
}`) as unknown as TypedDocumentString<EntityDetailsQuery, EntityDetailsQueryVariables>;
export const LeftOutNeighboursDocument = new TypedDocumentString(`
    query LeftOutNeighbours($id: ID!, $after: String!, $first: Int!, $families: [Family!], $types: [String!], $asOf: String, $minConfidence: Float) {
  neighbours(
    id: $id
    after: $after
    first: $first
    families: $families
    types: $types
    asOf: $asOf
    minConfidence: $minConfidence
  ) {
    graph {
      nodes {
        ...MapNode
      }
      edges {
        ...MapEdge
      }
    }
    nextCursor
    total
  }
}
    fragment MapNode on Node {
  id
  name
  kind
  type
  sector
  degree
}
fragment MapEdge on Edge {
  id
  source
  target
  type
  family
  role
  validFrom
  validFromPrecision
  validTo
  validToPrecision
  dateBasis
  confidence
  citations {
    ...CitationFields
  }
}
fragment CitationFields on Citation {
  quote
  note
  source {
    id
    title
    date
    dateEstimated
  }
}`) as unknown as TypedDocumentString<LeftOutNeighboursQuery, LeftOutNeighboursQueryVariables>;
export const SourcesDocument = new TypedDocumentString(`
    query Sources {
  sources {
    id
    title
    kind
    date
    dateEstimated
    retiredAt
  }
}
    `) as unknown as TypedDocumentString<SourcesQuery, SourcesQueryVariables>;
export const MatchStakeholdersDocument = new TypedDocumentString(`
    query MatchStakeholders($name: String!, $kind: EntityKind) {
  matchStakeholders(name: $name, kind: $kind) {
    entity {
      id
      name
      kind
    }
    match
    reason
  }
}
    `) as unknown as TypedDocumentString<MatchStakeholdersQuery, MatchStakeholdersQueryVariables>;
export const FeedHeadDocument = new TypedDocumentString(`
    query FeedHead {
  changes(first: 1) {
    head
  }
}
    `) as unknown as TypedDocumentString<FeedHeadQuery, FeedHeadQueryVariables>;
export const LiveChangesDocument = new TypedDocumentString(`
    subscription LiveChanges($after: Int) {
  changes(after: $after) {
    ...ChangeFields
  }
}
    fragment ChangeFields on Change {
  seq
  at
  actor
  actorId
  kind
  action
  targetId
  entityIds
  before
  after
  revertOf
  entities {
    id
    name
  }
}`) as unknown as TypedDocumentString<LiveChangesSubscription, LiveChangesSubscriptionVariables>;
export const NetworkDocument = new TypedDocumentString(`
    query Network($families: [Family!], $types: [String!], $asOf: String, $minConfidence: Float, $first: Int, $after: String, $withTotals: Boolean!, $recordedAt: String) {
  network(
    families: $families
    types: $types
    asOf: $asOf
    minConfidence: $minConfidence
    first: $first
    after: $after
    recordedAt: $recordedAt
  ) {
    truncated
    nextCursor
    totals @include(if: $withTotals) {
      nodes
      edges
    }
    nodes {
      ...MapNode
    }
    edges {
      ...MapEdge
    }
  }
}
    fragment MapNode on Node {
  id
  name
  kind
  type
  sector
  degree
}
fragment MapEdge on Edge {
  id
  source
  target
  type
  family
  role
  validFrom
  validFromPrecision
  validTo
  validToPrecision
  dateBasis
  confidence
  citations {
    ...CitationFields
  }
}
fragment CitationFields on Citation {
  quote
  note
  source {
    id
    title
    date
    dateEstimated
  }
}`) as unknown as TypedDocumentString<NetworkQuery, NetworkQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($id: ID!, $depth: Int!, $families: [Family!], $types: [String!], $asOf: String, $minConfidence: Float) {
  neighbourhood(
    id: $id
    depth: $depth
    families: $families
    types: $types
    asOf: $asOf
    minConfidence: $minConfidence
  ) {
    truncated
    nodes {
      ...MapNode
    }
    edges {
      ...MapEdge
    }
  }
}
    fragment MapNode on Node {
  id
  name
  kind
  type
  sector
  degree
}
fragment MapEdge on Edge {
  id
  source
  target
  type
  family
  role
  validFrom
  validFromPrecision
  validTo
  validToPrecision
  dateBasis
  confidence
  citations {
    ...CitationFields
  }
}
fragment CitationFields on Citation {
  quote
  note
  source {
    id
    title
    date
    dateEstimated
  }
}`) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($from: ID!, $to: ID!, $maxHops: Int, $first: Int, $avoid: [ID!], $families: [Family!], $asOf: String, $minConfidence: Float, $includeFormer: Boolean) {
  paths(
    from: $from
    to: $to
    maxHops: $maxHops
    first: $first
    avoid: $avoid
    families: $families
    asOf: $asOf
    minConfidence: $minConfidence
    includeFormer: $includeFormer
  ) {
    cost
    former
    nodes {
      ...MapNode
    }
    edges {
      ...MapEdge
    }
  }
}
    fragment MapNode on Node {
  id
  name
  kind
  type
  sector
  degree
}
fragment MapEdge on Edge {
  id
  source
  target
  type
  family
  role
  validFrom
  validFromPrecision
  validTo
  validToPrecision
  dateBasis
  confidence
  citations {
    ...CitationFields
  }
}
fragment CitationFields on Citation {
  quote
  note
  source {
    id
    title
    date
    dateEstimated
  }
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const InterlocksOfDocument = new TypedDocumentString(`
    query InterlocksOf($id: ID!, $asOf: String) {
  interlocksOf(id: $id, asOf: $asOf) {
    body {
      id
      name
    }
    people {
      person {
        id
        name
      }
      here {
        ...MapEdge
      }
      there {
        ...MapEdge
      }
    }
  }
}
    fragment MapEdge on Edge {
  id
  source
  target
  type
  family
  role
  validFrom
  validFromPrecision
  validTo
  validToPrecision
  dateBasis
  confidence
  citations {
    ...CitationFields
  }
}
fragment CitationFields on Citation {
  quote
  note
  source {
    id
    title
    date
    dateEstimated
  }
}`) as unknown as TypedDocumentString<InterlocksOfQuery, InterlocksOfQueryVariables>;
export const ChangesPageDocument = new TypedDocumentString(`
    query ChangesPage($after: Int, $first: Int, $stakeholder: ID, $user: String, $kinds: [ChangeKind!], $from: String, $to: String) {
  changes(
    after: $after
    first: $first
    stakeholder: $stakeholder
    user: $user
    kinds: $kinds
    from: $from
    to: $to
  ) {
    changes {
      ...ChangeFields
      fields {
        field
        before
        after
      }
    }
    endSeq
    hasMore
    head
  }
}
    fragment ChangeFields on Change {
  seq
  at
  actor
  actorId
  kind
  action
  targetId
  entityIds
  before
  after
  revertOf
  entities {
    id
    name
  }
}`) as unknown as TypedDocumentString<ChangesPageQuery, ChangesPageQueryVariables>;
export const NetworkDiffDocument = new TypedDocumentString(`
    query NetworkDiff($from: String!, $to: String) {
  networkDiff(from: $from, to: $to) {
    changes
    entries {
      kind
      id
      change
      label
      source
      target
      entities {
        id
        name
      }
      fields {
        field
        before
        after
      }
      before
      after
      actors
      count
      firstSeq
      lastSeq
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkDiffQuery, NetworkDiffQueryVariables>;
export const PreviewImportDocument = new TypedDocumentString(`
    mutation PreviewImport($files: [File!]!, $mapping: ImportMappingInput, $decisions: [ImportDecisionInput!], $sourceId: ID) {
  previewImport(
    files: $files
    mapping: $mapping
    decisions: $decisions
    sourceId: $sourceId
  ) {
    ...ImportReportFields
  }
}
    fragment ImportReportFields on ImportReport {
  files {
    name
    format
    elements
    connections
    elementColumns
    connectionColumns
  }
  layout
  mapping {
    elements {
      field
      column
    }
    connections {
      field
      column
    }
    values {
      field
      value
      mapsTo
    }
    defaults {
      elementType
      sector
      relationshipType
      confidence
    }
    relationshipColumns {
      column
      type
      direction
    }
    identifierColumns {
      column
      scheme
    }
  }
  mappingOrigin
  notes
  problems {
    file
    record
    field
    reason
    cause
    decision
  }
  unmappedValues {
    field
    value
    rows
  }
  stakeholders {
    row
    name
    kind
    entityId
    outcome
    match {
      id
      name
      kind
    }
    reason
    decided
  }
  counts {
    newStakeholders
    matchedStakeholders
    possibleDuplicates
    relationships
  }
  lookedForDuplicates
  sourceIds
  written
}`) as unknown as TypedDocumentString<PreviewImportMutation, PreviewImportMutationVariables>;
export const ImportFilesDocument = new TypedDocumentString(`
    mutation ImportFiles($files: [File!]!, $mapping: ImportMappingInput, $decisions: [ImportDecisionInput!], $sourceId: ID) {
  importFiles(
    files: $files
    mapping: $mapping
    decisions: $decisions
    sourceId: $sourceId
  ) {
    ...ImportReportFields
  }
}
    fragment ImportReportFields on ImportReport {
  files {
    name
    format
    elements
    connections
    elementColumns
    connectionColumns
  }
  layout
  mapping {
    elements {
      field
      column
    }
    connections {
      field
      column
    }
    values {
      field
      value
      mapsTo
    }
    defaults {
      elementType
      sector
      relationshipType
      confidence
    }
    relationshipColumns {
      column
      type
      direction
    }
    identifierColumns {
      column
      scheme
    }
  }
  mappingOrigin
  notes
  problems {
    file
    record
    field
    reason
    cause
    decision
  }
  unmappedValues {
    field
    value
    rows
  }
  stakeholders {
    row
    name
    kind
    entityId
    outcome
    match {
      id
      name
      kind
    }
    reason
    decided
  }
  counts {
    newStakeholders
    matchedStakeholders
    possibleDuplicates
    relationships
  }
  lookedForDuplicates
  sourceIds
  written
}`) as unknown as TypedDocumentString<ImportFilesMutation, ImportFilesMutationVariables>;
export const InfluenceDocument = new TypedDocumentString(`
    query Influence($metric: InfluenceMetric!, $families: [Family!], $asOf: String, $first: Int) {
  influence(metric: $metric, families: $families, asOf: $asOf, first: $first) {
    rank
    score
    explanation
    entity {
      id
      name
      kind
    }
    strongestLinks {
      id
      type
      source
      target
    }
  }
}
    `) as unknown as TypedDocumentString<InfluenceQuery, InfluenceQueryVariables>;
export const ReadyLayersDocument = new TypedDocumentString(`
    query ReadyLayers {
  readyLayers {
    name
    title
    description
    version
    date
    publisher
    url
    licence
  }
}
    `) as unknown as TypedDocumentString<ReadyLayersQuery, ReadyLayersQueryVariables>;
export const ImportLayerDocument = new TypedDocumentString(`
    mutation ImportLayer($name: ID!, $dryRun: Boolean) {
  importLayer(name: $name, dryRun: $dryRun) {
    layer
    title
    version
    entities
    relationships
    problems {
      row
      field
      reason
    }
    leftOut {
      row
      field
      reason
      cause
    }
    matched {
      layerId
      entityId
      name
      reason
    }
    changes {
      action
      what
      id
      name
      fields
    }
    keptEdited
    written
  }
}
    `) as unknown as TypedDocumentString<ImportLayerMutation, ImportLayerMutationVariables>;
export const SourceReadingDocument = new TypedDocumentString(`
    query SourceReading($id: ID!) {
  source(id: $id) {
    id
    reading {
      ...TextReadingFields
    }
  }
}
    fragment TextReadingFields on TextReading {
  date
  mentions {
    start
    end
    text
    ambiguous
    candidates {
      via
      entity {
        id
        name
        kind
      }
    }
  }
  relationships {
    type
    family
    from {
      id
      name
    }
    to {
      id
      name
    }
    quote
    trigger
    confidence
    validFrom
    dateBasis
    status
    existing {
      id
      version
      citations {
        quote
        note
        source {
          id
        }
      }
    }
  }
  stakeholders {
    name
    kind
    start
    end
    acronym
    role
    sentence
    possibleDuplicates {
      match
      reason
      entity {
        id
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<SourceReadingQuery, SourceReadingQueryVariables>;
export const ReadTextDocument = new TypedDocumentString(`
    query ReadText($text: String, $file: File, $date: String) {
  readText(text: $text, file: $file, date: $date) {
    ...TextReadingFields
  }
}
    fragment TextReadingFields on TextReading {
  date
  mentions {
    start
    end
    text
    ambiguous
    candidates {
      via
      entity {
        id
        name
        kind
      }
    }
  }
  relationships {
    type
    family
    from {
      id
      name
    }
    to {
      id
      name
    }
    quote
    trigger
    confidence
    validFrom
    dateBasis
    status
    existing {
      id
      version
      citations {
        quote
        note
        source {
          id
        }
      }
    }
  }
  stakeholders {
    name
    kind
    start
    end
    acronym
    role
    sentence
    possibleDuplicates {
      match
      reason
      entity {
        id
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<ReadTextQuery, ReadTextQueryVariables>;
export const RejectProposalDocument = new TypedDocumentString(`
    mutation RejectProposal($source: ID!, $type: String!, $from: ID!, $to: ID!) {
  rejectProposal(source: $source, type: $type, from: $from, to: $to)
}
    `) as unknown as TypedDocumentString<RejectProposalMutation, RejectProposalMutationVariables>;
export const EntityMentionedInDocument = new TypedDocumentString(`
    query EntityMentionedIn($id: ID!) {
  entity(id: $id) {
    id
    mentionedIn {
      id
      title
      publisher
      date
      dateEstimated
    }
  }
}
    `) as unknown as TypedDocumentString<EntityMentionedInQuery, EntityMentionedInQueryVariables>;
export const SourceListDocument = new TypedDocumentString(`
    query SourceList {
  sources {
    ...SourceFields
    citationCount
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  kind
  url
  fileName
  hasText
  date
  datePrecision
  dateEstimated
  dateNote
  version
  retiredAt
}`) as unknown as TypedDocumentString<SourceListQuery, SourceListQueryVariables>;
export const SourcePageDocument = new TypedDocumentString(`
    query SourcePage($id: ID!) {
  source(id: $id) {
    ...SourceFields
    text
    citedBy {
      entities {
        id
        name
        kind
        citations {
          ...CitedQuote
        }
      }
      aliases {
        entity {
          id
          name
        }
        alias {
          name
          kind
          citations {
            ...CitedQuote
          }
        }
      }
      relationships {
        id
        type
        source
        target
        role
        citations {
          ...CitedQuote
        }
      }
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  kind
  url
  fileName
  hasText
  date
  datePrecision
  dateEstimated
  dateNote
  version
  retiredAt
}
fragment CitedQuote on Citation {
  quote
  note
  source {
    id
  }
}`) as unknown as TypedDocumentString<SourcePageQuery, SourcePageQueryVariables>;
export const SourceForEditDocument = new TypedDocumentString(`
    query SourceForEdit($id: ID!) {
  source(id: $id) {
    ...SourceFields
    text
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  kind
  url
  fileName
  hasText
  date
  datePrecision
  dateEstimated
  dateNote
  version
  retiredAt
}`) as unknown as TypedDocumentString<SourceForEditQuery, SourceForEditQueryVariables>;
export const CreateSourceDocument = new TypedDocumentString(`
    mutation CreateSource($input: SourceInput!) {
  createSource(input: $input) {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  kind
  url
  fileName
  hasText
  date
  datePrecision
  dateEstimated
  dateNote
  version
  retiredAt
}`) as unknown as TypedDocumentString<CreateSourceMutation, CreateSourceMutationVariables>;
export const UpdateSourceDocument = new TypedDocumentString(`
    mutation UpdateSource($id: ID!, $expectedVersion: Int!, $input: SourcePatch!) {
  updateSource(id: $id, expectedVersion: $expectedVersion, input: $input) {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  kind
  url
  fileName
  hasText
  date
  datePrecision
  dateEstimated
  dateNote
  version
  retiredAt
}`) as unknown as TypedDocumentString<UpdateSourceMutation, UpdateSourceMutationVariables>;
export const RetireSourceDocument = new TypedDocumentString(`
    mutation RetireSource($id: ID!, $expectedVersion: Int!, $reason: String!) {
  retireSource(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  kind
  url
  fileName
  hasText
  date
  datePrecision
  dateEstimated
  dateNote
  version
  retiredAt
}`) as unknown as TypedDocumentString<RetireSourceMutation, RetireSourceMutationVariables>;
export const SuggestedPositionsDocument = new TypedDocumentString(`
    query SuggestedPositions($ids: [ID!]!, $asOf: String, $today: String) {
  suggestedPositions(ids: $ids, asOf: $asOf, today: $today) {
    entity {
      id
      name
      kind
    }
    power
    powerReason
    interest
    interestReason
    quadrant
    freshness {
      stale
    }
  }
}
    `) as unknown as TypedDocumentString<SuggestedPositionsQuery, SuggestedPositionsQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    signedIn
    id
    name
    role
    method
    openIdConnect
    sharedTokens
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users {
  users {
    id
    name
    email
    role
    version
    createdAt
    lastSignInAt
    closure {
      at
      by
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const UserDataExportDocument = new TypedDocumentString(`
    query UserDataExport($userId: ID!) {
  userDataExport(userId: $userId)
}
    `) as unknown as TypedDocumentString<UserDataExportQuery, UserDataExportQueryVariables>;
export const SetUserRoleDocument = new TypedDocumentString(`
    mutation SetUserRole($id: ID!, $expectedVersion: Int!, $role: Role!) {
  setUserRole(id: $id, expectedVersion: $expectedVersion, role: $role) {
    id
    role
    version
  }
}
    `) as unknown as TypedDocumentString<SetUserRoleMutation, SetUserRoleMutationVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens {
  apiTokens {
    id
    name
    prefix
    createdAt
    lastUsedAt
  }
}
    `) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($name: String!) {
  createApiToken(name: $name) {
    secret
    token {
      id
      name
      prefix
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const UserApiTokensDocument = new TypedDocumentString(`
    query UserApiTokens($userId: ID!) {
  userApiTokens(userId: $userId) {
    id
    name
    prefix
    createdAt
    lastUsedAt
  }
}
    `) as unknown as TypedDocumentString<UserApiTokensQuery, UserApiTokensQueryVariables>;
export const RevokeUserApiTokenDocument = new TypedDocumentString(`
    mutation RevokeUserApiToken($userId: ID!, $tokenId: ID!) {
  revokeUserApiToken(userId: $userId, tokenId: $tokenId) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokeUserApiTokenMutation, RevokeUserApiTokenMutationVariables>;
export const CloseUserAccountDocument = new TypedDocumentString(`
    mutation CloseUserAccount($id: ID!, $expectedVersion: Int!, $reason: String!) {
  closeUserAccount(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CloseUserAccountMutation, CloseUserAccountMutationVariables>;
export const ReopenUserAccountDocument = new TypedDocumentString(`
    mutation ReopenUserAccount($id: ID!, $expectedVersion: Int!) {
  reopenUserAccount(id: $id, expectedVersion: $expectedVersion) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ReopenUserAccountMutation, ReopenUserAccountMutationVariables>;
export const RevertChangeDocument = new TypedDocumentString(`
    mutation RevertChange($seq: Int!) {
  revertChange(seq: $seq) {
    seq
    action
  }
}
    `) as unknown as TypedDocumentString<RevertChangeMutation, RevertChangeMutationVariables>;
export const WatchStateDocument = new TypedDocumentString(`
    query WatchState($id: ID!) {
  entity(id: $id) {
    id
    watched
  }
}
    `) as unknown as TypedDocumentString<WatchStateQuery, WatchStateQueryVariables>;
export const WatchDocument = new TypedDocumentString(`
    mutation Watch($id: ID!) {
  watch(entityId: $id) {
    id
    watched
  }
}
    `) as unknown as TypedDocumentString<WatchMutation, WatchMutationVariables>;
export const UnwatchDocument = new TypedDocumentString(`
    mutation Unwatch($id: ID!) {
  unwatch(entityId: $id) {
    id
    watched
  }
}
    `) as unknown as TypedDocumentString<UnwatchMutation, UnwatchMutationVariables>;
export const InboxDocument = new TypedDocumentString(`
    query Inbox {
  inbox(first: 20) {
    unseen
    seenSeq
    changes {
      ...ChangeFields
    }
    watching {
      id
      name
    }
  }
}
    fragment ChangeFields on Change {
  seq
  at
  actor
  actorId
  kind
  action
  targetId
  entityIds
  before
  after
  revertOf
  entities {
    id
    name
  }
}`) as unknown as TypedDocumentString<InboxQuery, InboxQueryVariables>;
export const MarkInboxSeenDocument = new TypedDocumentString(`
    mutation MarkInboxSeen($seq: Int) {
  markInboxSeen(seq: $seq) {
    unseen
    seenSeq
  }
}
    `) as unknown as TypedDocumentString<MarkInboxSeenMutation, MarkInboxSeenMutationVariables>;