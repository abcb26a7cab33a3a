/**
 * The graph view: a framework-free engine over Cytoscape. The app hands it nodes and edges; it
 * diffs them into Cytoscape, keeps the reader's picture stable, lays out, highlights, exports and
 * reports taps through callbacks. No React here. This file composes the parts: drawn-graph.ts (what
 * is drawn), view-drawing.ts (bringing Cytoscape in line with it), layout-control.ts (layouts),
 * progressive.ts (large first drawings), emphasis.ts (selection and route), map-labels.ts (names
 * placed when the view rests), camera.ts (fit and focus).
 */
import cytoscape, { type CytoscapeOptions, type Core, type EventObject, type NodeSingular } from 'cytoscape';
import { bringIntoView, createBounceGuard, fitElements } from './camera.ts';
import { tuneCanvasRenderer } from './canvas-tuning.ts';
import { groupCentres } from './community-overview.ts';
import { createDrawnGraph } from './drawn-graph.ts';
import { applySizes } from './elements.ts';
import { createSelectionDisplay, markDiff, markRoute } from './emphasis.ts';
import { layoutsRegistered, registerLayouts, renderSvg } from './extensions.ts';
import { createLayoutControl } from './layout-control.ts';
import { createLayoutRunner } from './layout-runner.ts';
import { labelFocusOf } from './labels.ts';
import { createMapLabels } from './map-labels.ts';
import { hasHardwareWebgl, rendererFor } from './renderer.ts';
import { snapshotOf } from './snapshot.ts';
import { createStylesheet } from './styles.ts';
import type { Viewport } from './types.ts';
import type { GraphView, GraphViewOptions } from './view-api.ts';
import { applyWanted, revealHeld, showSelection, type ViewParts, type ViewState } from './view-drawing.ts';

export type { GraphSnapshot } from './snapshot.ts';
export type { GraphView, GraphViewOptions, SetElementsResult } from './view-api.ts';

/** The smallest zoom (the address bar accepts no smaller, state/url.ts). */
export const MIN_ZOOM = 0.02;
const cores = new WeakMap<GraphView, Core>();

/** The Cytoscape core behind a view: an escape hatch for tests, not for features. */
export function coreOf(view: GraphView): Core {
  const cy = cores.get(view);
  if (!cy) throw new Error('Not a graph view made by createGraphView.');
  return cy;
}

/** Loads the layout extensions, then gives the view's constructor. */
export async function loadGraphEngine(): Promise<typeof createGraphView> {
  await registerLayouts();
  return createGraphView;
}

function createCore(container: HTMLElement | null, webgl: boolean): Core {
  return cytoscape({
    ...(container
      ? {
          container,
          // Cytoscape 3.31+: WebGL where the GPU is real; software WebGL is slower than the canvas.
          renderer: rendererFor(webgl),
        }
      : { headless: true }),
    styleEnabled: true,
    style: createStylesheet(),
    // Low enough for Fit to show the national network whole in a laptop's map area.
    minZoom: MIN_ZOOM,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    // While the reader pans or zooms, move a snapshot instead of redrawing every label and edge:
    // maps stay fluid, and the full drawing returns as soon as the viewport rests. Large maps move
    // differently (canvas-tuning.ts).
    textureOnViewport: true,
  } as CytoscapeOptions);
}

/**
 * Creates the view in a container, or headless (for tests and Node) when container is null. The
 * layouts must be registered first (loadGraphEngine or registerLayouts).
 */
export function createGraphView(container: HTMLElement | null, options: GraphViewOptions = {}): GraphView {
  if (!layoutsRegistered()) throw new Error('Register the layouts first: await loadGraphEngine().');
  const webgl = container !== null && (options.webgl ?? hasHardwareWebgl());
  const cy = createCore(container, webgl);
  const canvas = tuneCanvasRenderer(cy, { webgl });
  const animate = options.animate ?? false;
  const state: ViewState = {
    layoutName: options.layout ?? 'force',
    style: options.style ?? { sizeBy: 'degree' },
    pinned: new Set<string>(),
    selection: null,
    routeIds: [],
    progressive: null,
    detailed: false,
    fitted: null,
  };
  const graph = createDrawnGraph(options.onAggregates);
  const emphasis = createSelectionDisplay(cy);
  const labels = createMapLabels(cy, canvas, {
    show: (placed) => emphasis.showLabels(placed),
    focus: () => labelFocusOf(cy, emphasis.highlight(), state.selection),
    ...(options.onLabelsChange ? { onPlaced: options.onLabelsChange } : {}),
  });
  const layouts = createLayoutControl(cy, {
    runner: createLayoutRunner(),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.onLayoutRunning ? { onLayoutRunning: options.onLayoutRunning } : {}),
    pinned: () => state.pinned,
    detailed: () => state.detailed,
    followZoom: labels.follow,
    grouping: () => graph.grouping(),
  });
  const parts: ViewParts = { cy, canvas, graph, layouts, labels, emphasis, options, animate, state };

  cy.on('tap', (event: EventObject) => {
    if (event.target === cy) {
      options.onBackgroundTap?.();
      return;
    }
    const target = event.target as NodeSingular;
    // An aggregate is not a stakeholder: tapping it draws its members instead.
    if (target.isNode() && (target.data('aggregate') as number) > 0) view.expandAggregate(target.id());
    else options.onSelect?.(target.id());
  });
  cy.on('viewport', () => options.onViewportChange?.(viewportOf(cy)));
  // Cytoscape's events for the reader's own moves (a layout's or a fit's moves are not these).
  cy.on('dragpan scrollzoom pinchzoom', () => (state.fitted = null));

  const view: GraphView = {
    ...drawingMethods(parts),
    ...cameraMethods(parts),
    ...readingMethods(parts),
    destroy() {
      labels.destroy();
      layouts.dispose();
      emphasis.destroy();
      cy.destroy();
    },
  };
  cores.set(view, cy);
  return view;
}

