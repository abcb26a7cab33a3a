import { describe, expect, it } from 'vitest';
import { SEMANTIC_ZOOM_FROM, detailLevels } from './detail.ts';
import type { GraphNodeInput } from './types.ts';

function network(size: number): GraphNodeInput[] {
  return Array.from({ length: size }, (_, index) => ({
    id: `n${String(index).padStart(5, '0')}`,
    label: `n${index}`,
    kind: index % 10 === 0 ? 'BODY' : index % 10 === 1 ? 'PROGRAMME' : 'PERSON',
    type: index % 10 === 0 ? 'council' : null,
    sector: null,
    // A few hubs, many leaves.
    degree: Math.max(1, Math.round(2_000 / (index + 1))),
  }));
}

describe('detailLevels', () => {
  it('draws a small map whole', () => {
    expect(detailLevels(network(SEMANTIC_ZOOM_FROM - 1)).size).toBe(0);
  });

  it('shows bodies and hubs at every zoom, and people and programmes by how well linked they are', () => {
    const nodes = network(10_000);
    const levels = detailLevels(nodes);
    expect(levels.size).toBe(nodes.length);
    for (const node of nodes.filter((each) => each.kind === 'BODY')) expect(levels.get(node.id)!.showFrom).toBe(0);
    // The best-linked person is always there; a poorly linked one only when zoomed in.
    expect(levels.get('n00002')).toEqual({ showFrom: 0 });
    const late = levels.get('n09999')!;
    expect(late.showFrom).toBeGreaterThan(0.8);
    expect(late.showFrom).toBeLessThanOrEqual(0.9);
    // Better linked never comes later.
    const people = nodes.filter((node) => node.kind === 'PERSON');
    for (let index = 1; index < people.length; index++)
      expect(levels.get(people[index]!.id)!.showFrom).toBeGreaterThanOrEqual(
        levels.get(people[index - 1]!.id)!.showFrom,
      );
    // At the whole-network zoom (about 0.2 for this size) a small share is drawn.
    const shownZoomedOut = nodes.filter((node) => levels.get(node.id)!.showFrom <= 0.2).length;
    expect(shownZoomedOut).toBeLessThan(nodes.length * 0.2);
  });

  it('always shows aggregates', () => {
    const nodes = network(5_000);
    nodes.push({
      id: 'aggregate:x',
      label: '40 people',
      kind: 'PERSON',
      type: null,
      sector: null,
      degree: 0,
      aggregate: 40,
    });
    expect(detailLevels(nodes).get('aggregate:x')!.showFrom).toBe(0);
  });
});
