/** The state a fresh visit starts from. */
import { ENTITY_KINDS, FAMILIES } from '../../core/vocabulary.ts';
import type { AtlasState, Filters, PathState } from './types.ts';

export const DEFAULT_FILTERS: Filters = {
  families: [...FAMILIES],
  types: null,
  kinds: [...ENTITY_KINDS],
  minConfidence: 0,
  showUnlinked: false,
};

export const DEFAULT_PATH: PathState = {
  from: null,
  to: null,
  avoid: [],
  maxHops: 4,
  first: 3,
  status: 'idle',
  routes: [],
  error: null,
  active: 0,
  requestId: 0,
};

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
    viewport: null,
    view: 'map',
    panel: 'filters',
    path: DEFAULT_PATH,
    undo: [],
  };
}
