import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../app.ts';
import { edgeCost } from '../../../core/graph/cost.ts';
import { toGraphFilter } from '../../repositories/filters.ts';
import { neighbourhood } from '../../repositories/graph.ts';
import { seededExecutor, type Executor } from '../../testing/database.ts';
import { data, errorOf } from '../../testing/graphql.ts';

let executor: Executor;
let app: App;

beforeAll(async () => {
  executor = await seededExecutor();
  app = createApp({ executor });
});
afterAll(() => executor.close());

type Graph = {
  nodes: { id: string; name: string; kind: string; type: string | null; degree: number }[];
  edges: {
    id: string;
    source: string;
    target: string;
    type: string;
    family: string;
    role: string | null;
    validFrom: string | null;
    validFromPrecision: string | null;
    validTo: string | null;
    dateBasis: string;
    confidence: number;
    citations: { quote: string; source: { id: string; title: string } }[];
  }[];
  truncated: boolean;
};
const GRAPH_FIELDS = `nodes { id name kind type degree }
  edges { id source target type family role validFrom validFromPrecision validTo dateBasis confidence citations { quote source { id title } } }
  truncated`;
const NEIGHBOURHOOD = `query ($id: ID!, $depth: Int, $families: [Family!], $types: [String!], $asOf: String, $minConfidence: Float) {
  neighbourhood(id: $id, depth: $depth, families: $families, types: $types, asOf: $asOf, minConfidence: $minConfidence) { ${GRAPH_FIELDS} }
}`;
const NETWORK = `query ($families: [Family!], $asOf: String, $minConfidence: Float) {
  network(families: $families, asOf: $asOf, minConfidence: $minConfidence) { ${GRAPH_FIELDS} }
}`;
const neighbourhoodOf = async (variables: Record<string, unknown>) =>
  (await data<{ neighbourhood: Graph }>(app, NEIGHBOURHOOD, variables)).neighbourhood;
const networkOf = async (variables: Record<string, unknown> = {}) =>
  (await data<{ network: Graph }>(app, NETWORK, variables)).network;

