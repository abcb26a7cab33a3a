/**
 * The graph view: a framework-free engine over Cytoscape. The app hands it nodes and edges; it
 * diffs them into Cytoscape, keeps the reader's picture stable, lays out, highlights, exports and
 * reports taps through callbacks. No React here.
 */
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import { applyElements, applySizes } from './elements.ts';
import { layoutsRegistered, registerLayouts, renderSvg } from './extensions.ts';
import { layoutOptions, seededRandom, withSeededRandom } from './layouts.ts';
import { markSelectionContext, updateLabelVisibility } from './labels.ts';
import { placeNewNodes } from './placement.ts';
import { snapshotOf, type GraphSnapshot } from './snapshot.ts';
import { createStylesheet } from './styles.ts';
import type { DiffResult, GraphEdgeInput, GraphNodeInput, LayoutName, StyleOptions, Viewport } from './types.ts';

export type { GraphSnapshot } from './snapshot.ts';

const LAYOUT_SEED = 20160701;
const FIT_MAX_ZOOM = 1.25;

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

  cy.on('tap', (event: EventObject) => {
    if (event.target === cy) options.onBackgroundTap?.();
    else options.onSelect?.((event.target as { id(): string }).id());
  });
  cy.on('viewport', () => options.onViewportChange?.(viewport()));
  cy.on('zoom', () => updateLabelVisibility(cy));

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

  function run(
    name: LayoutName,
    request: { animate: boolean; fit: boolean; randomize: boolean; fixed: readonly string[] },
  ): Promise<void> {
    if (cy.nodes().empty()) return Promise.resolve();
    // Layouts read elements in collection order; sorting makes the picture a function of the graph
    // alone, not of the order filters added and removed things in.
    const elements = cy.elements().sort((a, b) => (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0));
    const layout = elements.layout(layoutOptions(name, cy, request));
    const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layoutStarted();
    // Fitting a small graph should not blow it up: cap the zoom while the layout fits.
    if (request.fit) {
      const maxZoom = cy.maxZoom();
      cy.maxZoom(FIT_MAX_ZOOM);
      layout.one('layoutstop', () => cy.maxZoom(maxZoom));
    }
    // Every label counts while laying out, whatever the zoom hid: the result depends on the graph only.
    cy.nodes('.small-label').removeClass('small-label');
    withSeededRandom(LAYOUT_SEED, () => layout.run());
    updateLabelVisibility(cy);
    running = done.finally(layoutStopped);
    return running;
  }

  const view: GraphView = {
    setElements(nodes, edges) {
      const wasEmpty = cy.nodes().empty();
      const diff = applyElements(cy, nodes, edges);
      applySizes(cy, style);
      updateLabelVisibility(cy);
      for (const id of pinned) cy.getElementById(id).addClass('pinned').lock();
      const addedNodes = diff.added.filter((id) => cy.getElementById(id).isNode());
      let settled: Promise<void> = running;
      if (wasEmpty && addedNodes.length > 0) {
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
    },

    snapshot() {
      return snapshotOf(cy, layoutName);
    },

    destroy() {
      cy.destroy();
    },
  };
  cores.set(view, cy);
  return view;
}
