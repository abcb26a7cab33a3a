/**
 * The shareable part of the state in the address bar, and back. Reading never trusts the URL:
 * each value is checked on its own and a bad one is ignored, so a mangled link still opens.
 */
import { LAYOUT_NAMES, type LayoutName, type Viewport } from '../graph/types.ts';
import {
  ENTITY_KINDS,
  FAMILIES,
  INFLUENCE_METRIC_NAMES,
  RELATIONSHIP_TYPE_NAMES,
  type EntityKind,
  type Family,
  type InfluenceMetric,
  type RelationshipType,
} from '../../core/vocabulary.ts';
import { DEFAULT_FILTERS } from './defaults.ts';
import type { AtlasState, Expansion, Filters } from './types.ts';

/** The state a link carries; everything else starts fresh. */
export type SharedState = Pick<
  AtlasState,
  | 'selection'
  | 'filters'
  | 'asOf'
  | 'layout'
  | 'viewport'
  | 'scope'
  | 'expanded'
  | 'hidden'
  | 'influence'
  | 'colourBy'
  | 'overview'
  | 'view'
  | 'openBrief'
  | 'recordedAt'
  | 'diff'
>;

const ID = /^(body|person|programme|rel):[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_IDS = 200;
const BRIEF_ID = /^brief:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

function list(value: string | null): string[] | null {
  if (value === null) return null;
  return value === '' ? [] : value.split(',');
}

/** Keeps the known values of a list; null when the parameter is absent or holds nothing valid. */
function knownList<T extends string>(value: string | null, known: readonly T[]): T[] | null {
  const items = list(value);
  if (items === null) return null;
  const kept = known.filter((candidate) => items.includes(candidate));
  // An empty list is a choice ("fam=" means no family); a list of only bad values is not.
  return kept.length > 0 || items.length === 0 ? kept : null;
}

function number(value: string | null, min: number, max: number): number | null {
  if (value === null || value.trim() === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed >= min && parsed <= max ? parsed : null;
}

/** A day as YYYY-MM-DD that is a real date, else null. */
function day(value: string | null): string | null {
  if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  return new Date(`${value}T00:00:00Z`).toISOString().startsWith(value) ? value : null;
}

function ids(value: string | null): string[] {
  return [...new Set((list(value) ?? []).filter((id) => ID.test(id)))].slice(0, MAX_IDS);
}

function expansions(value: string | null): Expansion[] {
  const seen = new Set<string>();
  const result: Expansion[] = [];
  for (const item of list(value) ?? []) {
    const [id = '', depth = '1'] = item.split('~');
    if (!ID.test(id) || id.startsWith('rel:') || seen.has(id) || (depth !== '1' && depth !== '2')) continue;
    seen.add(id);
    result.push({ id, depth: depth === '2' ? 2 : 1 });
  }
  return result.slice(0, MAX_IDS);
}

function viewport(value: string | null): Viewport | null {
  const parts = list(value);
  if (!parts || parts.length !== 3) return null;
  const [zoom, x, y] = parts.map((part) => number(part, -1e6, 1e6));
  // The map's zoom range (graph/view.ts MIN_ZOOM, maxZoom).
  if (zoom == null || x == null || y == null || zoom < 0.02 || zoom > 4) return null;
  return { zoom, pan: { x, y } };
}

/** Reads a query string ("?sel=…&fam=…") into the parts of the state it validly names. */
export function readSharedState(search: string): Partial<SharedState> {
  const params = new URLSearchParams(search);
  const shared: Partial<SharedState> = {};
  const selection = params.get('sel');
  if (selection && ID.test(selection)) shared.selection = selection;

  const filters: Filters = { ...DEFAULT_FILTERS };
  const families = knownList<Family>(params.get('fam'), FAMILIES);
  if (families) filters.families = families;
  const types = knownList<RelationshipType>(params.get('types'), RELATIONSHIP_TYPE_NAMES);
  if (types) filters.types = types;
  const kinds = knownList<EntityKind>(params.get('kinds'), ENTITY_KINDS);
  if (kinds) filters.kinds = kinds;
  const confidence = number(params.get('conf'), 0, 1);
  if (confidence !== null) filters.minConfidence = confidence;
  if (params.get('unlinked') === '1') filters.showUnlinked = true;
  if (JSON.stringify(filters) !== JSON.stringify(DEFAULT_FILTERS)) shared.filters = filters;

  const asOf = number(params.get('asof'), YEAR_RANGE.min, YEAR_RANGE.max);
  if (asOf !== null && Number.isInteger(asOf)) shared.asOf = asOf;
  const layout = params.get('layout');
  if ((LAYOUT_NAMES as readonly string[]).includes(layout ?? '')) shared.layout = layout as LayoutName;
  const view = viewport(params.get('vp'));
  if (view) shared.viewport = view;
  const expanded = expansions(params.get('explore'));
  if (expanded.length > 0) {
    shared.scope = 'explore';
    shared.expanded = expanded;
  }
  const hidden = ids(params.get('hide'));
  if (hidden.length > 0) shared.hidden = hidden;
  const metric = params.get('metric');
  if ((INFLUENCE_METRIC_NAMES as readonly string[]).includes(metric ?? ''))
    shared.influence = metric as InfluenceMetric;
  if (params.get('colour') === 'community') shared.colourBy = 'community';
  if (params.get('overview') === '1') shared.overview = true;
  const shownView = params.get('view');
  const brief = params.get('brief');
  if (brief && BRIEF_ID.test(brief)) shared.openBrief = brief;
  if (shownView === 'table' || shownView === 'grid' || shownView === 'sources' || shownView === 'changes')
    shared.view = shownView;
  const recordedAt = day(params.get('recorded'));
  if (recordedAt) shared.recordedAt = recordedAt;
  const [diffFrom = null, diffTo = null] = (params.get('diff') ?? '').split('..');
  if (day(diffFrom)) shared.diff = { from: diffFrom!, to: day(diffTo) };
  return shared;
}

const round = (value: number, places: number) => Number(value.toFixed(places));

/** Writes the shareable state as a query string, leaving out what is at its default. */
export function writeSharedState(state: SharedState): string {
  const params = new URLSearchParams();
  if (state.selection) params.set('sel', state.selection);
  const { filters } = state;
  if (filters.families.length !== FAMILIES.length) params.set('fam', filters.families.join(','));
  if (filters.types) params.set('types', filters.types.join(','));
  if (filters.kinds.length !== ENTITY_KINDS.length) params.set('kinds', filters.kinds.join(','));
  if (filters.minConfidence > 0) params.set('conf', String(filters.minConfidence));
  if (filters.showUnlinked) params.set('unlinked', '1');
  if (state.asOf !== null) params.set('asof', String(state.asOf));
  if (state.layout !== 'force') params.set('layout', state.layout);
  if (state.scope === 'explore' && state.expanded.length > 0) {
    params.set('explore', state.expanded.map(({ id, depth }) => `${id}~${depth}`).join(','));
  }
  if (state.hidden.length > 0) params.set('hide', state.hidden.join(','));
  if (state.influence) params.set('metric', state.influence);
  if (state.colourBy === 'community') params.set('colour', 'community');
  if (state.overview) params.set('overview', '1');
  if (state.view !== 'map') params.set('view', state.view);
  if (state.openBrief) params.set('brief', state.openBrief);
  if (state.recordedAt) params.set('recorded', state.recordedAt);
  if (state.diff) params.set('diff', `${state.diff.from}..${state.diff.to ?? ''}`);
  if (state.viewport) {
    const { zoom, pan } = state.viewport;
    params.set('vp', [round(zoom, 3), round(pan.x, 1), round(pan.y, 1)].join(','));
  }
  const text = params.toString().replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%7E', '~');
  return text ? `?${text}` : '';
}

/** The state a visit to this address starts from. */
export function withSharedState(state: AtlasState, search: string): AtlasState {
  return { ...state, ...readSharedState(search) };
}
