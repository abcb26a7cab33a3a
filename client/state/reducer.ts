/**
 * The app's state transitions as pure functions: (state, action) → state, no React, no I/O.
 * View-changing actions record what they replaced so Undo can put it back.
 */
import { RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../../core/vocabulary.ts';
import { COALESCED, UNDOABLE, type Action } from './actions.ts';
import { DEFAULT_FILTERS, DEFAULT_PATH, UNDO_LIMIT } from './defaults.ts';
import type { AtlasState, Filters, ViewSnapshot } from './types.ts';
import { routeSearch } from './variables.ts';

export function snapshotOf(state: AtlasState): ViewSnapshot {
  const { filters, asOf, layout, scope, expanded, hidden, pinned, influence, colourBy } = state;
  return { filters, asOf, layout, scope, expanded, hidden, pinned, influence, colourBy };
}

function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((entry) => entry !== item) : [...list, item];
}

/** The relationship types a filter keeps, spelled out (null in the state means all of them). */
export function chosenTypes(filters: Filters): RelationshipType[] {
  return RELATIONSHIP_TYPE_NAMES.filter(
    (type) =>
      filters.families.includes(RELATIONSHIP_TYPES[type].family) &&
      (filters.types === null || filters.types.includes(type)),
  );
}

function toggleType(filters: Filters, type: RelationshipType): Filters {
  const family = RELATIONSHIP_TYPES[type].family;
  const current = filters.types ?? [...RELATIONSHIP_TYPE_NAMES];
  let families = filters.families;
  let types: RelationshipType[];
  if (chosenTypes(filters).includes(type)) {
    types = current.filter((other) => other !== type);
  } else if (families.includes(family)) {
    types = [...current, type];
  } else {
    // Ticking a type of a family that is off turns the family on, with just that type.
    families = [...families, family];
    types = [...current.filter((other) => RELATIONSHIP_TYPES[other].family !== family), type];
  }
  const all = RELATIONSHIP_TYPE_NAMES.every((name) => types.includes(name));
  return { ...filters, families, types: all ? null : types };
}

function clampConfidence(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, Math.round(value * 100) / 100)) : 0;
}

/** A question changed: routes found for the old one no longer answer it. */
function questionChanged<K extends 'path' | 'warm'>(
  state: AtlasState,
  key: K,
  change: Partial<AtlasState[K]>,
): AtlasState {
  const source = key === 'path' ? 'paths' : 'warm';
  const route = state.route.search?.source === source ? { search: null, active: 0 } : state.route;
  return { ...state, [key]: { ...state[key], ...change }, route };
}

