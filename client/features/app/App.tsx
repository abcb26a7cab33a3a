/**
 * The whole client: state and data at the top, passed down through AtlasContext to thin features.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GraphView } from '../../graph/view.ts';
import { visibleInState } from '../../state/visible.ts';
import { EngagementProvider } from '../engagement/EngagementContext.tsx';
import { GridView } from '../engagement/GridView.tsx';
import { WarmRoutesPanel, type WarmRoute } from '../engagement/WarmRoutesPanel.tsx';
import { DetailsPanel } from '../details/DetailsPanel.tsx';
import { FiltersPanel } from '../filters/FiltersPanel.tsx';
import { useYearRange } from '../filters/useYearRange.ts';
import { InfluencePanel } from '../influence/InfluencePanel.tsx';
import { useInfluence } from '../influence/useInfluence.ts';
import { Legend } from '../legend/Legend.tsx';
import { MapStatus } from '../map/MapStatus.tsx';
import { MapToolbar } from '../map/MapToolbar.tsx';
import { MapView } from '../map/MapView.tsx';
import { useGraphData } from '../map/useGraphData.ts';
import { PathsPanel } from '../paths/PathsPanel.tsx';
import { usePathSearch } from '../paths/usePathSearch.ts';
import { StatusBanner } from '../status/StatusBanner.tsx';
import { TableView } from '../table/TableView.tsx';
import { AtlasContext, type AtlasContextValue, type MapGraph } from './AtlasContext.tsx';
import { Header } from './Header.tsx';
import { SidePanel } from './SidePanel.tsx';
import { useAtlasState } from './useAtlasState.ts';
import { useNames, type Named } from './useNames.ts';
import { useReadiness } from './useReadiness.ts';

const NOTHING: MapGraph = { nodes: [], edges: [] };

export function App() {
  const [state, dispatch] = useAtlasState();
  const { readiness, attempt, retry, recheck } = useReadiness();
  const graph = useGraphData(state, attempt);
  const influence = useInfluence(state, attempt);
  const range = useYearRange(attempt);
  usePathSearch(state, dispatch);

  const [warmRoute, setWarmRoute] = useState<WarmRoute | null>(null);
  // The details panel shows the "New stakeholder" form instead of the selection while this is on.
  const [creating, setCreating] = useState(false);
  const pathRoute = state.path.status === 'done' ? state.path.routes[state.path.active] : undefined;
  // The Warm routes panel highlights its chosen route the way Paths does, while it is open.
  const warm = useMemo(
    () =>
      warmRoute
        ? {
            nodes: warmRoute.nodes,
            edges: warmRoute.steps.flatMap((step) => (step.edge ? [step.edge] : [])),
          }
        : undefined,
    [warmRoute],
  );
  const route = state.panel === 'warm' ? warm : pathRoute;
  const routeGraph = useMemo(() => (route ? { nodes: route.nodes, edges: route.edges } : null), [route]);
  const routeIds = useMemo(
    () => (route ? { nodeIds: route.nodes.map((node) => node.id), edgeIds: route.edges.map((edge) => edge.id) } : null),
    [route],
  );
  const { filters, hidden, selection, pinned, expanded, scope } = state;
  const visible = useMemo(
    () => visibleInState(graph.data ?? NOTHING, { filters, hidden, selection, pinned, expanded, scope }, routeGraph),
    [graph.data, filters, hidden, selection, pinned, expanded, scope, routeGraph],
  );
  const scores = useMemo(
    () =>
      state.influence && influence.data ? new Map(influence.data.map((entry) => [entry.entity.id, entry.score])) : null,
    [state.influence, influence.data],
  );
  const [chosen, setChosen] = useState<Named[]>([]);
  const rememberName = useCallback((named: Named) => setChosen((list) => [...list.slice(-50), named]), []);
  const nameOf = useNames([graph.data?.nodes, route?.nodes, influence.data?.map((entry) => entry.entity), chosen]);

  // A failed request may mean the database went away: ask /ready for the reason.
  useEffect(() => {
    if (graph.error) recheck();
  }, [graph.error, recheck]);

  const view = useRef<GraphView | null>(null);
  const onView = useCallback((next: GraphView | null) => {
    view.current = next;
  }, []);

  const context: AtlasContextValue = useMemo(
    () => ({ state, dispatch, visible, nameOf, rememberName, graphView: () => view.current }),
    [state, dispatch, visible, nameOf, rememberName],
  );

  return (
    <AtlasContext.Provider value={context}>
      <EngagementProvider attempt={attempt} onTokenChange={retry}>
        <div className="app">
          <Header
            onNewStakeholder={() => {
              setCreating(true);
              // Already open: back to its first field.
              document.getElementById('new-entity-kind')?.focus();
            }}
          />
          <StatusBanner readiness={readiness} error={graph.error} onRetry={retry} />
          <div className="workspace">
            <SidePanel
              panels={{
                filters: <FiltersPanel range={range} />,
                paths: <PathsPanel />,
                influence: <InfluencePanel scores={influence} />,
                warm: <WarmRoutesPanel onShow={setWarmRoute} />,
              }}
            />
            <main
              className="stage"
              aria-label={state.view === 'map' ? 'Map' : state.view === 'table' ? 'Tables' : 'Power and interest grid'}
            >
              <MapToolbar />
              <div className="map-frame" hidden={state.view !== 'map'}>
                <div className="map-area">
                  <MapView onView={onView} scores={scores} route={routeIds} />
                  <MapStatus status={graph.status} truncated={graph.data?.truncated ?? false} />
                </div>
                <Legend />
              </div>
              {state.view === 'table' && <TableView />}
              {state.view === 'grid' && <GridView />}
            </main>
            <DetailsPanel
              attempt={attempt}
              routeEdges={route?.edges ?? []}
              onDataChanged={retry}
              creating={creating}
              onCreatingDone={() => setCreating(false)}
            />
          </div>
        </div>
      </EngagementProvider>
    </AtlasContext.Provider>
  );
}
