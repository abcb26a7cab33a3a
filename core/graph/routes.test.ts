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

  it('finds the k cheapest of all simple routes, as trying every route does, on random networks', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let network = 0; network < 60; network++) {
      const size = 4 + Math.floor(random() * 7);
      const ids = Array.from({ length: size }, (_, index) => `n${index}`);
      const drawn: Link<string>[] = [];
      for (let count = Math.floor(random() * size * 2.5); count > 0; count--) {
        const [a, b] = [ids[Math.floor(random() * size)]!, ids[Math.floor(random() * size)]!];
        if (a !== b) drawn.push(link(a, b, 1 + Math.floor(random() * 4)));
      }
      const options = {
        k: 1 + Math.floor(random() * 5),
        maxHops: 1 + Math.floor(random() * 4),
        avoid: new Set(random() < 0.3 ? [ids[2]!] : []),
      };
      const found = cheapestRoutes(drawn, 'n0', 'n1', options).map((route) => route.cost);
      expect(found, `network ${network}`).toEqual(everyRouteCost(drawn, 'n0', 'n1', options).slice(0, options.k));
    }
  });
});

/** The costs of every simple route (cheapest parallel link each hop), cheapest first: the slow, sure way. */
function everyRouteCost(
  links: Link<string>[],
  from: string,
  to: string,
  options: { maxHops: number; avoid: ReadonlySet<string> },
): number[] {
  const cheapest = new Map<string, number>();
  for (const { source, target, cost } of links) {
    if (options.avoid.has(source) || options.avoid.has(target)) continue;
    for (const key of [`${source} ${target}`, `${target} ${source}`]) {
      cheapest.set(key, Math.min(cost, cheapest.get(key) ?? Infinity));
    }
  }
  const costs: number[] = [];
  const walk = (path: string[], cost: number) => {
    const last = path.at(-1)!;
    if (last === to) return void costs.push(cost);
    if (path.length > options.maxHops) return;
    for (const [key, linkCost] of cheapest) {
      const [a, b] = key.split(' ') as [string, string];
      if (a === last && !path.includes(b)) walk([...path, b], cost + linkCost);
    }
  };
  if (!options.avoid.has(from)) walk([from], 0);
  return costs.sort((a, b) => a - b);
}

describe('edgeCost and edgeLinks', () => {
  it('costs family weight over confidence, with a floor on confidence', () => {
    expect(edgeCost('MEMBER_OF', 1)).toBe(1);
    expect(edgeCost('TAKES_PART_IN', 0.4)).toBe(5);
    expect(edgeCost('INFLUENCES', 0)).toBe(15);
  });

  it('turns relationships into links that carry the relationship and its period', () => {
    const edge = {
      id: 'rel:x',
      type: 'CHAIRS',
      source: 'person:p',
      target: 'body:b',
      confidence: 0.5,
      validTo: '2011',
    };
    expect(edgeLinks([edge])).toEqual([
      { source: 'person:p', target: 'body:b', cost: 2, via: edge, period: { validFrom: undefined, validTo: '2011' } },
    ]);
  });
});

describe('cheapestRoutes over dated links', () => {
  const dated = (source: string, target: string, cost: number, validFrom?: string, validTo?: string): Link<string> => ({
    ...link(source, target, cost),
    via: `${source}-${target} ${validFrom ?? ''}–${validTo ?? ''}`,
    period: { validFrom, validTo },
  });

  it('never joins two links whose periods do not overlap, partial dates covering their whole period', () => {
    // a chaired b until 2008; c joined b in 2016: no introduction through b.
    const links = [dated('a', 'b', 1, undefined, '2008'), dated('b', 'c', 1, '2016'), dated('a', 'c', 9)];
    expect(cheapestRoutes(links, 'a', 'c', everywhere).map((route) => route.nodeIds.join(''))).toEqual(['ac']);
    // Until "2016" covers the whole of 2016, so it meets a link from 2016-12.
    const meeting = [dated('a', 'b', 1, '2008', '2016'), dated('b', 'c', 1, '2016-12')];
    expect(cheapestRoutes(meeting, 'a', 'c', everywhere).map((route) => route.nodeIds.join(''))).toEqual(['abc']);
    const missing = [dated('a', 'b', 1, '2008', '2016-05'), dated('b', 'c', 1, '2016-06-01')];
    expect(cheapestRoutes(missing, 'a', 'c', everywhere)).toEqual([]);
  });

  it('walks a dearer parallel link when only its period meets the next link, and lists each route once', () => {
    const links = [
      dated('a', 'b', 1, undefined, '2008'),
      dated('a', 'b', 3, '2015'),
      dated('a', 'b', 4, '2015-06'),
      dated('b', 'c', 1, '2016'),
    ];
    const routes = cheapestRoutes(links, 'a', 'c', everywhere);
    expect(routes.map((route) => [route.nodeIds.join(''), route.cost])).toEqual([['abc', 4]]);
    expect(routes[0]!.links[0]!.via).toBe('a-b 2015–');
  });

  it('joins undated links to anything', () => {
    const links = [dated('a', 'b', 1, undefined, '2008'), link('b', 'c'), dated('c', 'd', 1, '2020')];
    expect(cheapestRoutes(links, 'a', 'd', everywhere).map((route) => route.nodeIds.join(''))).toEqual(['abcd']);
  });
});
