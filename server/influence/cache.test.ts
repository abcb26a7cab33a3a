import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeInfluence } from '../../core/graph/influence.ts';
import { influenceSnapshot } from '../../core/graph/snapshot.ts';
import { createApp, type App } from '../app.ts';
import { toGraphFilter } from '../repositories/filters.ts';
import { network } from '../repositories/graph.ts';
import { bumpGraphVersion } from '../repositories/graph-version.ts';
import { rankInfluence } from '../repositories/influence.ts';
import { seededExecutor, type Executor } from '../testing/database.ts';
import { data } from '../testing/graphql.ts';
import { InfluenceCache } from './cache.ts';

let executor: Executor;
let app: App;
beforeAll(async () => {
  executor = await seededExecutor();
  // No polling: the test decides when the cache looks at the graph version.
  app = createApp({ executor, influence: new InfluenceCache(executor, { pollMs: 0 }) });
});
afterAll(async () => {
  await app.influence.close();
  await executor.close();
});

type Freshness = { graphVersion: string; computedAt: string; stale: boolean };
type Scores = {
  influence: {
    rank: number;
    score: number;
    explanation: string;
    entity: { id: string };
    strongestLinks: { id: string }[];
    freshness: Freshness;
  }[];
};
const INFLUENCE = `query ($metric: InfluenceMetric!, $first: Int) {
  influence(metric: $metric, first: $first) {
    rank score explanation entity { id } strongestLinks { id } freshness { graphVersion computedAt stale }
  }
}`;
const COMMUNITIES = `query {
  communities(first: 200) { total freshness { graphVersion stale } communities { id size memberIds } }
  largest: communities(first: 1) { communities { id memberIds centralMembers(first: 3) { entity { id } score } } }
}`;
const CREATE_REL = `mutation ($input: RelationshipInput!) { createRelationship(input: $input) { id } }`;

