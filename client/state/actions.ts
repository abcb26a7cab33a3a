/** Everything that can happen to the app's state. */
import type { LayoutName, Viewport } from '../graph/types.ts';
import type { EntityKind, Family, RelationshipType } from '../../core/vocabulary.ts';
import type { RouteSearch } from '../api/queries.ts';
import type { AtlasState, InterlockEmphasis, WarmQuestion } from './types.ts';
import type { InfluenceMetric } from '../../core/vocabulary.ts';

export type Action =
  | { type: 'select'; id: string | null; focus?: boolean }
  | { type: 'toggleFamily'; family: Family }
  | { type: 'toggleType'; relationshipType: RelationshipType }
  | { type: 'toggleKind'; kind: EntityKind }
  | { type: 'setMinConfidence'; value: number }
  | { type: 'setShowUnlinked'; value: boolean }
  | { type: 'resetFilters' }
  | { type: 'setAsOf'; year: number | null }
  | { type: 'setLayout'; layout: LayoutName }
  | { type: 'rerunLayout' }
  | { type: 'expand'; id: string; depth: 1 | 2 }
  | { type: 'collapse'; id: string }
  | { type: 'showNetwork' }
  | { type: 'hide'; id: string }
  | { type: 'unhideAll' }
  | { type: 'togglePin'; id: string }
  | { type: 'setInfluence'; metric: InfluenceMetric | null }
  | { type: 'setColourBy'; colourBy: AtlasState['colourBy'] }
  | { type: 'setOverview'; overview: boolean }
  | { type: 'setViewport'; viewport: Viewport }
  | { type: 'setView'; view: AtlasState['view'] }
  | { type: 'setRecordedAt'; day: string | null }
  | { type: 'showDiff'; diff: AtlasState['diff'] }
  | { type: 'openSource'; id: string | null }
  | { type: 'openBrief'; id: string | null }
  | { type: 'setPanel'; panel: AtlasState['panel'] }
  | { type: 'setPathEnd'; end: 'from' | 'to'; id: string | null }
  | { type: 'addAvoid'; id: string }
  | { type: 'removeAvoid'; id: string }
  | { type: 'setPathOptions'; maxHops?: number; first?: number; includeFormer?: boolean }
  | { type: 'clearPath' }
  | { type: 'setWarmQuestion'; change: Partial<WarmQuestion> }
  | { type: 'findRoutes'; source: RouteSearch['source'] }
  | { type: 'showRoute'; index: number }
  | { type: 'showInterlock'; interlock: InterlockEmphasis | null }
  | { type: 'undo' };

/** Actions that change the drawing and can be undone, and how Undo names them. */
export const UNDOABLE: Partial<Record<Action['type'], string>> = {
  toggleFamily: 'change relationship families',
  toggleType: 'change relationship types',
  toggleKind: 'change kinds of stakeholder',
  setMinConfidence: 'change minimum confidence',
  setShowUnlinked: 'show or hide unlinked stakeholders',
  resetFilters: 'reset filters',
  setAsOf: 'change year',
  setLayout: 'change layout',
  expand: 'expand neighbours',
  collapse: 'collapse neighbours',
  showNetwork: 'show the whole network',
  hide: 'hide a stakeholder',
  unhideAll: 'show hidden stakeholders',
  togglePin: 'pin or unpin',
  setInfluence: 'change influence overlay',
  setColourBy: 'change what colours stand for',
};

/** Dragging a slider makes many changes; Undo takes them back in one step. */
export const COALESCED: ReadonlySet<Action['type']> = new Set(['setAsOf', 'setMinConfidence']);
