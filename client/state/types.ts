/** The app's state: what the reader has chosen, as plain data. Reducers in reducer.ts change it. */
import type { Stance } from '../api/generated/operations.ts';
import type { RouteSearch } from '../api/queries.ts';
import type { LayoutName, Viewport } from '../graph/types.ts';
import type { EntityKind, Family, InfluenceMetric, RelationshipType } from '../../core/vocabulary.ts';

export interface Filters {
  families: Family[];
  /** Relationship types to keep among the chosen families; null keeps them all. */
  types: RelationshipType[] | null;
  kinds: EntityKind[];
  /** 0 to 1: relationships less certain than this are left out. */
  minConfidence: number;
  /** Show stakeholders that have no relationship left under the filters. */
  showUnlinked: boolean;
}

/** Where the map's stakeholders come from: the whole network, or neighbourhoods opened one by one. */
export type Scope = 'network' | 'explore';

export interface Expansion {
  id: string;
  depth: 1 | 2;
}

/** The Paths question: two ends, who to route around, how far and how many. */
export interface PathQuestion {
  from: string | null;
  to: string | null;
  avoid: string[];
  maxHops: number;
  first: number;
  /** Walk relationships that had ended by the day too (shown as former). */
  includeFormer: boolean;
}

/** The Warm routes question: from us to a stakeholder, around stakeholders and stances. */
export interface WarmQuestion {
  from: string | null;
  to: string | null;
  avoid: string[];
  avoidStances: Stance[];
  /** The day routes must hold on (YYYY-MM-DD); null is today. */
  day: string | null;
  /** Walk relationships that had ended by the day too (shown as former). */
  includeFormer: boolean;
}

export interface RouteState {
  /**
   * The route search asked last, with the variables it was asked with (filters as they were then).
   * Paths and Warm routes are one mechanism: whichever ran last is the map's route.
   */
  search: RouteSearch | null;
  /** Which of the routes found is highlighted on the map. */
  active: number;
}

/** Two recorded days (YYYY-MM-DD), the second included; to null: up to today. */
export interface DiffPeriod {
  from: string;
  to: string | null;
}

/** The parts of the state that Undo restores. */
export interface ViewSnapshot {
  filters: Filters;
  asOf: number | null;
  layout: LayoutName;
  scope: Scope;
  expanded: Expansion[];
  hidden: string[];
  pinned: string[];
  influence: InfluenceMetric | null;
  /** What node colours stand for: kind and body type, or community. */
  colourBy: 'type' | 'community';
}

export interface UndoEntry {
  /** The action that made the change, in words: "hide a stakeholder". */
  label: string;
  before: ViewSnapshot;
}

export interface AtlasState extends ViewSnapshot {
  /** A selected entity or relationship id. */
  selection: string | null;
  /** Set when the map should centre on something (search, table, lists); seq tells requests apart. */
  focusRequest: { id: string; seq: number } | null;
  /** Increases when the reader asks to run the layout again. */
  layoutRun: number;
  viewport: Viewport | null;
  /** The community overview over the map: each community one bubble. */
  overview: boolean;
  view: 'map' | 'table' | 'grid' | 'sources' | 'changes';
  /** The map as recorded on this day (YYYY-MM-DD: what the atlas held then); null: as recorded now. */
  recordedAt: string | null;
  /** A period whose changes the map highlights (Changes view, "Show on map"); null: none. */
  diff: DiffPeriod | null;
  /** The source whose page the Sources view shows (null: the list). */
  openSource: string | null;
  /** The brief whose page is open over the workspace (null: none). */
  openBrief: string | null;
  panel: 'filters' | 'paths' | 'influence' | 'communities' | 'warm' | 'follow-ups' | 'briefs';
  path: PathQuestion;
  warm: WarmQuestion;
  route: RouteState;
  /** Two bodies' shared people, emphasised on the map in place of the route; null: none chosen. */
  interlock: InterlockEmphasis | null;
  undo: UndoEntry[];
}

/** What the map emphasises for an interlock: both bodies, the people they share and the links between. */
export interface InterlockEmphasis {
  bodies: [string, string];
  people: string[];
  edges: string[];
}
