/**
 * A two-level layout for large maps, so that each community has a region of its own: the
 * communities first (Louvain, the same function and seed the server's `communities` use), placed by
 * ForceAtlas2 on the graph of communities (one node per community, links weighted by how many
 * relationships join them) and pushed apart until their discs, sized by membership, no longer
 * overlap; then each community's members inside its disc, by ForceAtlas2 on its frame and the rest
 * among their neighbours (forceatlas.ts). Seeded: the same graph, the same picture.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { detectCommunities } from '../../core/graph/communities.ts';
import { byId } from '../../core/graph/order.ts';
import { placeInside, type ForceAtlasInput } from './forceatlas.ts';
import { seededRandom } from './layouts.ts';

/** Room per node inside a community's disc, in model units (a node is 16 to 56 across). */
const SPACE_PER_NODE = 32;
/** Gap between two communities' discs, in model units. */
const GAP = 100;

export interface CommunityLayoutInput extends ForceAtlasInput {
  edges: { source: string; target: string; confidence?: number }[];
  grouping?: CommunityGrouping | undefined;
}

/** A graph to find communities in: node ids, and links as [source, target, confidence], in id order. */
export interface CommunityGrouping {
  nodes: string[];
  edges: [string, string, number][];
}

export function groupingOf(
  nodes: readonly { id: string }[],
  edges: readonly { id: string; source: string; target: string; confidence: number }[],
): CommunityGrouping {
  return {
    nodes: nodes.map((node) => node.id).sort(),
    edges: [...edges].sort(byId).map((edge) => [edge.source, edge.target, edge.confidence]),
  };
}

/**
 * Community index (0 = the largest) by node id, as the server numbers them (minus one): Louvain over
 * the grouping graph when there is one (nodes not in it, such as aggregates, join their first
 * neighbour's community, or make one of their own), else over the input's own graph.
 */
export function communitiesOf(input: Pick<CommunityLayoutInput, 'nodes' | 'edges' | 'grouping'>): Map<string, number> {
  const grouping =
    input.grouping ??
    groupingOf(
      input.nodes,
      input.edges.map((edge, index) => ({
        id: `${index}`.padStart(9, '0'),
        source: edge.source,
        target: edge.target,
        confidence: edge.confidence ?? 1,
      })),
    );
  const communities = detectCommunities(
    grouping.nodes.map((id) => ({ id, name: id, kind: 'BODY' })),
    grouping.edges.map(([source, target, confidence], index) => ({
      id: `${index}`.padStart(9, '0'),
      type: 'LINK',
      source,
      target,
      confidence,
    })),
    new Map(),
    0,
  );
  const of = new Map<string, number>();
  communities.forEach((community, index) => {
    for (const id of community.memberIds) of.set(id, index);
  });
  const drawn = new Map<string, number>();
  let next = communities.length;
  const neighbour = new Map<string, string>();
  for (const edge of input.edges) {
    if (!neighbour.has(edge.source)) neighbour.set(edge.source, edge.target);
    if (!neighbour.has(edge.target)) neighbour.set(edge.target, edge.source);
  }
  for (const node of input.nodes) {
    const own = of.get(node.id) ?? of.get(neighbour.get(node.id) ?? '');
    drawn.set(node.id, own ?? next++);
  }
  return drawn;
}

/** The disc a community of this many members gets: room for each, SPACE_PER_NODE across. */
export function discRadius(members: number): number {
  return SPACE_PER_NODE * Math.sqrt(members / Math.PI) + SPACE_PER_NODE / 2;
}

