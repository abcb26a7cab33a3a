import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../app.ts';
import { edgeCost } from '../../../core/graph/cost.ts';
import { toGraphFilter } from '../../repositories/filters.ts';
import { neighbourhood, wholeNetwork } from '../../repositories/graph.ts';
import { findPaths } from '../../repositories/paths.ts';
import { cheapestRoutes, edgeLinks } from '../../../core/graph/routes.ts';
import { walkableOn } from '../../../core/graph/validity.ts';
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
    const capped = await neighbourhood(executor, 'body:local-cio-council', 2, toGraphFilter({}), { cap: 10 });
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

  it('comes in pages that together hold the whole network once, with totals for progress', async () => {
    const PAGE = `query ($first: Int, $after: String, $asOf: String) {
      network(first: $first, after: $after, asOf: $asOf) {
        nodes { id } edges { id source target } nextCursor totals { nodes edges }
      }
    }`;
    type Page = {
      nodes: { id: string }[];
      edges: { id: string; source: string; target: string }[];
      nextCursor: string | null;
      totals: { nodes: number; edges: number } | null;
    };
    for (const asOf of [null, '2012']) {
      const whole = await networkOf({ asOf });
      expect(whole.nodes.length).toBeGreaterThan(40);
      const nodes: string[] = [];
      const edges: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page: Page = (await data<{ network: Page }>(app, PAGE, { first: 20, after, asOf })).network;
        expect(page.nodes.length).toBeLessThanOrEqual(20);
        expect(page.totals).toEqual({ nodes: whole.nodes.length, edges: whole.edges.length });
        const onPage = new Set(page.nodes.map((node) => node.id));
        for (const edge of page.edges) expect(onPage.has(edge.source)).toBe(true);
        nodes.push(...page.nodes.map((node) => node.id));
        edges.push(...page.edges.map((edge) => edge.id));
        after = page.nextCursor;
        pages += 1;
      } while (after !== null);
      expect(pages).toBe(Math.ceil(whole.nodes.length / 20));
      expect(nodes).toEqual(whole.nodes.map((node) => node.id).sort());
      expect(edges.sort()).toEqual(whole.edges.map((edge) => edge.id).sort());
    }
  });

  it('names a bad page size', async () => {
    const error = await errorOf(app, `query { network(first: 0) { nodes { id } } }`);
    expect(error.message).toMatch(/first/);
    expect(error.message).toMatch(/1 to 5000/);
  });
});

