/**
 * The graph view: a framework-free engine over Cytoscape. The app hands it nodes and edges; it
 * diffs them into Cytoscape, keeps the reader's picture stable, lays out, highlights, exports and
 * reports taps through callbacks. No React here. This file composes the parts: drawn-graph.ts (what
 * is drawn), layout-control.ts (layouts), progressive.ts (large first drawings), emphasis.ts
 * (selection and route), map-labels.ts (names placed when the view rests), camera.ts (fit and focus).
 */
import cytoscape, { type CytoscapeOptions, type Core, type EventObject, type NodeSingular } from 'cytoscape';
import { bringIntoView, createBounceGuard, fitElements, fitToPlaces } from './camera.ts';
import { tuneCanvasRenderer } from './canvas-tuning.ts';
import type { NodeDetail } from './detail.ts';
import { groupCentres } from './community-overview.ts';
import { createDrawnGraph } from './drawn-graph.ts';
import { applyElements, applySizes } from './elements.ts';
import { createSelectionDisplay, markDiff, markRoute } from './emphasis.ts';
import { layoutsRegistered, registerLayouts, renderSvg } from './extensions.ts';
import { FORCEATLAS_FROM } from './forceatlas.ts';
import { LAYOUT_SEED, UNPLACED, createLayoutControl } from './layout-control.ts';
import { createLayoutRunner } from './layout-runner.ts';
import { labelFocusOf } from './labels.ts';
import { LABEL_ROOM_UP_TO, seededRandom } from './layouts.ts';
import { createMapLabels } from './map-labels.ts';
import { placeNewNodes } from './placement.ts';
import {
  PROGRESSIVE_FROM,
  drawingChunks,
  nextFrame,
  progressiveElements,
  progressiveGraph,
  progressiveJob,
} from './progressive.ts';
import { hasHardwareWebgl, rendererFor } from './renderer.ts';
import { snapshotOf } from './snapshot.ts';
import { createStylesheet } from './styles.ts';
import type { GraphEdgeInput, GraphNodeInput, LayoutName, StyleOptions, Viewport } from './types.ts';
import type { GraphView, GraphViewOptions, SetElementsResult } from './view-api.ts';

export type { GraphSnapshot } from './snapshot.ts';
export type { GraphView, GraphViewOptions, SetElementsResult } from './view-api.ts';

