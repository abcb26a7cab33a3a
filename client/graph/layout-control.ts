/**
 * Runs layouts for the view: in the runner (a worker in the browser), then moves the nodes to the
 * result. A newer layout supersedes an unfinished one. Also holds a large first drawing (Cytoscape
 * neither styles nor draws while a batch is open) until its positions arrive.
 */
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { FIT_MAX_ZOOM, fitToPlaces } from './camera.ts';
import { layoutJobFor, type LayoutJob, type LayoutPositions } from './layout-job.ts';
import type { LayoutRunner } from './layout-runner.ts';
import type { CommunityGrouping } from './community-layout.ts';
import { NAMED } from './label-layer.ts';
import { ANIMATION_MS, boxesIncludeLabels, layoutRefusal } from './layouts.ts';
import type { DrawingProgress, LayoutName } from './types.ts';

export const LAYOUT_SEED = 20160701;
/** Nodes not placed yet by a first layout: neither drawn nor labelled. */
export const UNPLACED = 'unplaced';
/** Layouts of more nodes than this jump to their result instead of animating. */
const ANIMATE_UP_TO = 400;

export interface LayoutRequest {
  animate: boolean;
  fit: boolean;
  randomize: boolean;
  fixed: readonly string[];
}

export interface LayoutControlOptions {
  runner: LayoutRunner;
  onProgress?: (progress: DrawingProgress | null) => void;
  onLayoutRunning?: (running: boolean) => void;
  /** The pinned nodes, which layouts leave where they are. */
  pinned: () => ReadonlySet<string>;
  /** Whether the map has levels of detail (its core is laid out first). */
  detailed: () => boolean;
  /** The graph the force layout finds communities in (drawn-graph.ts). */
  grouping?: () => CommunityGrouping;
  /** Labels and levels of detail follow the zoom (after measuring labels, after moving nodes). */
  followZoom: () => void;
}

export interface LayoutControl {
  /** Lays out; settles when the newest layout is drawn. */
  run(name: LayoutName, request: LayoutRequest): Promise<void>;
  /** Computes a job in the runner, reporting its progress; null when it was superseded. */
  compute(job: LayoutJob): Promise<LayoutPositions | null>;
  /** The newest layout or drawing under way (resolved when none). */
  running(): Promise<void>;
  setRunning(promise: Promise<void>): void;
  /** Starts a new generation: older layouts' results are dropped. */
  nextGeneration(): number;
  isCurrent(generation: number): boolean;
  started(): void;
  stopped(): void;
  /** Whether a layout has placed the nodes yet. */
  placed(): boolean;
  markPlaced(): void;
  holdDrawing(): void;
  releaseDrawing(): void;
  dispose(): void;
}

/** The runner's job for a layout of the map as it is, and the offsets of compound children. */
function jobFor(cy: Core, name: LayoutName, request: LayoutRequest, options: LayoutControlOptions) {
  // Boxes with labels count every label, whatever the zoom hid: the result depends on the graph only.
  const measureLabels = boxesIncludeLabels(name, cy.nodes().length);
  if (measureLabels) cy.nodes().addClass(NAMED);
  const prepared = layoutJobFor(cy, {
    name,
    randomize: request.randomize,
    fixed: [...request.fixed],
    seed: LAYOUT_SEED,
    ...(name === 'force' && options.grouping ? { grouping: options.grouping() } : {}),
    ...(options.detailed() ? { core: cy.nodes('[showFrom = 0]').map((node) => node.id()) } : {}),
  });
  if (measureLabels) cy.nodes().removeClass(NAMED);
  return prepared;
}

/**
 * Moves the nodes to a layout's result (and fits, when asked); settles when they are there and the
 * labels follow the zoom. The caller marks the map placed and releases a held drawing.
 */
function moveNodes(
  cy: Core,
  options: LayoutControlOptions,
  positions: LayoutPositions,
  offsets: ReadonlyMap<string, { x: number; y: number }>,
  request: { animate: boolean; fit: boolean },
): Promise<void> {
  const targets = new Map(positions.map(([id, x, y]) => [id, { x, y }]));
  const pinned = options.pinned();
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
    // A large map fits every node's place: Cytoscape's fit leaves out the nodes below their level
    // of detail, which on rings by influence are the outer rings.
    fit: request.fit && !options.detailed(),
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
  if (request.fit && options.detailed()) fitToPlaces(cy, targets.values());
  return done.then(options.followZoom);
}

export function createLayoutControl(cy: Core, options: LayoutControlOptions): LayoutControl {
  let running: Promise<void> = Promise.resolve();
  let active = 0;
  let generation = 0;
  let drawingHeld = false;
  let placed = false;

  const control: LayoutControl = {
    run,
    compute: (job) => options.runner.compute(job, (done) => options.onProgress?.({ phase: 'layout', done })),
    running: () => running,
    setRunning(promise) {
      running = promise;
    },
    nextGeneration: () => ++generation,
    isCurrent: (which) => which === generation && !cy.destroyed(),
    started() {
      if (active++ === 0) options.onLayoutRunning?.(true);
    },
    stopped() {
      if (--active === 0) options.onLayoutRunning?.(false);
    },
    placed: () => placed,
    markPlaced() {
      placed = true;
    },
    holdDrawing() {
      if (drawingHeld) return;
      drawingHeld = true;
      cy.startBatch();
    },
    releaseDrawing() {
      if (!drawingHeld) return;
      drawingHeld = false;
      cy.endBatch();
    },
    dispose() {
      generation++;
      options.runner.dispose();
    },
  };

  function run(asked: LayoutName, request: LayoutRequest): Promise<void> {
    if (cy.nodes().empty()) return Promise.resolve();
    // A layout that cannot serve this many nodes leaves them where they are (the app says why), or,
    // for a first drawing, leaves it to the force layout.
    const name = layoutRefusal(asked, cy.nodes().length) ? (placed ? null : 'force') : asked;
    if (!name) return running;
    const mine = ++generation;
    control.started();
    const { job, offsets } = jobFor(cy, name, request, options);
    const finished = control
      .compute(job)
      .then((positions) => {
        options.onProgress?.(null);
        if (!positions || mine !== generation || cy.destroyed()) return;
        const moved = moveNodes(cy, options, positions, offsets, request);
        control.markPlaced();
        control.releaseDrawing();
        return moved;
      })
      .catch((error: unknown) => {
        // The nodes stay where they were; never leave them hidden.
        cy.nodes(`.${UNPLACED}`).removeClass(UNPLACED);
        control.releaseDrawing();
        console.error(error);
      })
      .finally(control.stopped);
    // Settles with the newest layout; not with itself, when only a drawing or the end superseded it.
    const settled: Promise<void> = finished.then(() =>
      mine === generation || running === settled ? undefined : running,
    );
    running = settled;
    return settled;
  }

  return control;
}