export function communityLayout(
  input: CommunityLayoutInput,
  onProgress?: (done: number) => void,
): [string, number, number][] {
  const found = communitiesOf(input);
  const byCommunity = new Map<number, string[]>();
  for (const node of input.nodes) {
    const list = byCommunity.get(found.get(node.id)!);
    if (list) list.push(node.id);
    else byCommunity.set(found.get(node.id)!, [node.id]);
  }
  // Numbered afresh, largest first as found, without the communities that have nothing drawn.
  const members = [...byCommunity].sort(([a], [b]) => a - b).map(([, list]) => list);
  const of = new Map<string, number>();
  members.forEach((list, community) => list.forEach((id) => of.set(id, community)));
  const radii = members.map((list) => discRadius(list.length));
  const centres = placeCommunities(members, radii, of, input);
  onProgress?.(0.1);
  const core = input.core ? new Set(input.core) : null;
  const places = new Map<string, { x: number; y: number }>();
  let done = 0;
  members.forEach((list, community) => {
    const inside = new Set(list);
    const local = placeInside(
      {
        nodes: list.map((id) => ({ id })),
        edges: input.edges.filter((edge) => inside.has(edge.source) && inside.has(edge.target)),
        core: core ? list.filter((id) => core.has(id)) : undefined,
        seed: input.seed + community,
      },
      radii[community]! - SPACE_PER_NODE / 2,
    );
    const centre = centres[community]!;
    for (const [id, x, y] of local) places.set(id, { x: centre.x + x, y: centre.y + y });
    done += list.length;
    onProgress?.(0.1 + (0.9 * done) / input.nodes.length);
  });
  return input.nodes.map((node) => {
    const place = places.get(node.id)!;
    return [node.id, place.x, place.y];
  });
}

/**
 * Centres for the communities: ForceAtlas2 on the community graph (linked communities near each
 * other), scaled to the discs' sizes, then pushed apart pair by pair until no two discs overlap.
 */
function placeCommunities(
  members: readonly string[][],
  radii: readonly number[],
  of: ReadonlyMap<string, number>,
  input: CommunityLayoutInput,
): { x: number; y: number }[] {
  const graph = new Graph({ type: 'undirected', allowSelfLoops: false });
  const random = seededRandom(input.seed);
  members.forEach((_list, community) =>
    graph.addNode(community, { x: (random() - 0.5) * 100, y: (random() - 0.5) * 100, size: radii[community] }),
  );
  for (const edge of input.edges) {
    const from = of.get(edge.source);
    const to = of.get(edge.target);
    if (from === undefined || to === undefined || from === to) continue;
    graph.updateEdge(from, to, (attributes: { weight?: number }) => ({ weight: (attributes.weight ?? 0) + 1 }));
  }
  if (graph.order > 1)
    forceAtlas2.assign(graph, {
      iterations: 200,
      getEdgeWeight: 'weight',
      settings: { ...forceAtlas2.inferSettings(graph), edgeWeightInfluence: 0.5, gravity: 1 },
    });
  const centres = members.map((_list, community) => ({
    x: graph.getNodeAttribute(community, 'x') as number,
    y: graph.getNodeAttribute(community, 'y') as number,
  }));
  // Scale so that the typical pair of linked communities just touches, then push apart what overlaps.
  let spread = 0;
  for (const centre of centres) spread = Math.max(spread, Math.hypot(centre.x, centre.y));
  const total = Math.sqrt(radii.reduce((sum, radius) => sum + radius * radius, 0));
  const scale = spread > 0 ? total / spread : 1;
  for (const centre of centres) {
    centre.x *= scale;
    centre.y *= scale;
  }
  separateDiscs(centres, radii);
  return centres;
}

/** Moves overlapping discs apart (each by its share of the overlap, the smaller one further). */
export function separateDiscs(
  centres: { x: number; y: number }[],
  radii: readonly number[],
  gap = GAP,
  rounds = 200,
): void {
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < centres.length; i++) {
      for (let j = i + 1; j < centres.length; j++) {
        const a = centres[i]!;
        const b = centres[j]!;
        const wanted = radii[i]! + radii[j]! + gap;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        if (distance >= wanted) continue;
        if (distance === 0) {
          // Same spot: apart along a direction that depends on the pair only.
          dx = Math.cos(i + j);
          dy = Math.sin(i + j);
          distance = 1;
        }
        const push = (wanted - distance) / distance;
        const share = radii[i]! / (radii[i]! + radii[j]!);
        a.x -= dx * push * (1 - share);
        a.y -= dy * push * (1 - share);
        b.x += dx * push * share;
        b.y += dy * push * share;
        moved = true;
      }
    }
    if (!moved) return;
  }
}
