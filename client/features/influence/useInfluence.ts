/** Influence scores of every stakeholder under the family and year filters, for the overlay. */
import { InfluenceDocument, type InfluenceQuery } from '../../api/generated/operations.ts';
import { request } from '../../api/request.ts';
import type { AtlasState } from '../../state/types.ts';
import { graphFilterVariables } from '../../state/variables.ts';
import { useQuery, type QueryResult } from '../app/useQuery.ts';

export type InfluenceScores = InfluenceQuery['influence'];

/** The most the API ranks in one call; enough for the whole seeded network. */
const ALL = 200;

export function useInfluence(state: AtlasState, attempt: number): QueryResult<InfluenceScores> {
  const { families, asOf } = graphFilterVariables(state);
  const variables = { metric: state.influence ?? 'DEGREE', families, asOf, first: ALL };
  const key = state.influence ? JSON.stringify({ variables, attempt }) : null;
  return useQuery(key, async (signal) => (await request(InfluenceDocument, variables, { signal })).influence);
}
