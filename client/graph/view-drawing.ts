/**
 * How the graph view (view.ts) brings Cytoscape in line with the graph the app wants: the diffing
 * path for small maps and later changes (new nodes placed beside their neighbours), the
 * progressive path for a large first drawing (progressive.ts), levels of detail, and the selection
 * shown. No React here.
 */
import type { Core } from 'cytoscape';
import type { CanvasTuning } from './canvas-tuning.ts';
import type { NodeDetail } from './detail.ts';
import type { DrawnGraph } from './drawn-graph.ts';
import { applyElements, applySizes } from './elements.ts';
import type { SelectionDisplay } from './emphasis.ts';
import { FORCEATLAS_FROM } from './forceatlas.ts';
import { LAYOUT_SEED, UNPLACED, type LayoutControl } from './layout-control.ts';
import { LABEL_ROOM_UP_TO, seededRandom } from './layouts.ts';
import type { MapLabels } from './map-labels.ts';
import { placeNewNodes } from './placement.ts';
import {
  PROGRESSIVE_FROM,
  drawingChunks,
  nextFrame,
  progressiveElements,
  progressiveGraph,
  progressiveJob,
} from './progressive.ts';
import type { GraphEdgeInput, GraphNodeInput, LayoutName, StyleOptions } from './types.ts';
import type { GraphViewOptions, SetElementsResult } from './view-api.ts';
import { fitToPlaces } from './camera.ts';

/** From this many nodes, edges are not drawn while the viewport moves. */
const HIDE_EDGES_FROM = 1_500;

/** What the view's methods and its drawing change as the reader and the app go. */
export interface ViewState {
  layoutName: LayoutName;
  style: StyleOptions;
  pinned: Set<string>;
  selection: string | null;
  routeIds: readonly string[];
  /** A large first drawing under way: later elements wait for it. */
  progressive: Promise<void> | null;
  /** Whether the drawn nodes have levels of detail (large maps). */
  detailed: boolean;
  /**
   * What the camera was last fitted to ([] the whole map) while the reader has not moved it since:
   * a resize of the map's frame fits it again. Null once the reader pans, zooms or is taken elsewhere.
   */
  fitted: readonly string[] | null;
}

/** The parts of one view (view.ts makes them) and its state. */
export interface ViewParts {
  cy: Core;
  canvas: CanvasTuning;
  graph: DrawnGraph;
  layouts: LayoutControl;
  labels: MapLabels;
  emphasis: SelectionDisplay;
  options: GraphViewOptions;
  animate: boolean;
  state: ViewState;
}

/** The ids that must be drawn as themselves, never inside an aggregate. */
function keptIds(state: ViewState): Set<string> {
  const ids = new Set<string>([...state.pinned, ...state.routeIds]);
  if (state.selection) ids.add(state.selection);
  return ids;
}

/** Brings Cytoscape in line with the wanted graph (the diffing path: small maps and later changes). */
export function applyWanted(parts: ViewParts): SetElementsResult {
  const { cy, graph, layouts, labels, state } = parts;
  const { nodes, edges, levels } = graph.drawable(keptIds(state));
  // A first drawing, or one whose first layout is still on its way: everything is laid out
  // afresh, since nothing has a place to keep yet.
  const firstDrawing = !layouts.placed() || cy.nodes().empty();
  if (firstDrawing && nodes.length > PROGRESSIVE_FROM) return drawProgressively(parts, nodes, edges, levels);
  // Until the first layout places them, nodes are neither drawn nor labelled; a large graph is
  // not even styled (its layout job needs no style), so the page stays free while it is laid out.
  if (firstDrawing && nodes.length > LABEL_ROOM_UP_TO) layouts.holdDrawing();
  const diff = applyElements(cy, nodes, edges, firstDrawing ? UNPLACED : undefined);
  applySizes(cy, state.style);
  applyDetail(parts, levels);
  showSelection(parts);
  // New nodes of a first drawing get their names once placed; later ones at once.
  if (!firstDrawing) labels.follow();
  for (const id of state.pinned) cy.getElementById(id).addClass('pinned').lock();
  const addedNodes = diff.added.filter((id) => cy.getElementById(id).isNode());
  let settled: Promise<void> = layouts.running();
  if (firstDrawing && addedNodes.length > 0) {
    state.fitted = [];
    settled = layouts.run(state.layoutName, { animate: false, fit: true, randomize: true, fixed: [] });
  } else if (addedNodes.length > 0) settled = placeAdded(parts, addedNodes) ?? settled;
  return { ...diff, settled, firstPicture: settled };
}

