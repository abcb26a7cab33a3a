import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  MAX_LINE_PX,
  placeLabels,
  wrapLabel,
  type LabelCandidate,
  type MeasureText,
} from './label-placement.ts';
import { seededRandom } from './layouts.ts';

const measure: MeasureText = (text, fontPx) => text.length * fontPx * 0.55;
const VIEW = { width: 800, height: 600 };

function candidate(id: string, x: number, y: number, overrides: Partial<LabelCandidate> = {}): LabelCandidate {
  return { id, label: `Stakeholder ${id}`, x, y, radius: 6, fontPx: 12, bold: false, ...overrides };
}

const boxOf = (label: { dx: number; dy: number; width: number; height: number }, at: LabelCandidate) => ({
  minX: at.x + label.dx,
  minY: at.y + label.dy,
  maxX: at.x + label.dx + label.width,
  maxY: at.y + label.dy + label.height,
});

describe('placeLabels', () => {
  it('never places two labels that overlap, in a crowd of a thousand nodes', () => {
    const random = seededRandom(7);
    const crowd = Array.from({ length: 1_000 }, (_, index) =>
      candidate(String(index), 400 + (random() - 0.5) * 300, 300 + (random() - 0.5) * 200),
    );
    const placed = placeLabels(crowd, VIEW, measure, 1_000);
    expect(placed.length).toBeGreaterThan(10);
    expect(placed.length).toBeLessThan(crowd.length);
    const byId = new Map(crowd.map((each) => [each.id, each]));
    const boxes = placed.map((label) => boxOf(label, byId.get(label.id)!));
    for (let a = 0; a < boxes.length; a++)
      for (let b = a + 1; b < boxes.length; b++) expect(boxesOverlap(boxes[a]!, boxes[b]!)).toBe(false);
    // Every box is inside the view.
    for (const box of boxes) {
      expect(box.minX).toBeGreaterThanOrEqual(0);
      expect(box.maxY).toBeLessThanOrEqual(VIEW.height);
    }
  });

  it('favours the candidates in the order given: a better-ranked one is never left out for a worse one', () => {
    // Two nodes almost on one spot: only one can have its label below.
    const first = candidate('first', 400, 300);
    const second = candidate('second', 402, 300);
    const placed = placeLabels([first, second], VIEW, measure, 10);
    expect(placed[0]!.id).toBe('first');
    expect(placed[0]).toMatchObject({ dy: 8 }); // below its node: radius 6 and a gap of 2
    // The second goes elsewhere around its node, never over the first.
    expect(placed[1]?.id).toBe('second');
    expect(boxesOverlap(boxOf(placed[0]!, first), boxOf(placed[1]!, second))).toBe(false);
    // In the other order the other one gets the best place.
    expect(placeLabels([second, first], VIEW, measure, 10)[0]).toMatchObject({ id: 'second', dy: 8 });
  });

  it('keeps a label off a node already named, and out of the view’s edges', () => {
    const named = candidate('named', 400, 300, { radius: 30 });
    const below = candidate('below', 400, 250);
    const placed = placeLabels([named, below], VIEW, measure, 10);
    const box = boxOf(placed[1]!, below);
    expect(boxesOverlap(box, { minX: 370, minY: 270, maxX: 430, maxY: 330 })).toBe(false);
    // A name wider than the view has no place in it.
    expect(placeLabels([candidate('wide', 30, 300)], { width: 60, height: 600 }, measure, 10)).toEqual([]);
  });

  it('stops at the most labels asked for', () => {
    const spread = Array.from({ length: 50 }, (_, index) =>
      candidate(String(index), 60 + (index % 5) * 150, 30 + Math.floor(index / 5) * 55),
    );
    expect(placeLabels(spread, VIEW, measure, 20)).toHaveLength(20);
  });
});

describe('wrapLabel', () => {
  it('keeps short names on one line, wraps long ones onto two and shortens a longer second line', () => {
    expect(wrapLabel('Socitm', 12, false, measure)).toEqual(['Socitm']);
    const long = 'Department for Levelling Up, Housing and Communities';
    const lines = wrapLabel(long, 12, false, measure);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(measure(line, 12, false)).toBeLessThanOrEqual(MAX_LINE_PX);
    const longer = `${long} and the Ministry of Something Else Entirely`;
    expect(wrapLabel(longer, 12, false, measure).at(-1)).toMatch(/…$/);
  });
});
