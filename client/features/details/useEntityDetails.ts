/** Everything the details panel shows about one entity, under the current filters. */
import { EntityDetailsDocument, type EntityDetailsQuery } from '../../api/generated/operations.ts';
import { request } from '../../api/request.ts';
import type { AtlasState } from '../../state/types.ts';
import { graphFilterVariables } from '../../state/variables.ts';
import { useQuery, type QueryResult } from '../app/useQuery.ts';

export type EntityDetails = EntityDetailsQuery;

export function isEntityId(id: string | null): id is string {
  return !!id && /^(body|person|programme):/.test(id);
}

export function useEntityDetails(state: AtlasState, attempt: number): QueryResult<EntityDetails> {
  const id = isEntityId(state.selection) ? state.selection : null;
  const variables = { id: id ?? '', ...graphFilterVariables(state) };
  const key = id ? JSON.stringify({ variables, attempt }) : null;
  return useQuery(key, (signal) => request(EntityDetailsDocument, variables, { signal }));
}
