/**
 * Binds the graph view to the app: draws what is visible, follows the state (selection, layout,
 * pins, highlighted route, sizes) and reports taps and camera moves back as actions.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { GraphView } from '../../graph/view.ts';
import { aggregateLabel, type Aggregate } from '../../graph/supernodes.ts';
import type { DrawingProgress, Viewport } from '../../graph/types.ts';
import { dispatch, useAtlas, useAtlasState } from '../../state/store.ts';
import { useNameOf, useRouteIds, useScores, useStances, useVisible } from '../../state/hooks.ts';
import { useCommunityOf } from '../../state/communities.ts';
import { toEdgeInput, toNodeInput } from './toGraphInput.ts';

const VIEWPORT_DEBOUNCE_MS = 300;
/** Aggregates listed under the map with a button each; the rest expand by a click on the map. */
const AGGREGATES_LISTED = 8;

// The engine (Cytoscape and its layouts) is split into chunks of its own; start fetching them as
// soon as this module loads, alongside the first data requests.
let engine: Promise<typeof import('../../graph/view.ts').createGraphView> | undefined;
function loadEngine() {
  engine ??= import('../../graph/view.ts').then(({ loadGraphEngine }) => loadGraphEngine());
  return engine;
}
void loadEngine();

declare global {
  interface Window {
    /** Read-only hooks for the browser tests: what the map draws, and its exports. */
    __atlas?: Pick<GraphView, 'snapshot' | 'exportSvg'>;
  }
}

