import { describe, expect, it } from 'vitest';
import { initialState } from './defaults.ts';
import { reducer } from './reducer.ts';
import { readSharedState, withSharedState, writeSharedState } from './url.ts';
import type { AtlasState } from './types.ts';

function shared(state: AtlasState) {
  const { selection, filters, asOf, layout, viewport, scope, expanded, hidden, influence, view } = state;
  return { selection, filters, asOf, layout, viewport, scope, expanded, hidden, influence, view };
}

describe('URL round trip', () => {
  it('writes nothing for a fresh state and reads nothing back', () => {
    expect(writeSharedState(initialState())).toBe('');
    expect(readSharedState('')).toEqual({});
  });

  it('restores selection, filters, year, layout, viewport, exploration, hidden, metric and view', () => {
    let state = initialState();
    for (const action of [
      { type: 'select', id: 'body:socitm' },
      { type: 'toggleFamily', family: 'PROGRAMME' },
      { type: 'toggleType', relationshipType: 'CHAIRS' },
      { type: 'toggleKind', kind: 'PROGRAMME' },
      { type: 'setMinConfidence', value: 0.6 },
      { type: 'setShowUnlinked', value: true },
      { type: 'setAsOf', year: 2011 },
      { type: 'setLayout', layout: 'hierarchy' },
      { type: 'setViewport', viewport: { zoom: 1.25, pan: { x: -120.5, y: 33 } } },
      { type: 'expand', id: 'body:socitm', depth: 2 },
      { type: 'hide', id: 'person:jos-creese' },
      { type: 'setInfluence', metric: 'PAGERANK' },
      { type: 'setView', view: 'table' },
    ] as const) {
      state = reducer(state, action);
    }
    const search = writeSharedState(state);
    expect(search).toContain('sel=body:socitm');
    expect(search).toContain('asof=2011');
    const restored = withSharedState(initialState(), search);
    expect(shared(restored)).toEqual(shared(state));
  });

  it('opens a brief at its address, and ignores an id that is not a brief', () => {
    const id = 'brief:0b7c1c1e-4f3a-4d2b-9a53-5d2f1b0c9e11';
    const state = reducer(initialState(), { type: 'openBrief', id });
    expect(writeSharedState(state)).toBe(`?brief=${id}`);
    expect(readSharedState(`?brief=${id}`)).toEqual({ openBrief: id });
    expect(readSharedState('?brief=body:socitm')).toEqual({});
    expect(writeSharedState(reducer(state, { type: 'openBrief', id: null }))).toBe('');
  });

  it('keeps an empty family choice distinct from "all families"', () => {
    let state = initialState();
    for (const family of state.filters.families) state = reducer(state, { type: 'toggleFamily', family });
    const search = writeSharedState(state);
    expect(search).toBe('?fam=');
    expect(readSharedState(search).filters?.families).toEqual([]);
  });
});

describe('bad URL input', () => {
  it.each([
    ['an unknown parameter', '?foo=bar'],
    ['a selection that is not an id', '?sel=<script>alert(1)</script>'],
    ['a selection with an unknown prefix', '?sel=source:thing'],
    ['a year that is not a number', '?asof=last-year'],
    ['a year out of range', '?asof=99999'],
    ['a fractional year', '?asof=2011.5'],
    ['an unknown layout', '?layout=spiral'],
    ['a confidence above 1', '?conf=7'],
    ['a confidence that is not a number', '?conf=high'],
    ['families that do not exist', '?fam=FRIENDSHIP,ENMITY'],
    ['kinds that do not exist', '?kinds=ROBOT'],
    ['a viewport with too few numbers', '?vp=1,2'],
    ['a viewport with a silly zoom', '?vp=1000,0,0'],
    ['a viewport with words', '?vp=a,b,c'],
    ['an unknown metric', '?metric=VIBES'],
    ['an unknown view', '?view=3d'],
    ['explorations with bad depths and ids', '?explore=body:socitm~9,not-an-id~1,rel:x~1'],
    ['hidden ids that are not ids', '?hide=%00,../../etc'],
    ['broken percent-encoding', '?sel=%E0%A4%A'],
  ])('ignores %s', (_, search) => {
    expect(() => readSharedState(search)).not.toThrow();
    expect(readSharedState(search)).toEqual({});
  });

  it('keeps the good values next to bad ones', () => {
    const state = readSharedState('?sel=body:lga&asof=soon&fam=INFLUENCE,NOPE&layout=spiral&explore=body:lga~2,bad~1');
    expect(state.selection).toBe('body:lga');
    expect(state.asOf).toBeUndefined();
    expect(state.filters?.families).toEqual(['INFLUENCE']);
    expect(state.layout).toBeUndefined();
    expect(state.expanded).toEqual([{ id: 'body:lga', depth: 2 }]);
  });

  it('never lets a huge list through', () => {
    const many = Array.from({ length: 1000 }, (_, index) => `body:b${index}`).join(',');
    expect(readSharedState(`?hide=${many}`).hidden).toHaveLength(200);
  });
});
