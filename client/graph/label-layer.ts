/**
 * Drawing the placed names (label-placement.ts) on the map's overlay canvas (selection-layer.ts), in
 * screen pixels, and measuring them the same way, so the boxes placed are the boxes drawn.
 */
import type { Core } from 'cytoscape';
import { LINE_HEIGHT, type MeasureText, type PlacedLabel } from './label-placement.ts';
import { FONT_FAMILY } from './styles.ts';

/** The class that has Cytoscape draw a node's name: to measure it for a layout, and in exports. */
export const NAMED = 'named';
const TEXT_COLOUR = '#1a202c';
const HALO = 'rgba(255,255,255,0.92)';
/** A rough width per character where there is no canvas to measure with (Node, headless tests). */
const CHARACTER_WIDTH = 0.56;

export function labelFont(fontPx: number, bold: boolean): string {
  return `${bold ? 'bold ' : ''}${fontPx}px ${FONT_FAMILY}`;
}

/** Measures with a canvas where there is one (widths cached per name at 100 px), estimates otherwise. */
export function createMeasure(): MeasureText {
  const canvas = typeof document === 'undefined' ? null : document.createElement('canvas');
  const context = canvas?.getContext('2d') ?? null;
  const widths = new Map<string, number>();
  return (text, fontPx, bold) => {
    if (!context) return text.length * fontPx * CHARACTER_WIDTH;
    const key = `${bold ? 'b' : ''}${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      context.font = labelFont(100, bold);
      width = context.measureText(text).width;
      widths.set(key, width);
    }
    return (width * fontPx) / 100;
  };
}

/** A placed label's box on screen now, from its node's current position. */
export function labelBox(cy: Core, label: PlacedLabel): { x1: number; y1: number; x2: number; y2: number } | null {
  const node = cy.getElementById(label.id);
  if (node.empty()) return null;
  const { x, y } = node.position();
  const zoom = cy.zoom();
  const pan = cy.pan();
  const x1 = x * zoom + pan.x + label.dx;
  const y1 = y * zoom + pan.y + label.dy;
  return { x1, y1, x2: x1 + label.width, y2: y1 + label.height };
}

/** Draws the labels on a 2D context already scaled to CSS pixels. */
export function drawLabels(context: CanvasRenderingContext2D, cy: Core, labels: readonly PlacedLabel[]): void {
  context.textAlign = 'center';
  context.textBaseline = 'top';
  context.lineJoin = 'round';
  for (const label of labels) {
    const box = labelBox(cy, label);
    if (!box) continue;
    context.font = labelFont(label.fontPx, label.bold);
    const centre = (box.x1 + box.x2) / 2;
    const lineHeight = label.fontPx * LINE_HEIGHT;
    label.lines.forEach((line, index) => {
      const y = box.y1 + (box.y2 - box.y1 - label.lines.length * lineHeight) / 2 + index * lineHeight;
      context.strokeStyle = HALO;
      context.lineWidth = 3;
      context.strokeText(line, centre, y + label.fontPx * 0.1);
      context.fillStyle = TEXT_COLOUR;
      context.fillText(line, centre, y + label.fontPx * 0.1);
    });
  }
}
