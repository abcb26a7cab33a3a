/** The graph behind the map: the whole network, or the merged neighbourhoods being explored. */
import { NeighbourhoodDocument, NetworkDocument } from '../../api/generated/operations.ts';
import { request } from '../../api/request.ts';
import type { AtlasState } from '../../state/types.ts';
import { graphFilterVariables } from '../../state/variables.ts';
import { mergeGraphs } from '../../../core/graph/visible.ts';
import type { MapGraph } from '../app/AtlasContext.tsx';
import { useQuery, type QueryResult } from '../app/useQuery.ts';

export interface GraphData extends MapGraph {
  truncated: boolean;
}

/** The operation and variables behind the current map, for "copy the GraphQL query". */
export function graphRequests(state: Pick<AtlasState, 'scope' | 'expanded' | 'filters' | 'asOf'>) {
  const filters = graphFilterVariables(state);
  if (state.scope === 'network' || state.expanded.length === 0) {
    return [{ document: NetworkDocument, variables: filters }] as const;
  }
  return state.expanded.map(({ id, depth }) => ({
    document: NeighbourhoodDocument,
    variables: { id, depth, ...filters },
  }));
}

export function useGraphData(state: AtlasState, attempt: number): QueryResult<GraphData> {
  const requests = graphRequests(state);
  const key = JSON.stringify({ requests: requests.map((entry) => entry.variables), scope: state.scope, attempt });
  return useQuery(key, async (signal) => {
    if (state.scope === 'network' || state.expanded.length === 0) {
      const { network } = await request(NetworkDocument, graphFilterVariables(state), { signal });
      return network;
    }
    const answers = await Promise.all(
      state.expanded.map(({ id, depth }) =>
        request(NeighbourhoodDocument, { id, depth, ...graphFilterVariables(state) }, { signal }),
      ),
    );
    const graphs = answers.map((answer) => answer.neighbourhood);
    return { ...mergeGraphs(graphs), truncated: graphs.some((graph) => graph.truncated) };
  });
}
