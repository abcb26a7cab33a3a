import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as inMemory from '../../core/graph/graph-index-reads.ts';
import type { GraphIndex } from '../../core/graph/graph-index.ts';
import { syntheticRecords } from '../../core/synthetic/records.ts';
import { createApp } from '../app.ts';
import { seededExecutor, type Executor } from '../testing/database.ts';
import { data } from '../testing/graphql.ts';
import type { EntityKind } from '../../core/vocabulary.ts';
import { retireEntity } from './entities.ts';
import { getEntities, searchEntities } from './entity-lookup.ts';
import { toGraphFilter, type FilterInput } from './filters.ts';
import { InfluenceCache } from '../influence/cache.ts';
import { getEdges, neighbourhood, neo4jReads, network, networkTotals, wholeNetwork } from './graph.ts';
import { importGraph } from './graph-import.ts';
import { GraphIndexCache } from './graph-index.ts';
import { readGraphVersion } from './graph-version.ts';
import { findPaths } from './paths.ts';
import { retireRelationship } from './relationships.ts';
import type { EdgeRow } from './types.ts';
import { byId } from '../../core/graph/order.ts';

const actor = { id: null, name: 'test' };
let executor: Executor;
let ids: string[];
let index: GraphIndex<EdgeRow>;

/** The index of the graph as it is now, built the way the app builds it. */
async function currentIndex(cache = new GraphIndexCache(executor)): Promise<GraphIndex<EdgeRow>> {
  const version = await readGraphVersion(executor);
  if (!cache.at(version)) await cache.settled();
  const built = cache.at(version);
  if (!built) throw new Error(`no index at version ${version}`);
  return built;
}

beforeAll(async () => {
  // The seed (names over time) and a small synthetic network (supernodes, people moving on), with
  // an entity and a relationship retired, so that every rule of the queries has something to test.
  executor = await seededExecutor();
  await importGraph(executor, syntheticRecords('small'), { actor: 'test' });
  // Two holders of one code, so that search by code has an order to agree on.
  const coded = (id: string, name: string) => ({
    id,
    kind: 'BODY' as const,
    name,
    type: 'council' as const,
    sector: 'local-government' as const,
    aliases: [],
    identifiers: [{ scheme: 'gss', value: 'E06009999' }],
    citations: [{ source: 'source:socitm-local-digital-coalition', quote: 'Socitm Press Office' }],
  });
  const codedCouncils = [coded('body:zed-coded-council', 'Zed Coded Council'), coded('body:ay-coded', 'Ay Coded')];
  await importGraph(executor, { sources: [], entities: codedCouncils, relationships: [] }, { actor: 'test' });
  const [entity] = await getEntities(executor, ['person:jos-creese']);
  await retireEntity(executor, 'person:jos-creese', entity!.version, 'test', actor);
  const [edge] = await executor.read<{ edge: EdgeRow }>('graph/list-edges', toGraphFilter({}));
  await retireRelationship(executor, edge!.edge.id, edge!.edge.version, 'test', actor);
  ids = (await executor.read<{ id: string }>('graph/list-entity-ids', { asOf: null, after: null, first: 100_000 })).map(
    (row) => row.id,
  );
  ids.push('person:jos-creese', 'nobody:at-all');
  index = await currentIndex();
}, 300_000);
afterAll(() => executor.close());

const FILTERS: FilterInput[] = [
  {},
  { asOf: '2009' },
  { asOf: '2016-04' },
  { asOf: '2021-03-15' },
  { families: ['MEMBERSHIP'] },
  { minConfidence: 0.8 },
  { types: ['CHAIRS', 'MEMBER_OF', 'HOLDS_ROLE_AT'], asOf: '2020' },
];

