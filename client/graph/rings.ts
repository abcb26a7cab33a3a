/**
 * Rings by influence for large maps: the most influential node in the middle, then rings outwards,
 * each filled to its circumference before the next begins, so the picture stays a compact disc at
 * any size. (Cytoscape's concentric layout with rings doubling outwards put the last 16,000 nodes
 * of the national network on one ring about 250,000 units across: far beyond the zoom Fit can
 * reach, so the map showed a few stray edges.) Ranked by score, else degree, ties by id.
 */
export interface RingNode {
  id: string;
  width: number;
  degree: number;
  score: number | null;
}

/** Space between neighbours on a ring and between rings, in model units. */
const SPACING = 14;

export function ringsLayout(nodes: readonly RingNode[]): [string, number, number][] {
  const influence = (node: RingNode) => node.score ?? node.degree;
  const ranked = [...nodes].sort((a, b) => influence(b) - influence(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const positions: [string, number, number][] = [];
  if (ranked.length === 0) return positions;
  positions.push([ranked[0]!.id, 0, 0]);
  let radius = ranked[0]!.width / 2;
  let next = 1;
  while (next < ranked.length) {
    // The ring's width is its widest node's: the ranks fall outwards, so the first node is widest.
    const widest = ranked[next]!.width;
    radius += widest + SPACING;
    const capacity = Math.max(1, Math.floor((2 * Math.PI * radius) / (widest + SPACING)));
    const ring = ranked.slice(next, next + capacity);
    // A ring that is not full (the last one) is spread evenly all the same.
    ring.forEach((node, index) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * index) / ring.length;
      positions.push([node.id, radius * Math.cos(angle), radius * Math.sin(angle)]);
    });
    next += ring.length;
  }
  return positions;
}
