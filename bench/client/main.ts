/**
 * In the browser: draws a synthetic network with Stakeholder Atlas's graph engine or with bare
 * Cytoscape (same elements, same layout options; preset positions for bare Cytoscape at the national
 * size, where its layout would take minutes), and measures time to the first useful picture, the
 * longest the page went without a frame meanwhile, how long a selection and a search (find by name,
 * select, centre) take to show, and frames per second while bench/client.ts pans and zooms with the
 * mouse through Chromium. Names: how soon the first named overview shows, how many names the
 * whole-network view shows and how many pairs of them overlap.
 */
import cytoscape from 'cytoscape';
import RBush from 'rbush';
import { registerLayouts } from '../../client/graph/extensions.ts';
import { layoutOptions } from '../../client/graph/layouts.ts';
import type { GraphEdgeInput, GraphNodeInput, LayoutName } from '../../client/graph/types.ts';
import { createGraphView, type GraphView } from '../../client/graph/view.ts';
import { seededRandom } from '../../client/graph/layouts.ts';
import { NATIONAL_FROM, synthetic } from './networks.ts';

/** Resolves once the next frame is painted (a task queued from its animation frame runs after the paint). */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Watches frames until stopped; gives the longest time the page went without one. */
function watchFrames(): () => number {
  let last = performance.now();
  let longest = 0;
  let watching = true;
  const tick = (now: number) => {
    longest = Math.max(longest, now - last);
    last = now;
    if (watching) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return () => {
    watching = false;
    return Math.max(longest, performance.now() - last);
  };
}

interface Drawn {
  /** Until the first useful picture: the whole map, or a large map's frame. */
  firstRenderMs: number;
  /** Until the first picture with names on it. */
  firstLabelledMs: number;
  /** Until every element is drawn. */
  allDrawnMs: number;
  longestFrameMs: number;
  nodes: number;
  edges: number;
}

declare global {
  interface Window {
    /** Draws the synthetic network of the given size (or the graph given) and waits for the first picture. */
    drawBench(engine: 'atlas' | 'bare', size: number, graph?: BenchGraph): Promise<Drawn>;
    /** The names drawn now: how many can be read (8 px or more on screen), and how many pairs overlap. */
    labelStats(): { shown: number; overlaps: number };
    /** Counts frames until the returned function is called; that gives frames per second. */
    countFrames(): void;
    framesPerSecond(): number;
    /** Selects a stakeholder (a different one each call) and waits until it shows: ms. */
    selectBench(): Promise<number>;
    /** Runs a layout on the engine's map (drawn last) until it is drawn: ms, and the zoom Fit reached. */
    layoutBench(name: LayoutName): Promise<{ ms: number; zoom: number }>;
    /** Finds a stakeholder by name, selects it and centres on it; ms until it shows. */
    searchBench(): Promise<number>;
    endBench(): void;
  }
}

export interface BenchGraph {
  nodes: GraphNodeInput[];
  edges: GraphEdgeInput[];
}

/** A name's box on screen. */
interface LabelBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}
/** The smallest name counted as shown, in CSS pixels: smaller cannot be read. */
const READABLE_PX = 8;

/** Pairs of boxes that overlap (touching does not count), through an R-tree. */
function overlappingPairs(boxes: readonly LabelBox[]): number {
  const tree = new RBush<LabelBox & { index: number }>();
  tree.load(boxes.map((box, index) => ({ ...box, index })));
  let pairs = 0;
  boxes.forEach((box, index) => {
    for (const other of tree.search(box))
      if (
        other.index > index &&
        box.minX < other.maxX &&
        other.minX < box.maxX &&
        box.minY < other.maxY &&
        other.minY < box.maxY
      )
        pairs++;
  });
  return pairs;
}

/** The names the running engine draws now, as boxes on screen. */
let labelBoxes: () => LabelBox[] = () => [];

let destroy: (() => void) | null = null;
/** What the running engine does to select and to centre, and the names searched. */
let current: {
  select(id: string): void;
  focus(id: string): void;
  nodes: GraphNodeInput[];
} | null = null;
let picks = 0;
/** The engine's view while it is the one drawn. */
let atlasView: GraphView | null = null;

window.layoutBench = async (name) => {
  const view = atlasView!;
  const started = performance.now();
  await view.runLayout(name, { animate: false, fit: true });
  await nextFrame();
  return { ms: performance.now() - started, zoom: view.viewport().zoom };
};

/** Times until the first useful picture and until the first with names, in ms from the start. */
interface FirstPictures {
  firstRenderMs: number;
  firstLabelledMs: number;
}

