import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../vocabulary.ts';
import type { GraphData } from './types.ts';
import { mergeGraphs, visibleGraph, type VisibleOptions } from './visible.ts';

type N = { id: string; kind: EntityKind };
type E = { id: string; source: string; target: string };

const graph: GraphData<N, E> = {
  nodes: [
    { id: 'body:a', kind: 'BODY' },
    { id: 'person:b', kind: 'PERSON' },
    { id: 'programme:c', kind: 'PROGRAMME' },
    { id: 'body:lonely', kind: 'BODY' },
  ],
  edges: [
    { id: 'rel:b-a', source: 'person:b', target: 'body:a' },
    { id: 'rel:a-c', source: 'body:a', target: 'programme:c' },
  ],
};
const ids = (data: GraphData<N, E>) => [...data.nodes.map((node) => node.id), ...data.edges.map((edge) => edge.id)];
const all: VisibleOptions = {
  kinds: ['BODY', 'PERSON', 'PROGRAMME'],
  hidden: [],
  showUnlinked: false,
  anchored: new Set(),
};

describe('visibleGraph', () => {
  it('leaves out unlinked stakeholders unless asked to show them or anchored', () => {
    expect(ids(visibleGraph(graph, all))).not.toContain('body:lonely');
    expect(ids(visibleGraph(graph, { ...all, showUnlinked: true }))).toContain('body:lonely');
    expect(ids(visibleGraph(graph, { ...all, anchored: new Set(['body:lonely']) }))).toContain('body:lonely');
  });

  it('drops a kind with its relationships, and nodes left alone by that', () => {
    expect(ids(visibleGraph(graph, { ...all, kinds: ['PERSON', 'PROGRAMME'] }))).toEqual([]);
  });

  it('drops hidden stakeholders with their relationships', () => {
    expect(ids(visibleGraph(graph, { ...all, hidden: ['programme:c'] }))).toEqual(['body:a', 'person:b', 'rel:b-a']);
  });

  it('adds the route even where filters would leave it out', () => {
    const route = { nodes: [graph.nodes[1]!, graph.nodes[0]!], edges: [graph.edges[0]!] };
    expect(ids(visibleGraph(graph, { ...all, kinds: ['BODY', 'PROGRAMME'] }, route)).sort()).toEqual(
      ['body:a', 'person:b', 'programme:c', 'rel:a-c', 'rel:b-a'].sort(),
    );
  });
});

describe('mergeGraphs', () => {
  it('keeps each node and edge once, the first seen winning', () => {
    const renamed = { nodes: [{ ...graph.nodes[0]!, kind: 'PERSON' as const }], edges: [] };
    const merged = mergeGraphs([graph, renamed, { nodes: [{ id: 'body:z', kind: 'BODY' }], edges: [] }]);
    expect(merged.nodes).toHaveLength(5);
    expect(merged.edges).toHaveLength(2);
    expect(merged.nodes[0]?.kind).toBe('BODY');
  });
});
