import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { edgeBox, hitCandidates, isDrawn, nearBox, textureLevel, tuneCanvasRenderer } from './canvas-tuning.ts';
import { createStylesheet } from './styles.ts';

/** Two nodes far apart with an edge between them, a third far from both, one node below its level of detail. */
function core(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: createStylesheet(),
    layout: { name: 'preset' },
    elements: [
      { data: { id: 'west', label: 'West', kind: 'BODY', size: 20, fontSize: 10 }, position: { x: -1_000, y: 0 } },
      { data: { id: 'east', label: 'East', kind: 'BODY', size: 20, fontSize: 10 }, position: { x: 1_000, y: 0 } },
      { data: { id: 'north', label: 'North', kind: 'BODY', size: 20, fontSize: 10 }, position: { x: 0, y: -3_000 } },
      { data: { id: 'hidden', label: 'Hidden', kind: 'PERSON', size: 16, fontSize: 10 }, position: { x: 0, y: 3_000 } },
      { data: { id: 'west-east', source: 'west', target: 'east', width: 2, label: '' } },
      { data: { id: 'west-hidden', source: 'west', target: 'hidden', width: 2, label: '' } },
    ],
  });
}

let cy: Core | undefined;
afterEach(() => cy?.destroy());

describe('nearBox and edgeBox', () => {
  it('tells whether a point is within a padded box', () => {
    const box = { x1: 0, y1: 0, x2: 10, y2: 10 };
    expect(nearBox(box, 5, 5, 0)).toBe(true);
    expect(nearBox(box, 14, 5, 5)).toBe(true);
    expect(nearBox(box, 16, 5, 5)).toBe(false);
    expect(nearBox(box, 5, -6, 5)).toBe(false);
  });

  it('spans an edge’s ends and its control points, ignoring points not yet computed', () => {
    const [source, target] = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ];
    expect(edgeBox(undefined, source, target)).toEqual({ x1: 0, y1: 0, x2: 100, y2: 0 });
    // A bezier bulging 40 below the chord.
    expect(edgeBox([0, 0, 50, 40, 100, 0], source, target)).toEqual({ x1: 0, y1: 0, x2: 100, y2: 40 });
    expect(edgeBox([0, 0, Number.NaN, 70, 100, 0], source, target)).toEqual({ x1: 0, y1: 0, x2: 100, y2: 0 });
  });
});

describe('hitCandidates', () => {
  it('keeps the nodes and edges near the pointer and leaves out the rest', () => {
    cy = core();
    const elements = cy.elements().toArray();
    const ids = (x: number, y: number, zoom: number) =>
      hitCandidates(elements, x, y, zoom)
        .map((element) => element.id())
        .sort();
    // On the edge between west and east, far from every node and from the edge going south-east.
    expect(ids(500, -50, 1)).toEqual(['west-east']);
    // On the west node: the node and its two edges, whose boxes start there.
    expect(ids(-1_000, 0, 1)).toEqual(['west', 'west-east', 'west-hidden']);
    // Far from everything.
    expect(ids(0, -1_500, 1)).toEqual([]);
    // The hit threshold is in screen pixels: zoomed far out, 24 px reach 240 units.
    expect(ids(0, -2_780, 1)).toEqual([]);
    expect(ids(0, -2_780, 0.1)).toEqual(['north']);
  });
});

describe('isDrawn', () => {
  it('leaves out nodes below their level of detail and the edges to them', () => {
    cy = core();
    cy.getElementById('hidden').addClass('lod-hidden');
    const drawn = cy
      .elements()
      .filter((element) => isDrawn(element))
      .map((element) => element.id())
      .sort();
    expect(drawn).toEqual(['east', 'north', 'west', 'west-east']);
  });
});

describe('textureLevel', () => {
  it('is the power of two at or above the drawing scale, within Cytoscape’s levels', () => {
    expect(textureLevel(1)).toBe(0);
    expect(textureLevel(1.2)).toBe(1);
    expect(textureLevel(0.132)).toBe(-2);
    expect(textureLevel(0.124)).toBe(-3);
    expect(textureLevel(0.01)).toBe(-4);
    expect(textureLevel(40)).toBe(3);
  });
});

describe('tuneCanvasRenderer', () => {
  it('leaves a renderer without a canvas (headless) as it is', () => {
    cy = core();
    const tuning = tuneCanvasRenderer(cy, { webgl: false });
    expect(() => {
      tuning.whileMoving({ hideEdges: true, snapshot: false });
      tuning.drawnChanged();
    }).not.toThrow();
  });
});
