/**
 * The graph response cache against the real Neo4j, with two app instances over one database: an
 * answer is served from an instance's cache until the graph version moves on, whichever instance
 * made the change; engagement data, which does not move the version, is never served from it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { createApp, type App } from '../app.ts';
import { readConfig } from '../config.ts';
import { readGraphVersion } from '../repositories/graph-version.ts';
import { seededExecutor, type Executor } from '../testing/database.ts';
import { as, data, TEST_AUTH_TOKENS } from '../testing/graphql.ts';
import { createSchema } from './index.ts';
import { selectsGraphOnly } from './response-cache.ts';

let executor: Executor;
let first: App;
let second: App;
beforeAll(async () => {
  executor = await seededExecutor();
  const { AUTH_TOKENS } = readConfig({ AUTH_TOKENS: TEST_AUTH_TOKENS });
  first = createApp({ executor, authTokens: AUTH_TOKENS });
  second = createApp({ executor, authTokens: AUTH_TOKENS });
});
afterAll(() => executor.close());

const ID = 'body:socitm';
const DESCRIPTION = `query ($id: ID!) { entity(id: $id) { id description version } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $input: UpdateEntityInput!) {
  updateEntity(id: $id, expectedVersion: $v, input: $input) { version }
}`;
const INTERACTIONS = `query ($id: ID!) { entity(id: $id) { id interactions { summary } } }`;
const LOG = `mutation ($input: InteractionInput!) { logInteraction(input: $input) { id } }`;
type Described = { entity: { description: string | null; version: number } };

/** Changes the description in Neo4j without moving the graph version, as no app code does. */
async function writeBehindTheCache(description: string) {
  const [row] = await executor.read<{ version: number }>('entities/get-entities', { ids: [ID] });
  await executor.write('entities/update-entity', {
    id: ID,
    properties: { description },
    aliases: [],
    actor: { id: null, name: 'test' },
  });
  return row;
}

describe('graph response cache', () => {
  it('serves a graph answer again until the version moves on, on every instance', async () => {
    const before = await data<Described>(first, DESCRIPTION, { id: ID }, as('viewer'));
    const version = await readGraphVersion(executor);
    await writeBehindTheCache('Written behind the cache');
    // Same version: the first instance answers from its cache, the second asks Neo4j.
    expect((await data<Described>(first, DESCRIPTION, { id: ID }, as('viewer'))).entity).toEqual(before.entity);
    const fresh = await data<Described>(second, DESCRIPTION, { id: ID }, as('viewer'));
    expect(fresh.entity.description).toBe('Written behind the cache');

    // A change through the other instance moves the version: the first instance's answer follows.
    await data(
      second,
      UPDATE,
      { id: ID, v: fresh.entity.version, input: { description: 'Changed on the second instance' } },
      as('editor'),
    );
    expect(await readGraphVersion(executor)).not.toBe(version);
    const after = await data<Described>(first, DESCRIPTION, { id: ID }, as('viewer'));
    expect(after.entity.description).toBe('Changed on the second instance');
  });

  it('keeps answers per role', async () => {
    await data<Described>(first, DESCRIPTION, { id: ID }, as('viewer'));
    await writeBehindTheCache('Seen by the editor first');
    // The viewer's answer is cached; the editor's is not yet, so it comes from Neo4j.
    const editor = await data<Described>(first, DESCRIPTION, { id: ID }, as('editor'));
    expect(editor.entity.description).toBe('Seen by the editor first');
  });

  it('never serves engagement data from the cache: an interaction shows at once, on every instance', async () => {
    const interactions = async () =>
      (await data<{ entity: { interactions: { summary: string }[] } }>(first, INTERACTIONS, { id: ID }, as('editor')))
        .entity.interactions;
    const version = await readGraphVersion(executor);
    expect((await interactions()).map((row) => row.summary)).not.toContain('Met about the cache');
    await data(
      second,
      LOG,
      { input: { kind: 'MEETING', date: '2026-11-30', participants: [ID], summary: 'Met about the cache' } },
      as('editor'),
    );
    // Logging an interaction is not a change to the graph: the version stays, and nothing stale shows.
    expect(await readGraphVersion(executor)).toBe(version);
    expect((await interactions()).map((row) => row.summary)).toContain('Met about the cache');
  });
});

describe('which queries are cached', () => {
  const schema = createSchema();
  const graphOnly = (query: string) => selectsGraphOnly(schema, parse(query));

  it('caches reads of the graph: search, entities, neighbourhoods, paths, sources', () => {
    expect(
      graphOnly('{ search(text: "lga") { id name ... on Body { type } citations { quote source { title } } } }'),
    ).toBe(true);
    expect(
      graphOnly('{ neighbourhood(id: "body:lga", depth: 2) { nodes { id } edges { id citations { quote } } } }'),
    ).toBe(true);
    expect(graphOnly('{ paths(from: "a", to: "b") { cost nodes { id } } }')).toBe(true);
    expect(graphOnly('{ sources { id citedBy { entities { id } } } }')).toBe(true);
  });

  it('does not cache engagement, contacts, influence, users, the audit log, mutations or several operations', () => {
    expect(graphOnly('{ search(text: "lga") { id engagement { stance } } }')).toBe(false);
    expect(graphOnly('{ entity(id: "person:x") { ... on Person { contact { email } } } }')).toBe(false);
    expect(graphOnly('{ influence(metric: PAGERANK) { score } }')).toBe(false);
    expect(graphOnly('{ me { role } }')).toBe(false);
    expect(graphOnly('{ auditLog(entityId: "body:lga") { entries { action } } }')).toBe(false);
    expect(graphOnly('{ search(text: "lga") { id } me { role } }')).toBe(false);
    expect(graphOnly('mutation { retireEntity(id: "x", expectedVersion: 1, reason: "r") { id } }')).toBe(false);
    expect(graphOnly('query A { search(text: "a") { id } } query B { search(text: "b") { id } }')).toBe(false);
  });
});
