/**
 * What changed between two recorded dates (networkDiff) and the network as recorded on a date
 * (network(recordedAt:)), through the API (yoga.fetch) on a scripted history over the seed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.ts';
import { seededExecutor, type Executor } from '../../testing/database.ts';
import { as, data, errorOf } from '../../testing/graphql.ts';
import { appWithTestTokens } from '../../testing/app.ts';

let executor: Executor;
let app: App;

const CITE = {
  source: 'source:socitm-local-digital-coalition',
  quote: 'Martin Ferguson, Director of Policy and Research at Socitm',
};
const CREATE_REL = `mutation ($input: RelationshipInput!) { createRelationship(input: $input) { id version } }`;
const UPDATE_REL = `mutation ($id: ID!, $v: Int!, $input: UpdateRelationshipInput!) { updateRelationship(id: $id, expectedVersion: $v, input: $input) { id version } }`;
const RETIRE_REL = `mutation ($id: ID!, $v: Int!) { retireRelationship(id: $id, expectedVersion: $v, reason: "entered by mistake") { id } }`;
const CREATE_ENTITY = `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id version } }`;
const UPDATE_ENTITY = `mutation ($id: ID!, $v: Int!, $input: UpdateEntityInput!) { updateEntity(id: $id, expectedVersion: $v, input: $input) { id version } }`;
const DIFF = `query ($from: String!, $to: String) {
  networkDiff(from: $from, to: $to) {
    changes
    entries { kind id change label source target entities { id name } fields { field before after } actors count }
  }
}`;
const NETWORK = `query ($asOf: String, $recordedAt: String) {
  network(asOf: $asOf, recordedAt: $recordedAt) { nodes { id name } edges { id role validTo } totals { nodes edges } }
}`;

interface DiffView {
  changes: number;
  entries: {
    kind: string;
    id: string;
    change: string;
    label: string;
    source: string | null;
    target: string | null;
    entities: { id: string; name: string }[];
    fields: { field: string; before: string | null; after: string | null }[];
    actors: string[];
    count: number;
  }[];
}
interface NetworkView {
  nodes: { id: string; name: string }[];
  edges: { id: string; role: string | null; validTo: string | null }[];
  totals: { nodes: number; edges: number };
}

const diff = async (from: string, to?: string) =>
  (await data<{ networkDiff: DiffView }>(app, DIFF, { from, to }, as('viewer'))).networkDiff;
const networkAs = async (variables: { asOf?: string; recordedAt?: string }) =>
  (await data<{ network: NetworkView }>(app, NETWORK, variables, as('viewer'))).network;

/** The moment now, after the clock has moved on from the last change (its `at` is before it). */
async function moment(): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 20));
  const now = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 20));
  return now;
}

let startedAt: string;
let beforeCorrection: string;
let afterCreate: string;
let deputy: string;
let leader: string;

beforeAll(async () => {
  executor = await seededExecutor();
  app = appWithTestTokens(executor, { log: () => {} });
  startedAt = await moment();
  // Recorded first ("in February"): Martin Ferguson has been deputy chair at the LGA since 2025.
  const created = await data<{ createRelationship: { id: string } }>(
    app,
    CREATE_REL,
    {
      input: {
        type: 'HOLDS_ROLE_AT',
        from: 'person:martin-ferguson',
        to: 'body:lga',
        role: 'Deputy chair',
        validFrom: '2025-06',
        dateBasis: 'STATED',
        confidence: 1,
        citations: [CITE],
      },
    },
    as('editor'),
  );
  deputy = created.createRelationship.id;
  beforeCorrection = await moment();
  // The correction entered later ("in March"): his role changed in January, to chair.
  await data(app, UPDATE_REL, { id: deputy, v: 1, input: { validTo: '2026-01' } }, as('editor'));
  const chair = await data<{ createRelationship: { id: string } }>(
    app,
    CREATE_REL,
    {
      input: {
        id: 'rel:martin-ferguson-chair-lga',
        type: 'HOLDS_ROLE_AT',
        from: 'person:martin-ferguson',
        to: 'body:lga',
        role: 'Chair',
        validFrom: '2026-01',
        dateBasis: 'STATED',
        confidence: 1,
        citations: [CITE],
      },
    },
    as('admin'),
  );
  leader = chair.createRelationship.id;
  // A stakeholder created, then edited twice (renamed once); a relationship added and retired.
  await data(
    app,
    CREATE_ENTITY,
    {
      input: {
        id: 'body:history-test-co',
        kind: 'BODY',
        name: 'History Test Co',
        type: 'company',
        sector: 'private',
        citations: [CITE],
      },
    },
    as('editor'),
  );
  afterCreate = await moment();
  await data(app, UPDATE_ENTITY, { id: 'body:history-test-co', v: 1, input: { description: 'A test' } }, as('editor'));
  await data(app, UPDATE_ENTITY, { id: 'body:history-test-co', v: 2, input: { name: 'History Co' } }, as('admin'));
  const passing = await data<{ createRelationship: { id: string } }>(
    app,
    CREATE_REL,
    {
      input: {
        type: 'MEMBER_OF',
        from: 'body:history-test-co',
        to: 'body:lga',
        dateBasis: 'SOURCE_DATE',
        confidence: 0.6,
        citations: [CITE],
      },
    },
    as('editor'),
  );
  await data(app, RETIRE_REL, { id: passing.createRelationship.id, v: 1 }, as('editor'));
}, 300_000);

