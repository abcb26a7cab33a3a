import { describe, expect, it } from 'vitest';
import { FAMILIES, RELATIONSHIP_TYPE_NAMES } from '../../core/vocabulary.ts';
import type { Action } from './actions.ts';
import { initialState } from './defaults.ts';
import { chosenTypes, reducer } from './reducer.ts';
import type { AtlasState } from './types.ts';

const run = (actions: Action[], from: AtlasState = initialState()) => actions.reduce(reducer, from);

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

describe('opening a source', () => {
  it('shows its page in the Sources view, and back to the list keeps the view', () => {
    const opened = run([{ type: 'openSource', id: 'source:minutes' }]);
    expect(opened).toMatchObject({ view: 'sources', openSource: 'source:minutes' });
    expect(run([{ type: 'openSource', id: null }], opened)).toMatchObject({ view: 'sources', openSource: null });
    expect(
      run(
        [
          { type: 'setView', view: 'map' },
          { type: 'setView', view: 'sources' },
        ],
        opened,
      ).openSource,
    ).toBeNull();
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

describe('routes', () => {
  const ready = () =>
    run([
      { type: 'setPathEnd', end: 'from', id: 'person:jos-creese' },
      { type: 'setPathEnd', end: 'to', id: 'person:dylan-roberts' },
    ]);

  it('does not search until both ends are chosen, and never from a stakeholder to itself', () => {
    const half = run([
      { type: 'setPathEnd', end: 'from', id: 'person:jos-creese' },
      { type: 'findRoutes', source: 'paths' },
    ]);
    expect(half.route.search).toBeNull();
    const same = run(
      [
        { type: 'setPathEnd', end: 'to', id: 'person:jos-creese' },
        { type: 'findRoutes', source: 'paths' },
      ],
      half,
    );
    expect(same.route.search).toBeNull();
    expect(run([{ type: 'findRoutes', source: 'paths' }], ready()).route.search).toEqual({
      source: 'paths',
      variables: {
        from: 'person:jos-creese',
        to: 'person:dylan-roberts',
        avoid: [],
        maxHops: 4,
        first: 3,
        includeFormer: false,
      },
    });
  });

  it('asks with the filters and year as they are when the search starts', () => {
    const state = run(
      [
        { type: 'toggleFamily', family: 'INFLUENCE' },
        { type: 'setAsOf', year: 2011 },
        { type: 'setMinConfidence', value: 0.6 },
        { type: 'findRoutes', source: 'paths' },
        { type: 'setAsOf', year: 2014 },
      ],
      ready(),
    );
    expect(state.route.search?.variables).toMatchObject({ asOf: '2011', minConfidence: 0.6 });
    expect(state.route.search?.variables.families).not.toContain('INFLUENCE');
  });

  it('warm routes are the same mechanism: the latest search of either kind is the route shown', () => {
    const paths = run(
      [
        { type: 'findRoutes', source: 'paths' },
        { type: 'showRoute', index: 2 },
      ],
      ready(),
    );
    expect(paths.route.active).toBe(2);
    const warm = run(
      [
        { type: 'setWarmQuestion', change: { from: 'person:martin-ferguson', to: 'person:jos-creese' } },
        { type: 'setWarmQuestion', change: { avoidStances: ['OPPONENT'] } },
        { type: 'setWarmQuestion', change: { day: '2016-12-31', includeFormer: true } },
        { type: 'findRoutes', source: 'warm' },
      ],
      paths,
    );
    expect(warm.route).toEqual({
      search: {
        source: 'warm',
        variables: {
          from: 'person:martin-ferguson',
          to: 'person:jos-creese',
          avoid: [],
          avoidStances: ['OPPONENT'],
          maxHops: 4,
          first: 3,
          today: '2016-12-31',
          includeFormer: true,
        },
      },
      active: 0,
    });
    // Changing the Paths question leaves the warm route alone; changing the warm one clears it.
    expect(run([{ type: 'addAvoid', id: 'body:socitm' }], warm).route.search?.source).toBe('warm');
    expect(run([{ type: 'setWarmQuestion', change: { avoid: ['body:socitm'] } }], warm).route.search).toBeNull();
  });

  it('asks for former relationships only when the user ticks them, and for today when no day is chosen', () => {
    const former = run(
      [
        { type: 'setPathOptions', includeFormer: true },
        { type: 'findRoutes', source: 'paths' },
      ],
      ready(),
    );
    expect(former.route.search?.variables).toMatchObject({ includeFormer: true });
    expect(run([{ type: 'setPathOptions', maxHops: 3 }], former).path.includeFormer).toBe(true);
    const warm = run(
      [
        { type: 'setWarmQuestion', change: { from: 'person:richard-steel', to: 'person:jos-creese' } },
        { type: 'findRoutes', source: 'warm' },
      ],
      ready(),
    );
    expect(warm.route.search?.variables).toMatchObject({ includeFormer: false });
    expect(warm.route.search?.variables).not.toHaveProperty('today');
  });

  it('shows another route on request, and ignores an impossible index', () => {
    const found = run([{ type: 'findRoutes', source: 'paths' }], ready());
    expect(run([{ type: 'showRoute', index: 1 }], found).route.active).toBe(1);
    expect(run([{ type: 'showRoute', index: -1 }], found)).toBe(found);
    expect(run([{ type: 'showRoute', index: 0.5 }], found)).toBe(found);
  });

  it('forgets routes when the question changes', () => {
    const found = run([{ type: 'findRoutes', source: 'paths' }], ready());
    const avoided = run([{ type: 'addAvoid', id: 'body:local-cio-council' }], found);
    expect(avoided.route.search).toBeNull();
    expect(avoided.path.avoid).toEqual(['body:local-cio-council']);
    expect(run([{ type: 'removeAvoid', id: 'body:local-cio-council' }], avoided).path.avoid).toEqual([]);
  });

  it('keeps hop and route counts in range', () => {
    const state = run([{ type: 'setPathOptions', maxHops: 40, first: 0 }]);
    expect(state.path.maxHops).toBe(6);
    expect(state.path.first).toBe(1);
  });

  it('clears the question and its routes', () => {
    const found = run([{ type: 'findRoutes', source: 'paths' }], ready());
    const cleared = run([{ type: 'clearPath' }], found);
    expect(cleared.path.from).toBeNull();
    expect(cleared.route.search).toBeNull();
  });
});

describe('interlocks', () => {
  const pair = {
    bodies: ['body:local-cio-council', 'body:hampshire-county-council'] as [string, string],
    people: ['person:jos-creese'],
    edges: ['rel:jos-creese-chairs-local-cio-council'],
  };
  const shown = () =>
    run([
      { type: 'select', id: 'body:local-cio-council' },
      { type: 'showInterlock', interlock: pair },
    ]);

  it('keeps the chosen pair while its body stays selected, and clears it on another selection', () => {
    expect(shown().interlock).toEqual(pair);
    expect(run([{ type: 'select', id: 'body:local-cio-council', focus: true }], shown()).interlock).toEqual(pair);
    expect(run([{ type: 'select', id: 'body:socitm' }], shown()).interlock).toBeNull();
    expect(run([{ type: 'showInterlock', interlock: null }], shown()).interlock).toBeNull();
  });

  it('gives way to a route search', () => {
    const state = run(
      [
        { type: 'setPathEnd', end: 'from', id: 'person:jos-creese' },
        { type: 'setPathEnd', end: 'to', id: 'person:dylan-roberts' },
        { type: 'findRoutes', source: 'paths' },
      ],
      shown(),
    );
    expect(state.interlock).toBeNull();
  });
});
