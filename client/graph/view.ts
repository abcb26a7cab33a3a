/**
 * The graph view: a framework-free engine over Cytoscape. The app hands it nodes and edges; it
 * diffs them into Cytoscape, keeps the reader's picture stable, lays out, highlights, exports and
 * reports taps through callbacks. No React here.
 */
import cytoscape, { type Core, type EventObject, type LayoutOptions, type NodeSingular } from 'cytoscape';
import { applyElements, applySizes } from './elements.ts';
import { layoutsRegistered, registerLayouts, renderSvg } from './extensions.ts';
import { layoutJobFor, type LayoutPositions } from './layout-job.ts';
import { createLayoutRunner } from './layout-runner.ts';
import { ANIMATION_MS, LABEL_ROOM_UP_TO, boxesIncludeLabels, seededRandom } from './layouts.ts';
import { markSelectionContext, updateLabelVisibility } from './labels.ts';
import { placeNewNodes } from './placement.ts';
import { snapshotOf, type GraphSnapshot } from './snapshot.ts';
import { createStylesheet } from './styles.ts';
import type { DiffResult, GraphEdgeInput, GraphNodeInput, LayoutName, StyleOptions, Viewport } from './types.ts';

export type { GraphSnapshot } from './snapshot.ts';

const LAYOUT_SEED = 20160701;
const FIT_MAX_ZOOM = 1.25;
const LABELS_AFTER_ZOOM_MS = 150;
const UNPLACED = 'unplaced';
/** Layouts of more nodes than this jump to their result instead of animating. */
const ANIMATE_UP_TO = 400;

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
}

export interface SetElementsResult extends DiffResult {
  /** Settles when new nodes are placed (or the first layout is done). */
  settled: Promise<void>;
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
export function createGraphView(container: HTMLElement | null, options: GraphViewOptions = {}): GraphView {
  if (!layoutsRegistered()) throw new Error('Register the layouts first: await loadGraphEngine().');
  const cy: Core = cytoscape({
    ...(container ? { container } : { headless: true }),
    styleEnabled: true,
    style: createStylesheet(),
    minZoom: 0.1,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    // While the reader pans or zooms, move a snapshot instead of redrawing every label and edge:
    // large maps stay fluid, and the full drawing returns as soon as the viewport rests.
    textureOnViewport: true,
  });
  const animate = options.animate ?? false;
  let layoutName: LayoutName = options.layout ?? 'force';
  let style: StyleOptions = options.style ?? { sizeBy: 'degree' };
  let pinned = new Set<string>();
  let running: Promise<void> = Promise.resolve();
  let activeLayouts = 0;
  let layoutGeneration = 0;
  const runner = createLayoutRunner();

  cy.on('tap', (event: EventObject) => {
    if (event.target === cy) options.onBackgroundTap?.();
    else options.onSelect?.((event.target as { id(): string }).id());
  });
  cy.on('viewport', () => options.onViewportChange?.(viewport()));
  // Labels follow the zoom once the reader stops zooming: restyling nodes on every wheel step would
  // throw away the snapshot that keeps panning and zooming fluid (textureOnViewport).
  let labelTimer: ReturnType<typeof setTimeout> | undefined;
  cy.on('zoom', () => {
    clearTimeout(labelTimer);
    labelTimer = setTimeout(() => updateLabelVisibility(cy), LABELS_AFTER_ZOOM_MS);
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
    });
    if (measureLabels) updateLabelVisibility(cy);
    const finished = runner
      .compute(job)
      .then((positions) => {
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
    return done.then(() => updateLabelVisibility(cy));
  }

  const view: GraphView = {
    setElements(nodes, edges) {
      // A first drawing, or one whose first layout is still on its way: everything is laid out
      // afresh, since nothing has a place to keep yet.
      const firstDrawing = !placed || cy.nodes().empty();
      // Until the first layout places them, nodes are neither drawn nor labelled; a large graph is
      // not even styled (its layout job needs no style), so the page stays free while it is laid out.
      if (firstDrawing && nodes.length > LABEL_ROOM_UP_TO) holdDrawing();
      const diff = applyElements(cy, nodes, edges, firstDrawing ? `${UNPLACED} small-label` : undefined);
      applySizes(cy, style);
      // New nodes of a first drawing get their labels once placed; later ones at once.
      if (!firstDrawing) updateLabelVisibility(cy);
      for (const id of pinned) cy.getElementById(id).addClass('pinned').lock();
      const addedNodes = diff.added.filter((id) => cy.getElementById(id).isNode());
      let settled: Promise<void> = running;
      if (firstDrawing && addedNodes.length > 0) {
        settled = run(layoutName, { animate: false, fit: true, randomize: true, fixed: [] });
      } else if (addedNodes.length > 0) {
        placeNewNodes(cy, addedNodes, seededRandom(addedNodes.length));
        if (layoutName === 'force') {
          // Refine only the newcomers: everything already drawn is held in place.
          const added = new Set(addedNodes);
          const fixed = cy
            .nodes()
            .map((node) => node.id())
            .filter((id) => !added.has(id));
          settled = run('force', { animate, fit: false, randomize: false, fixed });
        }
      }
      return { ...diff, settled };
    },

    setStyleOptions(next) {
      style = next;
      applySizes(cy, style);
      updateLabelVisibility(cy);
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
      const element = cy.getElementById(id);
      if (element.empty()) return false;
      const zoom = Math.max(cy.zoom(), 1.2);
      if (animate) cy.animate({ center: { eles: element }, zoom }, { duration: 350 });
      else {
        cy.zoom(zoom);
        cy.center(element);
      }
      return true;
    },

    select(id) {
      cy.batch(() => {
        cy.elements(':selected').unselect();
        if (id) cy.getElementById(id).select();
      });
      markSelectionContext(cy, id);
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
      updateLabelVisibility(cy);
    },

    snapshot() {
      return snapshotOf(cy, layoutName);
    },

    destroy() {
      clearTimeout(labelTimer);
      layoutGeneration++;
      runner.dispose();
      cy.destroy();
    },
  };
  cores.set(view, cy);
  return view;
}
