import { describe, expect, it } from 'vitest';
import { edgeCost } from './cost.ts';
import { cheapestRoutes, edgeLinks, type Link } from './routes.ts';

const link = (source: string, target: string, cost = 1): Link<string> => ({
  source,
  target,
  cost,
  via: `${source}-${target}`,
});
const everywhere = { k: 5, maxHops: 6, avoid: new Set<string>() };

describe('cheapestRoutes', () => {
  // a - b - d costs 2; a - c - d costs 3; a - d directly costs 5
  const links = [link('a', 'b'), link('b', 'd'), link('a', 'c'), link('c', 'd', 2), link('a', 'd', 5)];

  it('returns routes cheapest first, walking links in either direction', () => {
    const routes = cheapestRoutes(links, 'd', 'a', everywhere);
    expect(routes.map((route) => [route.nodeIds.join(''), route.cost])).toEqual([
      ['dba', 2],
      ['dca', 3],
      ['da', 5],
    ]);
  });

  it('stops at k routes and at maxHops links', () => {
    expect(cheapestRoutes(links, 'a', 'd', { ...everywhere, k: 1 })).toHaveLength(1);
    expect(cheapestRoutes(links, 'a', 'd', { ...everywhere, maxHops: 1 }).map((route) => route.cost)).toEqual([5]);
  });

  it('avoids chosen stakeholders and walks only the cheapest of parallel links', () => {
    const routes = cheapestRoutes([...links, link('b', 'a', 0.5)], 'a', 'd', { ...everywhere, avoid: new Set(['c']) });
    expect(routes.map((route) => route.nodeIds.join(''))).toEqual(['abd', 'ad']);
    expect(routes[0]?.cost).toBe(1.5);
  });

  it('finds nothing between unconnected stakeholders', () => {
    expect(cheapestRoutes(links, 'a', 'z', everywhere)).toEqual([]);
  });
});

describe('edgeCost and edgeLinks', () => {
  it('costs family weight over confidence, with a floor on confidence', () => {
    expect(edgeCost('MEMBER_OF', 1)).toBe(1);
    expect(edgeCost('TAKES_PART_IN', 0.4)).toBe(5);
    expect(edgeCost('INFLUENCES', 0)).toBe(15);
  });

  it('turns relationships into links that carry the relationship', () => {
    const edge = { id: 'rel:x', type: 'CHAIRS', source: 'person:p', target: 'body:b', confidence: 0.5 };
    expect(edgeLinks([edge])).toEqual([{ source: 'person:p', target: 'body:b', cost: 2, via: edge }]);
  });
});
