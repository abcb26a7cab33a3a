import { describe, expect, it } from 'vitest';
import { FAMILIES, RELATIONSHIP_TYPE_NAMES } from '../../core/vocabulary.ts';
import type { Action } from './actions.ts';
import { initialState } from './defaults.ts';
import { chosenTypes, reducer } from './reducer.ts';
import type { AtlasState, Route } from './types.ts';

const run = (actions: Action[], from: AtlasState = initialState()) => actions.reduce(reducer, from);

const route = (cost: number): Route => ({ cost, nodes: [], edges: [] });

describe('selection', () => {
  it('selects and clears, and asks the map to centre only when told to', () => {
    const state = run([{ type: 'select', id: 'body:socitm' }]);
    expect(state.selection).toBe('body:socitm');
    expect(state.focusRequest).toBeNull();
    const focused = run([{ type: 'select', id: 'body:lga', focus: true }], state);
    expect(focused.focusRequest).toEqual({ id: 'body:lga', seq: 1 });
    const again = run([{ type: 'select', id: 'body:lga', focus: true }], focused);
    expect(again.focusRequest?.seq).toBe(2);
    expect(run([{ type: 'select', id: null }], again).selection).toBeNull();
  });

  it('is not undoable', () => {
    expect(run([{ type: 'select', id: 'body:socitm' }]).undo).toEqual([]);
  });
});

describe('filters', () => {
  it('toggles families on and off', () => {
    const off = run([{ type: 'toggleFamily', family: 'INFLUENCE' }]);
    expect(off.filters.families).not.toContain('INFLUENCE');
    expect(run([{ type: 'toggleFamily', family: 'INFLUENCE' }], off).filters.families).toContain('INFLUENCE');
  });

  it('turning one type off keeps every other type, and turning it on again means all types', () => {
    const off = run([{ type: 'toggleType', relationshipType: 'CHAIRS' }]);
    expect(off.filters.types).toHaveLength(RELATIONSHIP_TYPE_NAMES.length - 1);
    expect(chosenTypes(off.filters)).not.toContain('CHAIRS');
    expect(run([{ type: 'toggleType', relationshipType: 'CHAIRS' }], off).filters.types).toBeNull();
  });

  it('ticking a type of a family that is off turns that family on with only that type', () => {
    const state = run([
      { type: 'toggleFamily', family: 'MEMBERSHIP' },
      { type: 'toggleType', relationshipType: 'CHAIRS' },
    ]);
    expect(state.filters.families).toContain('MEMBERSHIP');
    expect(chosenTypes(state.filters).filter((type) => ['CHAIRS', 'MEMBER_OF', 'PRESIDENT_OF'].includes(type))).toEqual(
      ['CHAIRS'],
    );
  });

  it('keeps the minimum confidence between 0 and 1', () => {
    expect(run([{ type: 'setMinConfidence', value: 3 }]).filters.minConfidence).toBe(1);
    expect(run([{ type: 'setMinConfidence', value: -1 }]).filters.minConfidence).toBe(0);
    expect(run([{ type: 'setMinConfidence', value: Number.NaN }]).filters.minConfidence).toBe(0);
    expect(run([{ type: 'setMinConfidence', value: 0.6 }]).filters.minConfidence).toBe(0.6);
  });

  it('resets to every family, kind and confidence', () => {
    const state = run([
      { type: 'toggleFamily', family: 'LIAISON' },
      { type: 'toggleKind', kind: 'PERSON' },
      { type: 'resetFilters' },
    ]);
    expect(state.filters.families).toEqual([...FAMILIES]);
    expect(state.filters.kinds).toHaveLength(3);
  });
});

describe('as of, layout and influence', () => {
  it('sets a year or all time', () => {
    expect(run([{ type: 'setAsOf', year: 2011 }]).asOf).toBe(2011);
    expect(
      run([
        { type: 'setAsOf', year: 2011 },
        { type: 'setAsOf', year: null },
      ]).asOf,
    ).toBeNull();
  });

  it('runs the layout again when it changes or when asked', () => {
    const state = run([{ type: 'setLayout', layout: 'hierarchy' }, { type: 'rerunLayout' }]);
    expect(state.layout).toBe('hierarchy');
    expect(state.layoutRun).toBe(2);
  });
});

describe('expand, collapse, hide and pin', () => {
  it('expanding from the whole network starts an exploration at that stakeholder', () => {
    const state = run([{ type: 'expand', id: 'body:socitm', depth: 1 }]);
    expect(state.scope).toBe('explore');
    expect(state.expanded).toEqual([{ id: 'body:socitm', depth: 1 }]);
  });

  it('adds neighbourhoods while exploring and collapses them, but never the last one', () => {
    const state = run([
      { type: 'expand', id: 'body:socitm', depth: 1 },
      { type: 'expand', id: 'body:lga', depth: 2 },
      { type: 'expand', id: 'body:socitm', depth: 2 },
    ]);
    expect(state.expanded).toEqual([
      { id: 'body:lga', depth: 2 },
      { id: 'body:socitm', depth: 2 },
    ]);
    const collapsed = run([{ type: 'collapse', id: 'body:lga' }], state);
    expect(collapsed.expanded).toEqual([{ id: 'body:socitm', depth: 2 }]);
    expect(run([{ type: 'collapse', id: 'body:socitm' }], collapsed)).toBe(collapsed);
  });

  it('hiding the selected stakeholder clears the selection and its pin', () => {
    const state = run([
      { type: 'select', id: 'body:lga' },
      { type: 'togglePin', id: 'body:lga' },
      { type: 'hide', id: 'body:lga' },
    ]);
    expect(state.hidden).toEqual(['body:lga']);
    expect(state.selection).toBeNull();
    expect(state.pinned).toEqual([]);
    expect(run([{ type: 'unhideAll' }], state).hidden).toEqual([]);
  });

  it('pins and unpins', () => {
    const pinned = run([{ type: 'togglePin', id: 'body:lga' }]);
    expect(pinned.pinned).toEqual(['body:lga']);
    expect(run([{ type: 'togglePin', id: 'body:lga' }], pinned).pinned).toEqual([]);
  });
});

