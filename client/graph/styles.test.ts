import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { registerLayouts } from './extensions.ts';
import { FAMILIES } from '../../core/vocabulary.ts';
import { FAMILY_STYLES, STANCE_COLOURS, edgeWidth, nodeColour } from './palette.ts';
import { coreOf, createGraphView, type GraphView } from './view.ts';
import type { GraphEdgeInput, GraphNodeInput } from './types.ts';

let view: GraphView | undefined;
beforeAll(() => registerLayouts());
afterEach(() => {
  view?.destroy();
  view = undefined;
});

const nodes: GraphNodeInput[] = [
  { id: 'body:council', label: 'A council', kind: 'BODY', type: 'council', sector: 'local-government', degree: 9 },
  {
    id: 'body:association',
    label: 'Socitm',
    kind: 'BODY',
    type: 'professional-association',
    sector: 'cross-sector',
    degree: 4,
  },
  { id: 'person:someone', label: 'Someone', kind: 'PERSON', type: null, sector: null, degree: 1 },
  { id: 'programme:thing', label: 'A programme', kind: 'PROGRAMME', type: 'programme', sector: null, degree: 0 },
];

function drawn() {
  view = createGraphView(null);
  const edges: GraphEdgeInput[] = FAMILIES.map((family, index) => ({
    id: `rel:${family}`,
    source: 'body:council',
    target: 'body:association',
    type: `TYPE_${index}`,
    family,
    confidence: index === 0 ? 1 : 0.4,
  }));
  view.setElements(nodes, edges);
  return coreOf(view);
}

describe('node styles', () => {
  it('gives each kind its own shape', () => {
    const cy = drawn();
    const shapes = ['body:council', 'person:someone', 'programme:thing'].map((id) =>
      cy.getElementById(id).style('shape'),
    );
    expect(new Set(shapes).size).toBe(3);
    expect(shapes[0]).toBe('round-rectangle');
  });

  it('colours bodies by type and people and programmes by kind', () => {
    const cy = drawn();
    const colours = nodes.map((node) => cy.getElementById(node.id).style('background-color') as string);
    expect(new Set(colours).size).toBe(4);
    expect(nodeColour('BODY', 'council')).not.toBe(nodeColour('BODY', 'professional-association'));
  });

  it('sizes nodes and their labels by degree', () => {
    const cy = drawn();
    const width = (id: string) => parseFloat(cy.getElementById(id).style('width') as string);
    const font = (id: string) => parseFloat(cy.getElementById(id).style('font-size') as string);
    expect(width('body:council')).toBeGreaterThan(width('person:someone'));
    expect(width('person:someone')).toBeGreaterThan(width('programme:thing'));
    expect(font('body:council')).toBeGreaterThan(font('programme:thing'));
  });

  it('sizes nodes by influence score when asked', () => {
    const cy = drawn();
    view!.setElements(
      nodes.map((node) => ({ ...node, score: node.id === 'programme:thing' ? 0.9 : 0.1 })),
      [],
    );
    view!.setStyleOptions({ sizeBy: 'score' });
    const width = (id: string) => parseFloat(cy.getElementById(id).style('width') as string);
    expect(width('programme:thing')).toBeGreaterThan(width('body:council'));
  });

  it('rings stakeholders with a profile in their stance colour, and leaves the others white', () => {
    const cy = drawn();
    view!.setElements(
      nodes.map((node) => ({ ...node, stance: node.id === 'body:association' ? 'OPPONENT' : null })),
      [],
    );
    const border = (id: string) => cy.getElementById(id).style('border-color') as string;
    const hex = STANCE_COLOURS.OPPONENT;
    const rgb = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(',');
    expect(border('body:association')).toBe(`rgb(${rgb})`);
    expect(border('body:council')).toBe('rgb(255,255,255)');
    expect(parseFloat(cy.getElementById('body:association').style('border-width') as string)).toBeGreaterThan(3);
  });

  it('leaves names to the overlay, and names nodes with a white halo when asked to (exports, layouts)', () => {
    const cy = drawn();
    const council = cy.getElementById('body:council');
    expect(council.style('label')).toBe('');
    council.select();
    expect(council.style('label')).toBe('');
    council.addClass('named');
    expect(council.style('label')).toBe('A council');
    expect(parseFloat(council.style('text-outline-width') as string)).toBeGreaterThan(0);
    expect(council.style('text-outline-color')).toBe('rgb(255,255,255)');
  });
});

describe('edge styles', () => {
  it('gives each family its own colour', () => {
    const cy = drawn();
    const colours = FAMILIES.map((family) => cy.getElementById(`rel:${family}`).style('line-color') as string);
    expect(new Set(colours).size).toBe(FAMILIES.length);
  });

  it('draws families with line styles as well as colours, for colour-blind readers', () => {
    const cy = drawn();
    const styles = FAMILIES.map((family) => cy.getElementById(`rel:${family}`).style('line-style') as string);
    expect(new Set(styles).size).toBeGreaterThanOrEqual(3);
    expect(styles).toEqual(FAMILIES.map((family) => FAMILY_STYLES[family].lineStyle));
  });

  it('shows direction with an arrow and confidence with width', () => {
    const cy = drawn();
    const stated = cy.getElementById('rel:INFLUENCE');
    const uncertain = cy.getElementById('rel:LIAISON');
    expect(stated.style('target-arrow-shape')).toBe('triangle');
    expect(parseFloat(stated.style('width') as string)).toBeGreaterThan(parseFloat(uncertain.style('width') as string));
    expect(edgeWidth(2)).toBe(edgeWidth(1));
    expect(edgeWidth(-1)).toBe(edgeWidth(0));
  });
});

describe('community colours and aggregates', () => {
  it('colours a node by its community when it has one, and by kind and type otherwise', async () => {
    view = createGraphView(null);
    const base = { label: 'x', sector: null, degree: 1 };
    await view.setElements(
      [
        { ...base, id: 'body:a', kind: 'BODY', type: 'council', community: 1 },
        { ...base, id: 'body:b', kind: 'BODY', type: 'council', community: 2 },
        { ...base, id: 'body:c', kind: 'BODY', type: 'council' },
        { ...base, id: 'person:d', kind: 'PERSON', type: null, aggregate: 30 },
      ],
      [],
    ).settled;
    const cy = coreOf(view);
    const colour = (id: string) => cy.getElementById(id).style('background-color') as string;
    expect(colour('body:a')).toBe('rgb(78,121,167)');
    expect(colour('body:b')).toBe('rgb(242,142,43)');
    expect(colour('body:c')).not.toBe(colour('body:a'));
    expect(cy.getElementById('person:d').style('border-style')).toBe('dashed');
    expect(cy.getElementById('body:c').style('border-style')).toBe('solid');
  });
});
