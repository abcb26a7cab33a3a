import { describe, expect, it } from 'vitest';
import { syntheticLinks } from './synthetic.ts';

describe('syntheticLinks', () => {
  it('draws the same network for the same seed, and another for another seed', () => {
    expect(syntheticLinks(200)).toEqual(syntheticLinks(200));
    expect(syntheticLinks(200, 7)).not.toEqual(syntheticLinks(200));
  });

  it('links every node after the first to an older one, and grows hubs', () => {
    const size = 1000;
    const links = syntheticLinks(size);
    expect(links.every(([from, to]) => from < size && to >= 0 && to < from)).toBe(true);
    expect(new Set(links.map(([from]) => from)).size).toBe(size - 1);
    const degree = new Map<number, number>();
    for (const [from, to] of links) for (const end of [from, to]) degree.set(end, (degree.get(end) ?? 0) + 1);
    // Preferential attachment: the best-linked node has far more links than the average (about 2.6).
    expect(Math.max(...degree.values())).toBeGreaterThan(20);
  });
});
