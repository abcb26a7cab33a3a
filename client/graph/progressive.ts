/**
 * A large first drawing (more than PROGRESSIVE_FROM nodes): laid out in the worker from the data
 * alone (nothing styled yet), then added a chunk at a time, the frame (bodies, aggregates, hubs)
 * first, each chunk drawn before the next, so the page never freezes for long and the first useful
 * picture comes early. This module builds the job and the elements; view.ts runs the drawing.
 */
import type { ElementDefinition } from 'cytoscape';
import type { NodeDetail } from './detail.ts';
import { edgeData, largestWeight, nodeData, sizesFor } from './elements.ts';
import { edgesFaded, OVERVIEW_EDGE } from './edge-detail.ts';
import { detailHidden } from './labels.ts';
import type { LayoutJob, LayoutPositions } from './layout-job.ts';
import { layoutRefusal } from './layouts.ts';
import type { CommunityGrouping } from './community-layout.ts';
import { NODE_BORDER_WIDTH } from './styles.ts';
import type { GraphEdgeInput, GraphNodeInput, LayoutName, StyleOptions } from './types.ts';
import { byId } from '../../core/graph/order.ts';

/** First drawings of more nodes than this are laid out first, then added a chunk at a time. */
export const PROGRESSIVE_FROM = 2_000;
/** Elements added per chunk: each chunk is styled and drawn in well under a frame budget's worth of long task. */
const CHUNK = 2_500;

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

/** Waits for the page to draw a frame (a macrotask where there are no frames: Node, tests). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}

/** What a progressive drawing draws: the graph, its levels of detail and its nodes' sizes. */
export interface ProgressiveGraph {
  nodes: readonly GraphNodeInput[];
  /** The edges whose both ends are drawn. */
  edges: readonly GraphEdgeInput[];
  levels: ReadonlyMap<string, NodeDetail>;
  sizes: ReadonlyMap<string, { size: number; fontSize: number }>;
}

/** The graph to draw progressively, with its nodes sized as the style asks. */
export function progressiveGraph(
  nodes: readonly GraphNodeInput[],
  edges: readonly GraphEdgeInput[],
  levels: ReadonlyMap<string, NodeDetail>,
  style: StyleOptions,
): ProgressiveGraph {
  const ids = new Set(nodes.map((node) => node.id));
  const drawnEdges = edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
  const key = style.sizeBy === 'score' ? 'score' : 'degree';
  const largest = largestWeight(nodes.map((node) => node[key]));
  const sizes = new Map(nodes.map((node) => [node.id, sizesFor(node[key], largest)]));
  return { nodes, edges: drawnEdges, levels, sizes };
}

/** The layout job of a progressive drawing, from the data alone. */
export function progressiveJob(
  graph: ProgressiveGraph,
  name: LayoutName,
  seed: number,
  grouping?: CommunityGrouping,
): LayoutJob {
  const { nodes, edges, levels, sizes } = graph;
  return {
    // A layout that cannot serve this many nodes (layouts.ts) leaves the first drawing to the force layout.
    name: layoutRefusal(name, nodes.length) ? 'force' : name,
    byCommunity: true,
    ...(grouping ? { grouping } : {}),
    randomize: true,
    fixed: [],
    seed,
    nodes: [...nodes].sort(byId).map((node) => {
      const box = sizes.get(node.id)!.size + 2 * NODE_BORDER_WIDTH;
      return { id: node.id, width: box, height: box, x: 0, y: 0, degree: node.degree, score: node.score ?? null };
    }),
    edges: [...edges].sort(byId).map(({ id, source, target, confidence }) => ({ id, source, target, confidence })),
    core: nodes.filter((node) => (levels.get(node.id)?.showFrom ?? 0) === 0).map((node) => node.id),
  };
}

/**
 * The elements of a progressive drawing in drawing order, the frame's nodes first, then the other
 * nodes by level of detail, then the edges likewise; `frame` counts the frame's nodes.
 */
export function progressiveElements(
  graph: ProgressiveGraph,
  positions: LayoutPositions,
  zoom: number,
): { elements: ElementDefinition[]; frame: number } {
  const { nodes, edges, levels, sizes } = graph;
  const places = new Map(positions.map(([id, x, y]) => [id, { x, y }]));
  const showFrom = (id: string) => levels.get(id)?.showFrom ?? 0;
  const nodeElements = [...nodes]
    .sort((a, b) => showFrom(a.id) - showFrom(b.id) || byId(a, b))
    .map((node): ElementDefinition => {
      const level = levels.get(node.id);
      const data = { ...nodeData(node), ...sizes.get(node.id)!, showFrom: level?.showFrom ?? 0 };
      const classes = detailHidden(data, zoom) ? 'lod-hidden' : '';
      return { group: 'nodes', data, position: places.get(node.id) ?? { x: 0, y: 0 }, classes };
    });
  // Edges of the frame first, as their nodes.
  const edgeRank = (edge: GraphEdgeInput) => Math.max(showFrom(edge.source), showFrom(edge.target));
  // Faded from the start at the whole-network zoom (edge-detail.ts): never drawn bright first.
  const classes = edgesFaded(nodes.length, zoom) ? OVERVIEW_EDGE : '';
  const edgeElements = [...edges]
    .sort((a, b) => edgeRank(a) - edgeRank(b) || byId(a, b))
    .map((edge): ElementDefinition => ({ group: 'edges', data: edgeData(edge), classes }));
  const frame = nodeElements.filter((element) => (element.data.showFrom as number) === 0).length;
  return { elements: [...nodeElements, ...edgeElements], frame };
}
