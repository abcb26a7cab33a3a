import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRow, EdgeRow, CitationRow, SourceRow, AliasRow, NodeRow, AuditRow } from '../../repositories/types.ts';
import type { GraphResult, CollapsedRow, NeighbourPageRows } from '../../repositories/graph.ts';
import type { CachedInfluenceRow, CommunitiesRow, CommunityRow, CommunityMemberRow, SuggestedPowerRow } from '../../influence/cache.ts';
import type { ChangeRow } from '../../repositories/feed.ts';
import type { DiffEntryRow } from '../../repositories/recorded.ts';
import type { ProfileWithEntity, AssessmentRow } from '../../repositories/engagement.ts';
import type { InteractionRow } from '../../repositories/interactions.ts';
import type { FollowUpRow } from '../../repositories/follow-ups.ts';
import type { ContactRow } from '../../repositories/contacts.ts';
import type { RouteStepRow, WarmRouteRow } from '../../repositories/warm-routes.ts';
import type { StakeholderRow } from '../../../core/import/mapping.ts';
import type { UserRow } from '../../repositories/users.ts';
import type { ApiTokenRow } from '../../repositories/api-tokens.ts';
import type { Viewer, Context } from '../context.ts';
import type { BriefRow } from '../../repositories/briefs.ts';
import type { ReadingRow, MentionRow, CandidateRow, ProposalRow, StakeholderProposalRow } from '../reading/types.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An uploaded file (GraphQL multipart request). */
  File: { input: File; output: File; }
};

/** Why and when an account was closed (a leaver's, say). */
export type AccountClosure = {
  __typename?: 'AccountClosure';
  /** When it was closed (ISO 8601). */
  at: Scalars['String']['output'];
  /** Who closed it: the admin's name, or 'cli'. */
  by: Scalars['String']['output'];
  /** Why, as the admin wrote it. */
  reason: Scalars['String']['output'];
};

/** A name or acronym of an entity, with the period it was used in where the texts say. */
export type Alias = {
  __typename?: 'Alias';
  citations: Array<Citation>;
  kind: AliasKind;
  name: Scalars['String']['output'];
  validFrom?: Maybe<Scalars['String']['output']>;
  validTo?: Maybe<Scalars['String']['output']>;
};

/** An alias that cites a source, with the entity it names. */
export type AliasCitation = {
  __typename?: 'AliasCitation';
  alias: Alias;
  entity: Entity;
};

export type AliasInput = {
  citations: Array<CitationInput>;
  kind: AliasKind;
  name: Scalars['String']['input'];
  validFrom?: InputMaybe<Scalars['String']['input']>;
  validTo?: InputMaybe<Scalars['String']['input']>;
};

export type AliasKind =
  | 'ACRONYM'
  /** an informal or shortened name */
  | 'INFORMAL'
  /** a name the entity went by */
  | 'NAME';

/** A personal API token; its secret is shown only when it is created. */
export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** The secret's first characters, to recognise the token by. */
  prefix: Scalars['String']['output'];
};

/**
 * A dated assessment of a stakeholder: stance, power and interest as someone saw them on a day,
 * with a note and optionally the interaction or source behind it. Editors and admins only.
 */
export type Assessment = {
  __typename?: 'Assessment';
  assessedBy: Scalars['String']['output'];
  /** The id of the user who made it; null for shared tokens and the local user. */
  assessedById?: Maybe<Scalars['ID']['output']>;
  /** YYYY-MM-DD: the day the position held. */
  date: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The interaction the assessment rests on. */
  interaction?: Maybe<Interaction>;
  /** 1 to 5 */
  interest?: Maybe<Scalars['Int']['output']>;
  /** Made from the profile as it was before assessments existed. */
  migrated: Scalars['Boolean']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** 1 to 5 */
  power?: Maybe<Scalars['Int']['output']>;
  quadrant?: Maybe<Quadrant>;
  /** When it was recorded (ISO timestamp): orders assessments of the same day. */
  recordedAt: Scalars['String']['output'];
  /** The source the assessment rests on. */
  source?: Maybe<Source>;
  stance?: Maybe<Stance>;
};

export type AssessmentInput = {
  /** YYYY-MM-DD, not after today. */
  date: Scalars['String']['input'];
  /** An interaction involving the stakeholder. */
  interactionId?: InputMaybe<Scalars['ID']['input']>;
  interest: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  power: Scalars['Int']['input'];
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Left out: the assessment records no stance (it becomes the current one, unknown, when latest). */
  stance?: InputMaybe<Stance>;
};

/** A user who can own follow-ups (an editor or admin). */
export type Assignee = {
  __typename?: 'Assignee';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** One change, written in the same transaction as the change itself. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  /** Who made the change: the user's name, a shared token's name (editor#1), or 'local' on a single-user instance. */
  actor: Scalars['String']['output'];
  /** The user's id; null for shared tokens, the local user and entries from before sign-in existed. */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** JSON of the record after the change. */
  after?: Maybe<Scalars['String']['output']>;
  at: Scalars['String']['output'];
  /** JSON of the record before the change (null on create). */
  before?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The entity or relationship changed. */
  targetId: Scalars['ID']['output'];
};

export type AuditPage = {
  __typename?: 'AuditPage';
  /** Pass as after to read the next page; null on the last page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  entries: Array<AuditEntry>;
};

/** An organisation: council, association, department, agency, coalition, network, company… */
export type Body = Entity & {
  __typename?: 'Body';
  aliases: Array<Alias>;
  citations: Array<Citation>;
  description?: Maybe<Scalars['String']['output']>;
  engagement?: Maybe<EngagementProfile>;
  id: Scalars['ID']['output'];
  identifiers: Array<Identifier>;
  interactions: Array<Interaction>;
  kind: EntityKind;
  mentionedIn: Array<Source>;
  name: Scalars['String']['output'];
  nameAsOf: Scalars['String']['output'];
  relationships: Array<Edge>;
  retiredAt?: Maybe<Scalars['String']['output']>;
  /** local-government, central-government, police, health, … (see docs/data-model.md) */
  sector: Scalars['String']['output'];
  /** council, professional-association, government-department, … (see docs/data-model.md) */
  type: Scalars['String']['output'];
  validFrom?: Maybe<Scalars['String']['output']>;
  validTo?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  watched: Scalars['Boolean']['output'];
};


/** An organisation: council, association, department, agency, coalition, network, company… */
export type BodyInteractionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation: council, association, department, agency, coalition, network, company… */
export type BodyNameAsOfArgs = {
  date: Scalars['String']['input'];
};


/** An organisation: council, association, department, agency, coalition, network, company… */
export type BodyRelationshipsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  families?: InputMaybe<Array<Family>>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
};

/**
 * A briefing pack for a meeting with one or more stakeholders: what the user wrote (title, day,
 * stakeholders, objectives, lines to take) and, in `pack`, what the atlas says about them on the
 * meeting day, each fact footnoted. Anyone signed in reads briefs; editors and admins write them.
 */
export type Brief = {
  __typename?: 'Brief';
  createdAt: Scalars['String']['output'];
  createdBy: Scalars['String']['output'];
  /** Our organisation or person: where introduction routes start; null when none is named. */
  from?: Maybe<Entity>;
  id: Scalars['ID']['output'];
  linesToTake: Scalars['String']['output'];
  /** YYYY-MM-DD: the meeting day. The pack reads the atlas as on this day. */
  meetingDate: Scalars['String']['output'];
  objectives: Scalars['String']['output'];
  /**
   * Who they are, why they matter, our relationship, contact details and routes valid on the
   * meeting day, with footnotes. Engagement records, routes and contact details are left out
   * (with a note saying so) for viewers.
   */
  pack: BriefPack;
  /** The stakeholders met, in the order given. */
  stakeholders: Array<Entity>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
  updatedBy: Scalars['String']['output'];
  /** 1 when written; pass it back as expectedVersion to update. */
  version: Scalars['Int']['output'];
};

