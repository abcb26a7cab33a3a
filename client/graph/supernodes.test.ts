import { describe, expect, it } from 'vitest';
import { aggregateHolding, aggregateId, aggregateLabel, aggregateLeaves } from './supernodes.ts';
import type { GraphEdgeInput, GraphNodeInput } from './types.ts';

const body = (id: string, type = 'council'): GraphNodeInput => ({
  id,
  label: id,
  kind: 'BODY',
  type,
  sector: null,
  degree: 0,
});
const person = (id: string): GraphNodeInput => ({ id, label: id, kind: 'PERSON', type: null, sector: null, degree: 0 });
const link = (source: string, target: string): GraphEdgeInput => ({
  id: `${source}->${target}`,
  source,
  target,
  type: 'MEMBER_OF',
  family: 'MEMBERSHIP',
  confidence: 0.9,
});

/** A hub with `councils` leaf councils and `people` leaf people, plus a small linked pair. */
function star(councils: number, people: number) {
  const nodes = [body('body:lga', 'network'), body('body:a'), body('body:b')];
  const edges = [link('body:a', 'body:b'), link('body:a', 'body:lga')];
  for (let index = 0; index < councils; index++) {
    nodes.push(body(`body:c${index}`));
    edges.push(link(`body:c${index}`, 'body:lga'));
  }
  for (let index = 0; index < people; index++) {
    nodes.push(person(`person:p${index}`));
    edges.push(link('body:lga', `person:p${index}`));
  }
  return { nodes, edges };
}

describe('aggregateLeaves', () => {
  it('draws a hub’s many leaf councils as one aggregate linked to the hub, in the leaves’ direction', () => {
    const { nodes, edges } = star(30, 3);
    const result = aggregateLeaves(nodes, edges, { from: 12 });
    const id = aggregateId('body:lga', 'BODY', 'council');
    expect(result.aggregates).toEqual([
      expect.objectContaining({ id, hub: 'body:lga', kind: 'BODY', type: 'council' }),
    ]);
    expect(result.aggregates[0]!.members).toHaveLength(30);
    const aggregate = result.nodes.find((node) => node.id === id);
    expect(aggregate).toMatchObject({ label: '30 councils', aggregate: 30, kind: 'BODY', type: 'council' });
    expect(result.nodes.some((node) => node.id.startsWith('body:c'))).toBe(false);
    // The three people are too few to aggregate; body:a links twice, so it is no leaf.
    expect(result.nodes.filter((node) => node.kind === 'PERSON')).toHaveLength(3);
    expect(result.nodes.some((node) => node.id === 'body:a')).toBe(true);
    expect(result.edges.filter((edge) => edge.source === id || edge.target === id)).toEqual([
      expect.objectContaining({ source: id, target: 'body:lga', type: 'MEMBER_OF', family: 'MEMBERSHIP' }),
    ]);
    expect(result.edges.some((edge) => edge.source.startsWith('body:c'))).toBe(false);
  });

  it('leaves an expanded aggregate’s leaves, and a group holding a kept node, as they are', () => {
    const { nodes, edges } = star(30, 0);
    const id = aggregateId('body:lga', 'BODY', 'council');
    expect(aggregateLeaves(nodes, edges, { from: 12, expanded: new Set([id]) })).toMatchObject({
      aggregates: [],
      nodes,
      edges,
    });
    expect(aggregateLeaves(nodes, edges, { from: 12, keep: new Set(['body:c7']) }).aggregates).toEqual([]);
  });

  it('aggregates nothing below the threshold, and groups by kind and type', () => {
    const { nodes, edges } = star(11, 14);
    const result = aggregateLeaves(nodes, edges, { from: 12 });
    expect(result.aggregates.map((aggregate) => aggregate.id)).toEqual([aggregateId('body:lga', 'PERSON', null)]);
    expect(result.nodes.find((node) => node.aggregate)?.label).toBe('14 people');
    expect(result.nodes.filter((node) => node.id.startsWith('body:c'))).toHaveLength(11);
  });

  it('finds the aggregate holding a stakeholder', () => {
    const { nodes, edges } = star(20, 0);
    const { aggregates } = aggregateLeaves(nodes, edges, { from: 12 });
    expect(aggregateHolding(aggregates, 'body:c3')?.hub).toBe('body:lga');
    expect(aggregateHolding(aggregates, 'body:a')).toBeUndefined();
  });
});

describe('aggregateLabel', () => {
  it('names what the aggregate stands for', () => {
    expect(aggregateLabel(412, 'BODY', 'council')).toBe('412 councils');
    expect(aggregateLabel(1_200, 'PERSON', null)).toBe('1,200 people');
    expect(aggregateLabel(15, 'BODY', 'professional-association')).toBe('15 professional associations');
    expect(aggregateLabel(13, 'BODY', 'government-agency')).toBe('13 government agencies');
    expect(aggregateLabel(20, 'PROGRAMME', 'project')).toBe('20 programmes');
  });
});
