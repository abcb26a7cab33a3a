/**
 * A layout as plain data in and positions out, so it can run off the main thread: the view sends a
 * job (each node's box, current centre and influence, the edges), and a headless Cytoscape lays it
 * out with the same options and seed wherever it runs. The layouts must be registered first.
 */
import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';
import { communitiesOf, communityLayout, type CommunityGrouping } from './community-layout.ts';
import { FORCEATLAS_FROM, forceAtlasLayout } from './forceatlas.ts';
import { boxesIncludeLabels, layoutOptions, withSeededRandom } from './layouts.ts';
import { ringsLayout } from './rings.ts';
import { NODE_BORDER_WIDTH } from './styles.ts';
import type { LayoutName } from './types.ts';

export interface LayoutJobNode {
  id: string;
  /** The box the layout keeps apart: the node, plus its label on small graphs. */
  width: number;
  height: number;
  /** Centre of that box now (the start for a refinement, the place of a fixed node). */
  x: number;
  y: number;
  degree: number;
  score: number | null;
}

export interface LayoutJob {
  name: LayoutName;
  /** Start from scratch (true) or refine the current positions (false, force layout only). */
  randomize: boolean;
  /** Ids of nodes that keep their place (pinned, or all but the newcomers). */
  fixed: string[];
  seed: number;
  /** Sorted by id: the picture is then a function of the graph alone. */
  nodes: LayoutJobNode[];
  /** Confidence weighs a link when communities are found, as the server's Louvain does. */
  edges: { id: string; source: string; target: string; confidence?: number }[];
  /**
   * Group the force layout by community (the app always does): each community in a region of its
   * own. False gives the layout as it was before, which the benchmark measures against.
   */
  byCommunity?: boolean;
  /**
   * The graph communities are found in: what the app asked to draw, before one-link leaves were
   * aggregated, so that they are the server's communities (the same Louvain on the same graph) and
   * "Community colours" fill the regions. Found in the job's own graph when absent.
   */
  grouping?: CommunityGrouping;
  /** Large maps: the nodes drawn at every zoom (detail.ts), laid out first; the rest go among them. */
  core?: string[];
}

/** Whether a job is laid out with ForceAtlas2 (large fresh force layouts) rather than Cytoscape's layouts. */
export function usesForceAtlas(job: Pick<LayoutJob, 'name' | 'randomize' | 'nodes'>): boolean {
  return job.name === 'force' && job.randomize && job.nodes.length >= FORCEATLAS_FROM;
}

/** Whether a rings job is laid out in compact rings (rings.ts) rather than Cytoscape's doubling ones. */
export function usesCompactRings(job: Pick<LayoutJob, 'name' | 'nodes'>): boolean {
  return job.name === 'concentric' && job.nodes.length >= FORCEATLAS_FROM;
}

/** Box centres by node id, as [id, x, y] triples. */
export type LayoutPositions = [string, number, number][];

/** Cytoscape's own node size, for nodes without a size of their own. */
const DEFAULT_NODE_SIZE = 30;
const BOX_STYLE = [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)', shape: 'rectangle' } }];

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const SPREAD_SPACING = 24;

/**
 * The draft force layout (spectral placement) gives nodes with the same neighbours the same place:
 * a hub's hundred leaves would sit on one spot. Such groups are fanned out in a small sunflower
 * around that spot, in id order so the picture stays repeatable. Fixed nodes never move.
 */
