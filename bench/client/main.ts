/**
 * In the browser: draws a synthetic network with Stakeholder Atlas's graph engine or with bare
 * Cytoscape (same elements, same layout options), and measures time to first render and frames per
 * second while panning and zooming. bench/client.ts drives it through Chromium.
 */
import cytoscape from 'cytoscape';
import { registerLayouts } from '../../client/graph/extensions.ts';
import { layoutOptions } from '../../client/graph/layouts.ts';
import type { GraphEdgeInput, GraphNodeInput } from '../../client/graph/types.ts';
import { coreOf, createGraphView } from '../../client/graph/view.ts';
import { ENTITY_KINDS, FAMILIES, RELATIONSHIP_TYPES, type RelationshipType } from '../../server/domain/vocabulary.ts';

function synthetic(size: number): { nodes: GraphNodeInput[]; edges: GraphEdgeInput[] } {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
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
  // A preferential-attachment network, as real influence networks are: a few hubs, many leaves.
  const edges: GraphEdgeInput[] = [];
  const ends: number[] = [0];
  for (let index = 1; index < size; index++) {
    for (let link = 0; link < (index % 3 === 0 ? 2 : 1); link++) {
      const target = ends[Math.floor(random() * ends.length)]!;
      if (target === index) continue;
      const type = types[Math.floor(random() * types.length)]!;
      edges.push({
        id: `e${edges.length}`,
        source: `n${index}`,
        target: `n${target}`,
        type,
        family: RELATIONSHIP_TYPES[type].family,
        confidence: 0.4 + 0.6 * random(),
      });
      ends.push(index, target);
    }
  }
  for (const edge of edges) {
    nodes[Number(edge.source.slice(1))]!.degree++;
    nodes[Number(edge.target.slice(1))]!.degree++;
  }
  void FAMILIES;
  return { nodes, edges };
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function panAndZoom(core: cytoscape.Core, durationMs: number): Promise<number> {
  const start = await nextFrame();
  let frames = 0;
  let now = start;
  while (now - start < durationMs) {
    const t = (now - start) / durationMs;
    core.viewport({
      zoom: 0.3 + 0.5 * Math.abs(Math.sin(t * Math.PI * 2)),
      pan: { x: 300 * Math.cos(t * 6), y: 200 * Math.sin(t * 6) },
    });
    now = await nextFrame();
    frames++;
  }
  return (frames * 1000) / (now - start);
}

declare global {
  interface Window {
    runBench(engine: 'atlas' | 'bare', size: number): Promise<{ firstRenderMs: number; fps: number }>;
  }
}

window.runBench = async (engine, size) => {
  await registerLayouts();
  const container = document.getElementById('graph')!;
  container.innerHTML = '';
  const { nodes, edges } = synthetic(size);
  const started = performance.now();
  let core: cytoscape.Core;
  let destroy: () => void;
  if (engine === 'atlas') {
    const view = createGraphView(container, { layout: 'force', animate: false });
    await view.setElements(nodes, edges).settled;
    core = coreOf(view);
    destroy = () => view.destroy();
  } else {
    core = cytoscape({
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
  const firstRenderMs = performance.now() - started;
  const fps = await panAndZoom(core, 2_000);
  destroy();
  return { firstRenderMs, fps };
};