describe('the influence cache', () => {
  it('computes in a worker thread exactly what the core functions compute in process', async () => {
    const { nodes, edges } = await network(executor, toGraphFilter({}));
    expect(await app.influence.compute(nodes, edges)).toEqual(influenceSnapshot(nodes, edges));
  });

  it('ends its worker thread when idle, giving its memory back, and starts another for the next job', async () => {
    const cache = new InfluenceCache(executor, { pollMs: 0, workerIdleMs: 50 });
    const { nodes, edges } = await network(executor, toGraphFilter({}));
    const first = await cache.compute(nodes, edges);
    expect(cache.workerRunning).toBe(true);
    await expect.poll(() => cache.workerRunning, { timeout: 5000 }).toBe(false);
    expect(await cache.compute(nodes, edges)).toEqual(first);
    await cache.close();
    expect(cache.workerRunning).toBe(false);
  });

  it('answers as influence computed on every request does, saying how fresh it is', async () => {
    for (const metric of ['DEGREE', 'BETWEENNESS', 'PAGERANK'] as const) {
      const { influence } = await data<Scores>(app, INFLUENCE, { metric, first: 50 });
      const direct = await rankInfluence(executor, { metric, kinds: null, first: 50 }, toGraphFilter({}));
      expect(
        influence.map(({ rank, score, explanation, entity, strongestLinks }) => ({
          entityId: entity.id,
          rank,
          score,
          explanation,
          strongestLinks: strongestLinks.map((link) => link.id),
        })),
      ).toEqual(direct.map((row) => ({ ...row, strongestLinks: row.strongestLinks.map((link) => link.id) })));
      expect(influence[0]!.freshness).toMatchObject({ stale: false, graphVersion: expect.stringMatching(/^.+:\d+$/) });
      expect(new Set(influence.map((score) => JSON.stringify(score.freshness))).size).toBe(1);
    }
  });

  it('answers with the previous result marked stale after a write, and with the new one once recomputed', async () => {
    const degreeOf = (scores: Scores['influence'], id: string) => scores.find((score) => score.entity.id === id)?.score;
    const before = (await data<Scores>(app, INFLUENCE, { metric: 'DEGREE', first: 200 })).influence;
    expect(before[0]!.freshness.stale).toBe(false);

    await data(app, CREATE_REL, {
      input: {
        type: 'LIAISES_WITH',
        from: 'person:martin-ferguson',
        to: 'body:nesta',
        dateBasis: 'SOURCE_DATE',
        confidence: 0.6,
        citations: [
          {
            source: 'source:socitm-local-digital-coalition',
            quote: 'Martin Ferguson, Director of Policy and Research at Socitm',
          },
        ],
      },
    });

    const stale = (await data<Scores>(app, INFLUENCE, { metric: 'DEGREE', first: 200 })).influence;
    expect(stale.map(({ freshness: _freshness, ...score }) => score)).toEqual(
      before.map(({ freshness: _freshness, ...score }) => score),
    );
    expect(stale[0]!.freshness).toEqual({ ...before[0]!.freshness, stale: true });

    await app.influence.settled();
    const fresh = (await data<Scores>(app, INFLUENCE, { metric: 'DEGREE', first: 200 })).influence;
    expect(fresh[0]!.freshness.stale).toBe(false);
    expect(fresh[0]!.freshness.graphVersion).not.toBe(before[0]!.freshness.graphVersion);
    expect(degreeOf(fresh, 'body:nesta')).toBe(degreeOf(before, 'body:nesta')! + 1);
  });

  it('lists communities covering the network, largest first, each with its most central members', async () => {
    const { communities, largest: top } = await data<{
      communities: {
        total: number;
        freshness: Freshness;
        communities: { id: number; size: number; memberIds: string[] }[];
      };
      largest: {
        communities: { id: number; memberIds: string[]; centralMembers: { entity: { id: string }; score: number }[] }[];
      };
    }>(app, COMMUNITIES);
    const { nodes } = await network(executor, toGraphFilter({}));
    expect(communities.total).toBe(communities.communities.length);
    expect(communities.communities.flatMap((community) => community.memberIds).sort()).toEqual(
      nodes.map((node) => node.id).sort(),
    );
    expect(communities.freshness.stale).toBe(false);
    const [largest] = top.communities;
    expect(largest!.id).toBe(1);
    expect(largest!.centralMembers).toHaveLength(3);
    expect(largest!.memberIds).toContain(largest!.centralMembers[0]!.entity.id);
  });

  it('suggests power from the cached PageRank, as computing on every request did, saying how fresh it is', async () => {
    type Power = { power: number; reason: string; freshness: Freshness };
    const REGISTER = `{ register { entity { id } suggestedPower { power reason freshness { graphVersion computedAt stale } } } }`;
    const SET = `mutation ($id: ID!) { setEngagement(entityId: $id, expectedVersion: 0, input: { power: 3 }) { version } }`;
    const register = async () =>
      new Map(
        (await data<{ register: { entity: { id: string }; suggestedPower: Power }[] }>(app, REGISTER)).register.map(
          (row) => [row.entity.id, row.suggestedPower],
        ),
      );

    // What suggestPower computed on every request before: PageRank over the whole network, places
    // in the influence ranking's order (score, then name), the percentile in fifths.
    const { nodes, edges } = await network(executor, toGraphFilter({}));
    const { scores, explain } = computeInfluence('PAGERANK', nodes, edges);
    const ranked = [...nodes].sort(
      (a, b) => (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0) || a.name.localeCompare(b.name),
    );
    const places = [0, 1, Math.floor(ranked.length / 2), ranked.length - 1];
    // The register lists entities with a profile (saving one leaves the graph version as it is).
    for (const place of places) await data(app, SET, { id: ranked[place]!.id });
    await data(app, INFLUENCE, { metric: 'PAGERANK', first: 1 });
    await app.influence.settled();
    const { influence } = await data<Scores>(app, INFLUENCE, { metric: 'PAGERANK', first: 1 });
    expect(influence[0]!.freshness.stale).toBe(false);

    const suggested = await register();
    for (const place of places) {
      const node = ranked[place]!;
      const share = place / ranked.length;
      expect(suggested.get(node.id)).toEqual({
        power: 5 - Math.min(4, Math.floor(share * 5)),
        reason: `PageRank ${place + 1} of ${ranked.length} (top ${Math.max(1, Math.ceil(share * 100))}%). ${explain(node.id).explanation}`,
        // The influence query's very snapshot: nothing was computed for the request.
        freshness: influence[0]!.freshness,
      });
    }

    // After a change the answer is the previous one, marked stale, until the recomputation is done.
    await executor.writeTransaction((tx) => bumpGraphVersion(tx));
    const stale = await register();
    for (const [id, power] of suggested)
      expect(stale.get(id)).toEqual({ ...power, freshness: { ...power.freshness, stale: true } });
    await app.influence.settled();
    const fresh = [...(await register()).values()];
    expect(fresh.every((power) => !power.freshness.stale)).toBe(true);
    expect(fresh[0]!.freshness.graphVersion).not.toBe(influence[0]!.freshness.graphVersion);
  });
});
