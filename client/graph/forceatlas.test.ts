import { describe, expect, it } from 'vitest';
import { syntheticLinks } from '../../core/graph/synthetic.ts';
import { forceAtlasLayout } from './forceatlas.ts';
import { computeLayout, usesForceAtlas, type LayoutJob } from './layout-job.ts';

function job(size: number, seed = 7): LayoutJob {
  return {
    name: 'force',
    randomize: true,
    fixed: [],
    seed,
    nodes: Array.from({ length: size }, (_, index) => ({
      id: `n${index}`,
      width: 20,
      height: 20,
      x: 0,
      y: 0,
      degree: 1,
      score: null,
    })),
    edges: syntheticLinks(size).map(([from, to], index) => ({ id: `e${index}`, source: `n${from}`, target: `n${to}` })),
    core: Array.from({ length: Math.floor(size / 10) }, (_, index) => `n${index}`),
  };
}

describe('the large-map layout (ForceAtlas2 with Barnes–Hut)', () => {
  it('is used for fresh force layouts of large maps only', () => {
    expect(usesForceAtlas(job(3_000))).toBe(true);
    expect(usesForceAtlas({ ...job(3_000), randomize: false })).toBe(false);
    expect(usesForceAtlas({ ...job(3_000), name: 'concentric' })).toBe(false);
    expect(usesForceAtlas(job(500))).toBe(false);
  });

  it('reports progress, places every node apart, and gives the same picture for the same seed', () => {
    const progress: number[] = [];
    const positions = computeLayout(job(3_000), (done) => progress.push(done));
    expect(positions).toHaveLength(3_000);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    const spots = new Set(positions.map(([, x, y]) => `${Math.round(x)},${Math.round(y)}`));
    expect(spots.size).toBeGreaterThan(3_000 * 0.98);
    expect(computeLayout(job(3_000))).toEqual(positions);
    expect(computeLayout(job(3_000, 8))).not.toEqual(positions);
  });

  it('places nodes outside the core among their neighbours', () => {
    // n1 to n3 are the core; n4 links to n1 only, so it lands next to n1, nearer than the others.
    const positions = new Map(
      forceAtlasLayout({
        nodes: ['n1', 'n2', 'n3', 'n4'].map((id) => ({ id })),
        edges: [
          { source: 'n1', target: 'n2' },
          { source: 'n2', target: 'n3' },
          { source: 'n4', target: 'n1' },
        ],
        core: ['n1', 'n2', 'n3'],
        seed: 1,
      }).map(([id, x, y]) => [id, { x, y }]),
    );
    const distance = (a: string, b: string) =>
      Math.hypot(positions.get(a)!.x - positions.get(b)!.x, positions.get(a)!.y - positions.get(b)!.y);
    expect(distance('n4', 'n1')).toBeLessThan(1);
    expect(distance('n4', 'n3')).toBeGreaterThan(distance('n4', 'n1'));
  });
});
