/**
 * ForceAtlas2 with Barnes–Hut, for large maps: fcose's spectral step and quadratic repulsion take
 * tens of seconds at 20,000 nodes, ForceAtlas2 a few (it is what Gephi and Gephi Lite use at this
 * size). Seeded starting places, so the same graph gives the same picture; fixed nodes stay put.
 * Runs in the layout worker, in rounds, reporting progress between them.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { seededRandom } from './layouts.ts';

/** The force layout uses ForceAtlas2 from this many nodes up. */
export const FORCEATLAS_FROM = 2_500;
/** Fewer iterations on larger graphs: each costs more, and Barnes–Hut settles big graphs early. */
export function forceAtlasIterations(nodeCount: number): number {
  return nodeCount > 10_000 ? 60 : nodeCount > 5_000 ? 100 : 150;
}
const ROUND = 10;
/** Room per node, in model units (a node is 16 to 56 across). */
const SPACE_PER_NODE = 40;

export interface ForceAtlasInput {
  nodes: { id: string }[];
  edges: { source: string; target: string }[];
  /**
   * The map's frame (detail.ts: bodies, aggregates, hubs), laid out by ForceAtlas2; every other node
   * is placed among its neighbours. All nodes when absent.
   */
  core?: readonly string[];
  seed: number;
}

/**
 * A fresh layout: ForceAtlas2 from seeded random places for the core, rescaled so the whole map
 * gets room for every node; then the rest, breadth first from the core, each at the middle of its
 * placed neighbours (those sharing a spot are fanned out by the layout job). Pinned nodes are not
 * held here: the view leaves them where they are when it applies the result. This is the layout
 * without communities (community-layout.ts lays out each community's disc with placeInside).
 */
export function forceAtlasLayout(
  input: ForceAtlasInput,
  onProgress?: (done: number) => void,
): [string, number, number][] {
  const neighbours = neighboursOf(input.edges);
  const graph = forceAtlasCore(input, new Set(input.core ?? input.nodes.map((node) => node.id)), (done) =>
    onProgress?.(0.9 * done),
  );
  // The whole map gets room for every node (about SPACE_PER_NODE across each), not just the core.
  const factor = (SPACE_PER_NODE * Math.sqrt(input.nodes.length)) / 2 / (spread(graph) || 1);
  const placed = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, attributes) =>
    placed.set(id, { x: (attributes.x as number) * factor, y: (attributes.y as number) * factor }),
  );
  placeAmongNeighbours(input.nodes, neighbours, placed);
  onProgress?.(1);
  return input.nodes.map((node) => {
    const place = placed.get(node.id)!;
    return [node.id, place.x, place.y];
  });
}

/**
 * Lays the nodes out inside a disc of the given radius around (0, 0): ForceAtlas2 on the core (when
 * no node of it is among them, their best-linked tenth), the rest among their neighbours; then
 * centred, scaled so most lie in the inner 80 %, and any beyond the rim brought onto it.
 */
export function placeInside(input: ForceAtlasInput, radius: number): [string, number, number][] {
  if (input.nodes.length === 1) return [[input.nodes[0]!.id, 0, 0]];
  const neighbours = neighboursOf(input.edges);
  let core = input.core && input.core.length > 0 ? input.core : undefined;
  if (!core) {
    const degree = (id: string) => neighbours.get(id)?.length ?? 0;
    const ranked = input.nodes.map((node) => node.id).sort((a, b) => degree(b) - degree(a) || (a < b ? -1 : 1));
    core = input.core ? ranked.slice(0, Math.max(1, Math.ceil(ranked.length / 10))) : ranked;
  }
  const graph = forceAtlasCore(input, new Set(core));
  const placed = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, attributes) => placed.set(id, { x: attributes.x as number, y: attributes.y as number }));
  placeAmongNeighbours(input.nodes, neighbours, placed);
  const places = input.nodes.map((node) => placed.get(node.id)!);
  const cx = places.reduce((sum, place) => sum + place.x, 0) / places.length;
  const cy = places.reduce((sum, place) => sum + place.y, 0) / places.length;
  const distances = places.map((place) => Math.hypot(place.x - cx, place.y - cy)).sort((a, b) => a - b);
  const typical = distances[Math.floor(distances.length * 0.9)] ?? 0;
  const factor = typical > 0 ? (0.8 * radius) / typical : 1;
  return input.nodes.map((node, index) => {
    const place = places[index]!;
    let x = (place.x - cx) * factor;
    let y = (place.y - cy) * factor;
    const distance = Math.hypot(x, y);
    if (distance > radius) {
      x *= radius / distance;
      y *= radius / distance;
    }
    return [node.id, x, y];
  });
}

