/** The API's filter arguments for the current state: what the map, details and paths ask for. */
import { FAMILIES, type Family } from '../../core/vocabulary.ts';
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