export function spreadCoincident(positions: LayoutPositions, fixed: ReadonlySet<string>): LayoutPositions {
  const groups = new Map<string, number[]>();
  positions.forEach(([id, x, y], index) => {
    if (fixed.has(id)) return;
    const key = `${Math.round(x)},${Math.round(y)}`;
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  const spread = positions.map((entry): [string, number, number] => [...entry]);
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [, x, y] = positions[group[0]!]!;
    group.forEach((index, order) => {
      const radius = SPREAD_SPACING * Math.sqrt(order + 0.5);
      spread[index] = [
        positions[index]![0],
        x + radius * Math.cos(order * GOLDEN_ANGLE),
        y + radius * Math.sin(order * GOLDEN_ANGLE),
      ];
    });
  }
  return spread;
}

/** Positions for the job; onProgress hears the share done (0 to 1) where the layout can tell. */
export function computeLayout(job: LayoutJob, onProgress?: (done: number) => void): LayoutPositions {
  if (usesForceAtlas(job)) {
    const input = { nodes: job.nodes, edges: job.edges, core: job.core, seed: job.seed };
    const positions = job.byCommunity
      ? communityLayout({ ...input, grouping: job.grouping }, onProgress)
      : forceAtlasLayout(input, onProgress);
    return spreadCoincident(positions, new Set(job.fixed));
  }
  if (usesCompactRings(job)) {
    const positions = ringsLayout(job.nodes);
    onProgress?.(1);
    return positions;
  }
  const communities = job.byCommunity && job.name === 'force' ? communitiesOf(job) : null;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: BOX_STYLE as cytoscape.StylesheetJson,
  });
  // Added after construction: elements given to the constructor are put at (0, 0) by its null layout.
  cy.add([
    ...job.nodes.map((node) => ({
      group: 'nodes' as const,
      data: {
        id: node.id,
        width: node.width,
        height: node.height,
        degree: node.degree,
        score: node.score,
        community: communities?.get(node.id),
      },
      position: { x: node.x, y: node.y },
    })),
    ...job.edges.map((edge) => ({ group: 'edges' as const, data: { ...edge } })),
  ]);
  try {
    const layout = cy
      .elements()
      .layout(layoutOptions(job.name, cy, { animate: false, fit: false, randomize: job.randomize, fixed: job.fixed }));
    withSeededRandom(job.seed, () => layout.run());
    return spreadCoincident(
      cy.nodes().map((node) => [node.id(), node.position('x'), node.position('y')]),
      new Set(job.fixed),
    );
  } finally {
    cy.destroy();
  }
}

/** A job for the nodes and edges of a view, and each node's offset from its box centre. */
export function layoutJobFor(
  cy: Core,
  request: Pick<LayoutJob, 'name' | 'randomize' | 'fixed' | 'seed' | 'core' | 'byCommunity' | 'grouping'>,
): { job: LayoutJob; offsets: Map<string, { x: number; y: number }> } {
  const byId = (a: { id(): string }, b: { id(): string }) => (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0);
  const nodes = (cy.nodes().toArray() as NodeSingular[]).sort(byId);
  // A small graph under the force layout is drawn close enough to read every label: its boxes include
  // the label, so labels are kept apart too. The box centre then sits below the node's own centre.
  const includeLabels = boxesIncludeLabels(request.name, nodes.length);
  const offsets = new Map<string, { x: number; y: number }>();
  const jobNodes = nodes.map((node): LayoutJobNode => {
    const position = node.position();
    // Large graphs: the box from the data, so the job goes out before the page has styled anything.
    let width = ((node.data('size') as number | undefined) ?? DEFAULT_NODE_SIZE) + 2 * NODE_BORDER_WIDTH;
    let height = width;
    let x = position.x;
    let y = position.y;
    if (includeLabels) {
      const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
      width = box.w;
      height = box.h;
      x = box.x1 + box.w / 2;
      y = box.y1 + box.h / 2;
      offsets.set(node.id(), { x: x - position.x, y: y - position.y });
    }
    const score = node.data('score') as number | null;
    return {
      id: node.id(),
      width,
      height,
      x,
      y,
      degree: (node.data('degree') as number | undefined) ?? 0,
      score: typeof score === 'number' ? score : null,
    };
  });
  const edges = (cy.edges().toArray() as EdgeSingular[])
    .sort(byId)
    .map((edge) => ({ id: edge.id(), source: edge.source().id(), target: edge.target().id() }));
  return { job: { ...request, fixed: [...request.fixed], nodes: jobNodes, edges }, offsets };
}
