// The index's shortcuts against its plain walks. That each function answers as its Cypher does is
// tested on real data in server/repositories/graph-index.test.ts.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../synthetic/random.ts';
import { edgesAround, nodesOf } from './graph-index-reads.ts';
import { buildGraphIndex, type IndexedEdge, type IndexedEntity } from './graph-index.ts';
import { byId } from './order.ts';

const TYPES = ['MEMBER_OF', 'CHAIRS', 'FUNDS'];

/** 80 entities, a few of them hubs linked to most others, some retired, some links in parallel. */
function network(seed: number): { entities: IndexedEntity[]; edges: IndexedEdge[] } {
  const random = createRandom(seed);
  const entities: IndexedEntity[] = Array.from({ length: 80 }, (_, position) => ({
    id: `e${position}`,
    kind: 'BODY',
    name: `Entity ${position}`,
    type: null,
    sector: null,
    validFrom: random.chance(0.2) ? '2012' : null,
    validTo: random.chance(0.2) ? '2018' : null,
    retired: random.chance(0.1),
    datedNames: [],
    aliases: [],
  }));
  const edges: IndexedEdge[] = [];
  const link = (source: number, target: number) =>
    edges.push({
      id: `r${edges.length}`,
      type: random.pick(TYPES),
      source: `e${source}`,
      target: `e${target}`,
      confidence: 0.1 + 0.9 * random.next(),
      validFrom: random.chance(0.3) ? '2015' : null,
      validTo: null,
    });
  for (const hub of [0, 1, 2]) for (let other = 3; other < 80; other++) if (random.chance(0.8)) link(hub, other);
  for (let count = 0; count < 150; count++) {
    const source = random.int(3, 79);
    const target = random.int(3, 79);
    if (source !== target) link(source, target);
  }
  link(0, 1);
  link(1, 0);
  return { entities, edges };
}

describe('the graph index', () => {
  for (const seed of [1, 2, 3]) {
    const { entities, edges } = network(seed);
    const plain = buildGraphIndex(entities, edges, Infinity);
    const hubs = buildGraphIndex(entities, edges, 20);
    const ids = entities.map((entity) => entity.id);

    it(`finds a hub's links among a few entities through its links by neighbour as by walking them all (network ${seed})`, () => {
      expect(hubs.linksByNeighbour.size).toBeGreaterThanOrEqual(3);
      expect(plain.linksByNeighbour.size).toBe(0);
      const random = createRandom(seed);
      for (const filter of [
        { types: TYPES, asOf: null, minConfidence: 0 },
        { types: ['MEMBER_OF'], asOf: '2016', minConfidence: 0.5 },
      ]) {
        for (const size of [2, 10, 40]) {
          const within = new Set(random.sample(ids, size).concat('e0', 'e1'));
          const walked = edgesAround(plain, ids, filter, within).sort(byId);
          expect(walked.length).toBeGreaterThan(0);
          expect(edgesAround(hubs, ids, filter, within).sort(byId)).toEqual(walked);
        }
      }
    });

    it(`counts degrees from liveDegree when the filter leaves nothing out, as by testing each link (network ${seed})`, () => {
      // Every confidence is at least 0.1, so a minimum just above 0 leaves nothing out either, but
      // takes the walk.
      const counted = nodesOf(plain, ids, { types: TYPES, asOf: null, minConfidence: 1e-9 });
      expect(nodesOf(plain, ids, { types: TYPES, asOf: null, minConfidence: 0 })).toEqual(counted);
      expect(counted.find((node) => node.id === 'e0')!.degree).toBeGreaterThan(40);
      // A filter that leaves a type out is counted link by link.
      expect(nodesOf(plain, ['e0'], { types: TYPES.slice(1), asOf: null, minConfidence: 0 })[0]!.degree).toBeLessThan(
        counted.find((node) => node.id === 'e0')!.degree,
      );
    });
  }
});
