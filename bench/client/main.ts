/**
 * In the browser: draws a synthetic network with Stakeholder Atlas's graph engine or with bare
 * Cytoscape (same elements, same layout options), and measures time to first render, the longest
 * the page went without a frame meanwhile, and frames per second while bench/client.ts pans and
 * zooms with the mouse through Chromium.
 */
import cytoscape from 'cytoscape';
import { registerLayouts } from '../../client/graph/extensions.ts';
import { layoutOptions } from '../../client/graph/layouts.ts';
import type { GraphEdgeInput, GraphNodeInput } from '../../client/graph/types.ts';
import { createGraphView } from '../../client/graph/view.ts';
import { ENTITY_KINDS, RELATIONSHIP_TYPES, type RelationshipType } from '../../core/vocabulary.ts';
import { syntheticLinks } from '../../core/graph/synthetic.ts';

function synthetic(size: number): { nodes: GraphNodeInput[]; edges: GraphEdgeInput[] } {
  const types = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];
  const nodes: GraphNodeInput[] = Array.from({ length: size }, (_, index) => {
    const kind = ENTITY_KINDS[index % ENTITY_KINDS.length]!;
    return {
      id: `n${index}`,
      label: `Stakeholder ${index}`,
      kind,
      type: kind === 'PERSON' ? null : 'council',
      sector: null,
      degree: 0,
    };
  });
  const edges = syntheticLinks(size).map(([from, to], index): GraphEdgeInput => {
    const type = types[index % types.length]!;
    nodes[from]!.degree++;
    nodes[to]!.degree++;
    return {
      id: `e${index}`,
      source: `n${from}`,
      target: `n${to}`,
      type,
      family: RELATIONSHIP_TYPES[type].family,
      confidence: 0.4 + (0.6 * ((index * 7) % 10)) / 10,
    };
  });
  return { nodes, edges };
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

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
  firstRenderMs: number;
  longestFrameMs: number;
}

declare global {
  interface Window {
    /** Draws the synthetic network of the given size and waits for the first picture. */
    drawBench(engine: 'atlas' | 'bare', size: number): Promise<Drawn>;
    /** Counts frames until the returned function is called; that gives frames per second. */
    countFrames(): void;
    framesPerSecond(): number;
    endBench(): void;
  }
}

let destroy: (() => void) | null = null;

window.drawBench = async (engine, size) => {
  await registerLayouts();
  window.endBench();
  const container = document.getElementById('graph')!;
  const { nodes, edges } = synthetic(size);
  const started = performance.now();
  const stopWatching = watchFrames();
  if (engine === 'atlas') {
    const view = createGraphView(container, { layout: 'force', animate: false });
    await view.setElements(nodes, edges).settled;
    destroy = () => view.destroy();
  } else {
    const core = cytoscape({
      container,
      elements: [...nodes.map((node) => ({ data: { ...node } })), ...edges.map((edge) => ({ data: { ...edge } }))],
      style: [
        { selector: 'node', style: { label: 'data(label)', width: 20, height: 20 } },
        { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle' } },
      ],
    });
    const layout = core
      .elements()
      .layout(layoutOptions('force', core, { animate: false, fit: true, randomize: true, fixed: [] }));
    const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    await done;
    destroy = () => core.destroy();
  }
  await nextFrame();
  await nextFrame();
  return { firstRenderMs: performance.now() - started, longestFrameMs: stopWatching() };
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
  document.getElementById('graph')!.innerHTML = '';
};