describe('supernodes', () => {
  const CAPPED = `query ($id: ID!, $limitPerNode: Int) {
    neighbourhood(id: $id, limitPerNode: $limitPerNode) {
      nodes { id } edges { id source target type confidence validFrom }
      collapsed { nodeId type family count }
    }
  }`;
  type Capped = {
    nodes: { id: string }[];
    edges: { id: string; source: string; target: string; type: string; confidence: number; validFrom: string | null }[];
    collapsed: { nodeId: string; type: string; family: string; count: number }[];
  };
  const capped = async (id: string, limitPerNode?: number) =>
    (await data<{ neighbourhood: Capped }>(app, CAPPED, { id, limitPerNode })).neighbourhood;
  const NEIGHBOURS = `query ($id: ID!, $type: String, $first: Int, $after: String) {
    neighbours(id: $id, type: $type, first: $first, after: $after) {
      graph { nodes { id } edges { id source target type } } nextCursor total
    }
  }`;
  type Page = {
    graph: { nodes: { id: string }[]; edges: { id: string; source: string; target: string; type: string }[] };
    nextCursor: string | null;
    total: number;
  };
  const page = async (variables: Record<string, unknown>) =>
    (await data<{ neighbours: Page }>(app, NEIGHBOURS, variables)).neighbours;
  const HUB = 'body:local-cio-council';

  it('keeps the strongest neighbours per node and counts the rest by type', async () => {
    const full = await capped(HUB, 500);
    expect(full.collapsed).toEqual([]);
    const all = full.nodes.map((node) => node.id).filter((id) => id !== HUB);
    expect(all.length).toBeGreaterThan(6);
    const small = await capped(HUB, 3);
    expect(small.nodes).toHaveLength(4);
    const kept = small.nodes.map((node) => node.id).filter((id) => id !== HUB);
    // The kept ones are at least as strong as every one left out.
    const strength = (graph: Capped, id: string) =>
      Math.max(
        ...graph.edges.filter((edge) => edge.source === id || edge.target === id).map((edge) => edge.confidence),
      );
    const weakestKept = Math.min(...kept.map((id) => strength(full, id)));
    for (const id of all.filter((id) => !kept.includes(id)))
      expect(strength(full, id)).toBeLessThanOrEqual(weakestKept);
    expect(small.collapsed.every((row) => row.nodeId === HUB && row.count > 0 && row.family !== '')).toBe(true);
    expect(small.collapsed.reduce((sum, row) => sum + row.count, 0)).toBe(all.length - 3);
  });

  it('keeps the default behaviour for nodes with fewer neighbours than the cap', async () => {
    const graph = await capped('person:jos-creese');
    expect(graph.collapsed).toEqual([]);
    const uncapped = await capped('person:jos-creese', 500);
    expect(graph.nodes.map((node) => node.id).sort()).toEqual(uncapped.nodes.map((node) => node.id).sort());
    expect(graph.edges.length).toBe(uncapped.edges.length);
  });

  it('pages through every neighbour, strongest first, the first page being what the cap kept', async () => {
    const small = await capped(HUB, 3);
    const first = await page({ id: HUB, first: 3 });
    expect(first.graph.nodes.map((node) => node.id).sort()).toEqual(small.nodes.map((node) => node.id).sort());
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const next: Page = await page({ id: HUB, first: 3, after });
      total = next.total;
      expect(next.graph.nodes.map((node) => node.id)).toContain(HUB);
      for (const edge of next.graph.edges) expect([edge.source, edge.target]).toContain(HUB);
      seen.push(...next.graph.nodes.map((node) => node.id).filter((id) => id !== HUB));
      after = next.nextCursor;
    } while (after !== null);
    const full = await capped(HUB, 500);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(
      full.nodes
        .map((node) => node.id)
        .filter((id) => id !== HUB)
        .sort(),
    );
    expect(total).toBe(seen.length);
    const byType = full.edges.find((edge) => edge.source === HUB || edge.target === HUB)!.type;
    const typed = await page({ id: HUB, type: byType, first: 500 });
    expect(typed.graph.edges.length).toBeGreaterThan(0);
    expect(typed.graph.edges.every((edge) => edge.type === byType)).toBe(true);
  });

  it('lists what the cap left out from the position after it, under the same filters', async () => {
    const ids = (graph: { nodes: { id: string }[] }) =>
      graph.nodes
        .map((node) => node.id)
        .filter((id) => id !== HUB)
        .sort();
    const all = ids(await capped(HUB, 500));
    const kept = ids(await capped(HUB, 3));
    const rest = await page({ id: HUB, first: 500, after: '3' });
    expect(ids(rest.graph)).toEqual(all.filter((id) => !kept.includes(id)));
    expect(rest.nextCursor).toBeNull();

    // Under a types filter, the neighbourhood and the pages after it hold the same type only, each once.
    const type = (await capped(HUB, 500)).edges.find((edge) => edge.source === HUB || edge.target === HUB)!.type;
    const TYPED_NEIGHBOURHOOD = `query ($id: ID!, $types: [String!]) {
      neighbourhood(id: $id, limitPerNode: 2, types: $types) { nodes { id } edges { type } }
    }`;
    const TYPED_PAGE = `query ($id: ID!, $types: [String!]) {
      neighbours(id: $id, first: 100, after: "2", types: $types) { graph { nodes { id } edges { type } } total }
    }`;
    type Typed = { nodes: { id: string }[]; edges: { type: string }[] };
    const typedKept = (await data<{ neighbourhood: Typed }>(app, TYPED_NEIGHBOURHOOD, { id: HUB, types: [type] }))
      .neighbourhood;
    const typedRest = (
      await data<{ neighbours: { graph: Typed; total: number } }>(app, TYPED_PAGE, { id: HUB, types: [type] })
    ).neighbours;
    expect([...typedKept.edges, ...typedRest.graph.edges].every((edge) => edge.type === type)).toBe(true);
    const typedIds = [...ids(typedKept), ...ids(typedRest.graph)];
    expect(new Set(typedIds).size).toBe(typedIds.length);
    expect(typedIds.length).toBe(typedRest.total);
  });

  it('names bad arguments', async () => {
    expect(
      (await errorOf(app, `query { neighbourhood(id: "${HUB}", limitPerNode: 501) { nodes { id } } }`)).message,
    ).toMatch(/limitPerNode/);
    expect((await errorOf(app, `query { neighbours(id: "${HUB}", type: "LIKES") { total } }`)).message).toMatch(/type/);
    expect((await errorOf(app, `query { neighbours(id: "${HUB}", after: "x") { total } }`)).message).toMatch(/after/);
    expect((await errorOf(app, `query { neighbours(id: "body:nobody") { total } }`)).message).toMatch(/body:nobody/);
  });
});

