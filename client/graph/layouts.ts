/**
 * Layout options for the three layouts, and a seeded random source so that the same graph always
 * gets the same picture: a shared link's viewport then points at the same place after a reload.
 */
import type { Core, EdgeSingular, LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from './types.ts';

/** Above this many nodes the force layout trades polish for speed (spectral placement only). */
export const DRAFT_LAYOUT_ABOVE = 400;
/** Up to this many nodes the force layout keeps labels apart as well as nodes (boxes include them). */
export const LABEL_ROOM_UP_TO = 60;

/** Whether a layout's node boxes include the labels: rings and hierarchy space their ranks instead. */
export function boxesIncludeLabels(name: LayoutName, nodeCount: number): boolean {
  return name === 'force' && nodeCount <= LABEL_ROOM_UP_TO;
}
export const ANIMATION_MS = 450;

/**
 * The most nodes the hierarchy (dagre) lays out: its ranking and crossing reduction grow much faster
 * than the graph, and so does its width. Measured here (synthetic networks, a busy 2-core machine):
 * 2.3 s and 10,000 units wide at 500 nodes, 4.6 s at 800, 14 s at 1,000, 24 s and 30,000 units wide
 * (beyond the zoom Fit can reach) at 1,500, 62 s at 2,000.
 */
export const HIERARCHY_UP_TO = 500;

/** Why a layout cannot serve a map of this many nodes, or null when it can. */
export function layoutRefusal(name: LayoutName, nodeCount: number): string | null {
  if (name !== 'hierarchy' || nodeCount <= HIERARCHY_UP_TO) return null;
  return (
    `The hierarchy lays out at most ${HIERARCHY_UP_TO.toLocaleString('en-GB')} stakeholders, and the map has ` +
    `${nodeCount.toLocaleString('en-GB')}. Open one community, or explore a stakeholder's neighbourhood, to see it as a hierarchy.`
  );
}

export interface LayoutRequest {
  animate: boolean;
  fit: boolean;
  /** Keep these nodes where they are (pinned nodes, or everything but the new nodes). */
  fixed: readonly string[];
  /** Start from scratch (true) or refine the current positions (false, force layout only). */
  randomize: boolean;
}

/** mulberry32: a small, fast, seeded PRNG. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs work with Math.random seeded. fcose samples with Math.random and computes synchronously in
 * run(), so this makes its result repeatable.
 */
export function withSeededRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}

function influenceOf(node: NodeSingular): number {
  const score = node.data('score') as number | null;
  return typeof score === 'number' ? score : ((node.data('degree') as number) ?? 0);
}

export function layoutOptions(name: LayoutName, cy: Core, request: LayoutRequest): LayoutOptions {
  const nodeCount = cy.nodes().length;
  const common = {
    animate: request.animate,
    animationDuration: ANIMATION_MS,
    fit: request.fit,
    padding: 40,
  };
  if (name === 'concentric') {
    // Rings by rank, doubling outwards (1, 2, 4, 8…): the most influential sit in the middle and
    // every ring is populated, however skewed the scores are.
    const ranked = cy.nodes().sort((a, b) => influenceOf(b) - influenceOf(a) || (a.id() < b.id() ? -1 : 1));
    const ring = new Map(ranked.map((node, index) => [node.id(), Math.floor(Math.log2(index + 1))]));
    return {
      name: 'concentric',
      ...common,
      concentric: (node: NodeSingular) => 100 - (ring.get(node.id()) ?? 99),
      levelWidth: () => 1,
      minNodeSpacing: 14,
      avoidOverlap: true,
      startAngle: (3 / 2) * Math.PI,
    } as LayoutOptions;
  }
  if (name === 'hierarchy') {
    return {
      name: 'dagre',
      ...common,
      rankDir: 'TB',
      nodeSep: 10,
      rankSep: 90,
      ranker: 'network-simplex',
    } as LayoutOptions;
  }
  const fixed = new Set(request.fixed);
  const randomize = request.randomize;
  // Nodes carry their community (layout-job.ts) when the layout groups by community: links within one
  // are short and stiff, links between two long and slack, so each community gathers in a region.
  const community = (node: NodeSingular) => node.data('community') as number | undefined;
  const across = (edge: EdgeSingular) => {
    const from = community(edge.source());
    return from !== undefined && from !== community(edge.target());
  };
  return {
    name: 'fcose',
    ...common,
    // Small graphs are drawn close enough to read every label: make room for the labels too.
    quality:
      randomize && nodeCount > DRAFT_LAYOUT_ABOVE ? 'draft' : nodeCount <= LABEL_ROOM_UP_TO ? 'proof' : 'default',
    randomize,
    nodeRepulsion: () => 12000,
    // Longer spokes around hubs give their many neighbours a wider ring and their labels room.
    idealEdgeLength: (edge: EdgeSingular) =>
      (55 + 9 * Math.sqrt(Math.max(edge.source().degree(false), edge.target().degree(false)))) *
      (across(edge) ? 12 : 1),
    edgeElasticity: (edge: EdgeSingular) => (across(edge) ? 0.01 : 0.45),
    nodeSeparation: 80,
    gravity: 0.25,
    gravityRange: 3.8,
    numIter: nodeCount > DRAFT_LAYOUT_ABOVE ? 1000 : 2500,
    fixedNodeConstraint:
      fixed.size > 0
        ? cy
            .nodes()
            .filter((node) => fixed.has(node.id()))
            .map((node) => ({ nodeId: node.id(), position: { ...(node as NodeSingular).position() } }))
        : undefined,
  } as LayoutOptions;
}