/** What the app changes on the map: its elements, sizes, layout, marks, selection, pins, aggregates. */
function drawingMethods(
  parts: ViewParts,
): Pick<
  GraphView,
  | 'setElements'
  | 'setStyleOptions'
  | 'runLayout'
  | 'highlightDiff'
  | 'highlightPath'
  | 'select'
  | 'setPinned'
  | 'aggregates'
  | 'expandAggregate'
> {
  const { cy, graph, layouts, labels, animate, state } = parts;
  return {
    setElements(nodes, edges) {
      graph.want(nodes, edges);
      if (state.progressive) {
        const settled = state.progressive.then(() => undefined);
        return { added: [], removed: [], updated: [], settled, firstPicture: settled };
      }
      return applyWanted(parts);
    },

    setStyleOptions(next) {
      state.style = next;
      applySizes(cy, state.style);
      labels.follow();
    },

    runLayout(name, request = {}) {
      state.layoutName = name;
      const fit = request.fit ?? true;
      if (fit) state.fitted = [];
      return layouts.run(name, {
        animate: request.animate ?? animate,
        fit,
        randomize: true,
        fixed: [...state.pinned],
      });
    },

    highlightDiff(marks) {
      markDiff(cy, marks);
    },

    highlightPath(nodeIds, edgeIds) {
      state.routeIds = nodeIds;
      revealHeld(parts, nodeIds);
      markRoute(cy, nodeIds, edgeIds);
      labels.follow();
    },

    select(id) {
      state.selection = id;
      if (id && !state.detailed) revealHeld(parts, [id]);
      showSelection(parts);
      labels.follow();
    },

    setPinned(ids) {
      state.pinned = new Set(ids);
      cy.batch(() => {
        for (const node of cy.nodes()) {
          if (state.pinned.has(node.id())) node.addClass('pinned').lock();
          else node.removeClass('pinned').unlock();
        }
      });
      labels.follow();
    },

    aggregates: () => graph.aggregates(),

    expandAggregate(id) {
      if (state.progressive || !graph.isAggregate(id)) return false;
      graph.expand(id);
      applyWanted(parts);
      return true;
    },
  };
}

/** Where the camera looks: a node, a fit, the frame resized, the viewport read or set. */
function cameraMethods(parts: ViewParts): Pick<GraphView, 'focus' | 'fit' | 'resize' | 'viewport' | 'setViewport'> {
  const { cy, graph, labels, animate, state } = parts;
  const refits = createBounceGuard();
  return {
    focus(id) {
      if (!state.detailed) revealHeld(parts, [id]);
      const holder = state.detailed ? graph.drawnHolder(cy, id) : undefined;
      const element = cy.getElementById(holder?.id ?? id);
      if (element.empty()) return false;
      state.fitted = null;
      // The selection layer names the node and its neighbours at any zoom on a large map.
      bringIntoView(cy, element, { detailed: state.detailed, animate });
      return true;
    },

    fit(ids) {
      state.fitted = ids ?? [];
      fitElements(cy, ids, animate);
      labels.follow();
    },

    resize() {
      cy.resize();
      // A fitted map stays fitted when its frame grows or shrinks (the toolbar wraps, the summary
      // grows), its names placed at once, not after the rest.
      if (!state.fitted || cy.nodes().empty() || refits.bouncing(cy.width(), cy.height())) return;
      fitElements(cy, state.fitted.length > 0 ? state.fitted : undefined, false);
      labels.follow();
    },

    viewport: () => viewportOf(cy),

    setViewport(next) {
      state.fitted = null;
      cy.viewport({ zoom: next.zoom, pan: next.pan });
      labels.follow();
    },
  };
}

/** What the map shows, for exports, tests and the app: pictures, the snapshot, names, centres. */
function readingMethods(
  parts: ViewParts,
): Pick<
  GraphView,
  'exportPng' | 'exportSvg' | 'exportJson' | 'snapshot' | 'labelled' | 'setKeyboardFocus' | 'centres'
> {
  const { cy, labels, emphasis, state } = parts;
  return {
    // Exports carry the names drawn on screen, drawn by Cytoscape for the occasion.
    exportPng: () =>
      labels.withNamesDrawn(() => cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' })),

    exportSvg: () => labels.withNamesDrawn(() => renderSvg(cy, { full: true, scale: 1, bg: '#ffffff' })),

    exportJson: () => cy.json(),

    snapshot: () => snapshotOf(cy, state.layoutName, emphasis.highlight(), labels.labelled()),

    labelled: () => labels.labelled(),

    setKeyboardFocus: (id) => emphasis.showCursor(id),

    centres: (groupOf) =>
      groupCentres(
        cy.nodes().map((node) => ({ id: node.id(), ...node.position() })),
        groupOf,
      ),
  };
}

function viewportOf(cy: Core): Viewport {
  const pan = cy.pan();
  return { zoom: cy.zoom(), pan: { x: pan.x, y: pan.y } };
}