export function MapView() {
  const state = useAtlasState((value) => value);
  const visible = useVisible();
  const scores = useScores();
  const route = useRouteIds();
  const stances = useStances();
  const communities = useCommunityOf();
  const setGraphView = useAtlas((store) => store.setGraphView);
  const layoutDone = useAtlas((store) => store.layoutDone);
  const container = useRef<HTMLDivElement>(null);
  const viewRef = useRef<GraphView | null>(null);
  const [laying, setLaying] = useState(false);
  const [progress, setProgress] = useState<DrawingProgress | null>(null);
  const [aggregates, setAggregates] = useState<readonly Aggregate[]>([]);
  const nameOf = useNameOf();
  const [drawn, setDrawn] = useState(false);
  const initialViewport = useRef<Viewport | null>(state.viewport);
  const firstLayout = useRef(state.layoutRun);

  const [ready, setReady] = useState(false);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let view: GraphView | undefined;
    let cancelled = false;
    void loadEngine().then((createGraphView) => {
      if (cancelled || !container.current) return;
      view = createGraphView(container.current, {
        layout: state.layout,
        animate: !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches,
        onSelect: (id) => dispatch({ type: 'select', id }),
        onBackgroundTap: () => dispatch({ type: 'select', id: null }),
        onViewportChange: (viewport) => {
          clearTimeout(timer);
          timer = setTimeout(() => dispatch({ type: 'setViewport', viewport }), VIEWPORT_DEBOUNCE_MS);
        },
        onLayoutRunning: (running) => {
          setLaying(running);
          if (!running) layoutDone();
        },
        onProgress: setProgress,
        onAggregates: setAggregates,
      });
      viewRef.current = view;
      const current = view;
      window.__atlas = { snapshot: () => current.snapshot(), exportSvg: () => current.exportSvg() };
      setGraphView(view);
      setReady(true);
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
      if (!view) return;
      setGraphView(null);
      delete window.__atlas;
      view.destroy();
      viewRef.current = null;
    };
    // The view lives as long as the component; later state reaches it through the effects below.
  }, []);

  const nodes = useMemo(
    () => visible.nodes.map((node) => toNodeInput(node, scores, stances, communities)),
    [visible.nodes, scores, stances, communities],
  );
  const edges = useMemo(
    () => visible.edges.map((edge) => toEdgeInput(edge, communities)),
    [visible.edges, communities],
  );

  useEffect(() => {
    const view = viewRef.current;
    if (!view || (nodes.length === 0 && !drawn)) return;
    const { settled } = view.setElements(nodes, edges);
    if (!drawn) {
      void settled.then(() => {
        // A shared link's camera applies once the first picture is drawn.
        if (initialViewport.current) view.setViewport(initialViewport.current);
        initialViewport.current = null;
        setDrawn(true);
      });
    }
  }, [nodes, edges, drawn, ready]);

  useEffect(() => {
    viewRef.current?.setStyleOptions({ sizeBy: scores ? 'score' : 'degree' });
  }, [scores, ready]);

  useEffect(() => {
    // The first layout runs with the first drawing; later ones when the reader asks.
    if (state.layoutRun === firstLayout.current) return;
    firstLayout.current = -1;
    void viewRef.current?.runLayout(state.layout);
  }, [state.layout, state.layoutRun]);

  useEffect(() => viewRef.current?.select(state.selection), [state.selection, nodes, ready]);
  useEffect(() => viewRef.current?.setPinned(state.pinned), [state.pinned, nodes, ready]);

  // A focus request waits for its node while it stays selected: a stakeholder just created is drawn
  // only once the map's data has been read again.
  const focused = useRef<number | null>(null);
  useEffect(() => {
    const request = state.focusRequest;
    if (!request || !drawn || focused.current === request.seq || request.id !== state.selection) return;
    if (viewRef.current?.focus(request.id)) focused.current = request.seq;
  }, [state.focusRequest, state.selection, drawn, nodes]);

  useEffect(() => {
    viewRef.current?.highlightPath(route?.nodeIds ?? [], route?.edgeIds ?? []);
  }, [route, nodes, ready]);

  useEffect(() => {
    // A new route comes into view once; later redraws leave the camera to the reader.
    if (route && drawn) viewRef.current?.fit(route.nodeIds);
  }, [route, drawn]);

  useEffect(() => {
    if (state.view === 'map') viewRef.current?.resize();
  }, [state.view]);

  return (
    <>
      <div
        className="map-canvas"
        ref={container}
        data-testid="map"
        data-drawn={drawn ? 'yes' : 'no'}
        data-layout-running={laying ? 'yes' : 'no'}
        role="img"
        aria-label={`Network map of ${visible.nodes.length} stakeholders and ${visible.edges.length} relationships. The table view lists them for keyboard and screen reader use.`}
      />
      {aggregates.length > 0 && (
        <div className="map-aggregates" data-testid="map-aggregates">
          <span>Drawn as one (click on the map, or here):</span>
          {[...aggregates]
            .sort((a, b) => b.members.length - a.members.length)
            .slice(0, AGGREGATES_LISTED)
            .map((aggregate) => (
              <button
                key={aggregate.id}
                type="button"
                className="link"
                onClick={() => viewRef.current?.expandAggregate(aggregate.id)}
              >
                {aggregateLabel(aggregate.members.length, aggregate.kind, aggregate.type)} of {nameOf(aggregate.hub)}
              </button>
            ))}
          {aggregates.length > AGGREGATES_LISTED && <span>and {aggregates.length - AGGREGATES_LISTED} more</span>}
        </div>
      )}
      {/* Shown only when a layout takes a while (CSS delays it), so quick ones do not flash. */}
      {laying && (
        <p className="map-laying" role="status" data-testid="map-laying" data-phase={progress?.phase ?? 'layout'}>
          <span className="spinner" aria-hidden="true" />
          {progress?.phase === 'drawing' ? 'Drawing' : 'Laying out'} {nodes.length.toLocaleString('en-GB')}{' '}
          stakeholders…
          {progress && (
            <>
              {' '}
              {Math.round(progress.done * 100)}%
              <progress max={1} value={progress.done} aria-hidden="true" data-testid="map-progress" />
            </>
          )}
        </p>
      )}
    </>
  );
}
