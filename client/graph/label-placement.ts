/**
 * Where labels go: greedy placement in rank order against an R-tree (rbush), as map labelling does
 * (Imhof; Christensen, Marks and Shieber). Each candidate tries eight places around its node (below
 * first, then above, right, left and the corners) and takes the first whose box meets no label
 * already placed and no node already named; a candidate with no free place goes unlabelled. So no
 * two labels ever overlap, the best-ranked are named first, and as the reader zooms in and nodes
 * draw apart, more fit (semantic zoom). Pure: screen coordinates in, boxes out; labels.ts feeds it
 * from Cytoscape and label-layer.ts draws the result.
 */
import RBush from 'rbush';

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface LabelCandidate {
  id: string;
  label: string;
  /** The node's centre and radius on screen (CSS pixels of the map). */
  x: number;
  y: number;
  radius: number;
  /** Font size on screen. */
  fontPx: number;
  bold: boolean;
}

export interface PlacedLabel {
  id: string;
  label: string;
  /** The lines drawn (a long name wraps onto two, the second shortened with an ellipsis if need be). */
  lines: string[];
  fontPx: number;
  bold: boolean;
  /** Where the label's box sits, relative to its node's centre, in CSS pixels. */
  dx: number;
  dy: number;
  width: number;
  height: number;
}

/** Measures a line's width in CSS pixels at the given font. */
export type MeasureText = (text: string, fontPx: number, bold: boolean) => number;

/** Names wider than this wrap onto a second line. */
export const MAX_LINE_PX = 150;
/** The halo around the letters and a breath of air: labels keep this far apart. */
const LABEL_PAD = 2;
const GAP = 2;
export const LINE_HEIGHT = 1.2;

/** Splits a name into at most two lines of at most maxWidth each, the second ending in … if cut. */
export function wrapLabel(label: string, fontPx: number, bold: boolean, measure: MeasureText): string[] {
  if (measure(label, fontPx, bold) <= MAX_LINE_PX) return [label];
  const words = label.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, fontPx, bold) > MAX_LINE_PX && lines.length === 0) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  let last = lines[lines.length - 1]!;
  if (measure(last, fontPx, bold) > MAX_LINE_PX) {
    while (last.length > 1 && measure(`${last}…`, fontPx, bold) > MAX_LINE_PX) last = last.slice(0, -1);
    lines[lines.length - 1] = `${last.trimEnd()}…`;
  }
  return lines;
}

/** The places tried around a node, best first: below, above, right, left, then the four corners. */
function placesAround(candidate: LabelCandidate, width: number, height: number): { dx: number; dy: number }[] {
  const r = candidate.radius + GAP;
  // A corner place touches the node's box at its corner (r·cos 45°).
  const d = r * Math.SQRT1_2;
  return [
    { dx: -width / 2, dy: r },
    { dx: -width / 2, dy: -r - height },
    { dx: r, dy: -height / 2 },
    { dx: -r - width, dy: -height / 2 },
    { dx: d, dy: d },
    { dx: -d - width, dy: d },
    { dx: d, dy: -d - height },
    { dx: -d - width, dy: -d - height },
  ];
}

/**
 * Places the candidates, in the order given (best first), inside a view of the given size; at most
 * `max` labels. Returns the placed labels in that same order.
 */
export function placeLabels(
  candidates: Iterable<LabelCandidate>,
  view: { width: number; height: number },
  measure: MeasureText,
  max: number,
): PlacedLabel[] {
  const taken = new RBush<Box>();
  const placed: PlacedLabel[] = [];
  for (const candidate of candidates) {
    if (placed.length >= max) break;
    const lines = wrapLabel(candidate.label, candidate.fontPx, candidate.bold, measure);
    const width = Math.max(...lines.map((line) => measure(line, candidate.fontPx, candidate.bold))) + 2 * LABEL_PAD;
    const height = lines.length * candidate.fontPx * LINE_HEIGHT + 2 * LABEL_PAD;
    const node: Box = {
      minX: candidate.x - candidate.radius,
      minY: candidate.y - candidate.radius,
      maxX: candidate.x + candidate.radius,
      maxY: candidate.y + candidate.radius,
    };
    for (const { dx, dy } of placesAround(candidate, width, height)) {
      const box: Box = {
        minX: candidate.x + dx,
        minY: candidate.y + dy,
        maxX: candidate.x + dx + width,
        maxY: candidate.y + dy + height,
      };
      const inView = box.minX >= 0 && box.minY >= 0 && box.maxX <= view.width && box.maxY <= view.height;
      if (!inView || taken.collides(box)) continue;
      taken.insert(box);
      // Later labels keep off this named node too, so a name never covers another named node.
      if (!taken.collides(node)) taken.insert(node);
      placed.push({
        id: candidate.id,
        label: candidate.label,
        lines,
        fontPx: candidate.fontPx,
        bold: candidate.bold,
        dx,
        dy,
        width,
        height,
      });
      break;
    }
  }
  return placed;
}

/** Whether two boxes overlap (touching edges do not). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
}
