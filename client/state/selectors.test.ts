import { describe, expect, it } from 'vitest';
import type { MapEdgeFragment, MapNodeFragment } from '../api/generated/operations.ts';
import { routesFromWarm, type MapGraph, type Route } from '../api/queries.ts';
import { initialState } from './defaults.ts';
import { reducer } from './reducer.ts';
import {
  leftOutNeighbours,
  listedNeighbours,
  fallbackName,
  selectActiveRoute,
  selectNameOf,
  selectRouteIds,
  selectScores,
  selectStances,
  selectVisible,
} from './selectors.ts';
import type { AtlasState } from './types.ts';

const node = (id: string, name = id): MapNodeFragment =>
  ({
    id,
    name,
    kind: id.startsWith('person:') ? 'PERSON' : 'BODY',
    type: null,
    sector: null,
    degree: 1,
  }) as MapNodeFragment;
const edge = (id: string, source: string, target: string): MapEdgeFragment =>
  ({
    id,
    source,
    target,
    type: 'MEMBER_OF',
    family: 'MEMBERSHIP',
    confidence: 1,
    citations: [],
  }) as unknown as MapEdgeFragment;

const graph: MapGraph = {
  nodes: [node('body:a', 'A'), node('person:b', 'B'), node('body:c', 'C')],
  edges: [edge('rel:b-a', 'person:b', 'body:a'), edge('rel:a-c', 'body:a', 'body:c')],
};
const route = (cost: number, ids: string[]): Route => ({
  cost,
  nodes: ids.map((id) => node(id)),
  edges: [edge(`rel:${ids[0]}-${ids[1]}`, ids[0]!, ids[1]!)],
  steps: null,
  former: [],
});
const searched = (): AtlasState =>
  [
    { type: 'setPathEnd', end: 'from', id: 'person:b' },
    { type: 'setPathEnd', end: 'to', id: 'body:c' },
    { type: 'findRoutes', source: 'paths' },
  ].reduce(reducer as never, initialState());

describe('active route', () => {
  it('is the chosen route of the last search, the first when the choice is out of range, none without a search', () => {
    const routes = [route(1, ['person:b', 'body:a']), route(2, ['person:b', 'body:c'])];
    const state = searched();
    expect(selectActiveRoute(state, routes)).toBe(routes[0]);
    expect(selectActiveRoute(reducer(state, { type: 'showRoute', index: 1 }), routes)).toBe(routes[1]);
    expect(selectActiveRoute(reducer(state, { type: 'showRoute', index: 9 }), routes)).toBe(routes[0]);
    expect(selectActiveRoute(state, undefined)).toBeNull();
    expect(selectActiveRoute(initialState(), routes)).toBeNull();
  });

  it('gives the ids the map highlights, the same object for the same route', () => {
    const shown = route(1, ['person:b', 'body:a']);
    expect(selectRouteIds(shown)).toEqual({ nodeIds: ['person:b', 'body:a'], edgeIds: ['rel:person:b-body:a'] });
    expect(selectRouteIds(shown)).toBe(selectRouteIds(shown));
    expect(selectRouteIds(null)).toBeNull();
  });

  it('highlights a warm route by the relationships its steps walk', () => {
    const walked = edge('rel:b-a', 'person:b', 'body:a');
    const [warm] = routesFromWarm([
      {
        cost: 1.5,
        nodes: [node('person:b'), node('body:a'), node('body:c')],
        steps: [
          { from: 'person:b', to: 'body:a', cost: 1, edge: walked, interaction: null, explanation: 'cited' },
          {
            from: 'body:a',
            to: 'body:c',
            cost: 0.5,
            edge: null,
            interaction: { id: 'i1', kind: 'MEETING', date: '2026-01-01', summary: 'met' },
            explanation: 'met last month',
          },
        ],
      },
    ] as never);
    expect(selectRouteIds(warm!)).toEqual({ nodeIds: ['person:b', 'body:a', 'body:c'], edgeIds: ['rel:b-a'] });
  });
});