/** Applies an action without the undo bookkeeping. */
function transition(state: AtlasState, action: Action): AtlasState {
  switch (action.type) {
    case 'select': {
      const focusRequest =
        action.focus && action.id ? { id: action.id, seq: (state.focusRequest?.seq ?? 0) + 1 } : state.focusRequest;
      // An interlock belongs to the body whose details chose it.
      const interlock = action.id === state.selection ? state.interlock : null;
      return { ...state, selection: action.id, focusRequest, interlock };
    }
    case 'toggleFamily':
      return { ...state, filters: { ...state.filters, families: toggled(state.filters.families, action.family) } };
    case 'toggleType':
      return { ...state, filters: toggleType(state.filters, action.relationshipType) };
    case 'toggleKind':
      return { ...state, filters: { ...state.filters, kinds: toggled(state.filters.kinds, action.kind) } };
    case 'setMinConfidence':
      return { ...state, filters: { ...state.filters, minConfidence: clampConfidence(action.value) } };
    case 'setShowUnlinked':
      return { ...state, filters: { ...state.filters, showUnlinked: action.value } };
    case 'resetFilters':
      return { ...state, filters: DEFAULT_FILTERS };
    case 'setAsOf':
      return { ...state, asOf: action.year === null ? null : Math.round(action.year) };
    case 'setLayout':
      return { ...state, layout: action.layout, layoutRun: state.layoutRun + 1 };
    case 'rerunLayout':
      return { ...state, layoutRun: state.layoutRun + 1 };
    case 'expand': {
      // From the whole network, expanding starts an exploration at that stakeholder.
      const base = state.scope === 'explore' ? state.expanded.filter((entry) => entry.id !== action.id) : [];
      return { ...state, scope: 'explore', expanded: [...base, { id: action.id, depth: action.depth }] };
    }
    case 'collapse': {
      const expanded = state.expanded.filter((entry) => entry.id !== action.id);
      // The last open neighbourhood stays: an exploration with nothing in it would show nothing.
      return expanded.length === 0 ? state : { ...state, expanded };
    }
    case 'showNetwork':
      return { ...state, scope: 'network' };
    case 'hide':
      return state.hidden.includes(action.id)
        ? state
        : {
            ...state,
            hidden: [...state.hidden, action.id],
            pinned: state.pinned.filter((id) => id !== action.id),
            selection: state.selection === action.id ? null : state.selection,
          };
    case 'unhideAll':
      return { ...state, hidden: [] };
    case 'togglePin':
      return { ...state, pinned: toggled(state.pinned, action.id) };
    case 'setInfluence':
      return { ...state, influence: action.metric };
    case 'setColourBy':
      return { ...state, colourBy: action.colourBy };
    case 'setOverview':
      return { ...state, overview: action.overview };
    case 'setViewport':
      return { ...state, viewport: action.viewport };
    case 'setView':
      // Choosing a view (the header's Sources too) starts from its list, as when it was first opened.
      return { ...state, view: action.view, openSource: null };
    case 'setRecordedAt':
      return { ...state, recordedAt: action.day };
    case 'showDiff':
      // The highlight is drawn on the map, so showing one goes there.
      return { ...state, diff: action.diff, view: action.diff ? 'map' : state.view };
    case 'openSource':
      return { ...state, openSource: action.id, view: action.id === null ? state.view : 'sources' };
    case 'openBrief':
      return { ...state, openBrief: action.id };
    case 'setPanel':
      return { ...state, panel: action.panel };
    case 'setPathEnd':
      return questionChanged(state, 'path', { [action.end]: action.id });
    case 'addAvoid':
      return state.path.avoid.includes(action.id)
        ? state
        : questionChanged(state, 'path', { avoid: [...state.path.avoid, action.id] });
    case 'removeAvoid':
      return questionChanged(state, 'path', { avoid: state.path.avoid.filter((id) => id !== action.id) });
    case 'setPathOptions':
      return questionChanged(state, 'path', {
        maxHops: Math.min(6, Math.max(1, Math.round(action.maxHops ?? state.path.maxHops))),
        first: Math.min(5, Math.max(1, Math.round(action.first ?? state.path.first))),
        includeFormer: action.includeFormer ?? state.path.includeFormer,
      });
    case 'clearPath':
      return questionChanged(state, 'path', DEFAULT_PATH);
    case 'setWarmQuestion':
      return questionChanged(state, 'warm', action.change);
    case 'findRoutes': {
      const search = routeSearch(state, action.source);
      return search ? { ...state, route: { search, active: 0 }, interlock: null } : state;
    }
    case 'showRoute':
      // How many routes there are is the API's answer; selectActiveRoute falls back to the first.
      return Number.isInteger(action.index) && action.index >= 0
        ? { ...state, route: { ...state.route, active: action.index } }
        : state;
    case 'showInterlock':
      return { ...state, interlock: action.interlock };
    case 'undo': {
      const [last, ...rest] = state.undo;
      return last ? { ...state, ...last.before, undo: rest } : state;
    }
  }
}

function sameSnapshot(a: ViewSnapshot, b: ViewSnapshot): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function reducer(state: AtlasState, action: Action): AtlasState {
  const next = transition(state, action);
  const label = UNDOABLE[action.type];
  if (!label || next === state) return next;
  const before = snapshotOf(state);
  if (sameSnapshot(before, snapshotOf(next))) return next;
  // Consecutive slider moves undo together: keep the entry from before the first one.
  if (COALESCED.has(action.type) && state.undo[0]?.label === label) return { ...next, undo: state.undo };
  return { ...next, undo: [{ label, before }, ...state.undo].slice(0, UNDO_LIMIT) };
}
