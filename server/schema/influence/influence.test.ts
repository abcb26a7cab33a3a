import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../app.ts';
import { seededExecutor, type Executor } from '../../testing/database.ts';
import { data, errorOf } from '../../testing/graphql.ts';

let executor: Executor;
let app: App;
beforeAll(async () => {
  executor = await seededExecutor();
  app = createApp({ executor });
});
afterAll(() => executor.close());

type Scores = {
  influence: {
    rank: number;
    score: number;
    explanation: string;
    entity: { id: string; kind: string };
    strongestLinks: { id: string; source: string; target: string; citations: { quote: string }[] }[];
  }[];
};
const INFLUENCE = `query ($metric: InfluenceMetric!, $kinds: [EntityKind!], $first: Int, $asOf: String, $families: [Family!]) {
  influence(metric: $metric, kinds: $kinds, first: $first, asOf: $asOf, families: $families) {
    rank score explanation entity { id kind } strongestLinks { id source target citations { quote } }
  }
}`;

describe('influence', () => {
  it.each(['DEGREE', 'BETWEENNESS', 'PAGERANK'])(
    'ranks by %s, best first, each score explained by its links',
    async (metric) => {
      const { influence } = await data<Scores>(app, INFLUENCE, { metric, first: 10 });
      expect(influence).toHaveLength(10);
      expect(influence.map((score) => score.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(influence.map((score) => score.score)).toEqual(
        [...influence.map((score) => score.score)].sort((a, b) => b - a),
      );
      // The council is the hub of all five texts.
      expect(influence[0]!.entity.id).toBe('body:local-cio-council');
      for (const score of influence.slice(0, 3)) {
        expect(score.explanation.length).toBeGreaterThan(20);
        expect(score.strongestLinks.length).toBeGreaterThan(0);
        expect(
          score.strongestLinks.every((link) => link.source === score.entity.id || link.target === score.entity.id),
        ).toBe(true);
        // The worker computes on ids and types alone; the answer gives back each whole relationship.
        expect(score.strongestLinks.every((link) => link.citations.length > 0)).toBe(true);
      }
    },
  );

  it('filters by kind and date', async () => {
    const { influence: people } = await data<Scores>(app, INFLUENCE, { metric: 'DEGREE', kinds: ['PERSON'], first: 5 });
    expect(people.every((score) => score.entity.kind === 'PERSON')).toBe(true);
    const { influence: early } = await data<Scores>(app, INFLUENCE, { metric: 'DEGREE', asOf: '2009', first: 200 });
    expect(early.some((score) => score.entity.id === 'body:local-digital-coalition')).toBe(false);
    expect(await errorOf(app, INFLUENCE, { metric: 'DEGREE', first: 0 })).toMatchObject({ field: 'first' });
  });
});
