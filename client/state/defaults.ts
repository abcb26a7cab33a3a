/** The state a fresh visit starts from. */
import { ENTITY_KINDS, FAMILIES } from '../../core/vocabulary.ts';
import type { AtlasState, Filters, PathQuestion, WarmQuestion } from './types.ts';

export const DEFAULT_FILTERS: Filters = {
  families: [...FAMILIES],
  types: null,
  kinds: [...ENTITY_KINDS],
  minConfidence: 0,
  showUnlinked: false,
};

export const DEFAULT_PATH: PathQuestion = {
  from: null,
  to: null,
  avoid: [],
  maxHops: 4,
  first: 3,
  includeFormer: false,
};

export const DEFAULT_WARM: WarmQuestion = {
  from: null,
  to: null,
  avoid: [],
  avoidStances: [],
  day: null,
  includeFormer: false,
};

/** Warm routes search this far and return this many (the panel offers no choice). */
export const WARM_LIMITS = { maxHops: 4, first: 3 } as const;

export const UNDO_LIMIT = 50;

export function initialState(): AtlasState {
  return {
    selection: null,
    focusRequest: null,
    filters: DEFAULT_FILTERS,
    asOf: null,
    layout: 'force',
    layoutRun: 0,
    scope: 'network',
    expanded: [],
    hidden: [],
    pinned: [],
    influence: null,
    colourBy: 'type',
    viewport: null,
    overview: false,
    view: 'map',
    recordedAt: null,
    diff: null,
    openSource: null,
    openBrief: null,
    panel: 'filters',
    path: DEFAULT_PATH,
    warm: DEFAULT_WARM,
    route: { search: null, active: 0 },
    interlock: null,
    undo: [],
  };
}
