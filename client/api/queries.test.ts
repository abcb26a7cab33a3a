import { describe, expect, it } from 'vitest';
import { NetworkDocument, PathsDocument, UpdateEntityDocument } from './generated/operations.ts';
import { graphQuery, operationName, operationQuery, routesFromPaths, routesQuery } from './queries.ts';

describe('query keys', () => {
  it('name operations as the documents do', () => {
    expect(operationName(NetworkDocument)).toBe('Network');
    expect(operationName(PathsDocument)).toBe('Paths');
    expect(operationName(UpdateEntityDocument)).toBe('UpdateEntity');
  });

  it('key a query by its operation and variables, so the same question is asked once', () => {
    expect(operationQuery(NetworkDocument, { asOf: '2011' }).queryKey).toEqual(['Network', { asOf: '2011' }]);
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
