/**
 * Names for the community overview's bubbles (community-overview.ts), placed so that no two
 * overlap: largest community first, each tries its full name (two leading members, a line each, and
 * how many more, with its membership beneath) on its bubble, then below it, then above it; then a shorter
 * name (the first member only), then that name without the membership line. A bubble none of whose
 * names fits goes unnamed on screen (its button still names it to screen readers and on hover).
 * Pure: the boxes are measured with the text measure the map's names use (label-layer.ts) and drawn
 * at exactly these sizes.
 */
import RBush from 'rbush';
import type { Bubble } from './community-overview.ts';
import type { Box, MeasureText } from './label-placement.ts';

/** The name's font and the membership line's, in CSS pixels, and their line heights. */
export const BUBBLE_NAME_PX = 12;
export const BUBBLE_NOTE_PX = 11;
export const BUBBLE_NAME_LINE = 15;
export const BUBBLE_NOTE_LINE = 14;
/** Padding inside a name's box (it has a white background), horizontal and vertical. */
export const BUBBLE_PAD_X = 6;
export const BUBBLE_PAD_Y = 2;
/** Air between two names, and between a bubble and a name beside it. */
const AIR = 3;

export interface BubbleName {
  /** The name's lines (at most two) and the membership line, if shown. */
  lines: string[];
  note: string | null;
  /** The box in pixels of the overview, top-left corner first. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Widest line of a name, in CSS pixels. */
const LINE_UP_TO = 150;

/** The text cut (with an ellipsis) so that it and its suffix fit on one line; the suffix is kept whole. */
export function fitLine(text: string, suffix: string, measure: MeasureText): string {
  const width = (line: string) => measure(line, BUBBLE_NAME_PX, true);
  if (width(`${text}${suffix}`) <= LINE_UP_TO) return `${text}${suffix}`;
  let cut = text;
  while (cut.length > 1 && width(`${cut}…${suffix}`) > LINE_UP_TO) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…${suffix}`;
}

/**
 * The names to try, best first: the two leading members on a line each, the second ending with how
 * many more ("Socitm," / "LGA +120"); the first alone ("Socitm +121"); that without the membership line.
 */
function variants(bubble: Bubble, measure: MeasureText): { lines: string[]; note: string | null }[] {
  const note = `${bubble.size.toLocaleString('en-GB')} stakeholders`;
  const [first = '', second] = bubble.leading;
  const more = (shown: number) => (bubble.size > shown ? ` +${(bubble.size - shown).toLocaleString('en-GB')}` : '');
  const short = [fitLine(first, more(1), measure)];
  const full = second ? [fitLine(first, ',', measure), fitLine(second, more(2), measure)] : short;
  return [
    { lines: full, note },
    { lines: short, note },
    { lines: short, note: null },
  ];
}

/**
 * Each bubble's name, by bubble id (null: none fits), inside a box of the given size below `top`
 * (the overview's bar). No two names returned overlap.
 */
export function placeBubbleNames(
  bubbles: readonly Bubble[],
  box: { width: number; height: number; top: number },
  measure: MeasureText,
): Map<number, BubbleName | null> {
  const taken = new RBush<Box>();
  const names = new Map<number, BubbleName | null>();
  const largestFirst = [...bubbles].sort((a, b) => b.size - a.size || a.id - b.id);
  for (const bubble of largestFirst) {
    names.set(bubble.id, null);
    for (const { lines, note } of variants(bubble, measure)) {
      const placed = placeVariant(bubble, lines, note, box, measure, taken);
      if (placed) {
        names.set(bubble.id, placed);
        break;
      }
    }
  }
  return names;
}

function placeVariant(
  bubble: Bubble,
  lines: string[],
  note: string | null,
  box: { width: number; height: number; top: number },
  measure: MeasureText,
  taken: RBush<Box>,
): BubbleName | null {
  const widest = Math.max(
    ...lines.map((line) => measure(line, BUBBLE_NAME_PX, true)),
    note ? measure(note, BUBBLE_NOTE_PX, false) : 0,
  );
  // A pixel to spare: the browser's text may round wider than the canvas measured.
  const width = Math.ceil(widest) + 2 * BUBBLE_PAD_X + 1;
  const height = lines.length * BUBBLE_NAME_LINE + (note ? BUBBLE_NOTE_LINE : 0) + 2 * BUBBLE_PAD_Y;
  const x = bubble.x - width / 2;
  const tops = [bubble.y - height / 2, bubble.y + bubble.radius + AIR, bubble.y - bubble.radius - AIR - height];
  for (const y of tops) {
    const area: Box = { minX: x, minY: y, maxX: x + width, maxY: y + height };
    const inside = area.minX >= 0 && area.minY >= box.top && area.maxX <= box.width && area.maxY <= box.height;
    if (!inside) continue;
    // Names keep AIR apart: each is registered grown by it.
    if (taken.collides(area)) continue;
    taken.insert({ minX: x - AIR, minY: y - AIR, maxX: x + width + AIR, maxY: y + height + AIR });
    return { lines, note, x, y, width, height };
  }
  return null;
}
