import { describe, expect, it } from 'vitest';
import { computeInfluence } from './influence.ts';
import type { GraphEdge, GraphNode } from './types.ts';

const node = (id: string): GraphNode => ({ id, name: id.toUpperCase(), kind: 'BODY' });
const edge = (source: string, type: string, target: string, confidence = 1): GraphEdge => ({
  id: `${source}-${type}-${target}`,
  source,
  target,
  type,
  confidence,
});

describe('computeInfluence', () => {
  it('counts relationships for degree and explains them by family, most certain first', () => {
    const nodes = ['a', 'b', 'c'].map(node);
    const edges = [edge('a', 'MEMBER_OF', 'b', 0.6), edge('a', 'INFLUENCES', 'c')];
    const { scores, explain } = computeInfluence('DEGREE', nodes, edges);
    expect(scores.get('a')).toBe(2);
    expect(scores.get('b')).toBe(1);
    const { explanation, strongestLinks } = explain('a');
    expect(explanation).toMatch(/^2 relationships \((1 influence, 1 membership|1 membership, 1 influence)\)/);
    expect(explanation).toContain('influences C');
    expect(strongestLinks.map((link) => link.id)).toEqual(['a-INFLUENCES-c', 'a-MEMBER_OF-b']);
  });

  it('gives betweenness to the broker between two groups', () => {
    const nodes = ['a', 'b', 'hub', 'c', 'd'].map(node);
    const edges = [
      edge('a', 'MEMBER_OF', 'hub'),
      edge('b', 'MEMBER_OF', 'hub'),
      edge('c', 'MEMBER_OF', 'hub'),
      edge('d', 'MEMBER_OF', 'hub'),
    ];
    const { scores } = computeInfluence('BETWEENNESS', nodes, edges);
    expect(scores.get('hub')).toBe(1);
    expect(scores.get('a')).toBe(0);
  });

  it('lends PageRank standing the way the vocabulary says: to the body members join, to the person who chairs', () => {
    const nodes = ['member', 'body', 'chair'].map(node);
    const { scores, explain } = computeInfluence('PAGERANK', nodes, [
      edge('member', 'MEMBER_OF', 'body'),
      edge('chair', 'CHAIRS', 'body'),
    ]);
    expect(scores.get('body')!).toBeGreaterThan(scores.get('member')!);
    expect(scores.get('chair')!).toBeGreaterThan(scores.get('member')!);
    expect(explain('member').explanation).toMatch(/no relationship/);
  });

  it('keeps the caller’s edge type in the strongest links', () => {
    const edges = [{ ...edge('a', 'MEMBER_OF', 'b'), citation: 'kept' }];
    const { explain } = computeInfluence('DEGREE', ['a', 'b'].map(node), edges);
    expect(explain('a').strongestLinks[0]?.citation).toBe('kept');
  });
});