describe('neighbourhood', () => {
  it('returns the entity, its neighbours and cited, dated edges between them', async () => {
    const graph = await neighbourhoodOf({ id: 'person:jos-creese' });
    const ids = graph.nodes.map((node) => node.id);
    expect(ids).toContain('person:jos-creese');
    expect(ids).toContain('body:local-cio-council');
    expect(graph.truncated).toBe(false);
    for (const edge of graph.edges) {
      expect(ids).toContain(edge.source);
      expect(ids).toContain(edge.target);
      expect(edge.citations.length).toBeGreaterThan(0);
    }
    const chair = graph.edges.find((edge) => edge.id === 'rel:jos-creese-chairs-local-cio-council');
    expect(chair).toMatchObject({
      family: 'MEMBERSHIP',
      validFrom: '2008',
      validFromPrecision: 'YEAR',
      dateBasis: 'INFERRED',
    });
    expect(chair?.citations.map((citation) => citation.quote)).toContain('Jos Creese, chairman of the LGCC');
  });

  it('reaches further at depth 2 and reports degree over the whole network', async () => {
    const one = await neighbourhoodOf({ id: 'person:jos-creese', depth: 1 });
    const two = await neighbourhoodOf({ id: 'person:jos-creese', depth: 2 });
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    const council = one.nodes.find((node) => node.id === 'body:local-cio-council')!;
    expect(council.degree).toBeGreaterThan(one.edges.length);
  });

  it('filters by family, type and minimum confidence', async () => {
    const membership = await neighbourhoodOf({ id: 'body:local-cio-council', families: ['MEMBERSHIP'] });
    expect(new Set(membership.edges.map((edge) => edge.family))).toEqual(new Set(['MEMBERSHIP']));
    const chairs = await neighbourhoodOf({ id: 'body:local-cio-council', types: ['CHAIRS'] });
    expect(new Set(chairs.edges.map((edge) => edge.type))).toEqual(new Set(['CHAIRS']));
    const sure = await neighbourhoodOf({ id: 'body:local-cio-council', minConfidence: 0.9 });
    const all = await neighbourhoodOf({ id: 'body:local-cio-council' });
    expect(sure.edges.every((edge) => edge.confidence >= 0.9)).toBe(true);
    expect(sure.edges.length).toBeLessThan(all.edges.length);
  });

  it('as of a date keeps what was valid then and shows names as they were', async () => {
    const then = await neighbourhoodOf({ id: 'body:local-cio-council', asOf: '2009' });
    expect(then.nodes.find((node) => node.id === 'body:local-cio-council')?.name).toBe('Local Government CIO Council');
    expect(then.edges.map((edge) => edge.id)).toContain('rel:jos-creese-chairs-local-cio-council');
    expect(then.edges.map((edge) => edge.id)).not.toContain('rel:dylan-roberts-chairs-local-cio-council');
    const later = await neighbourhoodOf({ id: 'body:local-cio-council', asOf: '2016' });
    expect(later.edges.map((edge) => edge.id)).toContain('rel:dylan-roberts-chairs-local-cio-council');
  });

  it('sets truncated when the node cap cuts the graph short', async () => {
    const capped = await neighbourhood(executor, 'body:local-cio-council', 2, toGraphFilter({}), 10);
    expect(capped.truncated).toBe(true);
    expect(capped.nodes).toHaveLength(10);
    const ids = new Set(capped.nodes.map((node) => node.id));
    expect(capped.edges.every((edge) => ids.has(edge.source) && ids.has(edge.target))).toBe(true);
  });

  it('names the bad argument: depth, asOf, family type, confidence, unknown entity', async () => {
    expect(await errorOf(app, NEIGHBOURHOOD, { id: 'body:socitm', depth: 4 })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'depth',
    });
    expect(await errorOf(app, NEIGHBOURHOOD, { id: 'body:socitm', asOf: '16' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'asOf',
    });
    expect(await errorOf(app, NEIGHBOURHOOD, { id: 'body:socitm', types: ['LIKES'] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'types',
    });
    expect(await errorOf(app, NEIGHBOURHOOD, { id: 'body:socitm', minConfidence: 2 })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'minConfidence',
    });
    expect(await errorOf(app, NEIGHBOURHOOD, { id: 'body:nowhere' })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('network', () => {
  it('returns the whole map, and fewer relationships in 2009 than in 2016', async () => {
    const all = await networkOf();
    expect(all.nodes.length).toBeGreaterThan(80);
    expect(all.edges.length).toBeGreaterThan(100);
    const early = await networkOf({ asOf: '2009' });
    const late = await networkOf({ asOf: '2016' });
    expect(early.edges.length).toBeLessThan(late.edges.length);
    expect(early.nodes.some((node) => node.id === 'body:local-digital-coalition')).toBe(false);
    expect(late.nodes.some((node) => node.id === 'body:local-digital-coalition')).toBe(true);
  });

  it('keeps only the families asked for', async () => {
    const influence = await networkOf({ families: ['INFLUENCE'] });
    expect(influence.edges.length).toBeGreaterThan(5);
    expect(new Set(influence.edges.map((edge) => edge.family))).toEqual(new Set(['INFLUENCE']));
  });
});

const PATHS = `query ($from: ID!, $to: ID!, $maxHops: Int, $first: Int, $avoid: [ID!], $families: [Family!]) {
  paths(from: $from, to: $to, maxHops: $maxHops, first: $first, avoid: $avoid, families: $families) {
    cost nodes { id } edges { id type confidence citations { quote } }
  }
}`;
type Paths = {
  paths: {
    cost: number;
    nodes: { id: string }[];
    edges: { id: string; type: string; confidence: number; citations: { quote: string }[] }[];
  }[];
};

describe('paths', () => {
  it('finds the k cheapest routes in order of cost, each hop cited', async () => {
    const { paths } = await data<Paths>(app, PATHS, {
      from: 'person:jos-creese',
      to: 'person:dylan-roberts',
      first: 3,
    });
    expect(paths).toHaveLength(3);
    expect(paths.map((path) => path.cost)).toEqual([...paths.map((path) => path.cost)].sort((a, b) => a - b));
    for (const path of paths) {
      expect(path.nodes[0]!.id).toBe('person:jos-creese');
      expect(path.nodes.at(-1)!.id).toBe('person:dylan-roberts');
      expect(path.edges).toHaveLength(path.nodes.length - 1);
      expect(path.edges.every((edge) => edge.citations.length > 0)).toBe(true);
      const cost = path.edges.reduce((sum, edge) => sum + edgeCost(edge.type, edge.confidence), 0);
      expect(path.cost).toBeCloseTo(cost, 2);
    }
    expect(paths[0]!.nodes.map((node) => node.id)).toEqual([
      'person:jos-creese',
      'body:local-cio-council',
      'person:dylan-roberts',
    ]);
  });

  it('avoids the entities it is told to, and respects maxHops and families', async () => {
    const { paths } = await data<Paths>(app, PATHS, {
      from: 'person:jos-creese',
      to: 'person:dylan-roberts',
      avoid: ['body:local-cio-council'],
    });
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((path) => path.nodes.every((node) => node.id !== 'body:local-cio-council'))).toBe(true);
    const short = await data<Paths>(app, PATHS, { from: 'person:jos-creese', to: 'person:dylan-roberts', maxHops: 1 });
    expect(short.paths).toEqual([]);
    const influenceOnly = await data<Paths>(app, PATHS, {
      from: 'person:jos-creese',
      to: 'person:dylan-roberts',
      families: ['INFLUENCE'],
    });
    expect(influenceOnly.paths).toEqual([]);
  });

  it('rejects bad requests, naming the argument', async () => {
    expect(await errorOf(app, PATHS, { from: 'person:jos-creese', to: 'person:jos-creese' })).toMatchObject({
      field: 'to',
    });
    expect(await errorOf(app, PATHS, { from: 'person:nobody', to: 'person:jos-creese' })).toMatchObject({
      field: 'from',
    });
    expect(await errorOf(app, PATHS, { from: 'person:jos-creese', to: 'body:socitm', maxHops: 9 })).toMatchObject({
      field: 'maxHops',
    });
    expect(
      await errorOf(app, PATHS, { from: 'person:jos-creese', to: 'body:socitm', avoid: ['body:socitm'] }),
    ).toMatchObject({ field: 'avoid' });
  });
});

describe('interlocks', () => {
  it('lists people and bodies linked to both, never programmes', async () => {
    const { interlocks } = await data<{ interlocks: { id: string; kind: string }[] }>(
      app,
      'query ($a: ID!, $b: ID!) { interlocks(a: $a, b: $b) { id kind } }',
      { a: 'body:socitm', b: 'body:lga' },
    );
    expect(interlocks.map((entity) => entity.id)).toContain('body:local-cio-council');
    expect(interlocks.every((entity) => entity.kind !== 'PROGRAMME')).toBe(true);
  });
});

const CREATE_REL = `mutation ($input: RelationshipInput!) { createRelationship(input: $input) { id type family source target version confidence role dateBasis } }`;
const UPDATE_REL = `mutation ($id: ID!, $v: Int!, $input: UpdateRelationshipInput!) { updateRelationship(id: $id, expectedVersion: $v, input: $input) { id version role confidence } }`;
const RETIRE_REL = `mutation ($id: ID!, $v: Int!) { retireRelationship(id: $id, expectedVersion: $v, reason: "test") { id version } }`;
const CITE = {
  source: 'source:socitm-local-digital-coalition',
  quote: 'Martin Ferguson, Director of Policy and Research at Socitm',
};

describe('relationship edits', () => {
  it('creates, updates and retires a relationship, which then leaves the map', async () => {
    const { createRelationship: created } = await data<{
      createRelationship: { id: string; family: string; version: number };
    }>(app, CREATE_REL, {
      input: {
        type: 'LIAISES_WITH',
        from: 'person:martin-ferguson',
        to: 'body:nesta',
        dateBasis: 'SOURCE_DATE',
        confidence: 0.6,
        citations: [CITE],
      },
    });
    expect(created).toMatchObject({ id: 'rel:martin-ferguson-liaises-with-nesta', family: 'LIAISON', version: 1 });
    const updated = await data<{ updateRelationship: { version: number; role: string } }>(app, UPDATE_REL, {
      id: created.id,
      v: 1,
      input: { role: 'policy contact' },
    });
    expect(updated.updateRelationship).toMatchObject({ version: 2, role: 'policy contact' });
    expect((await networkOf()).edges.map((edge) => edge.id)).toContain(created.id);
    expect(await errorOf(app, UPDATE_REL, { id: created.id, v: 1, input: { role: 'stale' } })).toMatchObject({
      code: 'CONFLICT',
    });
    await data(app, RETIRE_REL, { id: created.id, v: 2 });
    expect((await networkOf()).edges.map((edge) => edge.id)).not.toContain(created.id);
  });

  it('rejects bad relationships, naming the field, and writes nothing', async () => {
    const before = (await networkOf()).edges.length;
    const good = {
      type: 'LIAISES_WITH',
      from: 'person:martin-ferguson',
      to: 'body:nesta',
      dateBasis: 'STATED',
      confidence: 1,
      citations: [CITE],
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...good, type: 'LIKES' }, 'input.type'],
      [{ ...good, to: 'body:nowhere' }, 'input.to'],
      [{ ...good, to: good.from }, 'input.to'],
      [{ ...good, confidence: 1.5 }, 'input.confidence'],
      [{ ...good, validFrom: '2017', validTo: '2016' }, 'input.validTo'],
      [{ ...good, citations: [{ source: 'source:nowhere', quote: 'x' }] }, 'input.citations.0.source'],
      [{ ...good, id: 'rel:jos-creese-chairs-local-cio-council' }, 'input.id'],
    ];
    for (const [input, field] of cases) {
      expect(await errorOf(app, CREATE_REL, { input }), field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await networkOf()).edges.length).toBe(before);
    expect(await errorOf(app, UPDATE_REL, { id: 'rel:nowhere', v: 1, input: { role: 'x' } })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
