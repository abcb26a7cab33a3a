/**
 * The graph view's life: loads the engine, creates the view on the map's frame once, reports its
 * layout, progress, aggregates and names back as React state, and follows the frame's size.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { GraphView } from '../../graph/view.ts';
import type { Aggregate } from '../../graph/supernodes.ts';
import type { DrawingProgress, LayoutName } from '../../graph/types.ts';
import { dispatch, useAtlas } from '../../state/store.ts';

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

/** What the view reports as it works, for the map's status and the words beside it. */
export interface GraphViewReports {
  ready: boolean;
  laying: boolean;
  progress: DrawingProgress | null;
  aggregates: readonly Aggregate[];
  labelled: readonly string[];
}

export function useGraphView(
  container: RefObject<HTMLDivElement | null>,
  layout: LayoutName,
): { viewRef: RefObject<GraphView | null> } & GraphViewReports {
  const setGraphView = useAtlas((store) => store.setGraphView);
  const layoutDone = useAtlas((store) => store.layoutDone);
  const viewRef = useRef<GraphView | null>(null);
  const [ready, setReady] = useState(false);
  const [laying, setLaying] = useState(false);
  const [progress, setProgress] = useState<DrawingProgress | null>(null);
  const [aggregates, setAggregates] = useState<readonly Aggregate[]>([]);
  const [labelled, setLabelled] = useState<readonly string[]>([]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let view: GraphView | undefined;
    let cancelled = false;
    void loadEngine().then((createGraphView) => {
      if (cancelled || !container.current) return;
      view = createGraphView(container.current, {
        layout,
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
    // The view lives as long as the component; later state reaches it through the effects of useMapDrawing.
  }, []);

  useFrameResize(container, viewRef);
  return { viewRef, ready, laying, progress, aggregates, labelled };
}

/**
 * The map's frame changes size without the window doing so (the toolbar wraps, the summary under it
 * grows): Cytoscape only follows the window, so its canvases, and the names on them, would spill.
 */
function useFrameResize(container: RefObject<HTMLDivElement | null>, viewRef: RefObject<GraphView | null>) {
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
}
