import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../app.ts';
import { createSource } from '../../repositories/sources.ts';
import { seededExecutor, type Executor } from '../../testing/database.ts';
import { as, data, errorOf, gql, gqlUpload, TEST_TOKENS } from '../../testing/graphql.ts';
import { appWithTestTokens } from '../../testing/app.ts';

let executor: Executor;
let app: App;
let secured: App;

beforeAll(async () => {
  executor = await seededExecutor();
  app = createApp({ executor });
  secured = appWithTestTokens(executor);
});
afterAll(() => executor.close());

const FIELDS =
  'id title publisher kind url fileName hasText text date datePrecision dateEstimated dateNote version retiredAt';
const CREATE = `mutation ($input: SourceInput!) { createSource(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $input: SourcePatch!) { updateSource(id: $id, expectedVersion: $v, input: $input) { ${FIELDS} } }`;
const RETIRE = `mutation ($id: ID!, $v: Int!) { retireSource(id: $id, expectedVersion: $v, reason: "superseded") { ${FIELDS} } }`;
const SOURCE = `query ($id: ID!) { source(id: $id) { ${FIELDS} citationCount citedBy { entities { id } aliases { entity { id } alias { name } } relationships { id citations { quote source { id } } } } } }`;
const AUDIT = `query ($id: ID!) { auditLog(entityId: $id) { entries { action actor targetId before after } } }`;
const CREATE_REL = `mutation ($input: RelationshipInput!) { createRelationship(input: $input) { id version citations { quote source { id } } } }`;
const UPDATE_ENTITY = `mutation ($id: ID!, $v: Int!, $input: UpdateEntityInput!) { updateEntity(id: $id, expectedVersion: $v, input: $input) { id version citations { quote source { id retiredAt } } } }`;
const ENTITY = `query ($id: ID!) { entity(id: $id) { id version citations { quote note source { id } } } }`;

type SourceResult = { id: string; version: number; text: string | null; hasText: boolean; retiredAt: string | null };

const MINUTES_TEXT = `Minutes of the board, 12 May 2016.

Item 3. The board agreed   to “work closely with Nesta” on
the council’s digital plan.`;

let counter = 0;
const newSource = async (extra: Record<string, unknown> = {}) =>
  (
    await data<{ createSource: SourceResult }>(app, CREATE, {
      input: {
        title: `Board minutes ${++counter}`,
        publisher: 'Test Borough Council',
        kind: 'minutes',
        date: '2016-05-12',
        text: MINUTES_TEXT,
        ...extra,
      },
    })
  ).createSource;

const relationshipIds = async () =>
  (await data<{ network: { edges: { id: string }[] } }>(app, '{ network { edges { id } } }')).network.edges.map(
    (edge) => edge.id,
  );

/** A GraphQL multipart request with one file at variables.input.file. */
async function upload(
  target: App,
  query: string,
  variables: Record<string, unknown>,
  file: File,
  headers: Record<string, string> = { 'x-graphql-yoga-csrf': '1' },
) {
  return (await gqlUpload(target, query, variables, [{ path: 'input.file', file }], headers)) as {
    status: number;
    data?: Record<string, SourceResult> | null;
    errors?: { extensions?: { code?: string; field?: string }; message: string }[];
  };
}

