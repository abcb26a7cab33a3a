import { describe, expect, it } from 'vitest';
import { cheapestRoutes } from './routes.ts';
import { INTERACTION_COST, monthsBefore, RECENT_CONTACT_FACTOR, warmLinks } from './warm-links.ts';

const edge = (source: string, target: string, type = 'INFLUENCES') => ({
  id: `rel:${source}-${target}`,
  type,
  source,
  target,
  confidence: 1,
});

describe('warmLinks', () => {
  it('links every pair of an interaction’s participants directly', () => {
    const meeting = { id: 'i1', participants: ['a', 'b', 'c'] };
    const links = warmLinks([], [meeting]);
    expect(links.map((link) => `${link.source}${link.target}`)).toEqual(['ab', 'ac', 'bc']);
    expect(links.every((link) => link.cost === INTERACTION_COST && link.via.interaction === meeting)).toBe(true);
  });

  it('makes relationships between people who met recently cheaper, and says which meeting did', () => {
    const meeting = { id: 'i1', participants: ['b', 'a'] };
    const links = warmLinks([edge('a', 'b'), edge('b', 'c')], [meeting]);
    const ab = links.find((link) => link.via.edge?.id === 'rel:a-b')!;
    const bc = links.find((link) => link.via.edge?.id === 'rel:b-c')!;
    expect(ab.cost).toBe(1.5 * RECENT_CONTACT_FACTOR);
    expect(ab.via.strengthenedBy).toEqual([meeting]);
    expect(bc.cost).toBe(1.5);
  });

  it('lets a route run through a meeting where no relationship exists', () => {
    const routes = cheapestRoutes(warmLinks([edge('b', 'c')], [{ participants: ['a', 'b'] }]), 'a', 'c', {
      k: 1,
      maxHops: 3,
      avoid: new Set(),
    });
    expect(routes[0]?.nodeIds).toEqual(['a', 'b', 'c']);
  });
});

describe('monthsBefore', () => {
  it('counts calendar months back, across years', () => {
    expect(monthsBefore('2026-03-15', 12)).toBe('2025-03-15');
    expect(monthsBefore('2026-01-10', 2)).toBe('2025-11-10');
  });
});

describe('warmLinks over time', () => {
  it('joins a meeting to relationships that hold on or after it, never to one that ended before', () => {
    const ended = { ...edge('b', 'c'), validTo: '2011' };
    const current = { ...edge('b', 'd'), validFrom: '2020' };
    const links = warmLinks([ended, current], [{ participants: ['a', 'b'], date: '2026-03-01' }]);
    const options = { k: 1, maxHops: 3, avoid: new Set<string>() };
    expect(cheapestRoutes(links, 'a', 'c', options)).toEqual([]);
    expect(cheapestRoutes(links, 'a', 'd', options)[0]?.nodeIds).toEqual(['a', 'b', 'd']);
  });
});
