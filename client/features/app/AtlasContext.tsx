/** Shares the state, dispatch and what the API returned with the features below the app. */
import { createContext, useContext, type Dispatch } from 'react';
import type { MapEdgeFragment, MapNodeFragment } from '../../api/generated/operations.ts';
import type { Action } from '../../state/actions.ts';
import type { AtlasState } from '../../state/types.ts';
import type { GraphView } from '../../graph/view.ts';
import type { GraphData } from '../../../core/graph/types.ts';

export type MapGraph = GraphData<MapNodeFragment, MapEdgeFragment>;

export interface AtlasContextValue {
  state: AtlasState;
  dispatch: Dispatch<Action>;
  /** What the map and table show now. */
  visible: MapGraph;
  /** Names of every stakeholder the app has seen, by id, for lists and routes. */
  nameOf: (id: string) => string;
  /** Remembers a name seen outside the map (a search result), for nameOf. */
  rememberName: (named: { id: string; name: string }) => void;
  /** The map's graph view, once it exists. */
  graphView: () => GraphView | null;
}

export const AtlasContext = createContext<AtlasContextValue | null>(null);

export function useAtlas(): AtlasContextValue {
  const value = useContext(AtlasContext);
  if (!value) throw new Error('useAtlas must be used inside <AtlasContext.Provider>.');
  return value;
}
