// The visible graph itself is core/graph/visible.ts (tested there); this checks what the state anchors.
import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../core/vocabulary.ts';
import { initialState } from './defaults.ts';
import { reducer } from './reducer.ts';
import { anchoredIds, visibleInState } from './visible.ts';

const graph = {
  nodes: [
    { id: 'body:a', kind: 'BODY' as EntityKind },
    { id: 'person:b', kind: 'PERSON' as EntityKind },
    { id: 'body:lonely', kind: 'BODY' as EntityKind },
  ],
  edges: [{ id: 'rel:b-a', source: 'person:b', target: 'body:a' }],
};
const shown = (state: ReturnType<typeof initialState>) => visibleInState(graph, state).nodes.map((node) => node.id);

describe('the state’s visible graph', () => {
  it('keeps an unlinked stakeholder on the map while it is selected or pinned, and when asked to', () => {
    const state = initialState();
    expect(shown(state)).not.toContain('body:lonely');
    expect(shown(reducer(state, { type: 'select', id: 'body:lonely' }))).toContain('body:lonely');
    expect(shown(reducer(state, { type: 'togglePin', id: 'body:lonely' }))).toContain('body:lonely');
    expect(shown(reducer(state, { type: 'setShowUnlinked', value: true }))).toContain('body:lonely');
  });

  it('applies the kinds and hidden stakeholders of the state', () => {
    expect(shown(reducer(initialState(), { type: 'toggleKind', kind: 'PERSON' }))).toEqual([]);
    expect(shown(reducer(initialState(), { type: 'hide', id: 'person:b' }))).toEqual([]);
    expect(shown(initialState())).toEqual(['body:a', 'person:b']);
  });

  it('anchors explored neighbourhoods only while exploring', () => {
    const exploring = {
      ...initialState(),
      scope: 'explore' as const,
      expanded: [{ id: 'body:lonely', depth: 1 as const }],
    };
    expect(anchoredIds(exploring).has('body:lonely')).toBe(true);
    expect(anchoredIds({ ...exploring, scope: 'network' as const }).has('body:lonely')).toBe(false);
  });
});
