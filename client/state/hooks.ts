/**
 * The store's state joined with the API's answers, for components: each hook reads the store and
 * TanStack Query and hands both to a pure selector (selectors.ts).
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { NetworkDiffDocument } from '../api/generated/operations.ts';
import { graphQuery, influenceQuery, operationQuery, registerQuery, routesQuery, type Route } from '../api/queries.ts';
import { diffVariables } from './diff.ts';
import {
  selectActiveRoute,
  selectNameOf,
  selectRouteIds,
  selectScores,
  selectStances,
  selectVisible,
} from './selectors.ts';
import { useAtlas, useAtlasState } from './store.ts';
import { graphFilterVariables, graphRequests } from './variables.ts';

/** The graph behind the map; keeps showing the last one while the next loads. */
export function useGraph() {
  const scope = useAtlasState((state) => state.scope);
  const expanded = useAtlasState((state) => state.expanded);
  const filters = useAtlasState((state) => state.filters);
  const asOf = useAtlasState((state) => state.asOf);
  const recordedAt = useAtlasState((state) => state.recordedAt);
  const requests = useMemo(
    () => graphRequests({ scope, expanded, filters, asOf, recordedAt }),
    [scope, expanded, filters, asOf, recordedAt],
  );
  const setProgress = useAtlas((store) => store.setNetworkProgress);
  return useQuery({ ...graphQuery(requests, setProgress), placeholderData: keepPreviousData });
}

/** The changes of the period the map highlights (none asked while there is none). */
export function useDiff() {
  const period = useAtlasState((state) => state.diff);
  return useQuery({
    ...operationQuery(NetworkDiffDocument, period ? diffVariables(period) : { from: '' }),
    enabled: period !== null,
  });
}

/** The influence ranking while the overlay is on. */
export function useInfluence() {
  const metric = useAtlasState((state) => state.influence);
  const filters = useAtlasState((state) => state.filters);
  const asOf = useAtlasState((state) => state.asOf);
  const { families, asOf: year } = graphFilterVariables({ filters, asOf });
  return useQuery({
    ...influenceQuery(metric, { families, asOf: year }),
    placeholderData: metric ? keepPreviousData : undefined,
  });
}

/** The routes of the last search (Paths or Warm routes). */
export function useRoutes() {
  const search = useAtlasState((state) => state.route.search);
  return useQuery(routesQuery(search));
}

export function useActiveRoute(): Route | null {
  const routes = useRoutes().data;
  const route = useAtlasState((state) => state.route);
  return selectActiveRoute({ route }, routes);
}

export function useRouteIds() {
  return selectRouteIds(useActiveRoute());
}

/** What the map and table show now. */
export function useVisible() {
  const state = useAtlasState((value) => value);
  const graph = useGraph().data;
  return selectVisible(state, graph, useActiveRoute());
}

export function useScores() {
  const metric = useAtlasState((state) => state.influence);
  return selectScores(metric, useInfluence().data);
}

/** Names of the stakeholders the app holds, by id, for lists that show ids. */
export function useNameOf(): (id: string) => string {
  const remembered = useAtlas((store) => store.names);
  const graph = useGraph().data;
  const route = useActiveRoute();
  const ranking = useInfluence().data;
  return selectNameOf(remembered, graph?.nodes, route?.nodes, ranking);
}

/** Stance by stakeholder id from the register (editors), for the map's rings and the legend. */
export function useStances() {
  return selectStances(useQuery(registerQuery).data?.register);
}
