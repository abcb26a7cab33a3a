/** Asks the API for routes when the reader asks (pathRequested), and reports the answer. */
import { useEffect, type Dispatch } from 'react';
import { PathsDocument } from '../../api/generated/operations.ts';
import { request } from '../../api/request.ts';
import type { Action } from '../../state/actions.ts';
import type { AtlasState } from '../../state/types.ts';
import { graphFilterVariables } from '../../state/variables.ts';

export function pathVariables(state: AtlasState) {
  const { families, asOf, minConfidence } = graphFilterVariables(state);
  const { from, to, avoid, maxHops, first } = state.path;
  return { from: from ?? '', to: to ?? '', avoid, maxHops, first, families, asOf, minConfidence };
}

export function usePathSearch(state: AtlasState, dispatch: Dispatch<Action>): void {
  const { status, requestId } = state.path;
  useEffect(() => {
    if (status !== 'loading') return;
    const controller = new AbortController();
    request(PathsDocument, pathVariables(state), { signal: controller.signal }).then(
      ({ paths }) => dispatch({ type: 'pathLoaded', requestId, routes: paths }),
      (error: Error) => {
        if (!controller.signal.aborted) dispatch({ type: 'pathFailed', requestId, message: error.message });
      },
    );
    return () => controller.abort();
    // One request per search: the requestId names it; the rest of the state is read when it starts.
  }, [status, requestId]);
}
