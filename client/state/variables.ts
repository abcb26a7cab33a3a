/** The API's arguments for the current state: what the map, details and route searches ask for. */
import { NeighbourhoodDocument, NetworkDocument } from '../api/generated/operations.ts';
import { FAMILIES, type Family } from '../../core/vocabulary.ts';
import { WARM_LIMITS } from './defaults.ts';
import type { RouteSearch } from '../api/queries.ts';
import type { AtlasState } from './types.ts';

export interface GraphFilterVariables {
  families?: Family[];
  types?: string[];
  asOf?: string;
  minConfidence?: number;
}

/** Leaves out arguments at their defaults, so the copied query stays short. */
export function graphFilterVariables(state: Pick<AtlasState, 'filters' | 'asOf'>): GraphFilterVariables {
  const variables: GraphFilterVariables = {};
  if (state.filters.families.length !== FAMILIES.length) variables.families = [...state.filters.families];
  if (state.filters.types) variables.types = [...state.filters.types];
  if (state.asOf !== null) variables.asOf = String(state.asOf);
  if (state.filters.minConfidence > 0) variables.minConfidence = state.filters.minConfidence;
  return variables;
}

/** The operations and variables behind the map: the whole network, or each explored neighbourhood. */
export function graphRequests(state: Pick<AtlasState, 'scope' | 'expanded' | 'filters' | 'asOf' | 'recordedAt'>) {
  const filters = graphFilterVariables(state);
  // As recorded on a day, the whole network (neighbourhoods answer only for what is recorded now).
  if (state.recordedAt)
    return [{ document: NetworkDocument, variables: { ...filters, recordedAt: state.recordedAt } }] as const;
  if (state.scope === 'network' || state.expanded.length === 0) {
    return [{ document: NetworkDocument, variables: filters }] as const;
  }
  return state.expanded.map(({ id, depth }) => ({
    document: NeighbourhoodDocument,
    variables: { id, depth, ...filters },
  }));
}

/** The route search for a question, under the filters as they are now; null until it can be asked. */
export function routeSearch(
  state: Pick<AtlasState, 'filters' | 'asOf' | 'path' | 'warm'>,
  source: RouteSearch['source'],
): RouteSearch | null {
  const { families, asOf, minConfidence } = graphFilterVariables(state);
  if (source === 'paths') {
    const { from, to, avoid, maxHops, first, includeFormer } = state.path;
    if (!from || !to || from === to) return null;
    return { source, variables: { from, to, avoid, maxHops, first, families, asOf, minConfidence, includeFormer } };
  }
  const { from, to, avoid, avoidStances, day, includeFormer } = state.warm;
  if (!from || !to || from === to) return null;
  const variables = { from, to, avoid, avoidStances, families, minConfidence, includeFormer, ...WARM_LIMITS };
  return { source, variables: day ? { ...variables, today: day } : variables };
}