describe('undo', () => {
  it('takes back view changes one at a time, newest first, and says what it will undo', () => {
    const state = run([
      { type: 'toggleFamily', family: 'INFLUENCE' },
      { type: 'hide', id: 'body:lga' },
      { type: 'setLayout', layout: 'concentric' },
    ]);
    expect(state.undo.map((entry) => entry.label)).toEqual([
      'change layout',
      'hide a stakeholder',
      'change relationship families',
    ]);
    const once = run([{ type: 'undo' }], state);
    expect(once.layout).toBe('force');
    expect(once.hidden).toEqual(['body:lga']);
    const all = run([{ type: 'undo' }, { type: 'undo' }], once);
    expect(all.hidden).toEqual([]);
    expect(all.filters.families).toContain('INFLUENCE');
    expect(all.undo).toEqual([]);
    expect(run([{ type: 'undo' }], all)).toBe(all);
  });

  it('records nothing for changes that change nothing', () => {
    const state = run([{ type: 'hide', id: 'body:lga' }, { type: 'hide', id: 'body:lga' }, { type: 'unhideAll' }]);
    expect(state.undo).toHaveLength(2);
    expect(run([{ type: 'setAsOf', year: null }]).undo).toEqual([]);
  });

  it('undoes a slider drag in one step', () => {
    const state = run([
      { type: 'setAsOf', year: 2010 },
      { type: 'setAsOf', year: 2012 },
      { type: 'setAsOf', year: 2014 },
    ]);
    expect(state.undo).toHaveLength(1);
    expect(run([{ type: 'undo' }], state).asOf).toBeNull();
  });

  it('keeps a bounded history', () => {
    const actions: Action[] = Array.from({ length: 80 }, (_, index) => ({ type: 'hide', id: `body:b${index}` }));
    expect(run(actions).undo).toHaveLength(50);
  });
});

describe('paths', () => {
  const ready = () =>
    run([
      { type: 'setPathEnd', end: 'from', id: 'person:jos-creese' },
      { type: 'setPathEnd', end: 'to', id: 'person:dylan-roberts' },
    ]);

  it('does not search until both ends are chosen', () => {
    const half = run([{ type: 'setPathEnd', end: 'from', id: 'person:jos-creese' }, { type: 'pathRequested' }]);
    expect(half.path.status).toBe('idle');
    expect(run([{ type: 'pathRequested' }], ready()).path.status).toBe('loading');
  });

  it('keeps the answer to the latest search and ignores a late answer to an older one', () => {
    const first = run([{ type: 'pathRequested' }], ready());
    const second = run([{ type: 'pathRequested' }], first);
    const stale = run([{ type: 'pathLoaded', requestId: first.path.requestId, routes: [route(9)] }], second);
    expect(stale.path.status).toBe('loading');
    const done = run([{ type: 'pathLoaded', requestId: second.path.requestId, routes: [route(2), route(3)] }], stale);
    expect(done.path.status).toBe('done');
    expect(done.path.routes.map((entry) => entry.cost)).toEqual([2, 3]);
    expect(run([{ type: 'showRoute', index: 1 }], done).path.active).toBe(1);
    expect(run([{ type: 'showRoute', index: 7 }], done).path.active).toBe(0);
  });

  it('reports a failed search and forgets routes when the question changes', () => {
    const loading = run([{ type: 'pathRequested' }], ready());
    const failed = run([{ type: 'pathFailed', requestId: loading.path.requestId, message: 'boom' }], loading);
    expect(failed.path).toMatchObject({ status: 'error', error: 'boom' });
    const done = run([{ type: 'pathRequested' }], failed);
    const loaded = run([{ type: 'pathLoaded', requestId: done.path.requestId, routes: [route(1)] }], done);
    const avoided = run([{ type: 'addAvoid', id: 'body:local-cio-council' }], loaded);
    expect(avoided.path).toMatchObject({ status: 'idle', routes: [], avoid: ['body:local-cio-council'] });
    expect(run([{ type: 'removeAvoid', id: 'body:local-cio-council' }], avoided).path.avoid).toEqual([]);
  });

  it('keeps hop and route counts in range', () => {
    const state = run([{ type: 'setPathOptions', maxHops: 40, first: 0 }]);
    expect(state.path.maxHops).toBe(6);
    expect(state.path.first).toBe(1);
  });

  it('clears the query but keeps counting searches', () => {
    const loading = run([{ type: 'pathRequested' }], ready());
    const cleared = run([{ type: 'clearPath' }], loading);
    expect(cleared.path.from).toBeNull();
    expect(cleared.path.requestId).toBe(loading.path.requestId);
  });
});