/** ForceAtlas2 with Barnes–Hut on the core nodes and the links among them, from seeded random places. */
function forceAtlasCore(input: ForceAtlasInput, core: ReadonlySet<string>, onProgress?: (done: number) => void): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const random = seededRandom(input.seed);
  const radius = 10 * Math.sqrt(core.size);
  for (const node of input.nodes) {
    if (core.has(node.id))
      graph.addNode(node.id, { x: (random() - 0.5) * 2 * radius, y: (random() - 0.5) * 2 * radius });
  }
  for (const edge of input.edges) {
    if (edge.source !== edge.target && graph.hasNode(edge.source) && graph.hasNode(edge.target))
      graph.mergeEdge(edge.source, edge.target);
  }
  if (graph.order < 2) return graph;
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 500,
    // Hubs are pulled less towards their many neighbours, so those get room around them.
    outboundAttractionDistribution: true,
  };
  const iterations = forceAtlasIterations(graph.order);
  for (let done = 0; done < iterations; done += ROUND) {
    forceAtlas2.assign(graph, { iterations: Math.min(ROUND, iterations - done), settings });
    onProgress?.(Math.min(1, (done + ROUND) / iterations));
  }
  return graph;
}

/** Each node's neighbours, both ways, self-links left out. */
function neighboursOf(edges: readonly { source: string; target: string }[]): Map<string, string[]> {
  const neighbours = new Map<string, string[]>();
  for (const edge of edges) {
    if (edge.source === edge.target) continue;
    for (const [from, to] of [
      [edge.source, edge.target],
      [edge.target, edge.source],
    ] as const) {
      const list = neighbours.get(from);
      if (list) list.push(to);
      else neighbours.set(from, [to]);
    }
  }
  return neighbours;
}

/** Places the unplaced nodes breadth first at the middle of their placed neighbours; strays on a ring. */
function placeAmongNeighbours(
  nodes: readonly { id: string }[],
  neighbours: ReadonlyMap<string, string[]>,
  placed: Map<string, { x: number; y: number }>,
): void {
  let frontier = nodes.filter((node) => !placed.has(node.id)).map((node) => node.id);
  while (frontier.length > 0) {
    const next: string[] = [];
    const now: [string, { x: number; y: number }][] = [];
    for (const id of frontier) {
      const around = (neighbours.get(id) ?? [])
        .map((other) => placed.get(other))
        .filter((place) => place !== undefined);
      if (around.length === 0) {
        next.push(id);
        continue;
      }
      const x = around.reduce((sum, place) => sum + place.x, 0) / around.length;
      const y = around.reduce((sum, place) => sum + place.y, 0) / around.length;
      now.push([id, { x, y }]);
    }
    // Placed a round at a time, so the order within a round does not matter.
    for (const [id, place] of now) placed.set(id, place);
    if (now.length === 0) break;
    frontier = next;
  }
  // What no path reaches goes on a ring around the rest, in the given order.
  const strays = nodes.filter((node) => !placed.has(node.id));
  if (strays.length === 0) return;
  let extent = 0;
  for (const place of placed.values()) extent = Math.max(extent, Math.hypot(place.x, place.y));
  strays.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / strays.length;
    const ring = extent + SPACE_PER_NODE * (1 + Math.floor(index / 400));
    placed.set(node.id, { x: ring * Math.cos(angle), y: ring * Math.sin(angle) });
  });
}

/** How far most nodes lie from the centre (the 95th percentile, so a few strays do not count). */
function spread(graph: Graph): number {
  let cx = 0;
  let cy = 0;
  graph.forEachNode((_id, attributes) => {
    cx += attributes.x as number;
    cy += attributes.y as number;
  });
  cx /= graph.order || 1;
  cy /= graph.order || 1;
  const distances = graph.mapNodes((_id, attributes) =>
    Math.hypot((attributes.x as number) - cx, (attributes.y as number) - cy),
  );
  distances.sort((a, b) => a - b);
  return distances[Math.floor(distances.length * 0.95)] ?? 0;
}
