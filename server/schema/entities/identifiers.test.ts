/** Identifiers (official codes) on entities: written, read, searched, matched, validated. */
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

const CITE = { source: 'source:socitm-local-digital-coalition', quote: 'Socitm Press Office' };
const FIELDS = 'id version identifiers { scheme value text }';
const CREATE = `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $input: UpdateEntityInput!) { updateEntity(id: $id, expectedVersion: $v, input: $input) { ${FIELDS} } }`;
const SEARCH = 'query ($text: String!) { search(text: $text) { id } }';
const ENTITY = `query ($id: ID!) { entity(id: $id) { ${FIELDS} } }`;

type Coded = { id: string; version: number; identifiers: { scheme: string; value: string; text: string }[] };
const searchIds = async (text: string) =>
  (await data<{ search: { id: string }[] }>(app, SEARCH, { text })).search.map((entity) => entity.id);
const council = (name: string, identifiers: string[]) => ({
  kind: 'BODY',
  name,
  type: 'council',
  sector: 'local-government',
  identifiers,
  citations: [CITE],
});

describe('identifiers on entities', () => {
  it('are written, read back, found by search and replaced by an update', async () => {
    const { createEntity } = await data<{ createEntity: Coded }>(app, CREATE, {
      input: council('Identifier Test Council', ['gss:E09999001', ' companies-house : AB000001 ']),
    });
    expect(createEntity.identifiers).toEqual([
      { scheme: 'gss', value: 'E09999001', text: 'gss:E09999001' },
      { scheme: 'companies-house', value: 'AB000001', text: 'companies-house:AB000001' },
    ]);
    // By value alone or whole, whatever the case.
    for (const text of ['E09999001', 'e09999001', 'gss:E09999001', 'GSS:e09999001', 'ab000001']) {
      expect((await searchIds(text))[0]).toBe(createEntity.id);
    }
    expect(await searchIds('E0999900')).not.toContain(createEntity.id);

    const { updateEntity } = await data<{ updateEntity: Coded }>(app, UPDATE, {
      id: createEntity.id,
      v: 1,
      input: { identifiers: ['gss:E09999002'] },
    });
    expect(updateEntity.identifiers.map((identifier) => identifier.text)).toEqual(['gss:E09999002']);
    expect(await searchIds('E09999001')).not.toContain(createEntity.id);
    expect((await searchIds('E09999002'))[0]).toBe(createEntity.id);

    await data(app, UPDATE, { id: createEntity.id, v: 2, input: { identifiers: [] } });
    const { entity } = await data<{ entity: Coded }>(app, ENTITY, { id: createEntity.id });
    expect(entity.identifiers).toEqual([]);
    expect(await searchIds('E09999002')).not.toContain(createEntity.id);
  });

  it('rejects a malformed identifier, one given twice, or one another entity holds, naming it', async () => {
    expect(await errorOf(app, CREATE, { input: council('Bad Code Council', ['E09999003']) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.identifiers.0',
      message: expect.stringContaining('"scheme:value"'),
    });
    expect(await errorOf(app, CREATE, { input: council('Bad Scheme Council', ['G S S:1']) })).toMatchObject({
      field: 'input.identifiers.0.scheme',
    });
    expect(
      await errorOf(app, CREATE, { input: council('Twice Council', ['gss:E09999004', 'GSS:e09999004']) }),
    ).toMatchObject({ field: 'input.identifiers.1', message: expect.stringContaining('given twice') });

    await data(app, CREATE, { input: council('First Holder Council', ['gss:E09999005']) });
    const taken = await errorOf(app, CREATE, { input: council('Second Holder Council', ['gss:e09999005']) });
    expect(taken).toMatchObject({ field: 'input.identifiers.0' });
    expect(taken.message).toContain('already identifies First Holder Council');
    expect(await searchIds('Second Holder Council')).not.toContain('body:second-holder-council');
  });

  it('are looked up exactly in the identifier index', async () => {
    await data(app, CREATE, { input: council('Matched By Code Council', ['gss:E09999006']) });
    const found = await executor.read<{ id: string }>('entities/find-by-identifiers', {
      query: '"gss:e09999006"',
      kinds: null,
    });
    expect(found.map((row) => row.id)).toEqual(['body:matched-by-code-council']);
  });
});