/**
 * Places nodes added to a drawn map beside their neighbours, then refines only the newcomers,
 * everything already drawn held in place; on a large map the placement among their neighbours is
 * kept as it is (refining would lay out every node).
 */
function placeAdded(parts: ViewParts, addedNodes: readonly string[]): Promise<void> | undefined {
  const { cy, layouts, animate, state } = parts;
  placeNewNodes(cy, addedNodes, seededRandom(addedNodes.length));
  if (state.layoutName !== 'force' || cy.nodes().length >= FORCEATLAS_FROM) return undefined;
  const added = new Set(addedNodes);
  const fixed = cy
    .nodes()
    .map((node) => node.id())
    .filter((id) => !added.has(id));
  return layouts.run('force', { animate, fit: false, randomize: false, fixed });
}

export function showSelection(parts: ViewParts): void {
  const { cy, graph, emphasis, state } = parts;
  emphasis.show(
    state.selection,
    state.detailed,
    state.detailed && state.selection ? graph.heldBy(cy, state.selection) : undefined,
  );
}

/** Sets each node's level of detail (none on small maps) and whether edges hide while moving. */
function applyDetail(parts: ViewParts, levels: ReadonlyMap<string, NodeDetail>): void {
  const { cy, state } = parts;
  state.detailed = levels.size > 0;
  cy.batch(() => {
    for (const node of cy.nodes()) {
      const level = levels.get(node.id());
      const showFrom = level?.showFrom ?? 0;
      if (node.data('showFrom') !== showFrom) node.data('showFrom', showFrom);
    }
  });
  moveLike(parts, cy.nodes().length);
}

/**
 * From 1,500 nodes edges hide while the viewport moves; with levels of detail the nodes in view
 * are drawn each frame instead of a snapshot of the whole map (canvas-tuning.ts).
 */
function moveLike(parts: ViewParts, nodes: number): void {
  const { canvas, state } = parts;
  canvas.whileMoving({ hideEdges: nodes >= HIDE_EDGES_FROM, snapshot: !state.detailed });
}

/** A large first drawing (progressive.ts): laid out from the data, then added a chunk at a time. */
function drawProgressively(
  parts: ViewParts,
  nodes: readonly GraphNodeInput[],
  edges: readonly GraphEdgeInput[],
  levels: ReadonlyMap<string, NodeDetail>,
): SetElementsResult {
  const { cy, graph, layouts, labels, options, state } = parts;
  const generation = layouts.nextGeneration();
  const drawing = progressiveGraph(nodes, edges, levels, state.style);
  let firstDrawn: () => void = () => {};
  const firstPicture = new Promise<void>((resolve) => (firstDrawn = resolve));
  layouts.started();
  const drawn = (async () => {
    try {
      const job = progressiveJob(drawing, state.layoutName, LAYOUT_SEED, graph.grouping());
      const positions = await layouts.compute(job);
      if (!positions || !layouts.isCurrent(generation)) return;
      fitToPlaces(
        cy,
        positions.map(([, x, y]) => ({ x, y })),
      );
      state.fitted = [];
      const { elements, frame } = progressiveElements(drawing, positions, cy.zoom());
      layouts.markPlaced();
      state.detailed = levels.size > 0;
      moveLike(parts, nodes.length);
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
      for (const id of state.pinned) cy.getElementById(id).addClass('pinned').lock();
      labels.follow();
      showSelection(parts);
    } finally {
      firstDrawn();
      options.onProgress?.(null);
      layouts.stopped();
    }
  })();
  state.progressive = drawn.then(() => {
    state.progressive = null;
    // Whatever the app asked for meanwhile (influence sizes, stances, another filter) applies now.
    if (!cy.destroyed()) applyWanted(parts);
  });
  layouts.setRunning(state.progressive);
  const added = [...nodes.map((node) => node.id), ...drawing.edges.map((edge) => edge.id)];
  return { added, removed: [], updated: [], settled: state.progressive, firstPicture };
}

/** Expands the aggregates holding any of the given ids, which the reader wants to see on the map. */
export function revealHeld(parts: ViewParts, ids: readonly string[]): void {
  const { graph, state } = parts;
  if (state.progressive) return;
  if (graph.expandHolders(ids)) applyWanted(parts);
}