describe('the graph index answers as the graph queries do', () => {
  it('has every entity and every relationship not retired', async () => {
    expect(index.entities.size).toBe(ids.length - 1);
    expect(inMemory.findIds(index, ids)).toEqual(await neo4jReads(executor).findIds(ids));
  });

  for (const input of FILTERS) {
    it(`for nodes, capped expansions and links under ${JSON.stringify(input)}`, async () => {
      const filter = toGraphFilter(input);
      const neo4j = neo4jReads(executor);
      expect(inMemory.nodesOf(index, ids, filter)).toEqual(await neo4j.nodes(ids, filter));
      expect(inMemory.expandCapped(index, ids, 3, filter)).toEqual(await neo4j.expandCapped(ids, 3, filter));
      expect(inMemory.edgesAround(index, ids, filter).sort(byId)).toEqual(
        (await neo4j.edgesAround(ids, filter)).sort(byId),
      );
      const within = new Set(ids.filter((_, position) => position % 3 === 0));
      expect(inMemory.edgesAround(index, ids, filter, within).sort(byId)).toEqual(
        (await neo4j.edgesAmong(ids, within, filter)).sort(byId),
      );
    });
  }

  it('so neighbourhoods and paths are the same from either', async () => {
    const sample = ids.filter((_, position) => position % 37 === 0);
    for (const input of FILTERS.slice(0, 3)) {
      const filter = toGraphFilter(input);
      for (const id of sample) {
        expect(await neighbourhood(executor, id, 2, filter, { limitPerNode: 5, index }), id).toEqual(
          await neighbourhood(executor, id, 2, filter, { limitPerNode: 5 }),
        );
      }
      for (const [from, to] of sample.slice(1).map((to, position) => [sample[position]!, to] as const)) {
        // Former relationships on every other pair: both the dated reads and the undated ones.
        const args = {
          from,
          to,
          maxHops: 4,
          first: 5,
          avoid: [],
          day: filter.asOf ?? '2026-06-01',
          includeFormer: from < to,
        };
        expect(await findPaths(executor, args, filter, index), `${from} to ${to}`).toEqual(
          await findPaths(executor, args, filter, null),
        );
      }
    }
  }, 120_000);

  it('so pages of the network and its totals are the same from either', async () => {
    for (const input of FILTERS) {
      const filter = toGraphFilter(input);
      let after: string | null = null;
      let pages = 0;
      do {
        const page: Awaited<ReturnType<typeof network>> = await network(executor, filter, 100, after, index);
        expect(page, `${JSON.stringify(input)} after ${after}`).toEqual(await network(executor, filter, 100, after));
        after = page.nextCursor;
        pages++;
      } while (after !== null);
      expect(pages).toBeGreaterThan(1);
      // A cursor that is no entity's id still pages from where it would sort.
      expect(await network(executor, filter, 50, 'person:m', index)).toEqual(
        await network(executor, filter, 50, 'person:m'),
      );
      expect(await networkTotals(executor, filter, index)).toEqual(await networkTotals(executor, filter));
    }
  }, 120_000);

  it('so the whole network is the same from either, and influence computed from it', async () => {
    for (const input of FILTERS) {
      const filter = toGraphFilter(input);
      expect(await wholeNetwork(executor, filter, index), JSON.stringify(input)).toEqual(
        await wholeNetwork(executor, filter),
      );
    }
    const cache = new GraphIndexCache(executor);
    const fromIndex = new InfluenceCache(executor, { pollMs: 0, graphIndex: cache });
    const fromNeo4j = new InfluenceCache(executor, { pollMs: 0 });
    const filter = toGraphFilter({ asOf: '2016-04' });
    expect((await fromIndex.answer(filter)).snapshot).toEqual((await fromNeo4j.answer(filter)).snapshot);
    // The influence cache waited for the index's build rather than read the network itself.
    expect(cache.at(await readGraphVersion(executor))).not.toBeNull();
    await Promise.all([fromIndex.close(), fromNeo4j.close()]);
  }, 120_000);

  it('so searches find the same, the exact matches from memory', async () => {
    const council = index.entities.get(ids.find((id) => id.endsWith('-council'))!)!;
    const searches: [string, EntityKind[] | null][] = [
      ['Socitm', null],
      ['LGA', null],
      ['Local Government Association', null],
      ['department for communities and local government', null],
      ['TfL', null],
      ['Driver and Vehicle Licensing Agency', ['BODY']],
      ['GOV.UK Verify', null],
      ['gov uk verify', null],
      ['Local Government CIO Council', null],
      ['Jos Creese', null], // retired
      [council.name, null],
      [council.name.toUpperCase(), ['BODY']],
      [council.name, ['PERSON']],
      ['council', ['BODY', 'PROGRAMME']],
      ['the', null],
      ['E06009999', null],
      ['gss:e06009999', ['BODY']],
      ['E06009999', ['PERSON']],
    ];
    for (const [text, kinds] of searches) {
      const fromMemory = await searchEntities(executor, text, kinds, 20, index);
      expect(fromMemory.ids, text).toEqual((await searchEntities(executor, text, kinds, 20, null)).ids);
    }
    // The exact matches lead, including those the full-text index cannot see.
    expect((await searchEntities(executor, 'Local Government Association', null, 20, index)).ids[0]).toBe('body:lga');
    expect((await searchEntities(executor, 'gov uk verify', null, 20, index)).ids[0]).toBe('programme:gov-uk-verify');
    expect((await searchEntities(executor, 'TfL', null, 20, index)).ids[0]).toBe('body:transport-for-london');
    expect((await searchEntities(executor, 'Driver and Vehicle Licensing Agency', null, 20, index)).ids[0]).toBe(
      'body:dvla',
    );
    expect((await searchEntities(executor, council.name, ['BODY'], 20, index)).ids[0]).toBe(council.id);
    expect((await searchEntities(executor, 'Jos Creese', null, 20, index)).ids).not.toContain('person:jos-creese');
    // Identifiers lead, from memory too, by name.
    expect((await searchEntities(executor, 'gss:E06009999', null, 20, index)).ids.slice(0, 2)).toEqual([
      'body:ay-coded',
      'body:zed-coded-council',
    ]);
  }, 60_000);
});

