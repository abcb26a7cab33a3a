/**
 * The graph view: a framework-free engine over Cytoscape. The app hands it nodes and edges; it
 * diffs them into Cytoscape, keeps the reader's picture stable, lays out, highlights, exports and
 * reports taps through callbacks. No React here.
 */
import cytoscape, {
  type CytoscapeOptions,
  type ElementDefinition,
  type Core,
  type EventObject,
  type LayoutOptions,
  type NodeSingular,
} from 'cytoscape';
import { wellInView } from './camera.ts';
import { tuneCanvasRenderer } from './canvas-tuning.ts';
import { detailLevels, type NodeDetail } from './detail.ts';
import { applyElements, applySizes, edgeData, largestWeight, nodeData, sizesFor } from './elements.ts';
import { layoutsRegistered, registerLayouts, renderSvg } from './extensions.ts';
import { FORCEATLAS_FROM } from './forceatlas.ts';
import { layoutJobFor, type LayoutJob, type LayoutPositions } from './layout-job.ts';
import { createLayoutRunner } from './layout-runner.ts';
import { ANIMATION_MS, LABEL_ROOM_UP_TO, boxesIncludeLabels, seededRandom } from './layouts.ts';
import { detailClasses, markSelectionContext, updateLabelVisibility } from './labels.ts';
import { placeNewNodes } from './placement.ts';
import { createSelectionLayer } from './selection-layer.ts';
import { hasHardwareWebgl, rendererFor } from './renderer.ts';
import { snapshotOf, type GraphSnapshot } from './snapshot.ts';
import { NODE_BORDER_WIDTH, createStylesheet } from './styles.ts';
import { aggregateHolding, aggregateLeaves, type Aggregate } from './supernodes.ts';
import type {
  DiffResult,
  DrawingProgress,
  GraphEdgeInput,
  GraphNodeInput,
  LayoutName,
  StyleOptions,
  Viewport,
} from './types.ts';
import { byId } from '../../core/graph/order.ts';

export type { GraphSnapshot } from './snapshot.ts';

const LAYOUT_SEED = 20160701;
const FIT_MAX_ZOOM = 1.25;
const LABELS_AFTER_ZOOM_MS = 150;
const UNPLACED = 'unplaced';
/** Layouts of more nodes than this jump to their result instead of animating. */
const ANIMATE_UP_TO = 400;
/** First drawings of more nodes than this are laid out first, then added a chunk at a time. */
export const PROGRESSIVE_FROM = 2_000;
/** Elements added per chunk: each chunk is styled and drawn in well under a frame budget's worth of long task. */
const CHUNK = 2_500;
/** From this many nodes, edges are not drawn while the viewport moves. */
const HIDE_EDGES_FROM = 1_500;

/**
 * The slices of a progressive drawing's elements, [start, end): the frame (the first `frame`
 * elements: the nodes drawn at every zoom) alone first, as it is all the whole-network view shows
 * and the sooner it is drawn the sooner the first picture; then CHUNK at a time.
 */
export function drawingChunks(total: number, frame: number): [number, number][] {
  const chunks: [number, number][] = [];
  const first = Math.min(total, frame > 0 ? Math.min(frame, CHUNK) : CHUNK);
  if (first > 0) chunks.push([0, first]);
  for (let start = first; start < total; start += CHUNK) chunks.push([start, Math.min(total, start + CHUNK)]);
  return chunks;
}

export interface GraphViewOptions {
  layout?: LayoutName;
  style?: StyleOptions;
  /** Animate layouts and camera moves (off in tests and for the first drawing). */
  animate?: boolean;
  /** A node or edge was tapped. */
  onSelect?: (id: string) => void;
  /** The empty background was tapped. */
  onBackgroundTap?: () => void;
  /** Pan or zoom changed (called often while the user drags: debounce it). */
  onViewportChange?: (viewport: Viewport) => void;
  /** A layout started or finished. */
  onLayoutRunning?: (running: boolean) => void;
  /** How far a large map's layout and drawing are; null once it is drawn. */
  onProgress?: (progress: DrawingProgress | null) => void;
  /** The aggregates drawn changed (supernodes.ts): for a list of them with buttons to expand. */
  onAggregates?: (aggregates: readonly Aggregate[]) => void;
  /** Draw with WebGL (default: where the browser has a hardware GPU; renderer.ts). */
  webgl?: boolean;
}