afterAll(async () => {
  await executor?.close();
});

describe('networkDiff', () => {
  it('lists each record changed in the period once, with its first before and last after', async () => {
    const { changes, entries } = await diff(startedAt);
    expect(changes).toBe(8);
    expect(entries.map((entry) => [entry.kind, entry.id, entry.change, entry.count])).toEqual([
      ['ENTITY', 'body:history-test-co', 'CREATED', 3],
      ['RELATIONSHIP', deputy, 'GAINED', 2],
      ['RELATIONSHIP', leader, 'GAINED', 1],
    ]);
    const company = entries[0]!;
    expect(company.label).toBe('History Co');
    expect(company.actors).toEqual(['editor#1', 'admin#1']);
    const gained = entries[2]!;
    expect([gained.label, gained.source, gained.target]).toEqual([
      'HOLDS_ROLE_AT',
      'person:martin-ferguson',
      'body:lga',
    ]);
    expect(gained.entities.map((entity) => entity.name)).toEqual(['Martin Ferguson', 'LGA']);
  });

  it('from a later date: the correction ends one role and gains another; the company is renamed', async () => {
    const { entries } = await diff(beforeCorrection);
    const lines = new Map(entries.map((entry) => [entry.id, entry]));
    expect(lines.get(deputy)?.change).toBe('ENDED');
    expect(lines.get(deputy)?.fields).toEqual([{ field: 'validTo', before: null, after: '"2026-01"' }]);
    expect(lines.get(leader)?.change).toBe('GAINED');
    expect(lines.get('body:history-test-co')?.change).toBe('CREATED');
    const renamed = (await diff(afterCreate)).entries.find((entry) => entry.id === 'body:history-test-co');
    expect(renamed?.change).toBe('RENAMED');
    expect(renamed?.fields).toEqual([
      { field: 'description', before: null, after: '"A test"' },
      { field: 'name', before: '"History Test Co"', after: '"History Co"' },
    ]);
  });

  it('a period ending before the changes holds none', async () => {
    expect(await diff('2020-01-01', startedAt)).toEqual({ changes: 0, entries: [] });
  });

  it('refuses dates it cannot read, naming the field', async () => {
    expect(await errorOf(app, DIFF, { from: 'last week' }, as('viewer'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'from',
    });
    expect(await errorOf(app, DIFF, { from: '2026-03-01', to: '2026-02-01' }, as('viewer'))).toMatchObject({
      field: 'to',
    });
  });
});

describe('network as recorded', () => {
  const rolesOfMartin = (network: NetworkView) =>
    network.edges.filter((edge) => edge.id === deputy || edge.id === leader).map((edge) => edge.role);

  it('as of February, recorded before the correction: the old role', async () => {
    const network = await networkAs({ asOf: '2026-02', recordedAt: beforeCorrection });
    expect(rolesOfMartin(network)).toEqual(['Deputy chair']);
    expect(network.edges.find((edge) => edge.id === deputy)?.validTo).toBeNull();
  });

  it('as of February, recorded today: the new one', async () => {
    expect(rolesOfMartin(await networkAs({ asOf: '2026-02', recordedAt: new Date().toISOString() }))).toEqual([
      'Chair',
    ]);
    expect(rolesOfMartin(await networkAs({ asOf: '2026-02' }))).toEqual(['Chair']);
  });

  it('recorded before every change: the seed as loaded, without what was created since', async () => {
    const then = await networkAs({ recordedAt: startedAt });
    expect(rolesOfMartin(then)).toEqual([]);
    expect(then.nodes.map((node) => node.id)).not.toContain('body:history-test-co');
    const now = await networkAs({});
    expect(now.nodes.map((node) => node.id)).toContain('body:history-test-co');
    expect(then.totals.nodes).toBe(now.totals.nodes - 1);
    // Both of his roles came after.
    expect(then.totals.edges).toBe(now.totals.edges - 2);
  });

  it('names a stakeholder as it was recorded then', async () => {
    const names = (network: NetworkView) => network.nodes.find((node) => node.id === 'body:history-test-co')?.name;
    expect(names(await networkAs({ recordedAt: afterCreate }))).toBe('History Test Co');
    expect(names(await networkAs({}))).toBe('History Co');
  });

  it('refuses a recordedAt it cannot read', async () => {
    expect(await errorOf(app, NETWORK, { recordedAt: 'March' }, as('viewer'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'recordedAt',
    });
  });
});