describe('the graph index of an app', () => {
  type Answer = { neighbourhood: { edges: { id: string; confidence: number }[] } };
  // Each call asks a question of its own (limitPerNode), so that no answer comes from the response cache.
  let asked = 50;
  const ask = (app: ReturnType<typeof createApp>, id: string) =>
    data<Answer>(
      app,
      `query ($id: ID!, $limit: Int) { neighbourhood(id: $id, limitPerNode: $limit) { edges { id confidence } } }`,
      {
        id,
        limit: asked++,
      },
    );

  it('is used only at the version it was built at: a change made elsewhere shows at once', async () => {
    const cache = new GraphIndexCache(executor);
    const app = createApp({ executor, graphIndex: cache });
    const elsewhere = createApp({ executor, graphIndex: null });
    const hub = 'body:socitm';
    const before = await ask(app, hub);
    await currentIndex(cache);
    const [edge] = await getEdges(executor, [before.neighbourhood.edges[0]!.id]);

    // A write behind the index's back (the version stays): the app answers from memory.
    await executor.write('graph/update-relationship', {
      id: edge!.id,
      source: edge!.source,
      target: edge!.target,
      properties: { confidence: 0.123 },
      actor,
    });
    const fromMemory = await ask(app, hub);
    expect(fromMemory.neighbourhood.edges.find((found) => found.id === edge!.id)?.confidence).toBe(edge!.confidence);

    // A change made elsewhere (another instance, a CLI) moves the version: the app reads Neo4j
    // at once, and from memory again once the index is rebuilt.
    await retireRelationship(executor, edge!.id, edge!.version + 1, 'test', actor);
    const after = await ask(app, hub);
    expect(after.neighbourhood.edges.map((found) => found.id)).not.toContain(edge!.id);
    await cache.settled();
    expect(cache.at(await readGraphVersion(executor))).not.toBeNull();
    expect((await ask(app, hub)).neighbourhood.edges.length).toBe(
      (await ask(elsewhere, hub)).neighbourhood.edges.length,
    );
  });
});