const PATHS = `query ($from: ID!, $to: ID!, $maxHops: Int, $first: Int, $avoid: [ID!], $families: [Family!],
    $asOf: String, $includeFormer: Boolean = true) {
  paths(from: $from, to: $to, maxHops: $maxHops, first: $first, avoid: $avoid, families: $families, asOf: $asOf,
      includeFormer: $includeFormer) {
    cost former nodes { id } edges { id type confidence validFrom validTo citations { quote } }
  }
}`;
type Paths = {
  paths: {
    cost: number;
    former: string[];
    nodes: { id: string }[];
    edges: {
      id: string;
      type: string;
      confidence: number;
      validFrom: string | null;
      validTo: string | null;
      citations: { quote: string }[];
    }[];
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

  it('finds the same routes from the neighbourhoods of both ends as over the whole network', async () => {
    const filter = toGraphFilter({});
    const { edges } = await wholeNetwork(executor, filter);
    const pairs = [
      ['person:jos-creese', 'body:local-digital-coalition'],
      ['body:local-cio-council', 'person:jos-creese'],
      ['body:local-digital-coalition', 'body:local-cio-council'],
    ] as const;
    const day = '2026-06-01';
    const walkable = edgeLinks(walkableOn(edges, day, true));
    for (const [from, to] of pairs) {
      for (const maxHops of [1, 2, 3, 4, 5]) {
        const expected = cheapestRoutes(walkable, from, to, { k: 5, maxHops, avoid: new Set() });
        const args = { from, to, maxHops, first: 5, avoid: [], day, includeFormer: true };
        const found = await findPaths(executor, args, filter);
        // Routes of equal cost (and parallel relationships of equal cost) may come in another order,
        // so compare the costs, and the routes' nodes as sets.
        expect(found.map((path) => path.cost)).toEqual(expected.map((route) => Math.round(route.cost * 1000) / 1000));
        const routesOf = (list: string[][]) => list.map((ids) => ids.join(' ')).sort();
        if (expected.length < 5) {
          expect(routesOf(found.map((path) => path.nodes.map((node) => node.id)))).toEqual(
            routesOf(expected.map((route) => route.nodeIds)),
          );
        }
      }
    }
  });

  it('walks only relationships valid on the day, former ones only when asked, and lists those', async () => {
    // Jos Creese chaired the Local CIO Council from 2008 until 2016 (the end covers all of 2016).
    const CHAIR = 'rel:jos-creese-chairs-local-cio-council';
    const ends = { from: 'person:richard-steel', to: 'person:jos-creese', first: 5 };
    const then = await data<Paths>(app, PATHS, { ...ends, asOf: '2012-06-01', includeFormer: false });
    expect(then.paths[0]!.nodes.map((node) => node.id)).toEqual([
      'person:richard-steel',
      'body:local-cio-council',
      'person:jos-creese',
    ]);
    expect(then.paths[0]!.former).toEqual([]);
    const today = await data<Paths>(app, PATHS, { ...ends, includeFormer: false });
    expect(today.paths.flatMap((path) => path.edges.map((edge) => edge.id))).not.toContain(CHAIR);
    expect(today.paths.every((path) => path.former.length === 0)).toBe(true);
    const asked = await data<Paths>(app, PATHS, ends);
    const throughChair = asked.paths.find((path) => path.edges.some((edge) => edge.id === CHAIR))!;
    expect(throughChair.former).toEqual([CHAIR]);
    expect(throughChair.edges.find((edge) => edge.id === CHAIR)).toMatchObject({ validFrom: '2008', validTo: '2016' });
    // Jos Creese's presidency of Socitm ended by 2008; Martin Ferguson joined Socitm in 2016.
    // The direct route through Socitm joins the two, which never met: it is not offered.
    const never = await data<Paths>(app, PATHS, { from: 'person:martin-ferguson', to: 'person:jos-creese', first: 10 });
    expect(never.paths.length).toBeGreaterThan(0);
    const routes = never.paths.map((path) => path.nodes.map((node) => node.id).join(' '));
    expect(routes).not.toContain('person:martin-ferguson body:socitm person:jos-creese');
  });

  it('avoids the entities it is told to, and respects maxHops and families', async () => {
    const { paths } = await data<Paths>(app, PATHS, {
      from: 'person:jos-creese',
      to: 'person:dylan-roberts',
      avoid: ['body:socitm'],
    });
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((path) => path.nodes.every((node) => node.id !== 'body:socitm'))).toBe(true);
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
