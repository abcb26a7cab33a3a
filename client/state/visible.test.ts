import { describe, expect, it } from 'vitest';
import { initialState } from './defaults.ts';
import { reducer } from './reducer.ts';
import { visibleInState as visibleGraph, type GraphData } from './visible.ts';
import type { EntityKind } from '../../core/vocabulary.ts';

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

describe('visibleGraph', () => {
  it('leaves out unlinked stakeholders unless asked to show them', () => {
    const state = initialState();
    expect(ids(visibleGraph(graph, state))).not.toContain('body:lonely');
    const showing = reducer(state, { type: 'setShowUnlinked', value: true });
    expect(ids(visibleGraph(graph, showing))).toContain('body:lonely');
  });

  it('keeps a selected or pinned stakeholder even without links', () => {
    const selected = reducer(initialState(), { type: 'select', id: 'body:lonely' });
    expect(ids(visibleGraph(graph, selected))).toContain('body:lonely');
    const pinned = reducer(initialState(), { type: 'togglePin', id: 'body:lonely' });
    expect(ids(visibleGraph(graph, pinned))).toContain('body:lonely');
  });

  it('drops a kind with its relationships, and nodes left alone by that', () => {
    const state = reducer(initialState(), { type: 'toggleKind', kind: 'BODY' });
    expect(ids(visibleGraph(graph, state))).toEqual([]);
  });

  it('drops hidden stakeholders with their relationships', () => {
    const state = reducer(initialState(), { type: 'hide', id: 'programme:c' });
    expect(ids(visibleGraph(graph, state))).toEqual(['body:a', 'person:b', 'rel:b-a']);
  });

  it('adds the highlighted route even where filters would leave it out', () => {
    const state = reducer(initialState(), { type: 'toggleKind', kind: 'PERSON' });
    const route = { nodes: [graph.nodes[1]!, graph.nodes[0]!], edges: [graph.edges[0]!] };
    expect(ids(visibleGraph(graph, state, route)).sort()).toEqual(
      ['body:a', 'person:b', 'programme:c', 'rel:a-c', 'rel:b-a'].sort(),
    );
  });
});
