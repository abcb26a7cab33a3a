/**
 * In the browser: draws a synthetic network with Stakeholder Atlas's graph engine or with bare
 * Cytoscape (same elements, same layout options; preset positions for bare Cytoscape at the national
 * size, where its layout would take minutes), and measures time to the first useful picture, the
 * longest the page went without a frame meanwhile, how long a selection and a search (find by name,
 * select, centre) take to show, and frames per second while bench/client.ts pans and zooms with the
 * mouse through Chromium.
 */
import cytoscape from 'cytoscape';
import { registerLayouts } from '../../client/graph/extensions.ts';
import { layoutOptions } from '../../client/graph/layouts.ts';
import type { GraphNodeInput, LayoutName } from '../../client/graph/types.ts';
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
  /** Until every element is drawn. */
  allDrawnMs: number;
  longestFrameMs: number;
  nodes: number;
  edges: number;
}

declare global {
  interface Window {
    /** Draws the synthetic network of the given size and waits for the first picture. */
    drawBench(engine: 'atlas' | 'bare', size: number): Promise<Drawn>;
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

window.drawBench = async (engine, size) => {
  await registerLayouts();
  window.endBench();
  const container = document.getElementById('graph')!;
  const { nodes, edges } = synthetic(size);
  const started = performance.now();
  const stopWatching = watchFrames();
  let firstRenderMs = 0;
  if (engine === 'atlas') {
    const view = createGraphView(container, { layout: 'force', animate: false });
    const drawing = view.setElements(nodes, edges);
    await drawing.firstPicture;
    await nextFrame();
    firstRenderMs = performance.now() - started;
    await drawing.settled;
    destroy = () => view.destroy();
    current = { select: (id) => view.select(id), focus: (id) => view.focus(id), nodes };
    atlasView = view;
  } else {
    const preset = nodes.length >= NATIONAL_FROM;
    const random = seededRandom(1);
    const side = 40 * Math.sqrt(nodes.length);
    const core = cytoscape({
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
    if (!preset) {
      const layout = core
        .elements()
        .layout(layoutOptions('force', core, { animate: false, fit: true, randomize: true, fixed: [] }));
      const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
      layout.run();
      await done;
    }
    await nextFrame();
    firstRenderMs = performance.now() - started;
    destroy = () => core.destroy();
    current = {
      select: (id) => {
        core.elements(':selected').unselect();
        core.getElementById(id).select();
      },
      focus: (id) => core.center(core.getElementById(id)),
      nodes,
    };
  }
  await nextFrame();
  await nextFrame();
  return {
    firstRenderMs,
    allDrawnMs: performance.now() - started,
    longestFrameMs: stopWatching(),
    nodes: nodes.length,
    edges: edges.length,
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

window.endBench = () => {
  destroy?.();
  destroy = null;
  current = null;
  atlasView = null;
  document.getElementById('graph')!.innerHTML = '';
};