/** Draws with Stakeholder Atlas's engine, and makes it the one measured. */
async function drawAtlas(
  container: HTMLElement,
  { nodes, edges }: BenchGraph,
  started: number,
): Promise<FirstPictures> {
  let labelled: () => void = () => {};
  const named = new Promise<void>((resolve) => (labelled = resolve));
  const view = createGraphView(container, {
    layout: 'force',
    animate: false,
    onLabelsChange: () => {
      if (view.labelled().length > 0) labelled();
    },
  });
  const drawing = view.setElements(nodes, edges);
  await drawing.firstPicture;
  await nextFrame();
  const firstRenderMs = performance.now() - started;
  await named;
  // The overlay draws the names on its next frame.
  await nextFrame();
  const firstLabelledMs = performance.now() - started;
  await drawing.settled;
  labelBoxes = () => view.labelled().map(({ box }) => ({ minX: box.x1, minY: box.y1, maxX: box.x2, maxY: box.y2 }));
  destroy = () => view.destroy();
  current = { select: (id) => view.select(id), focus: (id) => view.focus(id), nodes };
  atlasView = view;
  return { firstRenderMs, firstLabelledMs };
}

/** Bare Cytoscape with the same elements and layout options (preset positions at the national size). */
function bareCytoscape(container: HTMLElement, { nodes, edges }: BenchGraph, preset: boolean): cytoscape.Core {
  const random = seededRandom(1);
  const side = 40 * Math.sqrt(nodes.length);
  return cytoscape({
    container,
    elements: [
      ...nodes.map((node) => ({
        data: { ...node },
        ...(preset ? { position: { x: random() * side, y: random() * side } } : {}),
      })),
      ...edges.map((edge) => ({ data: { ...edge } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 20, height: 20 } },
      { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000' } },
    ],
    ...(preset ? { layout: { name: 'preset', fit: true } } : {}),
  });
}

/** Draws with bare Cytoscape, and makes it the one measured. */
async function drawBare(container: HTMLElement, graph: BenchGraph, started: number): Promise<FirstPictures> {
  const preset = graph.nodes.length >= NATIONAL_FROM;
  const core = bareCytoscape(container, graph, preset);
  if (!preset) {
    const layout = core
      .elements()
      .layout(layoutOptions('force', core, { animate: false, fit: true, randomize: true, fixed: [] }));
    const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    await done;
  }
  await nextFrame();
  const firstRenderMs = performance.now() - started;
  labelBoxes = () =>
    core
      .nodes()
      .filter((node) => parseFloat(node.style('font-size') as string) * core.zoom() >= READABLE_PX)
      .map((node) => {
        const box = node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        return { minX: box.x1, minY: box.y1, maxX: box.x2, maxY: box.y2 };
      })
      .filter((box) => box.maxX > 0 && box.maxY > 0 && box.minX < core.width() && box.minY < core.height());
  destroy = () => core.destroy();
  current = {
    select: (id) => {
      core.elements(':selected').unselect();
      core.getElementById(id).select();
    },
    focus: (id) => core.center(core.getElementById(id)),
    nodes: graph.nodes,
  };
  // Bare Cytoscape names every node from its first picture, however small the names come out.
  return { firstRenderMs, firstLabelledMs: firstRenderMs };
}

window.drawBench = async (engine, size, graph) => {
  await registerLayouts();
  window.endBench();
  const container = document.getElementById('graph')!;
  const drawn = graph ?? synthetic(size);
  const started = performance.now();
  const stopWatching = watchFrames();
  const draw = engine === 'atlas' ? drawAtlas : drawBare;
  const { firstRenderMs, firstLabelledMs } = await draw(container, drawn, started);
  await nextFrame();
  await nextFrame();
  return {
    firstRenderMs,
    firstLabelledMs,
    allDrawnMs: performance.now() - started,
    longestFrameMs: stopWatching(),
    nodes: drawn.nodes.length,
    edges: drawn.edges.length,
  };
};

/** A stakeholder to pick: a different one each time, spread over the network. */
function pick(): GraphNodeInput {
  const nodes = current!.nodes;
  return nodes[(picks++ * 7919) % nodes.length]!;
}

window.selectBench = async () => {
  const target = pick();
  const started = performance.now();
  current!.select(target.id);
  await nextFrame();
  return performance.now() - started;
};

window.searchBench = async () => {
  const wanted = pick().label.toLowerCase();
  const started = performance.now();
  // What the app's search does once the answer is in: the best match by name, then select and centre.
  const found = current!.nodes.find((node) => node.label.toLowerCase().includes(wanted))!;
  current!.select(found.id);
  current!.focus(found.id);
  await nextFrame();
  return performance.now() - started;
};

let counting: { started: number; frames: number; on: boolean } | null = null;

window.countFrames = () => {
  const state = { started: performance.now(), frames: 0, on: true };
  counting = state;
  const tick = () => {
    if (!state.on) return;
    state.frames++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

window.framesPerSecond = () => {
  if (!counting) return 0;
  counting.on = false;
  return (counting.frames * 1000) / (performance.now() - counting.started);
};

window.labelStats = () => {
  const boxes = labelBoxes();
  return { shown: boxes.length, overlaps: overlappingPairs(boxes) };
};

window.endBench = () => {
  labelBoxes = () => [];
  destroy?.();
  destroy = null;
  current = null;
  atlasView = null;
  document.getElementById('graph')!.innerHTML = '';
};