/** The smallest zoom (the address bar accepts no smaller, state/url.ts). */
export const MIN_ZOOM = 0.02;
/** From this many nodes, edges are not drawn while the viewport moves. */
const HIDE_EDGES_FROM = 1_500;

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
  let layoutName: LayoutName = options.layout ?? 'force';
  let style: StyleOptions = options.style ?? { sizeBy: 'degree' };
  let pinned = new Set<string>();
  const graph = createDrawnGraph(options.onAggregates);
  let selection: string | null = null;
  let routeIds: readonly string[] = [];
  /** A large first drawing under way: later elements wait for it. */
  let progressive: Promise<void> | null = null;
  /** Whether the drawn nodes have levels of detail (large maps). */
  let detailed = false;
  /**
   * What the camera was last fitted to ([] the whole map) while the reader has not moved it since:
   * a resize of the map's frame fits it again. Null once the reader pans, zooms or is taken elsewhere.
   */
  let fitted: readonly string[] | null = null;
  const refits = createBounceGuard();
  const emphasis = createSelectionDisplay(cy);
  const labels = createMapLabels(cy, canvas, {
    show: (placed) => emphasis.showLabels(placed),
    focus: () => labelFocusOf(cy, emphasis.highlight(), selection),
    ...(options.onLabelsChange ? { onPlaced: options.onLabelsChange } : {}),
  });
  const layouts = createLayoutControl(cy, {
    runner: createLayoutRunner(),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.onLayoutRunning ? { onLayoutRunning: options.onLayoutRunning } : {}),
    pinned: () => pinned,
    detailed: () => detailed,
    followZoom: labels.follow,
    grouping: () => graph.grouping(),
  });

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
  cy.on('viewport', () => options.onViewportChange?.(viewport()));
  // Cytoscape's events for the reader's own moves (a layout's or a fit's moves are not these).
  cy.on('dragpan scrollzoom pinchzoom', () => (fitted = null));

  function viewport(): Viewport {
    const pan = cy.pan();
    return { zoom: cy.zoom(), pan: { x: pan.x, y: pan.y } };
  }

  /** The ids that must be drawn as themselves, never inside an aggregate. */
  function kept(): Set<string> {
    const ids = new Set<string>([...pinned, ...routeIds]);
    if (selection) ids.add(selection);
    return ids;
  }

  /** Brings Cytoscape in line with the wanted graph (the diffing path: small maps and later changes). */
  function apply(): SetElementsResult {
    const { nodes, edges, levels } = graph.drawable(kept());
    // A first drawing, or one whose first layout is still on its way: everything is laid out
    // afresh, since nothing has a place to keep yet.
    const firstDrawing = !layouts.placed() || cy.nodes().empty();
    if (firstDrawing && nodes.length > PROGRESSIVE_FROM) return drawProgressively(nodes, edges, levels);
    // Until the first layout places them, nodes are neither drawn nor labelled; a large graph is
    // not even styled (its layout job needs no style), so the page stays free while it is laid out.
    if (firstDrawing && nodes.length > LABEL_ROOM_UP_TO) layouts.holdDrawing();
    const diff = applyElements(cy, nodes, edges, firstDrawing ? UNPLACED : undefined);
    applySizes(cy, style);
    applyDetail(levels);
    showSelection();
    // New nodes of a first drawing get their names once placed; later ones at once.
    if (!firstDrawing) labels.follow();
    for (const id of pinned) cy.getElementById(id).addClass('pinned').lock();
    const addedNodes = diff.added.filter((id) => cy.getElementById(id).isNode());
    let settled: Promise<void> = layouts.running();
    if (firstDrawing && addedNodes.length > 0) {
      fitted = [];
      settled = layouts.run(layoutName, { animate: false, fit: true, randomize: true, fixed: [] });
    } else if (addedNodes.length > 0) settled = placeAdded(addedNodes) ?? settled;
    return { ...diff, settled, firstPicture: settled };
  }

  /**
   * Places nodes added to a drawn map beside their neighbours, then refines only the newcomers,
   * everything already drawn held in place; on a large map the placement among their neighbours is
   * kept as it is (refining would lay out every node).
   */
  function placeAdded(addedNodes: readonly string[]): Promise<void> | undefined {
    placeNewNodes(cy, addedNodes, seededRandom(addedNodes.length));
    if (layoutName !== 'force' || cy.nodes().length >= FORCEATLAS_FROM) return undefined;
    const added = new Set(addedNodes);
    const fixed = cy
      .nodes()
      .map((node) => node.id())
      .filter((id) => !added.has(id));
    return layouts.run('force', { animate, fit: false, randomize: false, fixed });
  }

  function showSelection(): void {
    emphasis.show(selection, detailed, detailed && selection ? graph.heldBy(cy, selection) : undefined);
  }

  /** Sets each node's level of detail (none on small maps) and whether edges hide while moving. */
  function applyDetail(levels: ReadonlyMap<string, NodeDetail>): void {
    detailed = levels.size > 0;
    cy.batch(() => {
      for (const node of cy.nodes()) {
        const level = levels.get(node.id());
        const showFrom = level?.showFrom ?? 0;
        if (node.data('showFrom') !== showFrom) node.data('showFrom', showFrom);
      }
    });
    moveLike(cy.nodes().length);
  }

  /**
   * From 1,500 nodes edges hide while the viewport moves; with levels of detail the nodes in view
   * are drawn each frame instead of a snapshot of the whole map (canvas-tuning.ts).
   */
  function moveLike(nodes: number): void {
    canvas.whileMoving({ hideEdges: nodes >= HIDE_EDGES_FROM, snapshot: !detailed });
  }

  /** A large first drawing (progressive.ts): laid out from the data, then added a chunk at a time. */
  function drawProgressively(
    nodes: readonly GraphNodeInput[],
    edges: readonly GraphEdgeInput[],
    levels: ReadonlyMap<string, NodeDetail>,
  ): SetElementsResult {
    const generation = layouts.nextGeneration();
    const drawing = progressiveGraph(nodes, edges, levels, style);
    let firstDrawn: () => void = () => {};
    const firstPicture = new Promise<void>((resolve) => (firstDrawn = resolve));
    layouts.started();
    const drawn = (async () => {
      try {
        const job = progressiveJob(drawing, layoutName, LAYOUT_SEED, graph.grouping());
        const positions = await layouts.compute(job);
        if (!positions || !layouts.isCurrent(generation)) return;
        fitToPlaces(
          cy,
          positions.map(([, x, y]) => ({ x, y })),
        );
        fitted = [];
        const { elements, frame } = progressiveElements(drawing, positions, cy.zoom());
        layouts.markPlaced();
        detailed = levels.size > 0;
        moveLike(nodes.length);
        layouts.releaseDrawing();
        for (const [start, end] of drawingChunks(elements.length, frame)) {
          if (!layouts.isCurrent(generation)) return;
          cy.add(elements.slice(start, end));
          options.onProgress?.({ phase: 'drawing', done: end / elements.length });
          await nextFrame();
          if (start === 0) {
            // The frame (bodies, aggregates, hubs) is what the whole-network view names.
            labels.follow();
            firstDrawn();
            // Whoever waits for the first picture hears of it before the next chunk comes, and the
            // names are drawn (the overlay's next frame) before the next chunk is styled: at the
            // national size that styling holds the page for a second or more.
            await Promise.resolve();
            await nextFrame();
          }
        }
        for (const id of pinned) cy.getElementById(id).addClass('pinned').lock();
        labels.follow();
        showSelection();
      } finally {
        firstDrawn();
        options.onProgress?.(null);
        layouts.stopped();
      }
    })();
    progressive = drawn.then(() => {
      progressive = null;
      // Whatever the app asked for meanwhile (influence sizes, stances, another filter) applies now.
      if (!cy.destroyed()) apply();
    });
    layouts.setRunning(progressive);
    const added = [...nodes.map((node) => node.id), ...drawing.edges.map((edge) => edge.id)];
    return { added, removed: [], updated: [], settled: progressive, firstPicture };
  }

  /** Expands the aggregates holding any of the given ids, which the reader wants to see on the map. */
  function revealHeld(ids: readonly string[]): void {
    if (progressive) return;
    if (graph.expandHolders(ids)) apply();
  }

  const view: GraphView = {
    setElements(nodes, edges) {
      graph.want(nodes, edges);
      if (progressive) {
        const settled = progressive.then(() => undefined);
        return { added: [], removed: [], updated: [], settled, firstPicture: settled };
      }
      return apply();
    },

    setStyleOptions(next) {
      style = next;
      applySizes(cy, style);
      labels.follow();
    },

    runLayout(name, request = {}) {
      layoutName = name;
      const fit = request.fit ?? true;
      if (fit) fitted = [];
      return layouts.run(name, {
        animate: request.animate ?? animate,
        fit,
        randomize: true,
        fixed: [...pinned],
      });
    },

    highlightDiff(marks) {
      markDiff(cy, marks);
    },

    highlightPath(nodeIds, edgeIds) {
      routeIds = nodeIds;
      revealHeld(nodeIds);
      markRoute(cy, nodeIds, edgeIds);
      labels.follow();
    },

    focus(id) {
      if (!detailed) revealHeld([id]);
      const holder = detailed ? graph.drawnHolder(cy, id) : undefined;
      const element = cy.getElementById(holder?.id ?? id);
      if (element.empty()) return false;
      fitted = null;
      // The selection layer names the node and its neighbours at any zoom on a large map.
      bringIntoView(cy, element, { detailed, animate });
      return true;
    },

    select(id) {
      selection = id;
      if (id && !detailed) revealHeld([id]);
      showSelection();
      labels.follow();
    },

    setPinned(ids) {
      pinned = new Set(ids);
      cy.batch(() => {
        for (const node of cy.nodes()) {
          if (pinned.has(node.id())) node.addClass('pinned').lock();
          else node.removeClass('pinned').unlock();
        }
      });
      labels.follow();
    },

    fit(ids) {
      fitted = ids ?? [];
      fitElements(cy, ids, animate);
      labels.follow();
    },

    resize() {
      cy.resize();
      // A fitted map stays fitted when its frame grows or shrinks (the toolbar wraps, the summary grows),
      // its names placed at once, not after the rest.
      if (!fitted || cy.nodes().empty() || refits.bouncing(cy.width(), cy.height())) return;
      fitElements(cy, fitted.length > 0 ? fitted : undefined, false);
      labels.follow();
    },
    // Exports carry the names drawn on screen, drawn by Cytoscape for the occasion.
    exportPng: () =>
      labels.withNamesDrawn(() => cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' })),
    exportSvg: () => labels.withNamesDrawn(() => renderSvg(cy, { full: true, scale: 1, bg: '#ffffff' })),
    exportJson: () => cy.json(),
    viewport,

    setViewport(next) {
      fitted = null;
      cy.viewport({ zoom: next.zoom, pan: next.pan });
      labels.follow();
    },

    snapshot: () => snapshotOf(cy, layoutName, emphasis.highlight(), labels.labelled()),
    labelled: () => labels.labelled(),
    setKeyboardFocus: (id) => emphasis.showCursor(id),
    centres: (groupOf) =>
      groupCentres(
        cy.nodes().map((node) => ({ id: node.id(), ...node.position() })),
        groupOf,
      ),

    aggregates: () => graph.aggregates(),

    expandAggregate(id) {
      if (progressive || !graph.isAggregate(id)) return false;
      graph.expand(id);
      apply();
      return true;
    },

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