describe('visible graph', () => {
  it('adds the active route to what the filters leave, and answers the same object for the same inputs', () => {
    const state = reducer(initialState(), { type: 'toggleKind', kind: 'PERSON' });
    const without = selectVisible(state, graph, null);
    expect(without.nodes.map((entry) => entry.id)).toEqual(['body:a', 'body:c']);
    const shown = route(1, ['person:b', 'body:a']);
    const withRoute = selectVisible(state, graph, shown);
    expect(withRoute.nodes.map((entry) => entry.id)).toContain('person:b');
    expect(selectVisible(state, graph, shown)).toBe(withRoute);
    expect(selectVisible(state, undefined, null)).toEqual({ nodes: [], edges: [] });
  });
});

describe('scores, stances and names', () => {
  const ranking = [
    { rank: 1, score: 0.5, explanation: '', entity: { id: 'body:a', name: 'A' } },
    { rank: 2, score: 0.25, explanation: '', entity: { id: 'person:z', name: 'Zed' } },
  ] as never;

  it('scores only while the overlay is on', () => {
    expect(selectScores('PAGERANK', ranking)?.get('body:a')).toBe(0.5);
    expect(selectScores(null, ranking)).toBeNull();
    expect(selectScores('PAGERANK', undefined)).toBeNull();
  });

  it('reads stances from the register, leaving out profiles without one', () => {
    const stances = selectStances([
      { entity: { id: 'body:a' }, stance: 'CHAMPION' },
      { entity: { id: 'body:c' }, stance: null },
    ] as never);
    expect([...stances]).toEqual([['body:a', 'CHAMPION']]);
  });

  it('names from the map, the route, the ranking and searches, and a readable fallback', () => {
    const nameOf = selectNameOf(new Map([['body:s', 'Searched']]), graph.nodes, undefined, ranking);
    expect(nameOf('body:a')).toBe('A');
    expect(nameOf('person:z')).toBe('Zed');
    expect(nameOf('body:s')).toBe('Searched');
    expect(nameOf('person:jos-creese')).toBe('jos creese');
    expect(fallbackName('body:local-cio-council')).toBe('local cio council');
  });
});

describe('neighbours left out of the details', () => {
  it('counts what the cap left out of one stakeholder, by type, most first', () => {
    const collapsed = [
      { nodeId: 'body:hub', type: 'MEMBER_OF', count: 2_800 },
      { nodeId: 'body:hub', type: 'CHAIRS', count: 3 },
      { nodeId: 'body:hub', type: 'ADVISES', count: 3 },
      { nodeId: 'body:other', type: 'FUNDS', count: 7 },
    ];
    expect(leftOutNeighbours(collapsed, 'body:hub')).toEqual({
      total: 2_806,
      byType: [
        { type: 'MEMBER_OF', count: 2_800 },
        { type: 'ADVISES', count: 3 },
        { type: 'CHAIRS', count: 3 },
      ],
    });
    expect(leftOutNeighbours(collapsed, 'body:council')).toBeNull();
    expect(leftOutNeighbours([], 'body:hub')).toBeNull();
  });
});

describe('neighbours listed a page at a time', () => {
  it('joins the pages in order, each relationship once, with their names and the count of neighbours', () => {
    const edge = (id: string, source: string, target: string) => ({ id, source, target });
    const hub = { id: 'body:hub', name: 'Hub' };
    const pages = [
      {
        nodes: [hub, { id: 'body:a', name: 'A' }, { id: 'body:b', name: 'B' }],
        edges: [
          edge('rel:a', 'body:a', 'body:hub'),
          edge('rel:b', 'body:hub', 'body:b'),
          edge('rel:a2', 'body:hub', 'body:a'),
        ],
      },
      {
        nodes: [hub, { id: 'body:c', name: 'C' }],
        // The page boundary may repeat a relationship; one between two neighbours is not the hub's.
        edges: [
          edge('rel:b', 'body:hub', 'body:b'),
          edge('rel:c', 'body:c', 'body:hub'),
          edge('rel:ab', 'body:a', 'body:b'),
        ],
      },
    ];
    const listed = listedNeighbours(pages, 'body:hub');
    expect(listed.edges.map((row) => row.id)).toEqual(['rel:a', 'rel:b', 'rel:a2', 'rel:c']);
    expect(listed.neighbours).toBe(3);
    expect(listed.names.get('body:c')).toBe('C');
    expect(listedNeighbours([], 'body:hub')).toEqual({ edges: [], names: new Map(), neighbours: 0 });
  });
});
