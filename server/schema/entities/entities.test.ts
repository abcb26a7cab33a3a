import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../app.ts';
import { seededExecutor, type Executor } from '../../testing/database.ts';
import { data, errorOf, gql } from '../../testing/graphql.ts';

let executor: Executor;
let app: App;

beforeAll(async () => {
  executor = await seededExecutor();
  app = createApp({ executor });
});
afterAll(() => executor.close());

const SEARCH =
  'query ($text: String!, $kinds: [EntityKind!], $first: Int) { search(text: $text, kinds: $kinds, first: $first) { id name kind } }';
const searchIds = async (text: string, variables: Record<string, unknown> = {}) =>
  (await data<{ search: { id: string }[] }>(app, SEARCH, { text, ...variables })).search.map((entity) => entity.id);

describe('search', () => {
  it('matches names, aliases and acronyms whatever the case', async () => {
    expect((await searchIds('solace'))[0]).toBe('body:solace');
    expect((await searchIds('LGCC'))[0]).toBe('body:local-cio-council');
    expect((await searchIds('dclg'))[0]).toBe('body:dclg');
    expect((await searchIds('Society of Information Technology Management'))[0]).toBe('body:socitm');
  });

  it('ignores accents and matches the beginnings of words', async () => {
    expect((await searchIds('Sócitm'))[0]).toBe('body:socitm');
    expect(await searchIds('crees')).toContain('person:jos-creese');
  });

  it('ranks a whole-word match first and filters by kind', async () => {
    const ids = await searchIds('socitm');
    expect(ids[0]).toBe('body:socitm');
    expect(ids.length).toBeGreaterThan(3);
    const people = await searchIds('dylan', { kinds: ['PERSON'] });
    expect(people.sort()).toEqual(['person:dylan-lcioc-2013', 'person:dylan-roberts']);
    expect(await searchIds('socitm', { kinds: ['PERSON'] })).toEqual([]);
    expect(await searchIds('socitm', { first: 2 })).toHaveLength(2);
  });

  it('treats query syntax in the text as plain words', async () => {
    expect(await searchIds('socitm) OR (*')).toContain('body:socitm');
    expect(await searchIds('"the"')).toEqual([]);
  });

  it('rejects empty text and an out-of-range first, naming the field', async () => {
    expect(await errorOf(app, SEARCH, { text: '  ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(await errorOf(app, SEARCH, { text: 'x', first: 0 })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });
});

describe('search by exact text and expansions', () => {
  it('finds dotted and hyphenated names by their exact text', async () => {
    expect((await searchIds('GOV.UK Verify'))[0]).toBe('programme:gov-uk-verify');
    expect(await searchIds('gov.uk')).toEqual(
      expect.arrayContaining(['programme:gov-uk-verify', 'programme:gov-uk-verify-local-extension']),
    );
    expect((await searchIds('LocalGov Digital'))[0]).toBe('body:localgov-digital');
  });

  it('finds an acronym by its well-known expansion', async () => {
    expect((await searchIds('Local Government Association'))[0]).toBe('body:lga');
    expect((await searchIds('Department for Communities and Local Government'))[0]).toBe('body:dclg');
  });
});

const MATCH = `query ($name: String!, $kind: EntityKind) {
  matchStakeholders(name: $name, kind: $kind) { entity { id name } match reason }
}`;
type Match = { entity: { id: string; name: string }; match: string; reason: string };
const matches = async (name: string, kind?: string) =>
  (await data<{ matchStakeholders: Match[] }>(app, MATCH, { name, kind })).matchStakeholders;

describe('matchStakeholders', () => {
  it('matches exact names, dotted names and well-known expansions', async () => {
    expect((await matches('GOV.UK Verify'))[0]).toMatchObject({
      entity: { id: 'programme:gov-uk-verify' },
      match: 'EXACT_NAME',
      reason: 'same name as GOV.UK Verify',
    });
    expect((await matches('Local Government Association'))[0]).toMatchObject({
      entity: { id: 'body:lga' },
      match: 'ACRONYM',
      reason: "'LGA' stands for Local Government Association (well-known expansion)",
    });
    expect((await matches('LGCC'))[0]).toMatchObject({ entity: { id: 'body:local-cio-council' }, match: 'ALIAS' });
    // Found through the full-text index by its words run together, which no word of it matches.
    expect((await matches('Soc itm'))[0]).toMatchObject({ entity: { id: 'body:socitm' }, match: 'EXACT_NAME' });
  });

  it('offers typos and Council/Borough variants as possible duplicates, with the reason', async () => {
    expect((await matches('Soctim'))[0]).toMatchObject({
      entity: { id: 'body:socitm', name: 'Socitm' },
      match: 'POSSIBLE',
      reason: 'two letters swapped in Socitm',
    });
    expect((await matches('Ashford Council', 'BODY'))[0]).toMatchObject({
      entity: { id: 'body:ashford-borough-council' },
      match: 'POSSIBLE',
      reason: "differs only by 'Borough' from Ashford Borough Council",
    });
  });

  it('keeps to the kind asked for and answers nothing for a new name', async () => {
    expect(await matches('GOV.UK Verify', 'BODY')).toEqual([]);
    expect(await matches('Quite New Stakeholder Trust')).toEqual([]);
  });

  it('rejects an empty or overlong name, naming the field', async () => {
    expect(await errorOf(app, MATCH, { name: ' ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await errorOf(app, MATCH, { name: 'x'.repeat(201) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });
  });
});

const ENTITY = `query ($id: ID!, $date: String!) {
  entity(id: $id) {
    id name kind description version retiredAt
    nameAsOf(date: $date)
    aliases { name kind validFrom validTo citations { quote source { id } } }
    citations { quote note source { id title date datePrecision dateEstimated } }
    ... on Body { type sector validFrom validTo }
    ... on Programme { type }
    relationships(families: [MEMBERSHIP]) { id type family }
  }
}`;

describe('entity', () => {
  it('returns a body with names over time, citations and its relationships', async () => {
    const { entity } = await data<{ entity: Record<string, unknown> & { aliases: { name: string; kind: string }[] } }>(
      app,
      ENTITY,
      { id: 'body:local-cio-council', date: '2009' },
    );
    expect(entity).toMatchObject({
      id: 'body:local-cio-council',
      kind: 'BODY',
      type: 'leadership-council',
      nameAsOf: 'Local Government CIO Council',
    });
    expect(entity.aliases).toContainEqual(expect.objectContaining({ name: 'LGCC', kind: 'ACRONYM' }));
    const citations = entity.citations as { source: { dateEstimated: boolean; datePrecision: string } }[];
    expect(citations.length).toBeGreaterThan(0);
    expect(citations[0]!.source).toMatchObject({ dateEstimated: true, datePrecision: 'YEAR' });
    const relationships = entity.relationships as { family: string; type: string }[];
    expect(relationships.map((edge) => edge.type)).toContain('CHAIRS');
    expect(new Set(relationships.map((edge) => edge.family))).toEqual(new Set(['MEMBERSHIP']));
  });

  it('resolves people and programmes to their own types', async () => {
    const person = await data<{ entity: { kind: string } }>(app, ENTITY, { id: 'person:jos-creese', date: '2011' });
    expect(person.entity.kind).toBe('PERSON');
    const programme = await data<{ entity: { kind: string; type: string } }>(app, ENTITY, {
      id: 'programme:planting-the-flag',
      date: '2011',
    });
    expect(programme.entity).toMatchObject({ kind: 'PROGRAMME', type: 'strategy' });
  });

  it('is null for an unknown id, and a bad date names the field', async () => {
    expect((await data<{ entity: null }>(app, ENTITY, { id: 'body:nowhere', date: '2011' })).entity).toBeNull();
    expect(await errorOf(app, ENTITY, { id: 'body:socitm', date: '2011-02-30' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'date',
    });
  });
});

describe('sources', () => {
  it('lists the five texts oldest first and finds one by id', async () => {
    const { sources } = await data<{ sources: { id: string; date: string; fileName: string }[] }>(
      app,
      '{ sources { id date fileName } }',
    );
    expect(sources).toHaveLength(5);
    expect(sources.map((source) => source.date)).toEqual([...sources.map((source) => source.date)].sort());
    const { source } = await data<{ source: { fileName: string } }>(
      app,
      'query ($id: ID!) { source(id: $id) { fileName } }',
      {
        id: sources[0]!.id,
      },
    );
    expect(source.fileName).toBe(sources[0]!.fileName);
  });
});

const CITE = { source: 'source:socitm-local-digital-coalition', quote: 'Socitm Press Office' };
const CREATE = `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id name kind version aliases { name kind } ... on Body { type sector } } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $input: UpdateEntityInput!) { updateEntity(id: $id, expectedVersion: $v, input: $input) { id name description version } }`;
const RETIRE = `mutation ($id: ID!, $v: Int!, $reason: String!) { retireEntity(id: $id, expectedVersion: $v, reason: $reason) { id version retiredAt } }`;
const AUDIT = `query ($id: ID!, $first: Int, $after: String) { auditLog(entityId: $id, first: $first, after: $after) { entries { action actor targetId before after } endCursor } }`;
const count = async () => (await executor.read<{ entities: number }>('import/count-entities'))[0]!.entities;

describe('entity edits', () => {
  it('creates, updates and retires an entity, auditing each change', async () => {
    const created = await data<{ createEntity: { id: string; version: number } }>(app, CREATE, {
      input: {
        kind: 'BODY',
        name: 'Test Borough Council',
        type: 'council',
        sector: 'local-government',
        citations: [CITE],
        aliases: [{ name: 'TBC', kind: 'ACRONYM', citations: [CITE] }],
      },
    });
    expect(created.createEntity).toMatchObject({
      id: 'body:test-borough-council',
      version: 1,
      aliases: [{ name: 'TBC', kind: 'ACRONYM' }],
    });
    expect(await searchIds('TBC')).toContain('body:test-borough-council');

    const updated = await data<{ updateEntity: { description: string; version: number } }>(app, UPDATE, {
      id: 'body:test-borough-council',
      v: 1,
      input: { description: 'A council made up for a test.' },
    });
    expect(updated.updateEntity).toMatchObject({ description: 'A council made up for a test.', version: 2 });

    const retired = await data<{ retireEntity: { retiredAt: string; version: number } }>(app, RETIRE, {
      id: 'body:test-borough-council',
      v: 2,
      reason: 'test over',
    });
    expect(retired.retireEntity.version).toBe(3);
    expect(retired.retireEntity.retiredAt).toMatch(/^\d{4}-/);
    expect(await searchIds('TBC')).not.toContain('body:test-borough-council');

    const { auditLog } = await data<{
      auditLog: { entries: { action: string; actor: string; before: string | null; after: string }[] };
    }>(app, AUDIT, { id: 'body:test-borough-council' });
    expect(auditLog.entries.map((entry) => entry.action)).toEqual(['retireEntity', 'updateEntity', 'createEntity']);
    expect(auditLog.entries.every((entry) => entry.actor === 'local')).toBe(true);
    expect(auditLog.entries[2]!.before).toBeNull();
    expect(JSON.parse(auditLog.entries[1]!.after)).toMatchObject({ description: 'A council made up for a test.' });
    expect(JSON.parse(auditLog.entries[1]!.before!)).not.toHaveProperty('description', 'A council made up for a test.');
  });

  it('pages through the audit log with a cursor', async () => {
    const page1 = await data<{ auditLog: { entries: { action: string }[]; endCursor: string } }>(app, AUDIT, {
      id: 'body:test-borough-council',
      first: 2,
    });
    expect(page1.auditLog.entries.map((entry) => entry.action)).toEqual(['retireEntity', 'updateEntity']);
    const page2 = await data<{ auditLog: { entries: { action: string }[]; endCursor: string | null } }>(app, AUDIT, {
      id: 'body:test-borough-council',
      first: 2,
      after: page1.auditLog.endCursor,
    });
    expect(page2.auditLog.entries.map((entry) => entry.action)).toEqual(['createEntity']);
    expect(page2.auditLog.endCursor).toBeNull();
    expect(await errorOf(app, AUDIT, { id: 'body:socitm', after: 'garbage' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('refuses a stale expectedVersion with CONFLICT and writes nothing', async () => {
    const { entity } = await data<{ entity: { version: number; description: string } }>(app, ENTITY, {
      id: 'body:socitm',
      date: '2016',
    });
    const first = await data<{ updateEntity: { version: number } }>(app, UPDATE, {
      id: 'body:socitm',
      v: entity.version,
      input: { description: 'First edit.' },
    });
    expect(first.updateEntity.version).toBe(entity.version + 1);
    const stale = await gql(app, UPDATE, {
      id: 'body:socitm',
      v: entity.version,
      input: { description: 'Second edit from a stale copy.' },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      expectedVersion: entity.version,
      actualVersion: entity.version + 1,
    });
    const after = await data<{ entity: { description: string } }>(app, ENTITY, { id: 'body:socitm', date: '2016' });
    expect(after.entity.description).toBe('First edit.');
  });

  it('keeps the last of two concurrent edits from the same version and rejects the other', async () => {
    const { entity } = await data<{ entity: { version: number } }>(app, ENTITY, { id: 'body:nesta', date: '2016' });
    const results = await Promise.all(
      ['one', 'two'].map((text) =>
        gql(app, UPDATE, { id: 'body:nesta', v: entity.version, input: { description: text } }),
      ),
    );
    const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
  });

  it('names the bad field and writes nothing for each kind of bad input', async () => {
    const before = await count();
    const body = { kind: 'BODY', name: 'X', type: 'council', sector: 'local-government', citations: [CITE] };
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ ...body, sector: 'space' }, 'input.sector', /Invalid option/],
      [{ ...body, validFrom: '2016-13' }, 'input.validFrom', /month 13/],
      [{ ...body, citations: [] }, 'input.citations', /at least one citation/],
      [{ ...body, citations: [{ source: 'source:nowhere', quote: 'q' }] }, 'input.citations.0.source', /no source/],
      [{ ...body, id: 'body:socitm' }, 'input.id', /already taken/],
      [{ ...body, id: 'person:x' }, 'input.id', /must start with "body:"/],
      [{ ...body, description: 'Call 07700 900123' }, 'input.description', /telephone/],
      [
        { kind: 'PERSON', name: 'Y', sector: 'police', citations: [CITE] },
        'input.sector',
        /does not apply to a person/,
      ],
      [
        { ...body, aliases: [{ name: 'Z', kind: 'NAME', validFrom: 'soon', citations: [CITE] }] },
        'input.aliases.0.validFrom',
        /partial ISO date/,
      ],
      [{ ...body, type: null }, 'input.type', /is required for a body/],
      [{ kind: 'PROGRAMME', name: 'P', citations: [CITE] }, 'input.type', /is required for a programme/],
      [{ ...body, validFrom: '2012', validTo: '2011-06' }, 'input.validTo', /2011-06 is before validFrom 2012/],
      [
        { ...body, aliases: [{ name: 'Z', kind: 'NAME', validFrom: '2010', validTo: '2009', citations: [CITE] }] },
        'input.aliases.0.validTo',
        /before validFrom/,
      ],
      [
        {
          ...body,
          aliases: [
            { name: 'Zed', kind: 'NAME', citations: [CITE] },
            { name: 'ZED', kind: 'ACRONYM', citations: [CITE] },
          ],
        },
        'input.aliases.1.name',
        /already an alias/,
      ],
      [{ ...body, aliases: [{ name: ' ', kind: 'NAME', citations: [CITE] }] }, 'input.aliases.0.name', /empty/],
    ];
    for (const [input, field, reason] of cases) {
      const error = await errorOf(app, CREATE, { input });
      expect(error, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error.message).toMatch(reason);
    }
    expect(await count()).toBe(before);
    expect(await errorOf(app, UPDATE, { id: 'body:socitm', v: 99, input: { name: null } })).toMatchObject({
      field: 'input.name',
    });
    expect(await errorOf(app, UPDATE, { id: 'body:socitm', v: 99, input: {} })).toMatchObject({ field: 'input' });
    const { entity } = await data<{ entity: { version: number } }>(app, ENTITY, { id: 'body:lga', date: '2016' });
    expect(
      await errorOf(app, UPDATE, { id: 'body:lga', v: entity.version, input: { validFrom: '2020', validTo: '2019' } }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.validTo' });
    const after = await data<{ entity: { version: number; validFrom: string | null } }>(app, ENTITY, {
      id: 'body:lga',
      date: '2016',
    });
    expect(after.entity).toMatchObject({ version: entity.version });
    expect(after.entity.validFrom).not.toBe('2020');
  });

  it('answers NOT_FOUND for an unknown entity', async () => {
    expect(await errorOf(app, UPDATE, { id: 'body:nowhere', v: 1, input: { description: 'x' } })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await errorOf(app, RETIRE, { id: 'body:nowhere', v: 1, reason: 'x' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('checks GraphQL types at the boundary: an unknown kind is rejected before any resolver runs', async () => {
    const before = await count();
    const error = await errorOf(app, CREATE, { input: { kind: 'ROBOT', name: 'x', citations: [CITE] } });
    expect(error.message).toMatch(/Value "ROBOT" does not exist in "EntityKind" enum/);
    expect(await count()).toBe(before);
    // Reads say the same (they run compiled, except when their variables are refused).
    const search = 'query ($kinds: [EntityKind!]) { search(text: "Socitm", kinds: $kinds) { id } }';
    expect((await errorOf(app, search, { kinds: ['ROBOT'] })).message).toMatch(
      /Value "ROBOT" does not exist in "EntityKind" enum/,
    );
  });
});
