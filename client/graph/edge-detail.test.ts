import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { FADE_EDGES_FROM, OVERVIEW_EDGE, OVERVIEW_ZOOM, edgesFaded, updateEdgeDetail } from './edge-detail.ts';
import { OVERVIEW_EDGE_COLOUR } from './palette.ts';
import { createStylesheet } from './styles.ts';

/** A headless map of `size` nodes in a chain, its edges in the membership family (blue, arrowed). */
function chain(size: number): cytoscape.Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: createStylesheet(),
    minZoom: 0.01,
    elements: [
      ...Array.from({ length: size }, (_, index) => ({
        data: { id: `n${index}`, size: 20, kind: 'BODY' },
        position: { x: index * 30, y: 0 },
      })),
      ...Array.from({ length: size - 1 }, (_, index) => ({
        data: {
          id: `e${index}`,
          source: `n${index}`,
          target: `n${index + 1}`,
          family: 'MEMBERSHIP',
          width: 2,
          label: '',
        },
      })),
    ],
  });
}

/** The overview grey as Cytoscape reports a colour. */
const GREY = `rgb(${[1, 3, 5].map((at) => parseInt(OVERVIEW_EDGE_COLOUR.slice(at, at + 2), 16)).join(',')})`;

describe('edges at the overview zoom', () => {
  it('fade on a large map seen whole, and come back as the reader zooms in', () => {
    const cy = chain(FADE_EDGES_FROM);
    cy.zoom(OVERVIEW_ZOOM / 4);
    expect(updateEdgeDetail(cy)).toBe(true);
    expect(cy.edges(`.${OVERVIEW_EDGE}`).length).toBe(cy.edges().length);
    const edge = cy.edges()[0]!;
    expect(edge.style('target-arrow-shape')).toBe('none');
    expect(Number(edge.style('opacity'))).toBeLessThan(0.5);
    expect(edge.style('line-color')).toBe(GREY);
    // Nothing to change at the same zoom.
    expect(updateEdgeDetail(cy)).toBe(false);

    cy.zoom(OVERVIEW_ZOOM * 2);
    expect(updateEdgeDetail(cy)).toBe(true);
    expect(cy.edges(`.${OVERVIEW_EDGE}`).length).toBe(0);
    expect(edge.style('target-arrow-shape')).toBe('triangle');
    expect(edge.style('line-color')).not.toBe(GREY);
    cy.destroy();
  });

  it('never fade on a small map, whatever the zoom', () => {
    expect(edgesFaded(FADE_EDGES_FROM - 1, 0.01)).toBe(false);
    expect(edgesFaded(FADE_EDGES_FROM, OVERVIEW_ZOOM)).toBe(false);
    expect(edgesFaded(FADE_EDGES_FROM, OVERVIEW_ZOOM - 0.01)).toBe(true);
    const cy = chain(50);
    cy.zoom(0.02);
    expect(updateEdgeDetail(cy)).toBe(false);
    expect(cy.edges(`.${OVERVIEW_EDGE}`).length).toBe(0);
    cy.destroy();
  });
});
