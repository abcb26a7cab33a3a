import { afterEach, describe, expect, it, vi } from 'vitest';
import { NetworkDocument, PathsDocument, UpdateEntityDocument } from './generated/operations.ts';
import {
  graphQuery,
  loadNetwork,
  operationName,
  operationQuery,
  routesFromPaths,
  routesQuery,
  type NetworkProgress,
} from './queries.ts';

describe('query keys', () => {
  it('name operations as the documents do', () => {
    expect(operationName(NetworkDocument)).toBe('Network');
    expect(operationName(PathsDocument)).toBe('Paths');
    expect(operationName(UpdateEntityDocument)).toBe('UpdateEntity');
  });

  it('key a query by its operation and variables, so the same question is asked once', () => {
    expect(operationQuery(PathsDocument, { from: 'a', to: 'b' }).queryKey).toEqual(['Paths', { from: 'a', to: 'b' }]);
    expect(graphQuery([{ document: NetworkDocument, variables: {} }]).queryKey).toEqual(['Graph', [['Network', {}]]]);
  });

  it('skips a route query until there is a search', () => {
    expect(typeof routesQuery(null).queryFn).not.toBe('function');
    const search = { source: 'paths', variables: { from: 'person:a', to: 'person:b' } } as const;
    expect(typeof routesQuery(search).queryFn).toBe('function');
    expect(routesQuery(search).queryKey).toEqual(['Routes', search]);
  });

  it('gives Paths answers the shape of every route', () => {
    expect(routesFromPaths([{ cost: 1, nodes: [], edges: [] }] as never)).toEqual([
      { cost: 1, nodes: [], edges: [], steps: null },
    ]);
  });
});

describe('loadNetwork', () => {
  afterEach(() => vi.unstubAllGlobals());

  const node = (id: string) => ({ id, name: id, kind: 'BODY', type: null, sector: null, degree: 1 });
  const edge = (id: string, source: string, target: string) => ({ id, source, target });

  it('reads every page after the cursor, asks for totals once, and reports progress', async () => {
    const pages = [
      { nodes: [node('a'), node('b')], edges: [edge('r1', 'a', 'c')], nextCursor: 'b', totals: { nodes: 3, edges: 2 } },
      { nodes: [node('c')], edges: [edge('r2', 'c', 'a')], nextCursor: null },
    ];
    const asked: { after: string | null; withTotals: boolean; first: number; asOf?: string }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        const { variables } = JSON.parse(init.body as string) as { variables: (typeof asked)[number] };
        asked.push(variables);
        const page = pages[asked.length - 1]!;
        return new Response(JSON.stringify({ data: { network: { truncated: false, ...page } } }), {
          headers: { 'content-type': 'application/json' },
        });
      }),
    );
    const progress: NetworkProgress[] = [];
    const graph = await loadNetwork({ asOf: '2011' }, { first: 2, onProgress: (step) => progress.push(step) });
    expect(graph.nodes.map((entry) => entry.id)).toEqual(['a', 'b', 'c']);
    expect(graph.edges.map((entry) => entry.id)).toEqual(['r1', 'r2']);
    expect(asked).toEqual([
      { asOf: '2011', first: 2, after: null, withTotals: true },
      { asOf: '2011', first: 2, after: 'b', withTotals: false },
    ]);
    expect(progress).toEqual([
      { done: 2, total: 3 },
      { done: 3, total: 3 },
    ]);
  });
});
