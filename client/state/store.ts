/**
 * The app's one store (zustand): the reducer's state and its dispatch, the map's graph view once it
 * exists, and the names chosen in searches. Started from the address bar and written back to it.
 */
import { createStore, useStore } from 'zustand';
import type { GraphView } from '../graph/view.ts';
import type { Action } from './actions.ts';
import { initialState } from './defaults.ts';
import { reducer } from './reducer.ts';
import type { NetworkProgress } from '../api/queries.ts';
import type { AtlasState } from './types.ts';
import { withSharedState, writeSharedState } from './url.ts';

export interface Named {
  id: string;
  name: string;
}

export interface AtlasStore {
  state: AtlasState;
  dispatch: (action: Action) => void;
  /** The map's graph view (set by the map, used by Fit and Export); null until it exists. */
  graphView: GraphView | null;
  setGraphView: (view: GraphView | null) => void;
  /** Counts the map's finished layouts: what reads node places (the community overview) reads again. */
  layoutsDone: number;
  layoutDone: () => void;
  /** Names chosen in searches, for lists that show stakeholders not on the map. */
  names: ReadonlyMap<string, string>;
  rememberName: (named: Named) => void;
  /** Stakeholders of the whole network read so far while its pages load; null when not loading. */
  networkProgress: NetworkProgress | null;
  setNetworkProgress: (progress: NetworkProgress | null) => void;
}

const REMEMBERED_NAMES = 200;

export function createAtlasStore(initial: AtlasState) {
  return createStore<AtlasStore>()((set) => ({
    state: initial,
    dispatch: (action) =>
      set((store) => {
        const next = reducer(store.state, action);
        return next === store.state ? store : { state: next };
      }),
    graphView: null,
    setGraphView: (graphView) => set({ graphView }),
    layoutsDone: 0,
    layoutDone: () => set((store) => ({ layoutsDone: store.layoutsDone + 1 })),
    networkProgress: null,
    setNetworkProgress: (networkProgress) => set({ networkProgress }),
    names: new Map(),
    rememberName: ({ id, name }) =>
      set((store) => {
        if (store.names.get(id) === name) return store;
        const names = new Map(store.names);
        names.delete(id);
        names.set(id, name);
        if (names.size > REMEMBERED_NAMES) names.delete(names.keys().next().value as string);
        return { names };
      }),
  }));
}

export type AtlasStoreApi = ReturnType<typeof createAtlasStore>;

export const atlasStore = createAtlasStore(
  withSharedState(initialState(), typeof window === 'undefined' ? '' : window.location.search),
);

/** Reads the store in a component; the selector should return a part of it, not a new object. */
export function useAtlas<T>(selector: (store: AtlasStore) => T): T {
  return useStore(atlasStore, selector);
}

/** Reads the reducer's state in a component. */
export function useAtlasState<T>(selector: (state: AtlasState) => T): T {
  return useStore(atlasStore, (store) => selector(store.state));
}

export function dispatch(action: Action): void {
  atlasStore.getState().dispatch(action);
}

export function rememberName(named: Named): void {
  atlasStore.getState().rememberName(named);
}

/**
 * Keeps the address bar in step with the state: `replace` gets each new query string (replaceState,
 * so panning makes no history entries). Returns the unsubscribe.
 */
export function syncAddressBar(
  store: AtlasStoreApi,
  current: () => string,
  replace: (search: string) => void,
): () => void {
  const write = (state: AtlasState) => {
    const search = writeSharedState(state);
    if (search !== current()) replace(search);
  };
  write(store.getState().state);
  return store.subscribe((next, previous) => {
    if (next.state !== previous.state) write(next.state);
  });
}
