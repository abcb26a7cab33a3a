import { describe, expect, it } from 'vitest';
import { bubbleLabel, groupCentres, overviewLinks, placeBubbles } from './community-overview.ts';

describe('the community overview', () => {
  it('names a bubble after its two leading members and how many more it holds', () => {
    expect(bubbleLabel(['Socitm', 'LGA', 'SOLACE'], 122)).toBe('Socitm, LGA +120');
    expect(bubbleLabel(['Socitm', 'LGA', 'SOLACE'], 1_402)).toBe('Socitm, LGA +1,400');
    expect(bubbleLabel(['Socitm'], 1)).toBe('Socitm');
    expect(bubbleLabel(['Local CIO Council meeting in London (about 2013)', 'LGA'], 16)).toBe(
      'Local CIO Council meeti…, LGA +14',
    );
  });

  it('counts the relationships between communities, not within one or outside the communities drawn', () => {
    const of = new Map([
      ['a', 1],
      ['b', 1],
      ['c', 2],
      ['d', 3],
      ['e', 0],
    ]);
    const links = overviewLinks(of, [
      { source: 'a', target: 'b' },
      { source: 'a', target: 'c' },
      { source: 'c', target: 'b' },
      { source: 'd', target: 'a' },
      { source: 'e', target: 'a' },
      { source: 'x', target: 'a' },
    ]);
    expect(links).toEqual([
      { from: 1, to: 2, count: 2 },
      { from: 1, to: 3, count: 1 },
    ]);
  });

  it('places bubbles where their members are, sized by membership, apart and inside the box', () => {
    const centres = groupCentres(
      [
        { id: 'a', x: -1_000, y: 0 },
        { id: 'b', x: -900, y: 0 },
        { id: 'c', x: 1_000, y: 10 },
        { id: 'd', x: 0, y: 800 },
        { id: 'z', x: 5, y: 5 },
      ],
      new Map([
        ['a', 1],
        ['b', 1],
        ['c', 2],
        ['d', 3],
      ]),
    );
    expect(centres.get(1)).toEqual({ x: -950, y: 0 });
    const box = { width: 1_000, height: 700 };
    const bubbles = placeBubbles(
      [
        { id: 1, size: 3_000, leading: ['Socitm', 'LGA'] },
        { id: 2, size: 300, leading: ['GDS'] },
        { id: 3, size: 30, leading: ['Nesta'] },
        // None of its members on the map: left out.
        { id: 4, size: 30, leading: ['techUK'] },
      ],
      centres,
      box,
    );
    expect(bubbles.map((bubble) => bubble.id)).toEqual([1, 2, 3]);
    const [large, middle, small] = bubbles;
    expect(large!.label).toBe('Socitm, LGA +2,998');
    expect(large!.radius).toBeGreaterThan(middle!.radius);
    expect(middle!.radius).toBeGreaterThan(small!.radius);
    // West stays west, east east, south south.
    expect(large!.x).toBeLessThan(middle!.x);
    expect(small!.y).toBeGreaterThan(large!.y);
    for (const bubble of bubbles) {
      expect(bubble.x - bubble.radius).toBeGreaterThanOrEqual(0);
      expect(bubble.x + bubble.radius).toBeLessThanOrEqual(box.width);
      expect(bubble.y - bubble.radius).toBeGreaterThanOrEqual(0);
      expect(bubble.y + bubble.radius).toBeLessThanOrEqual(box.height);
    }
    for (let i = 0; i < bubbles.length; i++)
      for (let j = i + 1; j < bubbles.length; j++) {
        const [a, b] = [bubbles[i]!, bubbles[j]!];
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.radius + b.radius);
      }
  });
});
