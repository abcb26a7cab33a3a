import { describe, expect, it } from 'vitest';
import { computeLayout, usesCompactRings } from './layout-job.ts';
import { HIERARCHY_UP_TO, layoutRefusal } from './layouts.ts';
import { ringsLayout } from './rings.ts';

const nodes = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    id: `n${index.toString().padStart(5, '0')}`,
    width: index < 10 ? 56 : 18,
    height: index < 10 ? 56 : 18,
    x: 0,
    y: 0,
    // A few hubs and a long tail, as in the national network.
    degree: index < 10 ? 2_000 - index : 1 + (index % 7),
    score: null,
  }));

describe('rings by influence on a large map', () => {
  it('keeps the national size within a disc that Fit can show, the most influential in the middle', () => {
    const positions = ringsLayout(nodes(20_000));
    const at = new Map(positions.map(([id, x, y]) => [id, Math.hypot(x, y)]));
    expect(positions).toHaveLength(20_000);
    expect(at.get('n00000')).toBe(0);
    // About 32 units a node: a disc some 6,000 across, where Cytoscape's doubling rings spanned 250,000.
    const extent = Math.max(...at.values());
    expect(extent).toBeLessThan(4_000);
    expect(new Set(positions.map(([, x, y]) => `${Math.round(x)},${Math.round(y)}`)).size).toBe(20_000);
    // Rank falls outwards: no hub lies outside a tail node.
    const hubs = Math.max(...[...at].filter(([id]) => Number(id.slice(1)) < 10).map(([, r]) => r));
    const tail = Math.min(...[...at].filter(([id]) => Number(id.slice(1)) >= 10).map(([, r]) => r));
    expect(hubs).toBeLessThanOrEqual(tail + 1e-6);
  });

  it('is what a large rings job uses, by score when there is one', () => {
    const job = { name: 'concentric' as const, randomize: true, fixed: [], seed: 1, nodes: nodes(3_000), edges: [] };
    expect(usesCompactRings(job)).toBe(true);
    expect(usesCompactRings({ ...job, nodes: nodes(100) })).toBe(false);
    const scored = job.nodes.map((node) => ({ ...node, score: node.id === 'n02999' ? 1 : 0 }));
    const [first] = computeLayout({ ...job, nodes: scored }).filter(([, x, y]) => x === 0 && y === 0);
    expect(first?.[0]).toBe('n02999');
  });
});

describe('layout limits', () => {
  it('refuses the hierarchy above its limit, saying why and what to do instead', () => {
    expect(layoutRefusal('hierarchy', HIERARCHY_UP_TO)).toBeNull();
    expect(layoutRefusal('hierarchy', 20_102)).toBe(
      'The hierarchy lays out at most 500 stakeholders, and the map has 20,102. Open one community, or explore a ' +
        "stakeholder's neighbourhood, to see it as a hierarchy.",
    );
    expect(layoutRefusal('force', 20_102)).toBeNull();
    expect(layoutRefusal('concentric', 20_102)).toBeNull();
  });
});
