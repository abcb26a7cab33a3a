/** The app's state: the reducer, started from the address bar and written back to it. */
import { useEffect, useReducer, type Dispatch } from 'react';
import type { Action } from '../../state/actions.ts';
import { initialState } from '../../state/defaults.ts';
import { reducer } from '../../state/reducer.ts';
import type { AtlasState } from '../../state/types.ts';
import { withSharedState, writeSharedState } from '../../state/url.ts';

export function useAtlasState(): [AtlasState, Dispatch<Action>] {
  const [state, dispatch] = useReducer(reducer, undefined, () =>
    withSharedState(initialState(), window.location.search),
  );
  const search = writeSharedState(state);
  useEffect(() => {
    if (search !== window.location.search) {
      // replaceState: the address always matches the view, without a history entry per pan.
      window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
    }
  }, [search]);
  return [state, dispatch];
}