export type BriefInput = {
  /** Our organisation or person, for introduction routes. */
  fromId?: InputMaybe<Scalars['ID']['input']>;
  linesToTake?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  meetingDate: Scalars['String']['input'];
  objectives?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 8 stakeholders, each once. */
  stakeholderIds: Array<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

/** A stated fact: its footnote numbers, or why it has none (uncited: our own records, computed figures). */
export type BriefLine = {
  __typename?: 'BriefLine';
  notes: Array<Scalars['Int']['output']>;
  text: Scalars['String']['output'];
  uncited?: Maybe<Scalars['String']['output']>;
};

export type BriefPack = {
  __typename?: 'BriefPack';
  /** Numbered in the order the lines first cite them. */
  footnotes: Array<Footnote>;
  stakeholders: Array<BriefStakeholder>;
};

export type BriefSection = {
  __typename?: 'BriefSection';
  heading: Scalars['String']['output'];
  lines: Array<BriefLine>;
  /** Why the section is empty or left out, when it is. */
  note?: Maybe<Scalars['String']['output']>;
};

export type BriefStakeholder = {
  __typename?: 'BriefStakeholder';
  entityId: Scalars['ID']['output'];
  kind: EntityKind;
  /** The name on the meeting day. */
  name: Scalars['String']['output'];
  sections: Array<BriefSection>;
};

/**
 * One committed change, as the audit log recorded it in the same transaction, with its number in the
 * feed. seq only grows, and is given once the change is visible to every reader.
 */
export type Change = {
  __typename?: 'Change';
  /** The operation: createEntity, retireRelationship, setEngagement, import, … */
  action: Scalars['String']['output'];
  /** Who: the user's name, a shared token's name (editor#1), or 'local'. */
  actor: Scalars['String']['output'];
  /** The user's id; null for shared tokens and the local user. */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** JSON of the whole record after. */
  after?: Maybe<Scalars['String']['output']>;
  /** When it was made (ISO 8601, UTC). */
  at: Scalars['String']['output'];
  /** JSON of the whole record before (null on create). */
  before?: Maybe<Scalars['String']['output']>;
  /** Those of them that still exist, for their names. */
  entities: Array<Entity>;
  /** The entities (or sources) it concerns: the entity, or both ends of a relationship (from, then to; changes recorded before December 2026 may list the ends in either order). */
  entityIds: Array<Scalars['ID']['output']>;
  /** The top-level fields that differ between before and after (citations included). */
  fields: Array<FieldChange>;
  /** The audit entry's id. */
  id: Scalars['ID']['output'];
  kind: ChangeKind;
  /** The seq of the change this one undid (revertChange); null for any other change. */
  revertOf?: Maybe<Scalars['Int']['output']>;
  /** Its number in the feed: pass the last one you have as `after`. */
  seq: Scalars['Int']['output'];
  /** The record changed: an entity, relationship, source or person id (for an import, its sources' ids). */
  targetId: Scalars['ID']['output'];
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

export type ChangePage = {
  __typename?: 'ChangePage';
  /** In order of seq. */
  changes: Array<Change>;
  /** Pass as `after` for the next page: the last seq of this page, or your `after` when it is empty. */
  endSeq: Scalars['Int']['output'];
  /** Whether more changes match after this page. */
  hasMore: Scalars['Boolean']['output'];
  /** The last seq the feed has given: subscribe with after: head to follow on from here. */
  head: Scalars['Int']['output'];
};

/** The words in a source that support a fact. */
export type Citation = {
  __typename?: 'Citation';
  note?: Maybe<Scalars['String']['output']>;
  /** The supporting words: they occur in the source's text (or, for a source without text, the user's note of them). */
  quote: Scalars['String']['output'];
  source: Source;
};

export type CitationInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  quote: Scalars['String']['input'];
  /** A source id, e.g. source:socitm-press-release-local-digital-coalition. */
  source: Scalars['ID']['input'];
};

/** Neighbours of one node left out of a neighbourhood, counted by the type of their strongest relationship with it. */
export type CollapsedNeighbours = {
  __typename?: 'CollapsedNeighbours';
  count: Scalars['Int']['output'];
  family: Family;
  nodeId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

export type ColumnMapping = {
  __typename?: 'ColumnMapping';
  column: Scalars['String']['output'];
  field: Scalars['String']['output'];
};

export type ColumnMappingInput = {
  column: Scalars['String']['input'];
  field: Scalars['String']['input'];
};

export type Communities = {
  __typename?: 'Communities';
  /** The largest communities, largest first. */
  communities: Array<Community>;
  freshness: Freshness;
  /** How many communities there are (entities without links are each their own). */
  total: Scalars['Int']['output'];
};

/** A group of stakeholders linked more among themselves than to the rest (Louvain modularity). */
export type Community = {
  __typename?: 'Community';
  /** Its most central members by PageRank, best first (at most 10). */
  centralMembers: Array<CommunityMember>;
  /** 1 for the largest community, then by size. */
  id: Scalars['Int']['output'];
  /** Every member's id, for colouring the map by community. */
  memberIds: Array<Scalars['ID']['output']>;
  size: Scalars['Int']['output'];
};


/** A group of stakeholders linked more among themselves than to the rest (Louvain modularity). */
export type CommunityCentralMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A member of a community and its PageRank over the whole network. */
export type CommunityMember = {
  __typename?: 'CommunityMember';
  entity: Entity;
  score: Scalars['Float']['output'];
};

/** A person's contact details: visible to editors and admins only (null for viewers). */
export type ContactDetails = {
  __typename?: 'ContactDetails';
  email?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** Whether we are in touch as often as we mean to be. */
export type ContactHealth = {
  __typename?: 'ContactHealth';
  cadenceDays: Scalars['Int']['output'];
  /** The latest interaction on or before today (YYYY-MM-DD); null when there has been none. */
  lastContact?: Maybe<Scalars['String']['output']>;
  /** The day the next contact is due (today when there has been none). */
  nextContactDue: Scalars['String']['output'];
  state: HealthState;
};

export type ContactInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type CreateEntityInput = {
  aliases?: InputMaybe<Array<AliasInput>>;
  citations: Array<CitationInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Optional readable id (body:…, person:…, programme:…); made from the name when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Official codes as scheme:value, e.g. gss:E06000023. */
  identifiers?: InputMaybe<Array<Scalars['String']['input']>>;
  kind: EntityKind;
  name: Scalars['String']['input'];
  /** Required for bodies. */
  sector?: InputMaybe<Scalars['String']['input']>;
  /** Required for bodies and programmes. */
  type?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['String']['input']>;
  validTo?: InputMaybe<Scalars['String']['input']>;
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

/**
 * One stakeholder or relationship changed between two dates: its state before its first change in the
 * period and after its last, however many changes lie between.
 */
export type DiffEntry = {
  __typename?: 'DiffEntry';
  /** Who changed it in the period. */
  actors: Array<Scalars['String']['output']>;
  /** JSON of the record at the end (null when retired). */
  after?: Maybe<Scalars['String']['output']>;
  /** JSON of the record at the start of the period (null when it did not exist or was retired). */
  before?: Maybe<Scalars['String']['output']>;
  change: DiffChange;
  count: Scalars['Int']['output'];
  /** The stakeholder, or the relationship's two ends, that still exist, for their names. */
  entities: Array<Entity>;
  /** The fields that differ between before and after. */
  fields: Array<FieldChange>;
  /** The feed numbers of its first and last change in the period, and how many changes there were. */
  firstSeq: Scalars['Int']['output'];
  /** The stakeholder's or relationship's id. */
  id: Scalars['ID']['output'];
  /** ENTITY or RELATIONSHIP. */
  kind: ChangeKind;
  /** The stakeholder's name (after, else before); for a relationship, its type. */
  label: Scalars['String']['output'];
  lastSeq: Scalars['Int']['output'];
  /** A relationship's ends (null for a stakeholder). */
  source?: Maybe<Scalars['ID']['output']>;
  target?: Maybe<Scalars['ID']['output']>;
};

/** A relationship, directed from source to target. */
export type Edge = {
  __typename?: 'Edge';
  citations: Array<Citation>;
  /** 0 to 1: 1 stated, 0.8 implied, 0.6 probable, 0.4 uncertain. */
  confidence: Scalars['Float']['output'];
  dateBasis: DateBasis;
  family: Family;
  id: Scalars['ID']['output'];
  /** Free text, e.g. Chair, CIO, past president. */
  role?: Maybe<Scalars['String']['output']>;
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  /** Relationship type, e.g. INFLUENCES, CHAIRS, MERGED_INTO (see docs/data-model.md). */
  type: Scalars['String']['output'];
  /** Partial ISO date; null when open. */
  validFrom?: Maybe<Scalars['String']['output']>;
  validFromPrecision?: Maybe<DatePrecision>;
  validTo?: Maybe<Scalars['String']['output']>;
  validToPrecision?: Maybe<DatePrecision>;
  version: Scalars['Int']['output'];
};

export type EngagementInput = {
  /** Days, 1 to 366; null stops tracking health. */
  cadenceDays?: InputMaybe<Scalars['Int']['input']>;
  interest?: InputMaybe<Scalars['Int']['input']>;
  nextAction?: InputMaybe<Scalars['String']['input']>;
  nextActionDue?: InputMaybe<Scalars['String']['input']>;
  objectives?: InputMaybe<Scalars['String']['input']>;
  owner?: InputMaybe<Scalars['String']['input']>;
  power?: InputMaybe<Scalars['Int']['input']>;
  stance?: InputMaybe<Stance>;
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** An entity's row in the stakeholder register. Editors and admins only. */
export type EngagementProfile = {
  __typename?: 'EngagementProfile';
  /** How often we mean to be in contact, in days (1 to 366); null when not tracked. */
  cadenceDays?: Maybe<Scalars['Int']['output']>;
  entity: Entity;
  /**
   * Contact health from the cadence and the latest interaction on or before `today` (YYYY-MM-DD,
   * default: today); null without a cadence.
   */
  health?: Maybe<ContactHealth>;
  /** Every dated assessment, oldest first; the last is the current stance, power and interest. */
  history: Array<Assessment>;
  /** 1 to 5 */
  interest?: Maybe<Scalars['Int']['output']>;
  nextAction?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  nextActionDue?: Maybe<Scalars['String']['output']>;
  objectives?: Maybe<Scalars['String']['output']>;
  owner?: Maybe<Scalars['String']['output']>;
  /** 1 to 5 */
  power?: Maybe<Scalars['Int']['output']>;
  quadrant?: Maybe<Quadrant>;
  stance?: Maybe<Stance>;
  suggestedPower: SuggestedPower;
  topics: Array<Scalars['String']['output']>;
  updatedAt?: Maybe<Scalars['String']['output']>;
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** The id of the user who last changed it; null for shared tokens and the local user. */
  updatedById?: Maybe<Scalars['ID']['output']>;
  /** 0 before the first save; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
};


/** An entity's row in the stakeholder register. Editors and admins only. */
export type EngagementProfileHealthArgs = {
  today?: InputMaybe<Scalars['String']['input']>;
};

/** A body, person or programme in the network. */
export type Entity = {
  aliases: Array<Alias>;
  /** Where the texts name the entity. */
  citations: Array<Citation>;
  description?: Maybe<Scalars['String']['output']>;
  /** The engagement profile; null when none is kept, and for viewers. */
  engagement?: Maybe<EngagementProfile>;
  id: Scalars['ID']['output'];
  /** Official codes (GSS code, company number, …); matching and search find the entity by them. */
  identifiers: Array<Identifier>;
  /** Interactions involving the entity, newest first; empty for viewers. */
  interactions: Array<Interaction>;
  kind: EntityKind;
  /** The sources whose texts name it (by any name valid at their dates), not only those cited for it. */
  mentionedIn: Array<Source>;
  /** The entity's name; see aliases for names over time. */
  name: Scalars['String']['output'];
  /** The name in use at a partial ISO date (the entity's name when no alias was in use then). */
  nameAsOf: Scalars['String']['output'];
  /** Relationships of this entity, optionally filtered. */
  relationships: Array<Edge>;
  /** Set when the entity was retired; retired entities are left out of the graph. */
  retiredAt?: Maybe<Scalars['String']['output']>;
  /** Increases with every change; pass it back as expectedVersion when updating. */
  version: Scalars['Int']['output'];
  /** Whether you watch it: its changes by others reach your inbox. */
  watched: Scalars['Boolean']['output'];
};


/** A body, person or programme in the network. */
export type EntityInteractionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body, person or programme in the network. */
export type EntityNameAsOfArgs = {
  date: Scalars['String']['input'];
};


/** A body, person or programme in the network. */
export type EntityRelationshipsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  families?: InputMaybe<Array<Family>>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
};

export type EntityKind =
  | 'BODY'
  | 'PERSON'
  | 'PROGRAMME';

export type ErasureReport = {
  __typename?: 'ErasureReport';
  /** Contact details, profile and assessments deleted. */
  deletedRecords: Scalars['Int']['output'];
  /** Watches of the person removed (they leave every watcher's inbox). */
  deletedWatches: Scalars['Int']['output'];
  personId: Scalars['ID']['output'];
  redactedAuditEntries: Scalars['Int']['output'];
  /** Briefs the person left (as a stakeholder met or as from) or whose text named them. */
  redactedBriefs: Scalars['Int']['output'];
  redactedInteractions: Scalars['Int']['output'];
  redactedProfiles: Scalars['Int']['output'];
};

export type Family =
  | 'GOVERNANCE'
  | 'INFLUENCE'
  | 'LIAISON'
  | 'MEMBERSHIP'
  | 'PROGRAMME';

/** One field a change set, as JSON: null before when the record or field is new, null after when removed. */
export type FieldChange = {
  __typename?: 'FieldChange';
  after?: Maybe<Scalars['String']['output']>;
  before?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

/** Something an interaction leaves to do: what, who owns it, by when. Editors and admins only. */
export type FollowUp = {
  __typename?: 'FollowUp';
  closedAt?: Maybe<Scalars['String']['output']>;
  closedBy?: Maybe<Scalars['String']['output']>;
  closingNote?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['String']['output'];
  createdBy: Scalars['String']['output'];
  /** YYYY-MM-DD */
  due: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  interaction: Interaction;
  /** Open and due before `today` (YYYY-MM-DD, default: today). */
  overdue: Scalars['Boolean']['output'];
  /** Null when unassigned (logged with a shared token). */
  owner?: Maybe<Assignee>;
  status: FollowUpStatus;
  version: Scalars['Int']['output'];
  what: Scalars['String']['output'];
};


/** Something an interaction leaves to do: what, who owns it, by when. Editors and admins only. */
export type FollowUpOverdueArgs = {
  today?: InputMaybe<Scalars['String']['input']>;
};

export type FollowUpInput = {
  /** YYYY-MM-DD */
  due: Scalars['String']['input'];
  /** A user who can edit; default: whoever logs the interaction. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  what: Scalars['String']['input'];
};

export type FollowUpStatus =
  | 'CLOSED'
  | 'OPEN';

/** The citation behind facts of a brief: the source, its date and the quoted words. */
export type Footnote = {
  __typename?: 'Footnote';
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  date: Scalars['String']['output'];
  number: Scalars['Int']['output'];
  publisher?: Maybe<Scalars['String']['output']>;
  quote: Scalars['String']['output'];
  source: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

/**
 * How fresh an influence answer is. Influence is computed off the request path for the whole
 * network and cached per graph version; answers come from the cache at once.
 */
export type Freshness = {
  __typename?: 'Freshness';
  /** When the answer was computed (ISO 8601). */
  computedAt: Scalars['String']['output'];
  /** The graph version (epoch:counter, moved on by every change) the answer was computed for. */
  graphVersion: Scalars['String']['output'];
  /** The graph has changed since: a recomputation is under way, and a later request gets its answer. */
  stale: Scalars['Boolean']['output'];
};

export type Graph = {
  __typename?: 'Graph';
  /** Neighbours the per-node cap left out (neighbourhood only; empty elsewhere), by node and relationship type. */
  collapsed: Array<CollapsedNeighbours>;
  edges: Array<Edge>;
  /** The cursor of the next page of network (pass it as after); null on the last page and elsewhere. */
  nextCursor?: Maybe<Scalars['String']['output']>;
  nodes: Array<Node>;
  /** How big the whole filtered network is, for progress while reading network's pages; null elsewhere. */
  totals?: Maybe<GraphTotals>;
  /** True when the node cap cut the graph short. */
  truncated: Scalars['Boolean']['output'];
};

export type GraphTotals = {
  __typename?: 'GraphTotals';
  edges: Scalars['Int']['output'];
  nodes: Scalars['Int']['output'];
};

export type HealthState =
  | 'DUE'
  | 'ON_TRACK'
  | 'OVERDUE';

/**
 * An official code that names an entity in some register: a GSS code ("gss:E06000023"), a company
 * number ("companies-house:01234567"), a charity number ("charity-ew:1234567").
 */
export type Identifier = {
  __typename?: 'Identifier';
  /** A lower-case slug: gss, companies-house, charity-ew, … */
  scheme: Scalars['String']['output'];
  /** scheme:value, as files and the editor write it. */
  text: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type IdentifierColumn = {
  __typename?: 'IdentifierColumn';
  column: Scalars['String']['output'];
  scheme: Scalars['String']['output'];
};

/** A column of elements holding codes of one scheme: each row gets the identifier scheme:value. */
export type IdentifierColumnInput = {
  column: Scalars['String']['input'];
  /** A lower-case slug such as gss, companies-house or charity-ew. */
  scheme: Scalars['String']['input'];
};

export type ImportCounts = {
  __typename?: 'ImportCounts';
  matchedStakeholders: Scalars['Int']['output'];
  newStakeholders: Scalars['Int']['output'];
  possibleDuplicates: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
};

/** The user's decision on one row: entityId is the existing stakeholder it is; null means a new one. */
export type ImportDecisionInput = {
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /** The row as the report names it: "file: at", e.g. "elements.csv: row 4". */
  row: Scalars['String']['input'];
};

export type ImportDefaults = {
  __typename?: 'ImportDefaults';
  confidence?: Maybe<Scalars['Float']['output']>;
  elementType?: Maybe<Scalars['String']['output']>;
  relationshipType?: Maybe<Scalars['String']['output']>;
  sector?: Maybe<Scalars['String']['output']>;
};

/** Used where the file has no such column, or an empty cell. */
export type ImportDefaultsInput = {
  confidence?: InputMaybe<Scalars['Float']['input']>;
  elementType?: InputMaybe<Scalars['String']['input']>;
  relationshipType?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<Scalars['String']['input']>;
};

export type ImportFile = {
  __typename?: 'ImportFile';
  connectionColumns: Array<Scalars['String']['output']>;
  connections: Scalars['Int']['output'];
  elementColumns: Array<Scalars['String']['output']>;
  elements: Scalars['Int']['output'];
  /** atlas, csv, xlsx, graphml, gexf, cyjs or kumu-json. */
  format: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type ImportMapping = {
  __typename?: 'ImportMapping';
  connections: Array<ColumnMapping>;
  defaults: ImportDefaults;
  elements: Array<ColumnMapping>;
  identifierColumns: Array<IdentifierColumn>;
  relationshipColumns: Array<RelationshipColumn>;
  values: Array<ValueMapping>;
};

/**
 * How the columns of another tool's file become stakeholders and relationships (docs/import-export.md,
 * "The mapping"). Fields are those of the mapping: for elements id, name, kind, type, sector,
 * description, validFrom, validTo, aliases; for connections id, from, to, type, role, validFrom,
 * validTo, dateBasis, confidence.
 */
export type ImportMappingInput = {
  connections: Array<ColumnMappingInput>;
  defaults?: InputMaybe<ImportDefaultsInput>;
  elements: Array<ColumnMappingInput>;
  /** Registers: columns of elements holding official codes, each with its scheme (e.g. gss). */
  identifierColumns?: InputMaybe<Array<IdentifierColumnInput>>;
  /** Registers: columns of elements whose cells name other rows or stakeholders, each cell a relationship. */
  relationshipColumns?: InputMaybe<Array<RelationshipColumnInput>>;
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

/** A problem found before anything is written: where (file, row or element, column or field) and why. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  /** What rows with this problem share: the reason without the values that differ from row to row. The dialog groups problems by it. */
  cause: Scalars['String']['output'];
  /** The one decision that settles every problem of this cause. */
  decision: Scalars['String']['output'];
  /** The column or field; empty for the whole row. */
  field: Scalars['String']['output'];
  file: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  /** The row or element ("row 12", "node n3"), or a record's id; empty for the whole file. */
  record: Scalars['String']['output'];
};

export type ImportReport = {
  __typename?: 'ImportReport';
  counts: ImportCounts;
  files: Array<ImportFile>;
  /** The layout of the files' columns, under which the mapping is remembered. */
  layout: Scalars['String']['output'];
  /** False when the files and the atlas were too large to look for possible duplicates (exact matches are still found). */
  lookedForDuplicates: Scalars['Boolean']['output'];
  mapping: ImportMapping;
  mappingOrigin: ImportMappingOrigin;
  /** What the import decided on its own (names from ids, unknown sectors, scaled strengths, new relationship ids). */
  notes: Array<Scalars['String']['output']>;
  /** Every problem; none means the import can be written. */
  problems: Array<ImportProblem>;
  /** The sources the facts cite: one per imported file, or the one chosen. */
  sourceIds: Array<Scalars['ID']['output']>;
  /** Every element row that maps to a stakeholder, with what the import does with it. */
  stakeholders: Array<ImportStakeholder>;
  unmappedValues: Array<UnmappedValue>;
  /** True only when everything was written: importFiles with no problem. */
  written: Scalars['Boolean']['output'];
};

export type ImportStakeholder = {
  __typename?: 'ImportStakeholder';
  /** Whether the outcome is the user's decision. */
  decided: Scalars['Boolean']['output'];
  /** The stakeholder the row becomes or joins. */
  entityId: Scalars['ID']['output'];
  kind: EntityKind;
  /** The existing stakeholder it matches or may duplicate. */
  match?: Maybe<Entity>;
  name: Scalars['String']['output'];
  outcome: ImportOutcome;
  reason?: Maybe<Scalars['String']['output']>;
  row: Scalars['String']['output'];
};

export type ImportValueField =
  | 'ELEMENT_TYPE'
  | 'RELATIONSHIP_TYPE'
  | 'SECTOR';

/** Changes to the stakeholders you watch, made by others since you started watching each. */
export type Inbox = {
  __typename?: 'Inbox';
  /** Newest first, at most `first`; only the kinds you may read (ChangeKind). */
  changes: Array<Change>;
  /** The last seq you marked seen (markInboxSeen); changes after it are new. */
  seenSeq: Scalars['Int']['output'];
  /** How many of them are numbered after seenSeq: the badge. */
  unseen: Scalars['Int']['output'];
  /** What you watch, the latest watched first. */
  watching: Array<Entity>;
};

export type InfluenceMetric =
  /** share of shortest routes between others that pass through the entity */
  | 'BETWEENNESS'
  /** number of relationships */
  | 'DEGREE'
  /** PageRank over directed relationships weighted by confidence */
  | 'PAGERANK';

export type InfluenceScore = {
  __typename?: 'InfluenceScore';
  entity: Entity;
  /** One sentence on what the score means for this entity. */
  explanation: Scalars['String']['output'];
  freshness: Freshness;
  rank: Scalars['Int']['output'];
  score: Scalars['Float']['output'];
  /** The links that contribute most to the score, strongest first. */
  strongestLinks: Array<Edge>;
};

/** A meeting, call, e-mail or event with stakeholders. Editors and admins only. */
export type Interaction = {
  __typename?: 'Interaction';
  createdAt: Scalars['String']['output'];
  createdBy: Scalars['String']['output'];
  /** The id of the user who logged it; null for shared tokens and the local user. */
  createdById?: Maybe<Scalars['ID']['output']>;
  /** YYYY-MM-DD */
  date: Scalars['String']['output'];
  /** Soonest due first. */
  followUps: Array<FollowUp>;
  id: Scalars['ID']['output'];
  kind: InteractionKind;
  outcome?: Maybe<Scalars['String']['output']>;
  participants: Array<Entity>;
  summary: Scalars['String']['output'];
};

export type InteractionInput = {
  date: Scalars['String']['input'];
  followUps?: InputMaybe<Array<FollowUpInput>>;
  kind: InteractionKind;
  outcome?: InputMaybe<Scalars['String']['input']>;
  participants: Array<Scalars['ID']['input']>;
  summary: Scalars['String']['input'];
};

export type InteractionKind =
  | 'CALL'
  | 'EMAIL'
  | 'EVENT'
  | 'MEETING';

/** A body that shares people with the entity asked about. */
export type Interlock = {
  __typename?: 'Interlock';
  body: Node;
  people: Array<SharedPerson>;
};

/** A change a layer makes: a new record, or an update of the fields named. */
export type LayerChange = {
  __typename?: 'LayerChange';
  /** new, update or remove (an alias of the layer's own that its newer file no longer has) */
  action: Scalars['String']['output'];
  fields: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** source, entity, relationship or alias */
  what: Scalars['String']['output'];
};

/** A layer row that is a stakeholder the atlas had already, and why. */
export type LayerMatch = {
  __typename?: 'LayerMatch';
  entityId: Scalars['ID']['output'];
  layerId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

/** A problem in a layer's file: the row (e.g. row 12 (AYL)), the column and why. */
export type LayerProblem = {
  __typename?: 'LayerProblem';
  /** What rows with this problem share (the reason without the row's values); reports group by it. */
  cause?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  row: Scalars['String']['output'];
};

/** What importing a layer did, or would do (dryRun). */
export type LayerReport = {
  __typename?: 'LayerReport';
  /** Every change, sources first; empty when the atlas holds this version already. */
  changes: Array<LayerChange>;
  date: Scalars['String']['output'];
  /** Stakeholders and relationships the layer holds. */
  entities: Scalars['Int']['output'];
  /** Records edited in the atlas since the layer wrote them, which it leaves as they are. */
  keptEdited: Scalars['Int']['output'];
  layer: Scalars['ID']['output'];
  /** Values left out of the layer's records (a damaged alternative name), the rest importing as it is. */
  leftOut: Array<LayerProblem>;
  matched: Array<LayerMatch>;
  problems: Array<LayerProblem>;
  relationships: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  version: Scalars['String']['output'];
  written: Scalars['Boolean']['output'];
};

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

/** Who is asking, and how one signs in here. */
export type Me = {
  __typename?: 'Me';
  /** The user's id; null for shared tokens, the local user and anonymous requests. */
  id?: Maybe<Scalars['ID']['output']>;
  method?: Maybe<SignInMethod>;
  /** The user's name, the shared token's name (editor#1) or 'local'; null when signed out. */
  name?: Maybe<Scalars['String']['output']>;
  /** Whether GET /auth/login signs in with OpenID Connect here. */
  openIdConnect: Scalars['Boolean']['output'];
  /** Null when signed out. */
  role?: Maybe<Role>;
  /** Whether shared tokens (AUTH_TOKENS) are accepted here. */
  sharedTokens: Scalars['Boolean']['output'];
  signedIn: Scalars['Boolean']['output'];
};

/** A stretch of the text that names a stakeholder the atlas holds; offsets in UTF-16 units, end exclusive. */
export type Mention = {
  __typename?: 'Mention';
  /** More than one candidate, of which the text means one. */
  ambiguous: Scalars['Boolean']['output'];
  /** Best first; more than one when the name is ambiguous (two stakeholders answer to it) or names several at once (a plural: "the devolved administrations"; then not ambiguous). */
  candidates: Array<MentionCandidate>;
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type MentionCandidate = {
  __typename?: 'MentionCandidate';
  entity: Entity;
  /**
   * How the text names it: name, alias, acronym, expansion (a well-known expansion of an acronym),
   * reference (a description of one named before: "the Council") or description (a part or product
   * named after its owner: "its action plan").
   */
  via: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds a dated assessment by the signed-in user; the latest (by date, then time recorded) is the
   * current position. Creates the profile when there is none. Audited.
   */
  addAssessment: EngagementProfile;
  /** Closes an open follow-up with a note saying what was done. Audited. */
  closeFollowUp: FollowUp;
  /**
   * Closes a user's account (a leaver's), in one transaction: it is marked closed with the reason,
   * their sessions end and their personal API tokens are revoked, on every instance at once; their
   * sign-ins are refused until an admin reopens it. Not one's own account, nor the last open admin
   * account. Admins only; audited; expectedVersion is the user's version as last read.
   */
  closeUserAccount: User;
  /** Creates a personal API token for the signed-in user; it acts with the user's current role. */
  createApiToken: NewApiToken;
  /** Writes a brief (editors and admins). Audited. */
  createBrief: Brief;
  createEntity: Entity;
  createRelationship: Edge;
  /** Adds a source (editors and admins). */
  createSource: Source;
  /**
   * Erases a person's contact details, engagement notes, their place in interactions and briefs and
   * who watches them, and their names in notes, briefs and the audit log. Admins only.
   */
  erasePersonalData: ErasureReport;
  /**
   * Imports the files: all or nothing, as one audited change set; nothing at all when any problem is
   * found (the report says which). Importing the same files again changes nothing (editors and admins).
   */
  importFiles: ImportReport;
  /**
   * Imports a ready-made layer, matching the atlas's stakeholders instead of duplicating them and
   * writing only what differs; with dryRun, only reports the changes (editors and admins).
   */
  importLayer: LayerReport;
  logInteraction: Interaction;
  /**
   * You have read your inbox up to seq (default: everything so far); the unseen count drops. Never
   * moves back. BAD_USER_INPUT when you watch nothing (there is no inbox to mark).
   */
  markInboxSeen: Inbox;
  /**
   * Reads the files (Kumu CSV or XLSX, GraphML, GEXF, Cytoscape.js JSON, Kumu JSON, Atlas data files)
   * and reports what importing them would do, with the mapping given, remembered or guessed. Writes
   * nothing (editors and admins).
   */
  previewImport: ImportReport;
  /**
   * Rejects a relationship a source's text proposes: reading that source never proposes it again
   * (editors and admins). Accepting is createRelationship (or adding the citation to the existing one).
   */
  rejectProposal: Scalars['Boolean']['output'];
  /** Reopens a closed account: the user may sign in again (their revoked tokens stay revoked). Admins only; audited. */
  reopenUserAccount: User;
  /** Brings a retired stakeholder back (its relationships show again with it). Fails with CONFLICT when it changed since expectedVersion. */
  restoreEntity: Entity;
  /** Brings a retired relationship back, when both its ends are live. Fails with CONFLICT when it changed since expectedVersion. */
  restoreRelationship: Edge;
  /** Retires the entity (kept for the audit log, left out of the graph). */
  retireEntity: Entity;
  retireRelationship: Edge;
  /** Retires a source: no new citation may point to it; the citations it has stay (editors and admins). */
  retireSource: Source;
  /**
   * Undoes change `seq` of the feed as a new change (audited, in the feed, with revertOf: seq):
   * an edit gets its fields back as they were before it, keeping its citations and those of before;
   * a retirement is restored; a creation (or a restoration) is retired. Only changes to stakeholders
   * and relationships. Fails with CONFLICT (extensions changedBy, changedAt, changeSeq) when the record
   * has been changed since: undo that change first or edit by hand. Editors and admins.
   */
  revertChange: Change;
  /** Revokes one of the signed-in user's tokens. */
  revokeApiToken: ApiToken;
  /** Revokes one of a user's personal API tokens. Admins only; audited. */
  revokeUserApiToken: ApiToken;
  /** expectedVersion is 0 when the person has no contact details yet. */
  setContactDetails: ContactDetails;
  /** Creates or changes an entity's profile; expectedVersion is 0 when it has none yet. */
  setEngagement: EngagementProfile;
  /**
   * Changes a user's role. Not the last open admin account's to a lower role: promote another admin
   * first. Admins only; audited; expectedVersion is the user's version as last read.
   */
  setUserRole: User;
  unwatch: Entity;
  /** Replaces a brief's fields; expectedVersion is the version read (editors and admins). Audited. */
  updateBrief: Brief;
  /** Fails with CONFLICT when the entity changed since expectedVersion. */
  updateEntity: Entity;
  updateRelationship: Edge;
  /** Changes a source; expectedVersion is the version last read (editors and admins). */
  updateSource: Source;
  /** Watch a stakeholder: its changes numbered from now on reach your inbox. Watching again changes nothing. */
  watch: Entity;
};


export type MutationAddAssessmentArgs = {
  entityId: Scalars['ID']['input'];
  input: AssessmentInput;
};


export type MutationCloseFollowUpArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationCloseUserAccountArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCreateApiTokenArgs = {
  name: Scalars['String']['input'];
};


export type MutationCreateBriefArgs = {
  input: BriefInput;
};


export type MutationCreateEntityArgs = {
  input: CreateEntityInput;
};


export type MutationCreateRelationshipArgs = {
  input: RelationshipInput;
};


export type MutationCreateSourceArgs = {
  input: SourceInput;
};


export type MutationErasePersonalDataArgs = {
  personId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationImportFilesArgs = {
  decisions?: InputMaybe<Array<ImportDecisionInput>>;
  files: Array<Scalars['File']['input']>;
  mapping?: InputMaybe<ImportMappingInput>;
  sourceId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationImportLayerArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['ID']['input'];
};


export type MutationLogInteractionArgs = {
  input: InteractionInput;
};


export type MutationMarkInboxSeenArgs = {
  seq?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationPreviewImportArgs = {
  decisions?: InputMaybe<Array<ImportDecisionInput>>;
  files: Array<Scalars['File']['input']>;
  mapping?: InputMaybe<ImportMappingInput>;
  sourceId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationRejectProposalArgs = {
  from: Scalars['ID']['input'];
  source: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  type: Scalars['String']['input'];
};


export type MutationReopenUserAccountArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRestoreEntityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRestoreRelationshipArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRetireEntityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRetireRelationshipArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRetireSourceArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRevertChangeArgs = {
  seq: Scalars['Int']['input'];
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeUserApiTokenArgs = {
  tokenId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationSetContactDetailsArgs = {
  expectedVersion: Scalars['Int']['input'];
  input: ContactInput;
  personId: Scalars['ID']['input'];
};


export type MutationSetEngagementArgs = {
  entityId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  input: EngagementInput;
};


export type MutationSetUserRoleArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  role: Role;
};


export type MutationUnwatchArgs = {
  entityId: Scalars['ID']['input'];
};


export type MutationUpdateBriefArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: BriefInput;
};


export type MutationUpdateEntityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateEntityInput;
};


export type MutationUpdateRelationshipArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateRelationshipInput;
};


export type MutationUpdateSourceArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: SourcePatch;
};


export type MutationWatchArgs = {
  entityId: Scalars['ID']['input'];
};

/** A page of one entity's neighbours: the entity, the neighbours and the relationships between them. */
export type NeighbourPage = {
  __typename?: 'NeighbourPage';
  graph: Graph;
  /** The cursor of the next page (pass it as after); null on the last page. */
  nextCursor?: Maybe<Scalars['String']['output']>;
  /** How many neighbours there are under the filters. */
  total: Scalars['Int']['output'];
};

export type NetworkDiff = {
  __typename?: 'NetworkDiff';
  /** How many changes of stakeholders and relationships the period holds. */
  changes: Scalars['Int']['output'];
  /** Stakeholders first, then relationships, each in order of their first change. */
  entries: Array<DiffEntry>;
};

export type NewApiToken = {
  __typename?: 'NewApiToken';
  /** The secret, shown this once (only its hash is stored): send it as Authorization: Bearer <secret>. */
  secret: Scalars['String']['output'];
  token: ApiToken;
};

/** An entity as drawn on the map. */
export type Node = {
  __typename?: 'Node';
  /** Number of relationships under the same filters, in the whole network. */
  degree: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** The name in use at asOf when one was given, else the entity's name. */
  name: Scalars['String']['output'];
  sector?: Maybe<Scalars['String']['output']>;
  /** Body or programme type (null for people). */
  type?: Maybe<Scalars['String']['output']>;
};

export type Path = {
  __typename?: 'Path';
  /** Sum of the edges' costs (see docs/api.md): lower is a stronger route. */
  cost: Scalars['Float']['output'];
  /** The edges in route order; an edge may be walked against its direction. */
  edges: Array<Edge>;
  /** Ids of the edges that had ended by the day (only with includeFormer). */
  former: Array<Scalars['ID']['output']>;
  nodes: Array<Node>;
};

export type Person = Entity & {
  __typename?: 'Person';
  aliases: Array<Alias>;
  citations: Array<Citation>;
  contact?: Maybe<ContactDetails>;
  description?: Maybe<Scalars['String']['output']>;
  engagement?: Maybe<EngagementProfile>;
  id: Scalars['ID']['output'];
  identifiers: Array<Identifier>;
  interactions: Array<Interaction>;
  kind: EntityKind;
  mentionedIn: Array<Source>;
  name: Scalars['String']['output'];
  nameAsOf: Scalars['String']['output'];
  relationships: Array<Edge>;
  retiredAt?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  watched: Scalars['Boolean']['output'];
};


export type PersonInteractionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonNameAsOfArgs = {
  date: Scalars['String']['input'];
};


export type PersonRelationshipsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  families?: InputMaybe<Array<Family>>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
};

/** A strategy, programme, project, initiative, event, meeting, publication, website, standard or theme. */
export type Programme = Entity & {
  __typename?: 'Programme';
  aliases: Array<Alias>;
  citations: Array<Citation>;
  description?: Maybe<Scalars['String']['output']>;
  engagement?: Maybe<EngagementProfile>;
  id: Scalars['ID']['output'];
  identifiers: Array<Identifier>;
  interactions: Array<Interaction>;
  kind: EntityKind;
  mentionedIn: Array<Source>;
  name: Scalars['String']['output'];
  nameAsOf: Scalars['String']['output'];
  relationships: Array<Edge>;
  retiredAt?: Maybe<Scalars['String']['output']>;
  type: Scalars['String']['output'];
  validFrom?: Maybe<Scalars['String']['output']>;
  validTo?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  watched: Scalars['Boolean']['output'];
};


/** A strategy, programme, project, initiative, event, meeting, publication, website, standard or theme. */
export type ProgrammeInteractionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A strategy, programme, project, initiative, event, meeting, publication, website, standard or theme. */
export type ProgrammeNameAsOfArgs = {
  date: Scalars['String']['input'];
};


/** A strategy, programme, project, initiative, event, meeting, publication, website, standard or theme. */
export type ProgrammeRelationshipsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  families?: InputMaybe<Array<Family>>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
};

export type ProposalStatus =
  /** The atlas has it, citing this source already. */
  | 'ALREADY_CITED'
  /** The atlas has no such relationship. */
  | 'NEW'
  /** The atlas has it; accepting adds this citation. */
  | 'WOULD_ADD_CITATION';

/** A relationship a sentence proposes: two mentions joined by a trigger phrase (chairs, member of, funded by…). */
export type ProposedRelationship = {
  __typename?: 'ProposedRelationship';
  /** Suggested: 1 stated, 0.8 implied (a list, words between), 0.6 probable (an ambiguous name, an unsaid subject). */
  confidence: Scalars['Float']['output'];
  dateBasis: DateBasis;
  /** The relationship the atlas already has, when status is not NEW. */
  existing?: Maybe<Edge>;
  family: Scalars['String']['output'];
  from: Entity;
  /** The exact clause, which passes the quote rule: text from quoteStart to quoteEnd. */
  quote: Scalars['String']['output'];
  quoteEnd: Scalars['Int']['output'];
  quoteStart: Scalars['Int']['output'];
  status: ProposalStatus;
  to: Entity;
  /** The trigger phrase as written. */
  trigger: Scalars['String']['output'];
  type: Scalars['String']['output'];
  /** The source's date (date basis: source-date). */
  validFrom?: Maybe<Scalars['String']['output']>;
};

/** A name the text gives that the atlas does not hold: a person, organisation or programme to add. */
export type ProposedStakeholder = {
  __typename?: 'ProposedStakeholder';
  /** An acronym the text gives in brackets right after it (Full Name (ACR)): an alias to add. */
  acronym?: Maybe<Scalars['String']['output']>;
  end: Scalars['Int']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Stakeholders it may duplicate, through the one matcher (matchStakeholders); never merged. */
  possibleDuplicates: Array<StakeholderMatch>;
  /** A person's role as the text gives it. */
  role?: Maybe<Scalars['String']['output']>;
  /** The sentence it stands in, exactly as written (a quote that passes the quote rule). */
  sentence: Scalars['String']['output'];
  start: Scalars['Int']['output'];
};

/** The power/interest grid's quadrants (power and interest of 4 or 5 count as high). */
export type Quadrant =
  | 'KEEP_INFORMED'
  | 'KEEP_SATISFIED'
  | 'MANAGE_CLOSELY'
  | 'MONITOR';

export type Query = {
  __typename?: 'Query';
  /** The signed-in user's personal API tokens (not revoked), newest first. */
  apiTokens: Array<ApiToken>;
  /** The users who can own follow-ups (editors and admins), by name. Editors and admins only. */
  assignees: Array<Assignee>;
  /** Changes to an entity and its relationships, newest first. Admins only. */
  auditLog: AuditPage;
  /** A brief by id; null when there is none. */
  brief?: Maybe<Brief>;
  /** Briefs, latest meeting first (first: 1 to 200). */
  briefs: Array<Brief>;
  /**
   * The change feed, oldest first: changes numbered after `after` (default 0: the start), at most
   * `first` (1 to 500), concerning a stakeholder or source, made by a user (id, or a shared token's
   * name) or of some kinds, made at or after `from` and before `to` (ISO dates or date-times). Only
   * the kinds the viewer may read (ChangeKind).
   */
  changes: ChangePage;
  /** The communities of the network under the filters, largest first. */
  communities: Communities;
  /** One entity by id, retired or not; null when there is none. */
  entity?: Maybe<Entity>;
  /**
   * Open follow-ups, soonest due first: everyone's, or only the signed-in user's (mine; for shared
   * tokens and the local user, the unassigned ones). Editors and admins only.
   */
  followUps: Array<FollowUp>;
  /** Your inbox (first: 1 to 100). A shared token's holders share one inbox. */
  inbox: Inbox;
  influence: Array<InfluenceScore>;
  /** People or bodies linked directly to both a and b. */
  interlocks: Array<Entity>;
  /**
   * The bodies that share people with the entity (id), valid at asOf (a partial ISO date; all time
   * when null), with the people and their relationships to both; most shared people first.
   */
  interlocksOf: Array<Interlock>;
  /**
   * Existing stakeholders a name may stand for, best first (at most 10): the same name, an alias, a
   * well-known expansion, or a possible duplicate (typo, word order, Council/Borough variant) with the
   * reason. Nothing is ever merged: the caller decides.
   */
  matchStakeholders: Array<StakeholderMatch>;
  /** Who is signed in, with which role. Public. */
  me: Me;
  /**
   * The entity and its neighbours up to depth (1 to 3) hops, under the filters. asOf (a partial ISO
   * date) keeps what was valid then and names entities as they were then. Each entity brings at most
   * limitPerNode (1 to 500) neighbours, the strongest (confidence, then the most recent); the rest are
   * counted in collapsed (see neighbours to page through them). Capped at 500 nodes.
   */
  neighbourhood: Graph;
  /**
   * One entity's neighbours (optionally only those linked by relationship type `type`), strongest
   * first in neighbourhood's order under the same filters, a page of first (1 to 500) at a time.
   * after is a position, as nextCursor gives it: "N" starts after the strongest N, so after "499"
   * lists what neighbourhood(limitPerNode: 499) left out of the entity's own neighbours.
   */
  neighbours: NeighbourPage;
  /**
   * The map under the filters, a page at a time: up to first (1 to 5000) entities in id order after
   * the cursor, with the relationships whose source is on the page. Reading every page (nextCursor
   * until null) gives the whole network once; totals says how big it is. recordedAt rebuilds the
   * network from the change feed (docs/data-model.md, "Two kinds of time").
   */
  network: Graph;
  /**
   * What changed in the network between two recorded dates: stakeholders created, retired, restored,
   * renamed or edited and relationships gained, ended or edited by changes made at or after `from` and
   * before `to` (ISO dates or date-times; `to` defaults to now). At most 10,000 changes.
   */
  networkDiff: NetworkDiff;
  /**
   * The k cheapest routes between two entities over the filtered network, using only relationships
   * valid on asOf (default: today); those that had ended by then only with includeFormer (listed in
   * former). A route never joins two relationships whose periods do not overlap.
   */
  paths: Array<Path>;
  /** Everything held about a person, as JSON (subject access). Admins only; audited. */
  personalDataExport: Scalars['String']['output'];
  /**
   * Reads a text not yet saved (as pasted into New source…), at a date (partial ISO): pasted as text
   * (a request body is at most 100 KB) or uploaded as a .txt or .html file (up to 1 MB of text).
   */
  readText: TextReading;
  /** The ready-made layers an editor can import. */
  readyLayers: Array<ReadyLayer>;
  /**
   * The stakeholder register, soonest next action first. stanceChangedSince (YYYY-MM-DD) keeps those
   * whose current stance differs from their stance on that day (first assessed later counts).
   * Editors and admins only.
   */
  register: Array<EngagementProfile>;
  /**
   * Entities whose name, alias, acronym or identifier matches the text, best match first (an
   * identifier such as "E06000023" or "gss:E06000023" exactly, whatever its case). Case- and
   * accent-insensitive; matches whole words and word beginnings ("soc" finds Socitm), dotted names by
   * their text ("GOV.UK Verify") and well-known expansions ("Local Government Association" finds LGA).
   */
  search: Array<Entity>;
  source?: Maybe<Source>;
  /** All sources, oldest first. */
  sources: Array<Source>;
  /**
   * Suggested positions for the given stakeholders (at most 2,000; those in view), in the order
   * given; retired ones are left out, an unknown id is refused. asOf (a partial date) is the day of
   * the network, its links and influence (default: now); today (YYYY-MM-DD, default: today) is the
   * day recent interactions are counted back from. Editors and admins only.
   */
  suggestedPositions: Array<SuggestedPosition>;
  /** A user's personal API tokens (not revoked), newest first, never their secrets. Admins only. */
  userApiTokens: Array<ApiToken>;
  /**
   * Everything held about a user, as JSON (subject access): the account, sessions and tokens (never
   * their secrets), watches and inbox mark, follow-ups owned, records written, changes made and the
   * changes about them. Admins only; audited.
   */
  userDataExport: Scalars['String']['output'];
  /** Every user, by name. Admins only. */
  users: Array<User>;
  /** Stakeholder Atlas's version (from package.json). */
  version: Scalars['String']['output'];
  /**
   * How to reach `to` from `from` (our organisation or person): the k cheapest routes over
   * relationships valid on `today` (YYYY-MM-DD, default: today) and the interactions of the 12 months
   * before it, avoiding chosen entities and any entity whose stance is in avoidStances. Relationships
   * that had ended by then are walked only with includeFormer (their steps say former), and a route
   * never joins two links whose periods do not overlap. Editors and admins only.
   */
  warmRoutes: Array<WarmRoute>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBriefArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBriefsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<ChangeKind>>;
  stakeholder?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  user?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCommunitiesArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  families?: InputMaybe<Array<Family>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFollowUpsArgs = {
  mine?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryInboxArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInfluenceArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  families?: InputMaybe<Array<Family>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  metric: InfluenceMetric;
};


export type QueryInterlocksArgs = {
  a: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['String']['input']>;
  b: Scalars['ID']['input'];
};


export type QueryInterlocksOfArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryMatchStakeholdersArgs = {
  kind?: InputMaybe<EntityKind>;
  name: Scalars['String']['input'];
};


export type QueryNeighbourhoodArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  families?: InputMaybe<Array<Family>>;
  id: Scalars['ID']['input'];
  limitPerNode?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryNeighboursArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  families?: InputMaybe<Array<Family>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryNetworkArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  families?: InputMaybe<Array<Family>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  recordedAt?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryNetworkDiffArgs = {
  from: Scalars['String']['input'];
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPathsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  avoid?: InputMaybe<Array<Scalars['ID']['input']>>;
  families?: InputMaybe<Array<Family>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  includeFormer?: InputMaybe<Scalars['Boolean']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  to: Scalars['ID']['input'];
};


export type QueryPersonalDataExportArgs = {
  personId: Scalars['ID']['input'];
};


export type QueryReadTextArgs = {
  date?: InputMaybe<Scalars['String']['input']>;
  file?: InputMaybe<Scalars['File']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRegisterArgs = {
  owner?: InputMaybe<Scalars['String']['input']>;
  quadrant?: InputMaybe<Quadrant>;
  stance?: InputMaybe<Stance>;
  stanceChangedSince?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  text: Scalars['String']['input'];
};


export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySuggestedPositionsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  ids: Array<Scalars['ID']['input']>;
  today?: InputMaybe<Scalars['String']['input']>;
};


export type QueryUserApiTokensArgs = {
  userId: Scalars['ID']['input'];
};


export type QueryUserDataExportArgs = {
  userId: Scalars['ID']['input'];
};


export type QueryWarmRoutesArgs = {
  avoid?: InputMaybe<Array<Scalars['ID']['input']>>;
  avoidStances?: InputMaybe<Array<Stance>>;
  families?: InputMaybe<Array<Family>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  includeFormer?: InputMaybe<Scalars['Boolean']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  to: Scalars['ID']['input'];
  today?: InputMaybe<Scalars['String']['input']>;
};

/** A ready-made layer: a public dataset the atlas imports in one step (npm run import -- --layer <name>). */
export type ReadyLayer = {
  __typename?: 'ReadyLayer';
  date: Scalars['String']['output'];
  description: Scalars['String']['output'];
  licence: Scalars['String']['output'];
  /** e.g. uk-councils */
  name: Scalars['ID']['output'];
  publisher: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
  /** The dataset's version and its date, as seed/layers/<name>/layer.yaml says. */
  version: Scalars['String']['output'];
};

export type RelationshipColumn = {
  __typename?: 'RelationshipColumn';
  column: Scalars['String']['output'];
  direction: LinkDirection;
  type: Scalars['String']['output'];
};

/**
 * A column of elements whose cells name another row (by the file's id, a code or a name) or a
 * stakeholder of the atlas; each becomes a relationship of type (e.g. PART_OF), dated by the row.
 */
export type RelationshipColumnInput = {
  column: Scalars['String']['input'];
  direction: LinkDirection;
  type: Scalars['String']['input'];
};

export type RelationshipInput = {
  citations: Array<CitationInput>;
  confidence: Scalars['Float']['input'];
  dateBasis: DateBasis;
  from: Scalars['ID']['input'];
  /** Optional readable id (rel:…); made from the endpoints and type when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['ID']['input'];
  type: Scalars['String']['input'];
  validFrom?: InputMaybe<Scalars['String']['input']>;
  validTo?: InputMaybe<Scalars['String']['input']>;
};

export type Role =
  | 'ADMIN'
  | 'EDITOR'
  | 'VIEWER';

/** One hop of a warm-introduction route: a relationship (with its citations and dates) or a recent interaction. */
export type RouteStep = {
  __typename?: 'RouteStep';
  cost: Scalars['Float']['output'];
  /** The relationship walked; its validFrom and validTo are the step's dates. */
  edge?: Maybe<Edge>;
  explanation: Scalars['String']['output'];
  /** True when the relationship had ended by the day (only with includeFormer). */
  former: Scalars['Boolean']['output'];
  from: Scalars['ID']['output'];
  interaction?: Maybe<Interaction>;
  /** Recent interactions that made this relationship cheaper. */
  strengthenedBy: Array<Interaction>;
  to: Scalars['ID']['output'];
};

/** A person linked to both bodies of an interlock, with the relationships (roles and dates) that link them. */
export type SharedPerson = {
  __typename?: 'SharedPerson';
  /** The person's relationships with the entity asked about. */
  here: Array<Edge>;
  person: Node;
  /** The person's relationships with the other body. */
  there: Array<Edge>;
};

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

/**
 * A text facts are drawn from: one of the seed's texts, or one an editor added (a report, minutes, a
 * note of a meeting…). Citations quote its text; a source without text takes the quote as a note.
 */
export type Source = {
  __typename?: 'Source';
  /** How many facts (entities, aliases, relationships not retired) cite it. */
  citationCount: Scalars['Int']['output'];
  /** Every fact that cites it. */
  citedBy: SourceCitedBy;
  /** Publication date as a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: Scalars['String']['output'];
  /** True when the text carries no date and this one is an estimate. */
  dateEstimated: Scalars['Boolean']['output'];
  /** Why the date is what it is. */
  dateNote?: Maybe<Scalars['String']['output']>;
  datePrecision: DatePrecision;
  /** The file the text was read from at import (the seed's sources); null for a source an editor added. */
  fileName?: Maybe<Scalars['String']['output']>;
  /** True when the source has a text that citations' quotes must occur in. */
  hasText: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** web page, news item, article, blog post, press release, report, minutes, meeting note, e-mail or other */
  kind: Scalars['String']['output'];
  publisher: Scalars['String']['output'];
  /** The stakeholders its text names and the relationships it proposes; null for a source without text. */
  reading?: Maybe<TextReading>;
  /** When it was retired: it can no longer be cited, but the citations it has stay. */
  retiredAt?: Maybe<Scalars['String']['output']>;
  /** The source's text (up to 1 MB); null when it has none. */
  text?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** Where the source can be read (http or https). */
  url?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** The facts that cite a source (retired ones left out). */
export type SourceCitedBy = {
  __typename?: 'SourceCitedBy';
  aliases: Array<AliasCitation>;
  entities: Array<Entity>;
  relationships: Array<Edge>;
};

export type SourceInput = {
  /** Partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: Scalars['String']['input'];
  dateEstimated?: InputMaybe<Scalars['Boolean']['input']>;
  dateNote?: InputMaybe<Scalars['String']['input']>;
  /** The text as an uploaded .txt (UTF-8) or .html file (reduced to text), up to 1 MB; instead of text. */
  file?: InputMaybe<Scalars['File']['input']>;
  /** Made from the title when left out: source:the-title. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: Scalars['String']['input'];
  publisher: Scalars['String']['input'];
  /** The source's text, pasted. Leave it and file out for a source without text (a meeting note). */
  text?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Left out: unchanged; null: cleared (url, dateNote, text). */
export type SourcePatch = {
  date?: InputMaybe<Scalars['String']['input']>;
  dateEstimated?: InputMaybe<Scalars['Boolean']['input']>;
  dateNote?: InputMaybe<Scalars['String']['input']>;
  file?: InputMaybe<Scalars['File']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

/** An existing stakeholder a name may stand for, and why. */
export type StakeholderMatch = {
  __typename?: 'StakeholderMatch';
  entity: Entity;
  match: MatchLevel;
  /** e.g. "same name as Socitm", "two letters swapped in Socitm", "differs only by 'Borough' from Ashford Borough Council" */
  reason: Scalars['String']['output'];
};

/** Where a stakeholder stands on our objectives. */
export type Stance =
  | 'CHAMPION'
  | 'NEUTRAL'
  | 'OPPONENT'
  | 'SCEPTIC'
  | 'SUPPORTER';

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Every change the viewer may read, as it is committed on any instance (over Server-Sent Events:
   * POST /graphql with Accept: text/event-stream). With `after`, first those numbered after it, so a
   * client that reconnects with the last seq it saw misses nothing; without, from now on.
   */
  changes: Change;
};


export type SubscriptionChangesArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Where the atlas would place a stakeholder on the power/interest grid, from evidence, each score
 * with its reason in words. Power: the stakeholder's PageRank place in the whole network on the day
 * (top fifth 5, bottom fifth 1). Interest: 1, plus 1 for 1 or 2 interactions in the 90 days up to
 * today (2 for 3 or more), plus 1 for a programme it is linked to whose name carries a topic of the
 * register (2 for 2 or more). A suggestion, not an assessment: addAssessment records one.
 */
export type SuggestedPosition = {
  __typename?: 'SuggestedPosition';
  entity: Entity;
  /** How fresh the influence snapshot behind power is. */
  freshness: Freshness;
  /** The PageRank place (1 for the highest); null when the stakeholder is not in the network on the day. */
  influencePlace?: Maybe<Scalars['Int']['output']>;
  /** 1 to 5 */
  interest: Scalars['Int']['output'];
  /** e.g. 4 interactions in the last 90 days (the last on 2026-11-30); linked to 1 programme on the register's topics: Green IT (Green IT). */
  interestReason: Scalars['String']['output'];
  /** The latest interaction on or before today (YYYY-MM-DD); null when none. */
  lastContact?: Maybe<Scalars['String']['output']>;
  /** How many entities the network has on the day. */
  networkSize: Scalars['Int']['output'];
  /** 1 to 5 */
  power: Scalars['Int']['output'];
  /** e.g. Ranked 12th of 480 by influence (PageRank, top 3%). */
  powerReason: Scalars['String']['output'];
  quadrant: Quadrant;
  /** Interactions in the 90 days up to today. */
  recentInteractions: Scalars['Int']['output'];
  topicLinks: Array<TopicLink>;
};

/**
 * A power score suggested by the network (PageRank percentile over the whole network), with its
 * reason. It comes from the influence cache, as `influence` does, so it says how fresh it is.
 */
export type SuggestedPower = {
  __typename?: 'SuggestedPower';
  freshness: Freshness;
  power: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

/**
 * What the atlas reads in a text: the stakeholders it holds that the text names, and the relationships
 * the text's sentences propose between them, for an editor to review (nothing is saved by reading).
 */
export type TextReading = {
  __typename?: 'TextReading';
  /** The date the names were matched at (the source's date, or the date asked for). */
  date?: Maybe<Scalars['String']['output']>;
  mentions: Array<Mention>;
  relationships: Array<ProposedRelationship>;
  /** Names the atlas does not hold, proposed as new stakeholders. */
  stakeholders: Array<ProposedStakeholder>;
};

/** A programme that carries one of the topics the register tracks. */
export type TopicLink = {
  __typename?: 'TopicLink';
  programmeId: Scalars['ID']['output'];
  programmeName: Scalars['String']['output'];
  /** The topic as the register spells it. */
  topic: Scalars['String']['output'];
};

/** A value the mapping does not cover yet, and how many rows have it. */
export type UnmappedValue = {
  __typename?: 'UnmappedValue';
  field: ImportValueField;
  rows: Scalars['Int']['output'];
  /** Empty when the file has no such column or the cell is empty. */
  value: Scalars['String']['output'];
};

/** Fields to change; a field left out keeps its value, a field set to null is cleared. */
export type UpdateEntityInput = {
  aliases?: InputMaybe<Array<AliasInput>>;
  citations?: InputMaybe<Array<CitationInput>>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Official codes as scheme:value, e.g. gss:E06000023; the whole list, replacing the old one. */
  identifiers?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['String']['input']>;
  validTo?: InputMaybe<Scalars['String']['input']>;
};

/** Fields to change; a field left out keeps its value, a field set to null is cleared. */
export type UpdateRelationshipInput = {
  citations?: InputMaybe<Array<CitationInput>>;
  confidence?: InputMaybe<Scalars['Float']['input']>;
  dateBasis?: InputMaybe<DateBasis>;
  role?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['String']['input']>;
  validTo?: InputMaybe<Scalars['String']['input']>;
};

/** Someone who signed in with OpenID Connect. */
export type User = {
  __typename?: 'User';
  /** Set while an admin has closed the account: its sign-ins, sessions and tokens are refused. Admins see it, everyone else null. */
  closure?: Maybe<AccountClosure>;
  createdAt: Scalars['String']['output'];
  /** Personal data: admins see it, everyone else null. */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastSignInAt?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  role: Role;
  version: Scalars['Int']['output'];
};

export type ValueMapping = {
  __typename?: 'ValueMapping';
  field: ImportValueField;
  mapsTo: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/**
 * A value of the file and the word of the vocabulary it stands for. For ELEMENT_TYPE, mapsTo is PERSON,
 * BODY:<body type> or PROGRAMME:<programme type> (e.g. BODY:council); for SECTOR a sector (e.g.
 * local-government); for RELATIONSHIP_TYPE a relationship type (e.g. MEMBER_OF).
 */
export type ValueMappingInput = {
  field: ImportValueField;
  mapsTo: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type WarmRoute = {
  __typename?: 'WarmRoute';
  cost: Scalars['Float']['output'];
  nodes: Array<Node>;
  steps: Array<RouteStep>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccountClosure: ResolverTypeWrapper<AccountClosure>;
  Alias: ResolverTypeWrapper<AliasRow>;
  AliasCitation: ResolverTypeWrapper<Omit<AliasCitation, 'alias' | 'entity'> & { alias: ResolversTypes['Alias'], entity: ResolversTypes['Entity'] }>;
  AliasInput: AliasInput;
  AliasKind: AliasKind;
  ApiToken: ResolverTypeWrapper<ApiTokenRow>;
  Assessment: ResolverTypeWrapper<AssessmentRow>;
  AssessmentInput: AssessmentInput;
  Assignee: ResolverTypeWrapper<Assignee>;
  AuditEntry: ResolverTypeWrapper<AuditRow>;
  AuditPage: ResolverTypeWrapper<Omit<AuditPage, 'entries'> & { entries: Array<ResolversTypes['AuditEntry']> }>;
  Body: ResolverTypeWrapper<EntityRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Brief: ResolverTypeWrapper<BriefRow>;
  BriefInput: BriefInput;
  BriefLine: ResolverTypeWrapper<BriefLine>;
  BriefPack: ResolverTypeWrapper<BriefPack>;
  BriefSection: ResolverTypeWrapper<BriefSection>;
  BriefStakeholder: ResolverTypeWrapper<BriefStakeholder>;
  Change: ResolverTypeWrapper<ChangeRow>;
  ChangeKind: ChangeKind;
  ChangePage: ResolverTypeWrapper<Omit<ChangePage, 'changes'> & { changes: Array<ResolversTypes['Change']> }>;
  Citation: ResolverTypeWrapper<CitationRow>;
  CitationInput: CitationInput;
  CollapsedNeighbours: ResolverTypeWrapper<CollapsedRow>;
  ColumnMapping: ResolverTypeWrapper<ColumnMapping>;
  ColumnMappingInput: ColumnMappingInput;
  Communities: ResolverTypeWrapper<CommunitiesRow>;
  Community: ResolverTypeWrapper<CommunityRow>;
  CommunityMember: ResolverTypeWrapper<CommunityMemberRow>;
  ContactDetails: ResolverTypeWrapper<ContactRow>;
  ContactHealth: ResolverTypeWrapper<ContactHealth>;
  ContactInput: ContactInput;
  CreateEntityInput: CreateEntityInput;
  DateBasis: DateBasis;
  DatePrecision: DatePrecision;
  DiffChange: DiffChange;
  DiffEntry: ResolverTypeWrapper<DiffEntryRow>;
  Edge: ResolverTypeWrapper<EdgeRow>;
  EngagementInput: EngagementInput;
  EngagementProfile: ResolverTypeWrapper<ProfileWithEntity>;
  Entity: ResolverTypeWrapper<EntityRow>;
  EntityKind: EntityKind;
  ErasureReport: ResolverTypeWrapper<ErasureReport>;
  Family: Family;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  File: ResolverTypeWrapper<Scalars['File']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FollowUp: ResolverTypeWrapper<FollowUpRow>;
  FollowUpInput: FollowUpInput;
  FollowUpStatus: FollowUpStatus;
  Footnote: ResolverTypeWrapper<Footnote>;
  Freshness: ResolverTypeWrapper<Freshness>;
  Graph: ResolverTypeWrapper<GraphResult>;
  GraphTotals: ResolverTypeWrapper<GraphTotals>;
  HealthState: HealthState;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Identifier: ResolverTypeWrapper<Identifier>;
  IdentifierColumn: ResolverTypeWrapper<IdentifierColumn>;
  IdentifierColumnInput: IdentifierColumnInput;
  ImportCounts: ResolverTypeWrapper<ImportCounts>;
  ImportDecisionInput: ImportDecisionInput;
  ImportDefaults: ResolverTypeWrapper<ImportDefaults>;
  ImportDefaultsInput: ImportDefaultsInput;
  ImportFile: ResolverTypeWrapper<ImportFile>;
  ImportMapping: ResolverTypeWrapper<ImportMapping>;
  ImportMappingInput: ImportMappingInput;
  ImportMappingOrigin: ImportMappingOrigin;
  ImportOutcome: ImportOutcome;
  ImportProblem: ResolverTypeWrapper<ImportProblem>;
  ImportReport: ResolverTypeWrapper<Omit<ImportReport, 'stakeholders'> & { stakeholders: Array<ResolversTypes['ImportStakeholder']> }>;
  ImportStakeholder: ResolverTypeWrapper<StakeholderRow>;
  ImportValueField: ImportValueField;
  Inbox: ResolverTypeWrapper<Omit<Inbox, 'changes' | 'watching'> & { changes: Array<ResolversTypes['Change']>, watching: Array<ResolversTypes['Entity']> }>;
  InfluenceMetric: InfluenceMetric;
  InfluenceScore: ResolverTypeWrapper<CachedInfluenceRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Interaction: ResolverTypeWrapper<InteractionRow>;
  InteractionInput: InteractionInput;
  InteractionKind: InteractionKind;
  Interlock: ResolverTypeWrapper<Omit<Interlock, 'body' | 'people'> & { body: ResolversTypes['Node'], people: Array<ResolversTypes['SharedPerson']> }>;
  LayerChange: ResolverTypeWrapper<LayerChange>;
  LayerMatch: ResolverTypeWrapper<LayerMatch>;
  LayerProblem: ResolverTypeWrapper<LayerProblem>;
  LayerReport: ResolverTypeWrapper<LayerReport>;
  LinkDirection: LinkDirection;
  MatchLevel: MatchLevel;
  Me: ResolverTypeWrapper<Viewer>;
  Mention: ResolverTypeWrapper<MentionRow>;
  MentionCandidate: ResolverTypeWrapper<CandidateRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NeighbourPage: ResolverTypeWrapper<NeighbourPageRows>;
  NetworkDiff: ResolverTypeWrapper<Omit<NetworkDiff, 'entries'> & { entries: Array<ResolversTypes['DiffEntry']> }>;
  NewApiToken: ResolverTypeWrapper<Omit<NewApiToken, 'token'> & { token: ResolversTypes['ApiToken'] }>;
  Node: ResolverTypeWrapper<NodeRow>;
  Path: ResolverTypeWrapper<Omit<Path, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['Edge']>, nodes: Array<ResolversTypes['Node']> }>;
  Person: ResolverTypeWrapper<EntityRow>;
  Programme: ResolverTypeWrapper<EntityRow>;
  ProposalStatus: ProposalStatus;
  ProposedRelationship: ResolverTypeWrapper<ProposalRow>;
  ProposedStakeholder: ResolverTypeWrapper<StakeholderProposalRow>;
  Quadrant: Quadrant;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReadyLayer: ResolverTypeWrapper<ReadyLayer>;
  RelationshipColumn: ResolverTypeWrapper<RelationshipColumn>;
  RelationshipColumnInput: RelationshipColumnInput;
  RelationshipInput: RelationshipInput;
  Role: Role;
  RouteStep: ResolverTypeWrapper<RouteStepRow>;
  SharedPerson: ResolverTypeWrapper<Omit<SharedPerson, 'here' | 'person' | 'there'> & { here: Array<ResolversTypes['Edge']>, person: ResolversTypes['Node'], there: Array<ResolversTypes['Edge']> }>;
  SignInMethod: SignInMethod;
  Source: ResolverTypeWrapper<SourceRow>;
  SourceCitedBy: ResolverTypeWrapper<Omit<SourceCitedBy, 'aliases' | 'entities' | 'relationships'> & { aliases: Array<ResolversTypes['AliasCitation']>, entities: Array<ResolversTypes['Entity']>, relationships: Array<ResolversTypes['Edge']> }>;
  SourceInput: SourceInput;
  SourcePatch: SourcePatch;
  StakeholderMatch: ResolverTypeWrapper<Omit<StakeholderMatch, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  Stance: Stance;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SuggestedPosition: ResolverTypeWrapper<Omit<SuggestedPosition, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  SuggestedPower: ResolverTypeWrapper<SuggestedPowerRow>;
  TextReading: ResolverTypeWrapper<ReadingRow>;
  TopicLink: ResolverTypeWrapper<TopicLink>;
  UnmappedValue: ResolverTypeWrapper<UnmappedValue>;
  UpdateEntityInput: UpdateEntityInput;
  UpdateRelationshipInput: UpdateRelationshipInput;
  User: ResolverTypeWrapper<UserRow>;
  ValueMapping: ResolverTypeWrapper<ValueMapping>;
  ValueMappingInput: ValueMappingInput;
  WarmRoute: ResolverTypeWrapper<WarmRouteRow>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccountClosure: AccountClosure;
  Alias: AliasRow;
  AliasCitation: Omit<AliasCitation, 'alias' | 'entity'> & { alias: ResolversParentTypes['Alias'], entity: ResolversParentTypes['Entity'] };
  AliasInput: AliasInput;
  ApiToken: ApiTokenRow;
  Assessment: AssessmentRow;
  AssessmentInput: AssessmentInput;
  Assignee: Assignee;
  AuditEntry: AuditRow;
  AuditPage: Omit<AuditPage, 'entries'> & { entries: Array<ResolversParentTypes['AuditEntry']> };
  Body: EntityRow;
  Boolean: Scalars['Boolean']['output'];
  Brief: BriefRow;
  BriefInput: BriefInput;
  BriefLine: BriefLine;
  BriefPack: BriefPack;
  BriefSection: BriefSection;
  BriefStakeholder: BriefStakeholder;
  Change: ChangeRow;
  ChangePage: Omit<ChangePage, 'changes'> & { changes: Array<ResolversParentTypes['Change']> };
  Citation: CitationRow;
  CitationInput: CitationInput;
  CollapsedNeighbours: CollapsedRow;
  ColumnMapping: ColumnMapping;
  ColumnMappingInput: ColumnMappingInput;
  Communities: CommunitiesRow;
  Community: CommunityRow;
  CommunityMember: CommunityMemberRow;
  ContactDetails: ContactRow;
  ContactHealth: ContactHealth;
  ContactInput: ContactInput;
  CreateEntityInput: CreateEntityInput;
  DiffEntry: DiffEntryRow;
  Edge: EdgeRow;
  EngagementInput: EngagementInput;
  EngagementProfile: ProfileWithEntity;
  Entity: EntityRow;
  ErasureReport: ErasureReport;
  FieldChange: FieldChange;
  File: Scalars['File']['output'];
  Float: Scalars['Float']['output'];
  FollowUp: FollowUpRow;
  FollowUpInput: FollowUpInput;
  Footnote: Footnote;
  Freshness: Freshness;
  Graph: GraphResult;
  GraphTotals: GraphTotals;
  ID: Scalars['ID']['output'];
  Identifier: Identifier;
  IdentifierColumn: IdentifierColumn;
  IdentifierColumnInput: IdentifierColumnInput;
  ImportCounts: ImportCounts;
  ImportDecisionInput: ImportDecisionInput;
  ImportDefaults: ImportDefaults;
  ImportDefaultsInput: ImportDefaultsInput;
  ImportFile: ImportFile;
  ImportMapping: ImportMapping;
  ImportMappingInput: ImportMappingInput;
  ImportProblem: ImportProblem;
  ImportReport: Omit<ImportReport, 'stakeholders'> & { stakeholders: Array<ResolversParentTypes['ImportStakeholder']> };
  ImportStakeholder: StakeholderRow;
  Inbox: Omit<Inbox, 'changes' | 'watching'> & { changes: Array<ResolversParentTypes['Change']>, watching: Array<ResolversParentTypes['Entity']> };
  InfluenceScore: CachedInfluenceRow;
  Int: Scalars['Int']['output'];
  Interaction: InteractionRow;
  InteractionInput: InteractionInput;
  Interlock: Omit<Interlock, 'body' | 'people'> & { body: ResolversParentTypes['Node'], people: Array<ResolversParentTypes['SharedPerson']> };
  LayerChange: LayerChange;
  LayerMatch: LayerMatch;
  LayerProblem: LayerProblem;
  LayerReport: LayerReport;
  Me: Viewer;
  Mention: MentionRow;
  MentionCandidate: CandidateRow;
  Mutation: Record<PropertyKey, never>;
  NeighbourPage: NeighbourPageRows;
  NetworkDiff: Omit<NetworkDiff, 'entries'> & { entries: Array<ResolversParentTypes['DiffEntry']> };
  NewApiToken: Omit<NewApiToken, 'token'> & { token: ResolversParentTypes['ApiToken'] };
  Node: NodeRow;
  Path: Omit<Path, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['Edge']>, nodes: Array<ResolversParentTypes['Node']> };
  Person: EntityRow;
  Programme: EntityRow;
  ProposedRelationship: ProposalRow;
  ProposedStakeholder: StakeholderProposalRow;
  Query: Record<PropertyKey, never>;
  ReadyLayer: ReadyLayer;
  RelationshipColumn: RelationshipColumn;
  RelationshipColumnInput: RelationshipColumnInput;
  RelationshipInput: RelationshipInput;
  RouteStep: RouteStepRow;
  SharedPerson: Omit<SharedPerson, 'here' | 'person' | 'there'> & { here: Array<ResolversParentTypes['Edge']>, person: ResolversParentTypes['Node'], there: Array<ResolversParentTypes['Edge']> };
  Source: SourceRow;
  SourceCitedBy: Omit<SourceCitedBy, 'aliases' | 'entities' | 'relationships'> & { aliases: Array<ResolversParentTypes['AliasCitation']>, entities: Array<ResolversParentTypes['Entity']>, relationships: Array<ResolversParentTypes['Edge']> };
  SourceInput: SourceInput;
  SourcePatch: SourcePatch;
  StakeholderMatch: Omit<StakeholderMatch, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  SuggestedPosition: Omit<SuggestedPosition, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  SuggestedPower: SuggestedPowerRow;
  TextReading: ReadingRow;
  TopicLink: TopicLink;
  UnmappedValue: UnmappedValue;
  UpdateEntityInput: UpdateEntityInput;
  UpdateRelationshipInput: UpdateRelationshipInput;
  User: UserRow;
  ValueMapping: ValueMapping;
  ValueMappingInput: ValueMappingInput;
  WarmRoute: WarmRouteRow;
};

export type AccountClosureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountClosure'] = ResolversParentTypes['AccountClosure']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AliasResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Alias'] = ResolversParentTypes['Alias']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AliasKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AliasCitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AliasCitation'] = ResolversParentTypes['AliasCitation']> = {
  alias?: Resolver<ResolversTypes['Alias'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type ApiTokenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AssessmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Assessment'] = ResolversParentTypes['Assessment']> = {
  assessedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  assessedById?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interaction?: Resolver<Maybe<ResolversTypes['Interaction']>, ParentType, ContextType>;
  interest?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  migrated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  power?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quadrant?: Resolver<Maybe<ResolversTypes['Quadrant']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  stance?: Resolver<Maybe<ResolversTypes['Stance']>, ParentType, ContextType>;
};

export type AssigneeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Assignee'] = ResolversParentTypes['Assignee']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AuditPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditPage'] = ResolversParentTypes['AuditPage']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
};

export type BodyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Body'] = ResolversParentTypes['Body']> = {
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  engagement?: Resolver<Maybe<ResolversTypes['EngagementProfile']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['Identifier']>, ParentType, ContextType>;
  interactions?: Resolver<Array<ResolversTypes['Interaction']>, ParentType, ContextType, RequireFields<BodyInteractionsArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameAsOf?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<BodyNameAsOfArgs, 'date'>>;
  relationships?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType, Partial<BodyRelationshipsArgs>>;
  retiredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  watched?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BriefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Brief'] = ResolversParentTypes['Brief']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  linesToTake?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  meetingDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  objectives?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pack?: Resolver<ResolversTypes['BriefPack'], ParentType, ContextType>;
  stakeholders?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BriefLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BriefLine'] = ResolversParentTypes['BriefLine']> = {
  notes?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uncited?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BriefPackResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BriefPack'] = ResolversParentTypes['BriefPack']> = {
  footnotes?: Resolver<Array<ResolversTypes['Footnote']>, ParentType, ContextType>;
  stakeholders?: Resolver<Array<ResolversTypes['BriefStakeholder']>, ParentType, ContextType>;
};

export type BriefSectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BriefSection'] = ResolversParentTypes['BriefSection']> = {
  heading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['BriefLine']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BriefStakeholderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BriefStakeholder'] = ResolversParentTypes['BriefStakeholder']> = {
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['BriefSection']>, ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  entityIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  revertOf?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ChangePageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangePage'] = ResolversParentTypes['ChangePage']> = {
  changes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  endSeq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  head?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type CollapsedNeighboursResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollapsedNeighbours'] = ResolversParentTypes['CollapsedNeighbours']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['Family'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ColumnMappingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ColumnMapping'] = ResolversParentTypes['ColumnMapping']> = {
  column?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CommunitiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Communities'] = ResolversParentTypes['Communities']> = {
  communities?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommunityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community']> = {
  centralMembers?: Resolver<Array<ResolversTypes['CommunityMember']>, ParentType, ContextType, RequireFields<CommunityCentralMembersArgs, 'first'>>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommunityMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommunityMember'] = ResolversParentTypes['CommunityMember']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ContactDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactDetails'] = ResolversParentTypes['ContactDetails']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContactHealthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactHealth'] = ResolversParentTypes['ContactHealth']> = {
  cadenceDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastContact?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextContactDue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['HealthState'], ParentType, ContextType>;
};

export type DiffEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DiffEntry'] = ResolversParentTypes['DiffEntry']> = {
  actors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  change?: Resolver<ResolversTypes['DiffChange'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  firstSeq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastSeq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type EdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Edge'] = ResolversParentTypes['Edge']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  dateBasis?: Resolver<ResolversTypes['DateBasis'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['Family'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFromPrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validToPrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EngagementProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EngagementProfile'] = ResolversParentTypes['EngagementProfile']> = {
  cadenceDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  health?: Resolver<Maybe<ResolversTypes['ContactHealth']>, ParentType, ContextType, Partial<EngagementProfileHealthArgs>>;
  history?: Resolver<Array<ResolversTypes['Assessment']>, ParentType, ContextType>;
  interest?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextAction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextActionDue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  objectives?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  power?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quadrant?: Resolver<Maybe<ResolversTypes['Quadrant']>, ParentType, ContextType>;
  stance?: Resolver<Maybe<ResolversTypes['Stance']>, ParentType, ContextType>;
  suggestedPower?: Resolver<ResolversTypes['SuggestedPower'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedById?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Body' | 'Person' | 'Programme', ParentType, ContextType>;
};

export type ErasureReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ErasureReport'] = ResolversParentTypes['ErasureReport']> = {
  deletedRecords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deletedWatches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  redactedAuditEntries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  redactedBriefs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  redactedInteractions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  redactedProfiles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface FileScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['File'], any> {
  name: 'File';
}

export type FollowUpResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FollowUp'] = ResolversParentTypes['FollowUp']> = {
  closedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closingNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  due?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interaction?: Resolver<ResolversTypes['Interaction'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<FollowUpOverdueArgs>>;
  owner?: Resolver<Maybe<ResolversTypes['Assignee']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FollowUpStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  what?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FootnoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Footnote'] = ResolversParentTypes['Footnote']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FreshnessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Freshness'] = ResolversParentTypes['Freshness']> = {
  computedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  graphVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Graph'] = ResolversParentTypes['Graph']> = {
  collapsed?: Resolver<Array<ResolversTypes['CollapsedNeighbours']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  totals?: Resolver<Maybe<ResolversTypes['GraphTotals']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GraphTotalsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphTotals'] = ResolversParentTypes['GraphTotals']> = {
  edges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IdentifierResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Identifier'] = ResolversParentTypes['Identifier']> = {
  scheme?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IdentifierColumnResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IdentifierColumn'] = ResolversParentTypes['IdentifierColumn']> = {
  column?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scheme?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportCounts'] = ResolversParentTypes['ImportCounts']> = {
  matchedStakeholders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newStakeholders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  possibleDuplicates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportDefaultsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportDefaults'] = ResolversParentTypes['ImportDefaults']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  elementType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationshipType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sector?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ImportFileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportFile'] = ResolversParentTypes['ImportFile']> = {
  connectionColumns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  connections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  elementColumns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  elements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportMappingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportMapping'] = ResolversParentTypes['ImportMapping']> = {
  connections?: Resolver<Array<ResolversTypes['ColumnMapping']>, ParentType, ContextType>;
  defaults?: Resolver<ResolversTypes['ImportDefaults'], ParentType, ContextType>;
  elements?: Resolver<Array<ResolversTypes['ColumnMapping']>, ParentType, ContextType>;
  identifierColumns?: Resolver<Array<ResolversTypes['IdentifierColumn']>, ParentType, ContextType>;
  relationshipColumns?: Resolver<Array<ResolversTypes['RelationshipColumn']>, ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['ValueMapping']>, ParentType, ContextType>;
};

export type ImportProblemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportProblem'] = ResolversParentTypes['ImportProblem']> = {
  cause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = {
  counts?: Resolver<ResolversTypes['ImportCounts'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['ImportFile']>, ParentType, ContextType>;
  layout?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lookedForDuplicates?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mapping?: Resolver<ResolversTypes['ImportMapping'], ParentType, ContextType>;
  mappingOrigin?: Resolver<ResolversTypes['ImportMappingOrigin'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType>;
  sourceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  stakeholders?: Resolver<Array<ResolversTypes['ImportStakeholder']>, ParentType, ContextType>;
  unmappedValues?: Resolver<Array<ResolversTypes['UnmappedValue']>, ParentType, ContextType>;
  written?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ImportStakeholderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportStakeholder'] = ResolversParentTypes['ImportStakeholder']> = {
  decided?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  match?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImportOutcome'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  row?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InboxResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Inbox'] = ResolversParentTypes['Inbox']> = {
  changes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  seenSeq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unseen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  watching?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type InfluenceScoreResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InfluenceScore'] = ResolversParentTypes['InfluenceScore']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  strongestLinks?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
};

export type InteractionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Interaction'] = ResolversParentTypes['Interaction']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdById?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  followUps?: Resolver<Array<ResolversTypes['FollowUp']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InteractionKind'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InterlockResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Interlock'] = ResolversParentTypes['Interlock']> = {
  body?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['SharedPerson']>, ParentType, ContextType>;
};

export type LayerChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LayerChange'] = ResolversParentTypes['LayerChange']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  what?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LayerMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LayerMatch'] = ResolversParentTypes['LayerMatch']> = {
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LayerProblemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LayerProblem'] = ResolversParentTypes['LayerProblem']> = {
  cause?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LayerReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LayerReport'] = ResolversParentTypes['LayerReport']> = {
  changes?: Resolver<Array<ResolversTypes['LayerChange']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  keptEdited?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leftOut?: Resolver<Array<ResolversTypes['LayerProblem']>, ParentType, ContextType>;
  matched?: Resolver<Array<ResolversTypes['LayerMatch']>, ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['LayerProblem']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  written?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = {
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['SignInMethod']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  openIdConnect?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  sharedTokens?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signedIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  ambiguous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['MentionCandidate']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MentionCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentionCandidate'] = ResolversParentTypes['MentionCandidate']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addAssessment?: Resolver<ResolversTypes['EngagementProfile'], ParentType, ContextType, RequireFields<MutationAddAssessmentArgs, 'entityId' | 'input'>>;
  closeFollowUp?: Resolver<ResolversTypes['FollowUp'], ParentType, ContextType, RequireFields<MutationCloseFollowUpArgs, 'id' | 'note'>>;
  closeUserAccount?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCloseUserAccountArgs, 'expectedVersion' | 'id' | 'reason'>>;
  createApiToken?: Resolver<ResolversTypes['NewApiToken'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'name'>>;
  createBrief?: Resolver<ResolversTypes['Brief'], ParentType, ContextType, RequireFields<MutationCreateBriefArgs, 'input'>>;
  createEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationCreateEntityArgs, 'input'>>;
  createRelationship?: Resolver<ResolversTypes['Edge'], ParentType, ContextType, RequireFields<MutationCreateRelationshipArgs, 'input'>>;
  createSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType, RequireFields<MutationCreateSourceArgs, 'input'>>;
  erasePersonalData?: Resolver<ResolversTypes['ErasureReport'], ParentType, ContextType, RequireFields<MutationErasePersonalDataArgs, 'personId' | 'reason'>>;
  importFiles?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportFilesArgs, 'files'>>;
  importLayer?: Resolver<ResolversTypes['LayerReport'], ParentType, ContextType, RequireFields<MutationImportLayerArgs, 'dryRun' | 'name'>>;
  logInteraction?: Resolver<ResolversTypes['Interaction'], ParentType, ContextType, RequireFields<MutationLogInteractionArgs, 'input'>>;
  markInboxSeen?: Resolver<ResolversTypes['Inbox'], ParentType, ContextType, Partial<MutationMarkInboxSeenArgs>>;
  previewImport?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationPreviewImportArgs, 'files'>>;
  rejectProposal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRejectProposalArgs, 'from' | 'source' | 'to' | 'type'>>;
  reopenUserAccount?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationReopenUserAccountArgs, 'expectedVersion' | 'id'>>;
  restoreEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationRestoreEntityArgs, 'expectedVersion' | 'id'>>;
  restoreRelationship?: Resolver<ResolversTypes['Edge'], ParentType, ContextType, RequireFields<MutationRestoreRelationshipArgs, 'expectedVersion' | 'id'>>;
  retireEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationRetireEntityArgs, 'expectedVersion' | 'id' | 'reason'>>;
  retireRelationship?: Resolver<ResolversTypes['Edge'], ParentType, ContextType, RequireFields<MutationRetireRelationshipArgs, 'expectedVersion' | 'id' | 'reason'>>;
  retireSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType, RequireFields<MutationRetireSourceArgs, 'expectedVersion' | 'id' | 'reason'>>;
  revertChange?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationRevertChangeArgs, 'seq'>>;
  revokeApiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  revokeUserApiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType, RequireFields<MutationRevokeUserApiTokenArgs, 'tokenId' | 'userId'>>;
  setContactDetails?: Resolver<ResolversTypes['ContactDetails'], ParentType, ContextType, RequireFields<MutationSetContactDetailsArgs, 'expectedVersion' | 'input' | 'personId'>>;
  setEngagement?: Resolver<ResolversTypes['EngagementProfile'], ParentType, ContextType, RequireFields<MutationSetEngagementArgs, 'entityId' | 'expectedVersion' | 'input'>>;
  setUserRole?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetUserRoleArgs, 'expectedVersion' | 'id' | 'role'>>;
  unwatch?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationUnwatchArgs, 'entityId'>>;
  updateBrief?: Resolver<ResolversTypes['Brief'], ParentType, ContextType, RequireFields<MutationUpdateBriefArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationUpdateEntityArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateRelationship?: Resolver<ResolversTypes['Edge'], ParentType, ContextType, RequireFields<MutationUpdateRelationshipArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType, RequireFields<MutationUpdateSourceArgs, 'expectedVersion' | 'id' | 'input'>>;
  watch?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationWatchArgs, 'entityId'>>;
};

export type NeighbourPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NeighbourPage'] = ResolversParentTypes['NeighbourPage']> = {
  graph?: Resolver<ResolversTypes['Graph'], ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkDiffResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkDiff'] = ResolversParentTypes['NetworkDiff']> = {
  changes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['DiffEntry']>, ParentType, ContextType>;
};

export type NewApiTokenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NewApiToken'] = ResolversParentTypes['NewApiToken']> = {
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sector?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  cost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  former?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['ContactDetails']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  engagement?: Resolver<Maybe<ResolversTypes['EngagementProfile']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['Identifier']>, ParentType, ContextType>;
  interactions?: Resolver<Array<ResolversTypes['Interaction']>, ParentType, ContextType, RequireFields<PersonInteractionsArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameAsOf?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<PersonNameAsOfArgs, 'date'>>;
  relationships?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType, Partial<PersonRelationshipsArgs>>;
  retiredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  watched?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProgrammeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme']> = {
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  engagement?: Resolver<Maybe<ResolversTypes['EngagementProfile']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['Identifier']>, ParentType, ContextType>;
  interactions?: Resolver<Array<ResolversTypes['Interaction']>, ParentType, ContextType, RequireFields<ProgrammeInteractionsArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameAsOf?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ProgrammeNameAsOfArgs, 'date'>>;
  relationships?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType, Partial<ProgrammeRelationshipsArgs>>;
  retiredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  watched?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProposedRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposedRelationship'] = ResolversParentTypes['ProposedRelationship']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  dateBasis?: Resolver<ResolversTypes['DateBasis'], ParentType, ContextType>;
  existing?: Resolver<Maybe<ResolversTypes['Edge']>, ParentType, ContextType>;
  family?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProposalStatus'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProposedStakeholderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposedStakeholder'] = ResolversParentTypes['ProposedStakeholder']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  possibleDuplicates?: Resolver<Array<ResolversTypes['StakeholderMatch']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  assignees?: Resolver<Array<ResolversTypes['Assignee']>, ParentType, ContextType>;
  auditLog?: Resolver<ResolversTypes['AuditPage'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'entityId' | 'first'>>;
  brief?: Resolver<Maybe<ResolversTypes['Brief']>, ParentType, ContextType, RequireFields<QueryBriefArgs, 'id'>>;
  briefs?: Resolver<Array<ResolversTypes['Brief']>, ParentType, ContextType, RequireFields<QueryBriefsArgs, 'first'>>;
  changes?: Resolver<ResolversTypes['ChangePage'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'after' | 'first'>>;
  communities?: Resolver<ResolversTypes['Communities'], ParentType, ContextType, RequireFields<QueryCommunitiesArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  followUps?: Resolver<Array<ResolversTypes['FollowUp']>, ParentType, ContextType, RequireFields<QueryFollowUpsArgs, 'mine'>>;
  inbox?: Resolver<ResolversTypes['Inbox'], ParentType, ContextType, RequireFields<QueryInboxArgs, 'first'>>;
  influence?: Resolver<Array<ResolversTypes['InfluenceScore']>, ParentType, ContextType, RequireFields<QueryInfluenceArgs, 'first' | 'metric'>>;
  interlocks?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryInterlocksArgs, 'a' | 'b'>>;
  interlocksOf?: Resolver<Array<ResolversTypes['Interlock']>, ParentType, ContextType, RequireFields<QueryInterlocksOfArgs, 'id'>>;
  matchStakeholders?: Resolver<Array<ResolversTypes['StakeholderMatch']>, ParentType, ContextType, RequireFields<QueryMatchStakeholdersArgs, 'name'>>;
  me?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
  neighbourhood?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'id' | 'limitPerNode'>>;
  neighbours?: Resolver<ResolversTypes['NeighbourPage'], ParentType, ContextType, RequireFields<QueryNeighboursArgs, 'first' | 'id'>>;
  network?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<QueryNetworkArgs, 'first'>>;
  networkDiff?: Resolver<ResolversTypes['NetworkDiff'], ParentType, ContextType, RequireFields<QueryNetworkDiffArgs, 'from'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'first' | 'from' | 'includeFormer' | 'maxHops' | 'to'>>;
  personalDataExport?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryPersonalDataExportArgs, 'personId'>>;
  readText?: Resolver<ResolversTypes['TextReading'], ParentType, ContextType, Partial<QueryReadTextArgs>>;
  readyLayers?: Resolver<Array<ResolversTypes['ReadyLayer']>, ParentType, ContextType>;
  register?: Resolver<Array<ResolversTypes['EngagementProfile']>, ParentType, ContextType, Partial<QueryRegisterArgs>>;
  search?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  suggestedPositions?: Resolver<Array<ResolversTypes['SuggestedPosition']>, ParentType, ContextType, RequireFields<QuerySuggestedPositionsArgs, 'ids'>>;
  userApiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType, RequireFields<QueryUserApiTokensArgs, 'userId'>>;
  userDataExport?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryUserDataExportArgs, 'userId'>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  warmRoutes?: Resolver<Array<ResolversTypes['WarmRoute']>, ParentType, ContextType, RequireFields<QueryWarmRoutesArgs, 'first' | 'from' | 'includeFormer' | 'maxHops' | 'to'>>;
};

export type ReadyLayerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReadyLayer'] = ResolversParentTypes['ReadyLayer']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  licence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RelationshipColumnResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationshipColumn'] = ResolversParentTypes['RelationshipColumn']> = {
  column?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['LinkDirection'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RouteStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RouteStep'] = ResolversParentTypes['RouteStep']> = {
  cost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['Edge']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  former?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interaction?: Resolver<Maybe<ResolversTypes['Interaction']>, ParentType, ContextType>;
  strengthenedBy?: Resolver<Array<ResolversTypes['Interaction']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SharedPersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SharedPerson'] = ResolversParentTypes['SharedPerson']> = {
  here?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  there?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  citationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  citedBy?: Resolver<ResolversTypes['SourceCitedBy'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dateEstimated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dateNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  fileName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasText?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reading?: Resolver<Maybe<ResolversTypes['TextReading']>, ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceCitedByResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceCitedBy'] = ResolversParentTypes['SourceCitedBy']> = {
  aliases?: Resolver<Array<ResolversTypes['AliasCitation']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
};

export type StakeholderMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StakeholderMatch'] = ResolversParentTypes['StakeholderMatch']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['MatchLevel'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  changes?: SubscriptionResolver<ResolversTypes['Change'], "changes", ParentType, ContextType, Partial<SubscriptionChangesArgs>>;
};

export type SuggestedPositionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SuggestedPosition'] = ResolversParentTypes['SuggestedPosition']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  influencePlace?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  interest?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  interestReason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastContact?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  networkSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  power?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  powerReason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quadrant?: Resolver<ResolversTypes['Quadrant'], ParentType, ContextType>;
  recentInteractions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topicLinks?: Resolver<Array<ResolversTypes['TopicLink']>, ParentType, ContextType>;
};

export type SuggestedPowerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SuggestedPower'] = ResolversParentTypes['SuggestedPower']> = {
  freshness?: Resolver<ResolversTypes['Freshness'], ParentType, ContextType>;
  power?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TextReadingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TextReading'] = ResolversParentTypes['TextReading']> = {
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['ProposedRelationship']>, ParentType, ContextType>;
  stakeholders?: Resolver<Array<ResolversTypes['ProposedStakeholder']>, ParentType, ContextType>;
};

export type TopicLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TopicLink'] = ResolversParentTypes['TopicLink']> = {
  programmeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  programmeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UnmappedValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnmappedValue'] = ResolversParentTypes['UnmappedValue']> = {
  field?: Resolver<ResolversTypes['ImportValueField'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  closure?: Resolver<Maybe<ResolversTypes['AccountClosure']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSignInAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ValueMappingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ValueMapping'] = ResolversParentTypes['ValueMapping']> = {
  field?: Resolver<ResolversTypes['ImportValueField'], ParentType, ContextType>;
  mapsTo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WarmRouteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WarmRoute'] = ResolversParentTypes['WarmRoute']> = {
  cost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['RouteStep']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AccountClosure?: AccountClosureResolvers<ContextType>;
  Alias?: AliasResolvers<ContextType>;
  AliasCitation?: AliasCitationResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  Assessment?: AssessmentResolvers<ContextType>;
  Assignee?: AssigneeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditPage?: AuditPageResolvers<ContextType>;
  Body?: BodyResolvers<ContextType>;
  Brief?: BriefResolvers<ContextType>;
  BriefLine?: BriefLineResolvers<ContextType>;
  BriefPack?: BriefPackResolvers<ContextType>;
  BriefSection?: BriefSectionResolvers<ContextType>;
  BriefStakeholder?: BriefStakeholderResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangePage?: ChangePageResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  CollapsedNeighbours?: CollapsedNeighboursResolvers<ContextType>;
  ColumnMapping?: ColumnMappingResolvers<ContextType>;
  Communities?: CommunitiesResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  CommunityMember?: CommunityMemberResolvers<ContextType>;
  ContactDetails?: ContactDetailsResolvers<ContextType>;
  ContactHealth?: ContactHealthResolvers<ContextType>;
  DiffEntry?: DiffEntryResolvers<ContextType>;
  Edge?: EdgeResolvers<ContextType>;
  EngagementProfile?: EngagementProfileResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  ErasureReport?: ErasureReportResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  File?: GraphQLScalarType;
  FollowUp?: FollowUpResolvers<ContextType>;
  Footnote?: FootnoteResolvers<ContextType>;
  Freshness?: FreshnessResolvers<ContextType>;
  Graph?: GraphResolvers<ContextType>;
  GraphTotals?: GraphTotalsResolvers<ContextType>;
  Identifier?: IdentifierResolvers<ContextType>;
  IdentifierColumn?: IdentifierColumnResolvers<ContextType>;
  ImportCounts?: ImportCountsResolvers<ContextType>;
  ImportDefaults?: ImportDefaultsResolvers<ContextType>;
  ImportFile?: ImportFileResolvers<ContextType>;
  ImportMapping?: ImportMappingResolvers<ContextType>;
  ImportProblem?: ImportProblemResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  ImportStakeholder?: ImportStakeholderResolvers<ContextType>;
  Inbox?: InboxResolvers<ContextType>;
  InfluenceScore?: InfluenceScoreResolvers<ContextType>;
  Interaction?: InteractionResolvers<ContextType>;
  Interlock?: InterlockResolvers<ContextType>;
  LayerChange?: LayerChangeResolvers<ContextType>;
  LayerMatch?: LayerMatchResolvers<ContextType>;
  LayerProblem?: LayerProblemResolvers<ContextType>;
  LayerReport?: LayerReportResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  MentionCandidate?: MentionCandidateResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NeighbourPage?: NeighbourPageResolvers<ContextType>;
  NetworkDiff?: NetworkDiffResolvers<ContextType>;
  NewApiToken?: NewApiTokenResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  ProposedRelationship?: ProposedRelationshipResolvers<ContextType>;
  ProposedStakeholder?: ProposedStakeholderResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReadyLayer?: ReadyLayerResolvers<ContextType>;
  RelationshipColumn?: RelationshipColumnResolvers<ContextType>;
  RouteStep?: RouteStepResolvers<ContextType>;
  SharedPerson?: SharedPersonResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceCitedBy?: SourceCitedByResolvers<ContextType>;
  StakeholderMatch?: StakeholderMatchResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SuggestedPosition?: SuggestedPositionResolvers<ContextType>;
  SuggestedPower?: SuggestedPowerResolvers<ContextType>;
  TextReading?: TextReadingResolvers<ContextType>;
  TopicLink?: TopicLinkResolvers<ContextType>;
  UnmappedValue?: UnmappedValueResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  ValueMapping?: ValueMappingResolvers<ContextType>;
  WarmRoute?: WarmRouteResolvers<ContextType>;
};