export interface SetElementsResult extends DiffResult {
  /** Settles when new nodes are placed (or the first layout is done). */
  settled: Promise<void>;
  /** Settles at the first useful picture: a large map's frame drawn (otherwise as settled). */
  firstPicture: Promise<void>;
}

export interface GraphView {
  setElements(nodes: readonly GraphNodeInput[], edges: readonly GraphEdgeInput[]): SetElementsResult;
  setStyleOptions(style: StyleOptions): void;
  runLayout(name: LayoutName, options?: { animate?: boolean; fit?: boolean }): Promise<void>;
  /** Emphasises a route; empty lists clear the emphasis. */
  highlightPath(nodeIds: readonly string[], edgeIds: readonly string[]): void;
  /** Centres on a node or edge; false when it is not on the map. */
  focus(id: string): boolean;
  select(id: string | null): void;
  setPinned(ids: readonly string[]): void;
  /** Fits the given elements (all when none are given) in view. */
  fit(ids?: readonly string[]): void;
  /** The container changed size (it was hidden, or the window changed). */
  resize(): void;
  exportPng(): Promise<Blob>;
  exportSvg(): Promise<string>;
  exportJson(): object;
  viewport(): Viewport;
  setViewport(viewport: Viewport): void;
  snapshot(): GraphSnapshot;
  /** The aggregates drawn now (supernodes.ts). */
  aggregates(): readonly Aggregate[];
  /** Draws an aggregate's members instead of it; false when there is no such aggregate. */
  expandAggregate(id: string): boolean;
  destroy(): void;
}

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

/**
 * Creates the view in a container, or headless (for tests and Node) when container is null. The
 * layouts must be registered first (loadGraphEngine or registerLayouts).
 */