describe('source edits', () => {
  it('creates, updates and retires a source, each with its audit entry and version', async () => {
    const created = await newSource({ url: 'https://example.org/minutes', dateNote: 'From the agenda pack.' });
    expect(created).toMatchObject({
      id: `source:board-minutes-${counter}`,
      kind: 'minutes',
      url: 'https://example.org/minutes',
      fileName: null,
      hasText: true,
      text: MINUTES_TEXT,
      datePrecision: 'DAY',
      dateEstimated: false,
      version: 1,
      retiredAt: null,
    });
    const { updateSource: updated } = await data<{
      updateSource: SourceResult & { publisher: string; url: string | null };
    }>(app, UPDATE, { id: created.id, v: 1, input: { publisher: 'Test Council', url: null } });
    expect(updated).toMatchObject({ version: 2, publisher: 'Test Council', url: null, text: MINUTES_TEXT });
    const { retireSource: retired } = await data<{ retireSource: SourceResult }>(app, RETIRE, { id: created.id, v: 2 });
    expect(retired.version).toBe(3);
    expect(retired.retiredAt).toMatch(/^\d{4}-/);

    const { auditLog } = await data<{
      auditLog: { entries: { action: string; targetId: string; before: string | null; after: string }[] };
    }>(app, AUDIT, { id: created.id });
    expect(auditLog.entries.map((entry) => entry.action)).toEqual(['retireSource', 'updateSource', 'createSource']);
    expect(auditLog.entries.every((entry) => entry.targetId === created.id)).toBe(true);
    expect(auditLog.entries[2]!.before).toBeNull();
    expect(JSON.parse(auditLog.entries[1]!.after)).toMatchObject({ publisher: 'Test Council' });
    // The audit log records a text by its size and digest, not a megabyte of it.
    expect(JSON.parse(auditLog.entries[2]!.after).text).toMatch(/^\(\d+ characters, sha256 [0-9a-f]{16}…\)$/);

    expect(await errorOf(app, UPDATE, { id: created.id, v: 3, input: { title: 'x' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
  });

  it('refuses a stale expectedVersion with CONFLICT and writes nothing', async () => {
    const created = await newSource();
    await data(app, UPDATE, { id: created.id, v: 1, input: { title: 'First edit' } });
    expect(await errorOf(app, UPDATE, { id: created.id, v: 1, input: { title: 'Second edit' } })).toMatchObject({
      code: 'CONFLICT',
    });
    const { source } = await data<{ source: { title: string; version: number } }>(app, SOURCE, { id: created.id });
    expect(source).toMatchObject({ title: 'First edit', version: 2 });
  });

  it('lets only editors and admins change sources', async () => {
    const input = { title: 'Viewer notes', publisher: 'Nobody', kind: 'other', date: '2020' };
    expect(await errorOf(secured, CREATE, { input }, as('viewer'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await errorOf(secured, RETIRE, { id: 'source:socitm-lcioc-purpose', v: 1 }, as('viewer'))).toMatchObject({
      code: 'FORBIDDEN',
    });
    const { createSource: made } = await data<{ createSource: SourceResult }>(secured, CREATE, { input }, as('editor'));
    expect(made).toMatchObject({ id: 'source:viewer-notes', hasText: false, text: null });
    const { auditLog } = await data<{ auditLog: { entries: { actor: string }[] } }>(
      secured,
      AUDIT,
      { id: made.id },
      { token: TEST_TOKENS.admin },
    );
    expect(auditLog.entries.map((entry) => entry.actor)).toEqual(['editor#1']);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const good = { title: 'A report', publisher: 'LGA', kind: 'report', date: '2019' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...good, title: '  ' }, 'input.title'],
      [{ ...good, kind: 'rumour' }, 'input.kind'],
      [{ ...good, date: '2019-13' }, 'input.date'],
      [{ ...good, url: 'javascript:alert(1)' }, 'input.url'],
      [{ ...good, url: 'ftp://example.org/report' }, 'input.url'],
      [{ ...good, url: 'not a url' }, 'input.url'],
      [{ ...good, text: '   ' }, 'input.text'],
      [{ ...good, id: 'source:socitm-lcioc-purpose' }, 'input.id'],
      [{ ...good, id: 'report' }, 'input.id'],
    ];
    for (const [input, field] of cases) {
      expect(await errorOf(app, CREATE, { input }), field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const { sources } = await data<{ sources: { title: string }[] }>(app, '{ sources { title } }');
    expect(sources.map((source) => source.title)).not.toContain('A report');
  });

  it('refuses a text over 1 MB with a clear error', async () => {
    const huge = 'word '.repeat(200_001);
    await expect(
      createSource(
        executor,
        { title: 'Huge', publisher: 'P', kind: 'report', date: '2019', text: huge },
        { id: null, name: 'test' },
      ),
    ).rejects.toMatchObject({ field: 'input.text', message: expect.stringMatching(/at most 1,000,000 bytes/) });
    // Over the API, a pasted text that large is already over the request limit (413).
    const result = await gql(app, CREATE, {
      input: { title: 'Huge', publisher: 'P', kind: 'report', date: '2019', text: huge },
    });
    expect(result.status).toBe(413);
  });
});

describe('the quote rule', () => {
  const advises = (citations: Record<string, unknown>[]) => ({
    type: 'ADVISES',
    from: 'person:jos-creese',
    to: 'body:nesta',
    dateBasis: 'SOURCE_DATE',
    confidence: 0.8,
    citations,
  });

  it('refuses a quote not in its source, naming the field and writing nothing', async () => {
    const minutes = await newSource();
    const before = await relationshipIds();
    const error = await errorOf(app, CREATE_REL, {
      input: advises([{ source: minutes.id, quote: 'agreed to ignore Nesta' }]),
    });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.citations.0.quote' });
    expect(error.message).toContain(`does not occur in ${minutes.id}`);
    expect(await relationshipIds()).toEqual(before);

    const { entity } = await data<{
      entity: { version: number; citations: { source: { id: string }; quote: string }[] };
    }>(app, ENTITY, { id: 'body:nesta' });
    const citations = entity.citations.map((citation) => ({ source: citation.source.id, quote: citation.quote }));
    const refused = await errorOf(app, UPDATE_ENTITY, {
      id: 'body:nesta',
      v: entity.version,
      input: { citations: [...citations, { source: minutes.id, quote: 'Nesta said no' }] },
    });
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: `input.citations.${citations.length}.quote` });
    const after = await data<{ entity: { version: number; citations: unknown[] } }>(app, ENTITY, { id: 'body:nesta' });
    expect(after.entity).toMatchObject({ version: entity.version, citations: entity.citations });
  });

  it('accepts the same words with other whitespace and other quote marks', async () => {
    const minutes = await newSource();
    const { createRelationship } = await data<{ createRelationship: { id: string; citations: { quote: string }[] } }>(
      app,
      CREATE_REL,
      {
        input: advises([
          { source: minutes.id, quote: `agreed to "work closely with Nesta" on the council's digital plan` },
        ]),
      },
    );
    expect(createRelationship.citations[0]!.quote).toContain('"work closely with Nesta"');
    const { source } = await data<{ source: { citationCount: number; citedBy: { relationships: { id: string }[] } } }>(
      app,
      SOURCE,
      { id: minutes.id },
    );
    expect(source.citationCount).toBe(1);
    expect(source.citedBy.relationships.map((edge) => edge.id)).toEqual([createRelationship.id]);

    // A new text must keep the words its citations quote.
    expect(
      await errorOf(app, UPDATE, { id: minutes.id, v: 1, input: { text: 'Minutes of the board. Nothing agreed.' } }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.text' });
    await data(app, UPDATE, {
      id: minutes.id,
      v: 1,
      input: { text: `${MINUTES_TEXT}\n\nItem 4. Any other business.` },
    });
  });

  it("takes any quote from a source without text, as the user's note", async () => {
    const note = await newSource({ kind: 'meeting note', text: null, title: 'Call with Nesta' });
    expect(note.hasText).toBe(false);
    const { createRelationship } = await data<{ createRelationship: { citations: { quote: string }[] } }>(
      app,
      CREATE_REL,
      {
        input: {
          ...advises([{ source: note.id, quote: 'Nesta asked Jos to advise on their local digital work' }]),
          to: 'body:lga',
        },
      },
    );
    expect(createRelationship.citations).toHaveLength(1);
  });

  it('lets no new citation point to a retired source, and keeps the citations it has', async () => {
    const minutes = await newSource();
    const quote = 'work closely with Nesta';
    const { entity } = await data<{
      entity: { version: number; citations: { source: { id: string }; quote: string }[] };
    }>(app, ENTITY, { id: 'body:socitm' });
    const citations = entity.citations.map((citation) => ({ source: citation.source.id, quote: citation.quote }));
    const cited = await data<{ updateEntity: { version: number } }>(app, UPDATE_ENTITY, {
      id: 'body:socitm',
      v: entity.version,
      input: { citations: [...citations, { source: minutes.id, quote }] },
    });
    await data(app, RETIRE, { id: minutes.id, v: 1 });

    const refused = await errorOf(app, CREATE_REL, {
      input: { ...advises([{ source: minutes.id, quote }]), from: 'person:dylan-roberts' },
    });
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.citations.0.source' });
    expect(refused.message).toContain('retired');

    // The entity that already cites it can still be changed, and its citation still reads.
    const { updateEntity } = await data<{
      updateEntity: { version: number; citations: { source: { id: string; retiredAt: string | null } }[] };
    }>(app, UPDATE_ENTITY, {
      id: 'body:socitm',
      v: cited.updateEntity.version,
      input: { description: 'Society for innovation' },
    });
    expect(updateEntity.citations.at(-1)!.source).toMatchObject({ id: minutes.id, retiredAt: expect.any(String) });
  });
});

describe('uploads', () => {
  const input = { title: 'Uploaded page', publisher: 'LGA', kind: 'web page', date: '2018' };

  it('reduces an uploaded .html file to its text: tags gone, entities decoded', async () => {
    const html = `<!doctype html><html><head><title>t</title><style>p { color: red }</style></head>
      <body><h1>Digital leaders</h1><p>The LGA &amp; Socitm <b>agreed</b> a plan &ldquo;for everyone&rdquo;.</p>
      <p>See <a href="https://example.org/plan">the plan</a>.</p></body></html>`;
    const result = await upload(app, CREATE, { input }, new File([html], 'page.html', { type: 'text/html' }));
    expect(result.errors).toBeUndefined();
    const text = result.data!.createSource!.text!;
    expect(text).toContain('Digital leaders');
    expect(text).toContain('The LGA & Socitm agreed a plan “for everyone”.');
    expect(text).not.toMatch(/[<>]|&amp;|example\.org|color: red/);
  });

  it('reads an uploaded .txt file as UTF-8', async () => {
    const result = await upload(
      app,
      CREATE,
      { input: { ...input, title: 'Uploaded notes' } },
      new File(['Café society met on Tuesday.'], 'notes.txt', { type: 'text/plain' }),
    );
    expect(result.data!.createSource).toMatchObject({ hasText: true, text: 'Café society met on Tuesday.' });
  });

  it('refuses other file types, texts over 1 MB and uploads over the limit, writing nothing', async () => {
    const exe = await upload(app, CREATE, { input: { ...input, title: 'Program' } }, new File(['MZ'], 'setup.exe'));
    expect(exe.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.file' });

    const long = await upload(
      app,
      CREATE,
      { input: { ...input, title: 'Long' } },
      new File(['a'.repeat(1_500_000)], 'long.txt', { type: 'text/plain' }),
    );
    expect(long.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.file' });
    expect(long.errors![0]!.message).toContain('at most 1,000,000 bytes');

    const huge = await upload(
      app,
      CREATE,
      { input: { ...input, title: 'Huge' } },
      new File(['a'.repeat(2_200_000)], 'huge.txt', { type: 'text/plain' }),
    );
    expect(huge.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.file' });
    expect(huge.errors![0]!.message).toContain('an upload may be at most 2,000,000 bytes');

    const { sources } = await data<{ sources: { title: string }[] }>(app, '{ sources { title } }');
    expect(sources.map((source) => source.title)).not.toEqual(expect.arrayContaining(['Program']));
    expect(sources.map((source) => source.title).filter((title) => ['Long', 'Huge'].includes(title))).toEqual([]);
  });

  it('keeps CSRF protection for multipart requests: no header, no upload', async () => {
    const result = await upload(
      app,
      CREATE,
      { input: { ...input, title: 'Cross-site' } },
      new File(['text'], 'a.txt', { type: 'text/plain' }),
      {},
    );
    expect(result.status).toBe(403);
    const { sources } = await data<{ sources: { title: string }[] }>(app, '{ sources { title } }');
    expect(sources.map((source) => source.title)).not.toContain('Cross-site');
  });
});

describe('sources and what cites them', () => {
  it('lists every fact that cites a seed source, with its text', async () => {
    const id = 'source:computing-lgcc-created';
    const { source } = await data<{
      source: {
        fileName: string;
        hasText: boolean;
        text: string;
        citationCount: number;
        citedBy: {
          entities: { id: string }[];
          aliases: { entity: { id: string }; alias: { name: string } }[];
          relationships: { id: string }[];
        };
      };
    }>(app, SOURCE, { id });
    expect(source.fileName).toMatch(/\.txt$/);
    expect(source.hasText).toBe(true);
    expect(source.text.length).toBeGreaterThan(200);

    const { network } = await data<{ network: { edges: { id: string; citations: { source: { id: string } }[] }[] } }>(
      app,
      '{ network { edges { id citations { source { id } } } } }',
    );
    const citing = network.edges.filter((edge) => edge.citations.some((citation) => citation.source.id === id));
    expect(citing.length).toBeGreaterThan(0);
    expect(source.citedBy.relationships.map((edge) => edge.id).sort()).toEqual(citing.map((edge) => edge.id).sort());
    expect(source.citedBy.entities.length).toBeGreaterThan(0);
    expect(source.citedBy.aliases.map((entry) => entry.alias.name)).toContain('LGCC');
    expect(source.citationCount).toBe(
      source.citedBy.entities.length + source.citedBy.aliases.length + source.citedBy.relationships.length,
    );
    const { sources } = await data<{ sources: { id: string; citationCount: number }[] }>(
      app,
      '{ sources { id citationCount } }',
    );
    expect(sources.find((entry) => entry.id === id)!.citationCount).toBe(source.citationCount);
  });
});
