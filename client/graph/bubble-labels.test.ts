import { describe, expect, it } from 'vitest';
import { fitLine, placeBubbleNames } from './bubble-labels.ts';
import { placeBubbles, type Bubble, type OverviewCommunity } from './community-overview.ts';
import { boxesOverlap, type MeasureText } from './label-placement.ts';
import { seededRandom } from './layouts.ts';

const measure: MeasureText = (text, fontPx) => text.length * fontPx * 0.55;
const BOX = { width: 745, height: 540, top: 40 };
const boxOf = (name: { x: number; y: number; width: number; height: number }) => ({
  minX: name.x,
  minY: name.y,
  maxX: name.x + name.width,
  maxY: name.y + name.height,
});

/** Twelve communities with long names crowded together, as the national overview has them. */
function crowded(seed: number): { communities: OverviewCommunity[]; centres: Map<number, { x: number; y: number }> } {
  const random = seededRandom(seed);
  const communities = Array.from({ length: 12 }, (_, index) => ({
    id: index + 1,
    size: Math.round(3_000 / (index + 1)),
    leading: [`Society of Local Authority Chief Executives ${index}`, `National Procurement Network ${index}`],
  }));
  const centres = new Map(communities.map((each) => [each.id, { x: random() * 100, y: random() * 100 }]));
  return { communities, centres };
}

describe('fitLine', () => {
  it('cuts a long name with an ellipsis, keeping its suffix whole', () => {
    expect(fitLine('LGA', ' +120', measure)).toBe('LGA +120');
    const cut = fitLine('Local CIO Council meeting in London (about 2013)', ' +1,400', measure);
    expect(cut).toMatch(/^Local CIO C.*… \+1,400$/);
    expect(measure(cut, 12, true)).toBeLessThanOrEqual(150);
  });
});

describe('placeBubbleNames', () => {
  it('never lets two names overlap, shortening or leaving out what does not fit', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { communities, centres } = crowded(seed);
      const bubbles = placeBubbles(communities, centres, BOX);
      const names = placeBubbleNames(bubbles, BOX, measure);
      const placed = [...names.values()].filter((name) => name !== null);
      expect(placed.length).toBeGreaterThan(3);
      for (let i = 0; i < placed.length; i++) {
        const a = placed[i]!;
        expect(a.x).toBeGreaterThanOrEqual(0);
        expect(a.y).toBeGreaterThanOrEqual(BOX.top);
        expect(a.x + a.width).toBeLessThanOrEqual(BOX.width);
        expect(a.y + a.height).toBeLessThanOrEqual(BOX.height);
        for (let j = i + 1; j < placed.length; j++) expect(boxesOverlap(boxOf(a), boxOf(placed[j]!))).toBe(false);
      }
    }
  });

  it('names the largest community in full on its bubble, and a crowded small one more briefly', () => {
    const communities: OverviewCommunity[] = [
      { id: 1, size: 3_000, leading: ['Socitm', 'LGA'] },
      { id: 2, size: 40, leading: ['Local CIO Council meeting in London', 'GDS'] },
    ];
    // Both on the same spot: the small one is pushed beside the large one, its name the shorter.
    const centres = new Map([
      [1, { x: 0, y: 0 }],
      [2, { x: 1, y: 0 }],
    ]);
    const bubbles = placeBubbles(communities, centres, BOX);
    const names = placeBubbleNames(bubbles, BOX, measure);
    const large = names.get(1)!;
    const largeBubble = bubbles.find((bubble) => bubble.id === 1)!;
    expect(large.lines).toEqual(['Socitm,', 'LGA +2,998']);
    expect(large.note).toBe('3,000 stakeholders');
    // Centred on its bubble.
    expect(large.x + large.width / 2).toBeCloseTo(largeBubble.x);
    expect(large.y + large.height / 2).toBeCloseTo(largeBubble.y);
    const small = names.get(2);
    if (small) expect(boxesOverlap(boxOf(large), boxOf(small))).toBe(false);
  });

  it('leaves a name out rather than let it overlap another', () => {
    const bubble = { label: '', radius: 20, y: 30 };
    const bubbles: Bubble[] = [
      { ...bubble, id: 1, size: 500, leading: ['Alpha Council', 'Beta Council'], x: 100 },
      { ...bubble, id: 2, size: 400, leading: ['Gamma Council', 'Delta Council'], x: 140 },
    ];
    // A box only as tall as the first name: the second has nowhere to go.
    const names = placeBubbleNames(bubbles, { width: 300, height: 60, top: 0 }, measure);
    expect(names.get(1)).not.toBeNull();
    expect(names.get(2)).toBeNull();
  });
});
