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

/** How each action changes the state, without the undo bookkeeping: one entry per action type. */
type Transitions = {
  [T in Action['type']]: (state: AtlasState, action: Extract<Action, { type: T }>) => AtlasState;
};

const FILTER_TRANSITIONS = {
  toggleFamily: (state, action) => ({
    ...state,
    filters: { ...state.filters, families: toggled(state.filters.families, action.family) },
  }),
  toggleType: (state, action) => ({ ...state, filters: toggleType(state.filters, action.relationshipType) }),
  toggleKind: (state, action) => ({
    ...state,
    filters: { ...state.filters, kinds: toggled(state.filters.kinds, action.kind) },
  }),
  setMinConfidence: (state, action) => ({
    ...state,
    filters: { ...state.filters, minConfidence: clampConfidence(action.value) },
  }),
  setShowUnlinked: (state, action) => ({ ...state, filters: { ...state.filters, showUnlinked: action.value } }),
  resetFilters: (state) => ({ ...state, filters: DEFAULT_FILTERS }),
  setAsOf: (state, action) => ({ ...state, asOf: action.year === null ? null : Math.round(action.year) }),
} satisfies Partial<Transitions>;

/** What the map shows and how: selection, scope, hidden and pinned stakeholders, layout, colours. */
const MAP_TRANSITIONS = {
  select: (state, action) => {
    const focusRequest =
      action.focus && action.id ? { id: action.id, seq: (state.focusRequest?.seq ?? 0) + 1 } : state.focusRequest;
    // An interlock belongs to the body whose details chose it.
    const interlock = action.id === state.selection ? state.interlock : null;
    return { ...state, selection: action.id, focusRequest, interlock };
  },
  setLayout: (state, action) => ({ ...state, layout: action.layout, layoutRun: state.layoutRun + 1 }),
  rerunLayout: (state) => ({ ...state, layoutRun: state.layoutRun + 1 }),
  expand: (state, action) => {
    // From the whole network, expanding starts an exploration at that stakeholder.
    const base = state.scope === 'explore' ? state.expanded.filter((entry) => entry.id !== action.id) : [];
    return { ...state, scope: 'explore', expanded: [...base, { id: action.id, depth: action.depth }] };
  },
  collapse: (state, action) => {
    const expanded = state.expanded.filter((entry) => entry.id !== action.id);
    // The last open neighbourhood stays: an exploration with nothing in it would show nothing.
    return expanded.length === 0 ? state : { ...state, expanded };
  },
  showNetwork: (state) => ({ ...state, scope: 'network' }),
  hide: (state, action) =>
    state.hidden.includes(action.id)
      ? state
      : {
          ...state,
          hidden: [...state.hidden, action.id],
          pinned: state.pinned.filter((id) => id !== action.id),
          selection: state.selection === action.id ? null : state.selection,
        },
  unhideAll: (state) => ({ ...state, hidden: [] }),
  togglePin: (state, action) => ({ ...state, pinned: toggled(state.pinned, action.id) }),
  setInfluence: (state, action) => ({ ...state, influence: action.metric }),
  setColourBy: (state, action) => ({ ...state, colourBy: action.colourBy }),
  setOverview: (state, action) => ({ ...state, overview: action.overview }),
  setViewport: (state, action) => ({ ...state, viewport: action.viewport }),
  undo: (state) => {
    const [last, ...rest] = state.undo;
    return last ? { ...state, ...last.before, undo: rest } : state;
  },
} satisfies Partial<Transitions>;

/** Which view and panel are open, and the day the map is shown as recorded on. */
const VIEW_TRANSITIONS = {
  // Choosing a view (the header's Sources too) starts from its list, as when it was first opened.
  setView: (state, action) => ({ ...state, view: action.view, openSource: null }),
  setRecordedAt: (state, action) => ({ ...state, recordedAt: action.day }),
  // The highlight is drawn on the map, so showing one goes there.
  showDiff: (state, action) => ({ ...state, diff: action.diff, view: action.diff ? 'map' : state.view }),
  openSource: (state, action) => ({
    ...state,
    openSource: action.id,
    view: action.id === null ? state.view : 'sources',
  }),
  openBrief: (state, action) => ({ ...state, openBrief: action.id }),
  setPanel: (state, action) => ({ ...state, panel: action.panel }),
} satisfies Partial<Transitions>;

/** The questions of paths and warm introductions, and the routes found for them. */
const ROUTE_TRANSITIONS = {
  setPathEnd: (state, action) => questionChanged(state, 'path', { [action.end]: action.id }),
  addAvoid: (state, action) =>
    state.path.avoid.includes(action.id)
      ? state
      : questionChanged(state, 'path', { avoid: [...state.path.avoid, action.id] }),
  removeAvoid: (state, action) =>
    questionChanged(state, 'path', { avoid: state.path.avoid.filter((id) => id !== action.id) }),
  setPathOptions: (state, action) =>
    questionChanged(state, 'path', {
      maxHops: Math.min(6, Math.max(1, Math.round(action.maxHops ?? state.path.maxHops))),
      first: Math.min(5, Math.max(1, Math.round(action.first ?? state.path.first))),
      includeFormer: action.includeFormer ?? state.path.includeFormer,
    }),
  clearPath: (state) => questionChanged(state, 'path', DEFAULT_PATH),
  setWarmQuestion: (state, action) => questionChanged(state, 'warm', action.change),
  findRoutes: (state, action) => {
    const search = routeSearch(state, action.source);
    return search ? { ...state, route: { search, active: 0 }, interlock: null } : state;
  },
  // How many routes there are is the API's answer; selectActiveRoute falls back to the first.
  showRoute: (state, action) =>
    Number.isInteger(action.index) && action.index >= 0
      ? { ...state, route: { ...state.route, active: action.index } }
      : state,
  showInterlock: (state, action) => ({ ...state, interlock: action.interlock }),
} satisfies Partial<Transitions>;

const TRANSITIONS: Transitions = {
  ...FILTER_TRANSITIONS,
  ...MAP_TRANSITIONS,
  ...VIEW_TRANSITIONS,
  ...ROUTE_TRANSITIONS,
};

/** Applies an action without the undo bookkeeping. */
function transition(state: AtlasState, action: Action): AtlasState {
  // The table's entry for this action's type takes this action (TypeScript cannot tie the two).
  return (TRANSITIONS[action.type] as (state: AtlasState, action: Action) => AtlasState)(state, action);
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
