import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { projectHighlight, selectionHighlight } from './selection-layer.ts';
import { createStylesheet } from './styles.ts';

/** A headless core: a hub with `count` people, and one person linked to nothing. */
function starCore(count: number): Core {
  const people = Array.from({ length: count }, (_, index) => `person:p${index}`);
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: createStylesheet(),
    layout: { name: 'preset' },
    elements: [
      { data: { id: 'body:hub', label: 'Hub', kind: 'BODY', size: 40 }, position: { x: 0, y: 0 } },
      ...people.map((id, index) => ({
        data: { id, label: `Person ${index}`, kind: 'PERSON', size: 10 },
        position: { x: 100 + index, y: 50 },
      })),
      { data: { id: 'person:alone', label: 'Alone', kind: 'PERSON', size: 10 }, position: { x: -80, y: 0 } },
      {
        data: { id: 'aggregate:hub|PERSON|', label: '30 people', kind: 'PERSON', size: 30 },
        position: { x: 0, y: -90 },
      },
      { data: { id: 'rel:aggregate', source: 'aggregate:hub|PERSON|', target: 'body:hub' } },
      ...people.map((id) => ({ data: { id: `rel:${id}`, source: id, target: 'body:hub' } })),
    ],
  });
}

let cy: Core | undefined;
afterEach(() => cy?.destroy());

describe('selectionHighlight', () => {
  it('gives a node with its neighbours and links', () => {
    cy = starCore(3);
    expect(selectionHighlight(cy, 'person:p1')).toEqual({
      id: 'person:p1',
      selected: 'person:p1',
      neighbours: ['body:hub'],
      edges: ['rel:person:p1'],
    });
    const hub = selectionHighlight(cy, 'body:hub')!;
    expect(hub.neighbours).toHaveLength(4);
    expect(hub.edges).toHaveLength(4);
  });

  it('gives an edge with its two ends, and nothing for an id not on the map', () => {
    cy = starCore(2);
    expect(selectionHighlight(cy, 'rel:person:p0')).toEqual({
      id: 'rel:person:p0',
      selected: null,
      neighbours: ['person:p0', 'body:hub'],
      edges: ['rel:person:p0'],
    });
    expect(selectionHighlight(cy, 'person:nobody')).toBeNull();
    expect(selectionHighlight(cy, null)).toBeNull();
  });

  it('shows a stakeholder held in an aggregate by the aggregate, under the stakeholder’s name', () => {
    cy = starCore(2);
    const held = { aggregate: 'aggregate:hub|PERSON|', label: 'Held Person' };
    expect(selectionHighlight(cy, 'person:held', held)).toEqual({
      id: 'person:held',
      selected: 'aggregate:hub|PERSON|',
      selectedLabel: 'Held Person',
      neighbours: ['body:hub'],
      edges: ['rel:aggregate'],
    });
    expect(projectHighlight(cy, selectionHighlight(cy, 'person:held', held)!).nodes.at(-1)!.id).toBe(
      'aggregate:hub|PERSON|',
    );
    expect(selectionHighlight(cy, 'person:held', { ...held, aggregate: 'aggregate:gone' })).toBeNull();
  });
});

describe('projectHighlight', () => {
  it('places the highlight where Cytoscape draws it at the current viewport, in CSS pixels', () => {
    cy = starCore(3);
    cy.viewport({ zoom: 2, pan: { x: 10, y: 20 } });
    const picture = projectHighlight(cy, selectionHighlight(cy, 'person:p1')!);
    const [hub, person] = picture.nodes;
    // model (101, 50) at zoom 2 panned by (10, 20)
    expect(person).toMatchObject({ id: 'person:p1', x: 212, y: 120, selected: true });
    expect(hub).toMatchObject({ id: 'body:hub', x: 10, y: 20, selected: false });
    // A ring just outside the node: half its drawn size plus a gap.
    expect(person!.radius).toBe(13);
    expect(hub!.radius).toBe(43);
    expect(picture.links).toEqual([{ x1: 212, y1: 120, x2: 10, y2: 20, selected: false }]);
  });

  it('keeps rings visible far zoomed out, and marks nodes Cytoscape does not draw so the layer draws them', () => {
    cy = starCore(3);
    cy.getElementById('body:hub').addClass('lod-hidden');
    cy.viewport({ zoom: 0.1, pan: { x: 0, y: 0 } });
    const picture = projectHighlight(cy, selectionHighlight(cy, 'person:p1')!);
    const hub = picture.nodes.find((node) => node.id === 'body:hub')!;
    expect(hub.drawnByMap).toBe(false);
    expect(hub.radius).toBe(8);
    expect(hub.colour).toMatch(/^rgb/);
    expect(picture.nodes.find((node) => node.id === 'person:p1')!.drawnByMap).toBe(true);
  });
});