/** Waits for the page to draw a frame (a macrotask where there are no frames: Node, tests). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}

export function createGraphView(container: HTMLElement | null, options: GraphViewOptions = {}): GraphView {
  if (!layoutsRegistered()) throw new Error('Register the layouts first: await loadGraphEngine().');
  const webgl = container !== null && (options.webgl ?? hasHardwareWebgl());
  const cy: Core = cytoscape({
    ...(container
      ? {
          container,
          // Cytoscape 3.31+: WebGL where the GPU is real; software WebGL is slower than the canvas.
          renderer: rendererFor(webgl),
        }
      : { headless: true }),
    styleEnabled: true,
    style: createStylesheet(),
    minZoom: 0.1,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    // While the reader pans or zooms, move a snapshot instead of redrawing every label and edge:
    // maps stay fluid, and the full drawing returns as soon as the viewport rests. Large maps move
    // differently (canvas-tuning.ts).
    textureOnViewport: true,
  } as CytoscapeOptions);
  const canvas = tuneCanvasRenderer(cy, { webgl });
  const animate = options.animate ?? false;
  let layoutName: LayoutName = options.layout ?? 'force';
  let style: StyleOptions = options.style ?? { sizeBy: 'degree' };
  let pinned = new Set<string>();
  let running: Promise<void> = Promise.resolve();
  let activeLayouts = 0;
  let layoutGeneration = 0;
  const runner = createLayoutRunner();
  /** What the app asked to draw, before aggregation. */
  let wanted: { nodes: readonly GraphNodeInput[]; edges: readonly GraphEdgeInput[] } = { nodes: [], edges: [] };
  let aggregates: Aggregate[] = [];
  const expanded = new Set<string>();
  let selection: string | null = null;
  let routeIds: readonly string[] = [];
  /** A large first drawing under way: later elements wait for it. */
  let progressive: Promise<void> | null = null;
  /** Whether the drawn nodes have levels of detail (large maps). */
  let detailed = false;
  /**
   * Large maps draw the selection on a layer of their own (selection-layer.ts) and leave Cytoscape's
   * elements alone: restyling any of them costs a redraw of the whole scene.
   */
  const selectionLayer = createSelectionLayer(cy);
  /** The element selected in Cytoscape (small maps), to unselect without searching every element. */
  let selectedInCore: string | null = null;

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

  /** Labels and levels of detail for the current zoom (labels.ts). */
  function followZoom(): void {
    if (updateLabelVisibility(cy)) canvas.drawnChanged();
  }

  // Labels follow the zoom once the reader stops zooming: restyling nodes on every wheel step would
  // throw away the snapshot that keeps panning and zooming fluid (textureOnViewport).
  let labelTimer: ReturnType<typeof setTimeout> | undefined;
  cy.on('zoom', () => {
    clearTimeout(labelTimer);
    labelTimer = setTimeout(followZoom, LABELS_AFTER_ZOOM_MS);
  });

  function viewport(): Viewport {
    const pan = cy.pan();
    return { zoom: cy.zoom(), pan: { x: pan.x, y: pan.y } };
  }

  function layoutStarted(): void {
    if (activeLayouts++ === 0) options.onLayoutRunning?.(true);
  }
  function layoutStopped(): void {
    if (--activeLayouts === 0) options.onLayoutRunning?.(false);
  }

  // Cytoscape neither styles nor draws while a batch is open: the first drawing of a large graph is
  // held that way until its positions arrive.
  let drawingHeld = false;
  /** Whether a layout has placed the nodes yet. */
  let placed = false;
  function holdDrawing(): void {
    if (drawingHeld) return;
    drawingHeld = true;
    cy.startBatch();
  }
  function releaseDrawing(): void {
    if (!drawingHeld) return;
    drawingHeld = false;
    cy.endBatch();
  }

  /**
   * Lays out in the runner (a worker in the browser) and moves the nodes to the result. A newer
   * layout supersedes an unfinished one; the promise settles when the newest is drawn.
   */
  function run(
    name: LayoutName,
    request: { animate: boolean; fit: boolean; randomize: boolean; fixed: readonly string[] },
  ): Promise<void> {
    if (cy.nodes().empty()) return Promise.resolve();
    const generation = ++layoutGeneration;
    layoutStarted();
    // Boxes with labels count every label, whatever the zoom hid: the result depends on the graph only.
    const measureLabels = boxesIncludeLabels(name, cy.nodes().length);
    if (measureLabels) cy.nodes('.small-label').removeClass('small-label');
    const { job, offsets } = layoutJobFor(cy, {
      name,
      randomize: request.randomize,
      fixed: [...request.fixed],
      seed: LAYOUT_SEED,
      ...(detailed ? { core: cy.nodes('[showFrom = 0]').map((node) => node.id()) } : {}),
    });
    if (measureLabels) followZoom();
    const finished = runner
      .compute(job, (done) => options.onProgress?.({ phase: 'layout', done }))
      .then((positions) => {
        options.onProgress?.(null);
        if (!positions || generation !== layoutGeneration || cy.destroyed()) return;
        return moveNodes(positions, offsets, request);
      })
      .catch((error: unknown) => {
        // The nodes stay where they were; never leave them hidden.
        cy.nodes(`.${UNPLACED}`).removeClass(UNPLACED);
        releaseDrawing();
        console.error(error);
      })
      .finally(layoutStopped);
    running = finished.then(() => (generation === layoutGeneration ? undefined : running));
    return running;
  }

  function moveNodes(
    positions: LayoutPositions,
    offsets: ReadonlyMap<string, { x: number; y: number }>,
    request: { animate: boolean; fit: boolean },
  ): Promise<void> {
    const targets = new Map(positions.map(([id, x, y]) => [id, { x, y }]));
    const layout = cy.nodes().layout({
      name: 'preset',
      positions: (node: NodeSingular) => {
        const target = targets.get(node.id());
        // Pinned nodes stay, and nodes added since the job started keep the place they were given.
        if (!target || pinned.has(node.id())) return node.position();
        const offset = offsets.get(node.id());
        return offset ? { x: target.x - offset.x, y: target.y - offset.y } : target;
      },
      // Moving thousands of nodes frame by frame costs more than it tells: large maps jump.
      animate: request.animate && targets.size <= ANIMATE_UP_TO,
      animationDuration: ANIMATION_MS,
      fit: request.fit,
      padding: 40,
    } as LayoutOptions);
    const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    // Fitting a small graph should not blow it up: cap the zoom while the layout fits.
    if (request.fit) {
      const maxZoom = cy.maxZoom();
      cy.maxZoom(FIT_MAX_ZOOM);
      layout.one('layoutstop', () => cy.maxZoom(maxZoom));
    }
    cy.batch(() => {
      cy.nodes(`.${UNPLACED}`).removeClass(UNPLACED);
      layout.run();
    });
    placed = true;
    releaseDrawing();
    return done.then(followZoom);
  }

  /** The ids that must be drawn as themselves, never inside an aggregate. */
  function kept(): Set<string> {
    const ids = new Set<string>([...pinned, ...routeIds]);
    if (selection) ids.add(selection);
    return ids;
  }

  /** The wanted graph as drawn: aggregated, with each node's level of detail. */
  function drawable() {
    const graph = aggregateLeaves(wanted.nodes, wanted.edges, { expanded, keep: kept() });
    const changed = graph.aggregates.map((each) => each.id).join() !== aggregates.map((each) => each.id).join();
    aggregates = graph.aggregates;
    if (changed) options.onAggregates?.(aggregates);
    return { ...graph, levels: detailLevels(graph.nodes) };
  }

  /** Brings Cytoscape in line with the wanted graph (the diffing path: small maps and later changes). */
  function apply(): SetElementsResult {
    const { nodes, edges, levels } = drawable();
    // A first drawing, or one whose first layout is still on its way: everything is laid out
    // afresh, since nothing has a place to keep yet.
    const firstDrawing = !placed || cy.nodes().empty();
    if (firstDrawing && nodes.length > PROGRESSIVE_FROM) return drawProgressively(nodes, edges, levels);
    // Until the first layout places them, nodes are neither drawn nor labelled; a large graph is
    // not even styled (its layout job needs no style), so the page stays free while it is laid out.
    if (firstDrawing && nodes.length > LABEL_ROOM_UP_TO) holdDrawing();
    const diff = applyElements(cy, nodes, edges, firstDrawing ? `${UNPLACED} small-label` : undefined);
    applySizes(cy, style);
    applyDetail(levels);
    // New nodes of a first drawing get their labels once placed; later ones at once.
    if (!firstDrawing) followZoom();
    showSelection();
    for (const id of pinned) cy.getElementById(id).addClass('pinned').lock();
    const addedNodes = diff.added.filter((id) => cy.getElementById(id).isNode());
    let settled: Promise<void> = running;
    if (firstDrawing && addedNodes.length > 0) {
      settled = run(layoutName, { animate: false, fit: true, randomize: true, fixed: [] });
    } else if (addedNodes.length > 0) {
      placeNewNodes(cy, addedNodes, seededRandom(addedNodes.length));
      // Refine only the newcomers, everything already drawn held in place; on a large map the
      // placement among their neighbours is kept as it is (refining would lay out every node).
      if (layoutName === 'force' && cy.nodes().length < FORCEATLAS_FROM) {
        const added = new Set(addedNodes);
        const fixed = cy
          .nodes()
          .map((node) => node.id())
          .filter((id) => !added.has(id));
        settled = run('force', { animate, fit: false, randomize: false, fixed });
      }
    }
    return { ...diff, settled, firstPicture: settled };
  }

  /**
   * Shows the selection: on the selection layer on a large map, through Cytoscape's selection (and
   * the stylesheet's :selected and .context rules) on a small one.
   */
  function showSelection(): void {
    // On a large map a tap must not select in Cytoscape either: the app's select() comes back here.
    cy.autounselectify(detailed);
    if (detailed) {
      if (selectedInCore !== null) {
        cy.getElementById(selectedInCore).unselect();
        markSelectionContext(cy, null);
        selectedInCore = null;
      }
      // A stakeholder inside an aggregate is shown by its aggregate: expanding it would restyle and
      // redraw the whole map. It is drawn as itself once the map is redrawn for another reason.
      selectionLayer.show(selection, selection ? heldBy(selection) : undefined);
      return;
    }
    selectionLayer.show(null);
    if (selectedInCore === selection && (selection === null || cy.getElementById(selection).selected())) return;
    cy.batch(() => {
      cy.elements(':selected').unselect();
      if (selection) cy.getElementById(selection).select();
    });
    selectedInCore = selection;
    markSelectionContext(cy, selection);
  }

  /** The aggregate drawn instead of a stakeholder it holds (none when the stakeholder is drawn). */
  function drawnHolder(id: string): Aggregate | undefined {
    return cy.getElementById(id).empty() ? aggregateHolding(aggregates, id) : undefined;
  }

  /** The aggregate drawn for a stakeholder it holds, with the stakeholder's name. */
  function heldBy(id: string): { aggregate: string; label: string } | undefined {
    const holder = drawnHolder(id);
    const label = wanted.nodes.find((node) => node.id === id)?.label;
    return holder && label !== undefined ? { aggregate: holder.id, label } : undefined;
  }

  /** Sets each node's level of detail (none on small maps) and whether edges hide while moving. */
  function applyDetail(levels: ReadonlyMap<string, NodeDetail>): void {
    detailed = levels.size > 0;
    cy.batch(() => {
      for (const node of cy.nodes()) {
        const level = levels.get(node.id());
        const showFrom = level?.showFrom ?? 0;
        const labelFrom = level?.labelFrom ?? 0;
        if (node.data('showFrom') !== showFrom) node.data('showFrom', showFrom);
        if (node.data('labelFrom') !== labelFrom) node.data('labelFrom', labelFrom);
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

  /**
   * A large first drawing: laid out in the worker from the data alone (nothing styled yet), then
   * added a chunk at a time, the frame (bodies, aggregates, hubs) first, each chunk drawn before the
   * next, so the page never freezes for long and the first useful picture comes early.
   */
  function drawProgressively(
    nodes: readonly GraphNodeInput[],
    edges: readonly GraphEdgeInput[],
    levels: ReadonlyMap<string, NodeDetail>,
  ): SetElementsResult {
    const generation = ++layoutGeneration;
    const ids = new Set(nodes.map((node) => node.id));
    const drawnEdges = edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
    const key = style.sizeBy === 'score' ? 'score' : 'degree';
    const largest = largestWeight(nodes.map((node) => node[key]));
    const sizes = new Map(nodes.map((node) => [node.id, sizesFor(node[key], largest)]));
    const job: LayoutJob = {
      name: layoutName,
      randomize: true,
      fixed: [],
      seed: LAYOUT_SEED,
      nodes: [...nodes].sort(byId).map((node) => {
        const box = sizes.get(node.id)!.size + 2 * NODE_BORDER_WIDTH;
        return { id: node.id, width: box, height: box, x: 0, y: 0, degree: node.degree, score: node.score ?? null };
      }),
      edges: [...drawnEdges].sort(byId).map(({ id, source, target }) => ({ id, source, target })),
      core: nodes.filter((node) => (levels.get(node.id)?.showFrom ?? 0) === 0).map((node) => node.id),
    };
    let firstDrawn: () => void = () => {};
    const firstPicture = new Promise<void>((resolve) => (firstDrawn = resolve));
    layoutStarted();
    const drawing = (async () => {
      try {
        const positions = await runner.compute(job, (done) => options.onProgress?.({ phase: 'layout', done }));
        if (!positions || generation !== layoutGeneration || cy.destroyed()) return;
        const places = new Map(positions.map(([id, x, y]) => [id, { x, y }]));
        fitTo(places.values());
        const zoom = cy.zoom();
        const showFrom = (id: string) => levels.get(id)?.showFrom ?? 0;
        const nodeElements = [...nodes]
          .sort((a, b) => showFrom(a.id) - showFrom(b.id) || byId(a, b))
          .map((node): ElementDefinition => {
            const level = levels.get(node.id);
            const data = {
              ...nodeData(node),
              ...sizes.get(node.id)!,
              showFrom: level?.showFrom ?? 0,
              labelFrom: level?.labelFrom ?? 0,
            };
            const { hidden, small } = detailClasses(data, zoom);
            const classes = [hidden ? 'lod-hidden' : '', small ? 'small-label' : ''].filter(Boolean).join(' ');
            return { group: 'nodes', data, position: places.get(node.id) ?? { x: 0, y: 0 }, classes };
          });
        // Edges of the frame first, as their nodes.
        const edgeRank = (edge: GraphEdgeInput) => Math.max(showFrom(edge.source), showFrom(edge.target));
        const edgeElements = [...drawnEdges]
          .sort((a, b) => edgeRank(a) - edgeRank(b) || byId(a, b))
          .map((edge): ElementDefinition => ({ group: 'edges', data: edgeData(edge) }));
        const elements = [...nodeElements, ...edgeElements];
        placed = true;
        detailed = levels.size > 0;
        moveLike(nodes.length);
        releaseDrawing();
        const frame = nodeElements.filter((element) => (element.data.showFrom as number) === 0).length;
        for (const [start, end] of drawingChunks(elements.length, frame)) {
          if (generation !== layoutGeneration || cy.destroyed()) return;
          cy.add(elements.slice(start, end));
          options.onProgress?.({ phase: 'drawing', done: end / elements.length });
          await nextFrame();
          if (start === 0) {
            firstDrawn();
            // Whoever waits for the first picture hears of it before the next chunk comes.
            await Promise.resolve();
          }
        }
        for (const id of pinned) cy.getElementById(id).addClass('pinned').lock();
        followZoom();
        showSelection();
      } finally {
        firstDrawn();
        options.onProgress?.(null);
        layoutStopped();
      }
    })();
    progressive = drawing.then(() => {
      progressive = null;
      // Whatever the app asked for meanwhile (influence sizes, stances, another filter) applies now.
      if (!cy.destroyed()) apply();
    });
    running = progressive;
    const added = [...nodes.map((node) => node.id), ...drawnEdges.map((edge) => edge.id)];
    return { added, removed: [], updated: [], settled: progressive, firstPicture };
  }

  /** Fits the camera on the given places before anything is drawn there. */
  function fitTo(places: Iterable<{ x: number; y: number }>): void {
    let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const { x, y } of places) {
      x1 = Math.min(x1, x);
      y1 = Math.min(y1, y);
      x2 = Math.max(x2, x);
      y2 = Math.max(y2, y);
    }
    if (!Number.isFinite(x1)) return;
    const padding = 40;
    const width = Math.max(1, cy.width() - 2 * padding);
    const height = Math.max(1, cy.height() - 2 * padding);
    const zoom = Math.min(
      FIT_MAX_ZOOM,
      Math.max(cy.minZoom(), Math.min(width / (x2 - x1 || 1), height / (y2 - y1 || 1))),
    );
    cy.viewport({
      zoom,
      pan: { x: cy.width() / 2 - (zoom * (x1 + x2)) / 2, y: cy.height() / 2 - (zoom * (y1 + y2)) / 2 },
    });
  }

  /** Expands the aggregates holding any of the given ids, which the reader wants to see on the map. */
  function revealHeld(ids: readonly string[]): void {
    if (progressive) return;
    const holders = ids.map((id) => aggregateHolding(aggregates, id)).filter((holder) => holder !== undefined);
    if (holders.length === 0) return;
    for (const holder of holders) expanded.add(holder.id);
    apply();
  }

  const view: GraphView = {
    setElements(nodes, edges) {
      wanted = { nodes, edges };
      if (progressive) {
        const settled = progressive.then(() => undefined);
        return { added: [], removed: [], updated: [], settled, firstPicture: settled };
      }
      return apply();
    },

    setStyleOptions(next) {
      style = next;
      applySizes(cy, style);
      followZoom();
    },

    runLayout(name, request = {}) {
      layoutName = name;
      return run(name, {
        animate: request.animate ?? animate,
        fit: request.fit ?? true,
        randomize: true,
        fixed: [...pinned],
      });
    },

    highlightPath(nodeIds, edgeIds) {
      routeIds = nodeIds;
      revealHeld(nodeIds);
      cy.batch(() => {
        cy.elements().removeClass('on-path faded');
        if (nodeIds.length === 0 && edgeIds.length === 0) return;
        const onPath = cy.collection();
        for (const id of [...nodeIds, ...edgeIds]) onPath.merge(cy.getElementById(id));
        onPath.addClass('on-path');
        cy.elements().difference(onPath).addClass('faded');
      });
    },

    focus(id) {
      if (!detailed) revealHeld([id]);
      const holder = detailed ? drawnHolder(id) : undefined;
      const element = cy.getElementById(holder?.id ?? id);
      if (element.empty()) return false;
      if (detailed) {
        // A large map only pans, and only when the node is not already well in view: any move
        // redraws the whole scene, a new zoom (or an animation's frames) restyles every node in view
        // too. The selection layer names the node and its neighbours at any zoom.
        const box = element.renderedBoundingBox({ includeLabels: false });
        const target = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
        if (!wellInView(target, { width: cy.width(), height: cy.height() })) cy.center(element);
        return true;
      }
      const zoom = Math.max(cy.zoom(), 1.2);
      if (animate) cy.animate({ center: { eles: element }, zoom }, { duration: 350 });
      else {
        cy.zoom(zoom);
        cy.center(element);
      }
      return true;
    },

    select(id) {
      selection = id;
      if (id && !detailed) revealHeld([id]);
      showSelection();
    },

    setPinned(ids) {
      pinned = new Set(ids);
      cy.batch(() => {
        for (const node of cy.nodes()) {
          if (pinned.has(node.id())) node.addClass('pinned').lock();
          else node.removeClass('pinned').unlock();
        }
      });
    },

    fit(ids) {
      let elements = cy.elements();
      if (ids && ids.length > 0) {
        elements = cy.collection();
        for (const id of ids) elements.merge(cy.getElementById(id));
      }
      if (elements.empty()) return;
      const padding = ids && ids.length > 0 ? 80 : 40;
      // Fitting respects maxZoom: a short route should not fill the screen with two giant nodes.
      const maxZoom = cy.maxZoom();
      cy.maxZoom(FIT_MAX_ZOOM);
      if (animate) {
        cy.animate({ fit: { eles: elements, padding } }, { duration: 300, complete: () => cy.maxZoom(maxZoom) });
      } else {
        cy.fit(elements, padding);
        cy.maxZoom(maxZoom);
      }
    },

    resize() {
      cy.resize();
    },

    exportPng() {
      return cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
    },

    exportSvg() {
      return renderSvg(cy, { full: true, scale: 1, bg: '#ffffff' });
    },

    exportJson() {
      return cy.json();
    },

    viewport,

    setViewport(next) {
      cy.viewport({ zoom: next.zoom, pan: next.pan });
      clearTimeout(labelTimer);
      followZoom();
    },

    snapshot() {
      return snapshotOf(cy, layoutName, selectionLayer.highlight());
    },

    aggregates() {
      return aggregates;
    },

    expandAggregate(id) {
      if (progressive || !aggregates.some((aggregate) => aggregate.id === id)) return false;
      expanded.add(id);
      apply();
      return true;
    },

    destroy() {
      clearTimeout(labelTimer);
      layoutGeneration++;
      runner.dispose();
      selectionLayer.destroy();
      cy.destroy();
    },
  };
  cores.set(view, cy);
  return view;
}
