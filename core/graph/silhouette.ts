/**
 * How well a layout keeps communities apart: the mean silhouette of node positions by community
 * (Rousseeuw 1987). For a node, a is its mean distance to the other members of its community and
 * b its mean distance to the members of the nearest other community; its silhouette is
 * (b − a) / max(a, b), from −1 (among another community) to 1 (far from every other). Nodes alone
 * in their community count 0, as in the usual definition. Exact up to SAMPLE_ABOVE nodes; above,
 * a seeded sample of nodes is scored against every node, so the cost stays linear in the graph.
 */
import { createRandom } from '../synthetic/random.ts';

export interface PlacedMember {
  x: number;
  y: number;
  community: number;
}

/** Nodes scored exactly up to this many; larger layouts score a sample of this size. */
export const SAMPLE_ABOVE = 2_000;

export function meanSilhouette(points: readonly PlacedMember[], sampleSize = SAMPLE_ABOVE): number {
  const sizes = new Map<number, number>();
  for (const point of points) sizes.set(point.community, (sizes.get(point.community) ?? 0) + 1);
  if (points.length === 0 || sizes.size < 2) return 0;
  const scored = points.length <= sampleSize ? points : sample(points, sampleSize);
  let total = 0;
  for (const point of scored) total += silhouetteOf(point, points, sizes);
  return total / scored.length;
}

function silhouetteOf(
  point: PlacedMember,
  points: readonly PlacedMember[],
  sizes: ReadonlyMap<number, number>,
): number {
  const own = sizes.get(point.community)!;
  if (own < 2) return 0;
  const sums = new Map<number, number>();
  for (const other of points) {
    const distance = Math.hypot(other.x - point.x, other.y - point.y);
    sums.set(other.community, (sums.get(other.community) ?? 0) + distance);
  }
  // The point itself adds 0 to its own community's sum, and is not one of the others.
  const a = sums.get(point.community)! / (own - 1);
  let b = Infinity;
  for (const [community, sum] of sums) if (community !== point.community) b = Math.min(b, sum / sizes.get(community)!);
  const larger = Math.max(a, b);
  return larger === 0 ? 0 : (b - a) / larger;
}

/** A seeded sample without repeats, so the same layout always gets the same score. */
function sample<T>(items: readonly T[], size: number): T[] {
  return createRandom(1).sample(items, size);
}
