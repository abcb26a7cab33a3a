import { describe, expect, it } from 'vitest';
import { meanSilhouette, type PlacedMember } from './silhouette.ts';

/** Points on a grid around a centre, all in one community. */
function blob(cx: number, cy: number, community: number, count = 16): PlacedMember[] {
  return Array.from({ length: count }, (_, index) => ({
    x: cx + (index % 4) * 2,
    y: cy + Math.floor(index / 4) * 2,
    community,
  }));
}

describe('mean silhouette of positions by community', () => {
  it('is near 1 for communities far apart, near 0 or below when they are mixed', () => {
    const apart = [...blob(0, 0, 1), ...blob(1_000, 0, 2), ...blob(0, 1_000, 3)];
    expect(meanSilhouette(apart)).toBeGreaterThan(0.95);
    // The same places with communities dealt out in turn: every community spread over all three blobs.
    const mixed = apart.map((point, index) => ({ ...point, community: (index % 3) + 1 }));
    expect(meanSilhouette(mixed)).toBeLessThan(0.05);
  });

  it('matches the definition on a small case worked by hand', () => {
    // Community 1 at x = 0 and 2, community 2 at x = 10. For (0): a = 2, b = 10, s = 0.8; for (2): a = 2,
    // b = 8, s = 0.75; the lone member of community 2 counts 0.
    const points = [
      { x: 0, y: 0, community: 1 },
      { x: 2, y: 0, community: 1 },
      { x: 10, y: 0, community: 2 },
    ];
    expect(meanSilhouette(points)).toBeCloseTo((0.8 + 0.75 + 0) / 3, 10);
  });

  it('is 0 with fewer than two communities, and scores a repeatable sample of a large layout', () => {
    expect(meanSilhouette(blob(0, 0, 1))).toBe(0);
    expect(meanSilhouette([])).toBe(0);
    const large = [...blob(0, 0, 1, 600), ...blob(5_000, 0, 2, 600)];
    const sampled = meanSilhouette(large, 100);
    expect(sampled).toBe(meanSilhouette(large, 100));
    expect(sampled).toBeCloseTo(meanSilhouette(large), 1);
  });
});
