/**
 * Binds the graph view to the app: draws what is visible, follows the state (selection, layout,
 * pins, highlighted route, sizes) and reports taps and camera moves back as actions. Beside the
 * canvas: the map's summary in words (a live region) and the aggregates drawn.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { GraphView } from '../../graph/view.ts';
import type { Aggregate } from '../../graph/supernodes.ts';
import type { DrawingProgress, Viewport } from '../../graph/types.ts';
import { dispatch, useAtlas, useAtlasState } from '../../state/store.ts';
import { useDiff, useGraph, useNameOf, useRouteIds, useScores, useStances, useVisible } from '../../state/hooks.ts';
import { diffMarks, retiredEdges, retiredEnds } from '../../state/diff.ts';
import { selectInterlockIds } from '../../state/selectors.ts';
import { useCommunityOf } from '../../state/communities.ts';
import { AggregatesList } from './AggregatesList.tsx';
import { mapSummary } from './summary.ts';
import { toEdgeInput, toNodeInput } from './toGraphInput.ts';
import { useMapKeyboard } from './useMapKeyboard.ts';

const VIEWPORT_DEBOUNCE_MS = 300;

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
  const [labelled, setLabelled] = useState<readonly string[]>([]);
  const keyboard = useMapKeyboard(viewRef);
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
        onLabelsChange: () => setLabelled(view?.labelled().map((each) => each.label) ?? []),
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

  const period = useAtlasState((value) => value.diff);
  const diffLines = useDiff().data?.networkDiff.entries;
  const shownDiff = useMemo(() => (period && diffLines ? diffLines : []), [period, diffLines]);
  const graph = useGraph().data;
  const nodes = useMemo(() => {
    // While a period is shown, the ends of the relationships it retired stay on the map with them.
    const ends = new Set(retiredEnds(shownDiff, new Set(visible.nodes.map((node) => node.id))));
    const shown = [...visible.nodes, ...(graph?.nodes ?? []).filter((node) => ends.has(node.id))];
    return shown.map((node) => toNodeInput(node, scores, stances, communities));
  }, [visible.nodes, graph, shownDiff, scores, stances, communities]);
  const edges = useMemo(() => {
    const drawn = visible.edges.map((edge) => toEdgeInput(edge, communities));
    // Relationships the period retired are no longer in the network: drawn from their last version.
    const nodeIds = new Set(nodes.map((node) => node.id));
    return [...drawn, ...retiredEdges(shownDiff, nodeIds, new Set(drawn.map((edge) => edge.id)))];
  }, [nodes, visible.edges, communities, shownDiff]);

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

  // A chosen interlock takes the route's place until another search or selection.
  const emphasis = selectInterlockIds(state.interlock) ?? route;
  useEffect(() => {
    viewRef.current?.highlightPath(emphasis?.nodeIds ?? [], emphasis?.edgeIds ?? []);
  }, [emphasis, nodes, ready]);

  useEffect(() => {
    viewRef.current?.highlightDiff(diffMarks(shownDiff));
  }, [shownDiff, nodes, edges, ready]);

  useEffect(() => {
    // A new route comes into view once; later redraws leave the camera to the reader.
    if (route && drawn) viewRef.current?.fit(route.nodeIds);
  }, [route, drawn]);

  useEffect(() => {
    if (state.view === 'map') viewRef.current?.resize();
  }, [state.view]);

  // The map's frame changes size without the window doing so (the toolbar wraps, the summary under it
  // grows): Cytoscape only follows the window, so its canvases, and the names on them, would spill.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => viewRef.current?.resize());
    });
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, []);

  const focus = useMemo(() => {
    const id = state.selection;
    if (!id || !visible.nodes.some((node) => node.id === id)) return null;
    const neighbours = new Set<string>();
    for (const edge of visible.edges) {
      if (edge.source === id) neighbours.add(edge.target);
      if (edge.target === id) neighbours.add(edge.source);
    }
    return { name: nameOf(id), neighbours: neighbours.size };
  }, [state.selection, visible, nameOf]);
  const summary = mapSummary({
    stakeholders: visible.nodes.length,
    relationships: visible.edges.length,
    layout: state.layout,
    labelled,
    focus,
  });

  return (
    <>
      <div className="map-stage">
        <div
          className="map-canvas"
          ref={container}
          data-testid="map"
          data-drawn={drawn ? 'yes' : 'no'}
          data-layout-running={laying ? 'yes' : 'no'}
          role="group"
          aria-roledescription="network map"
          aria-label="Network map: arrow keys move between the labelled stakeholders, Enter selects, Escape clears"
          aria-describedby="map-summary"
          tabIndex={0}
          onKeyDown={keyboard.onKeyDown}
          onBlur={keyboard.onBlur}
        />
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
      </div>
      <div className="map-aside">
        <p id="map-summary" className="map-summary" data-testid="map-summary" aria-live="polite">
          {summary}
        </p>
        <p className="map-keyboard" data-testid="map-keyboard" aria-live="polite">
          {keyboard.cursor ? `Keyboard on ${keyboard.cursor.label}: Enter selects it.` : ''}
        </p>
        <AggregatesList aggregates={aggregates} onExpand={(id) => viewRef.current?.expandAggregate(id)} />
      </div>
    </>
  );
}
