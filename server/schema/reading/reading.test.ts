import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../app.ts';
import { seededExecutor, type Executor } from '../../testing/database.ts';
import { as, data, errorOf, gqlUpload } from '../../testing/graphql.ts';
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

const READING = `date mentions { start end text ambiguous candidates { via entity { id name } } }
  relationships { type family from { id } to { id } quote quoteStart quoteEnd trigger confidence validFrom dateBasis status existing { id } }`;
const SOURCE = `query ($id: ID!) { source(id: $id) { reading { ${READING} } } }`;
const READ_TEXT = `query ($text: String, $file: File, $date: String) { readText(text: $text, file: $file, date: $date) { ${READING} } }`;

interface Reading {
  date: string | null;
  mentions: {
    start: number;
    end: number;
    text: string;
    ambiguous: boolean;
    candidates: { via: string; entity: { id: string } }[];
  }[];
  relationships: {
    type: string;
    from: { id: string };
    to: { id: string };
    quote: string;
    quoteStart: number;
    quoteEnd: number;
    validFrom: string | null;
    dateBasis: string;
    status: string;
    existing: { id: string } | null;
  }[];
}

const readText = async (text: string, date: string | null = '2016') =>
  (await data<{ readText: Reading }>(app, READ_TEXT, { text, date })).readText;

describe('Source.reading', () => {
  it("shows a seed text's mentions, and a relationship the atlas has from it as already cited", async () => {
    const { source } = await data<{ source: { reading: Reading } }>(app, SOURCE, {
      id: 'source:computing-lgcc-created',
    });
    const { reading } = source;
    expect(reading.date).toBe('2008');
    const named = new Set(reading.mentions.flatMap((mention) => mention.candidates.map((c) => c.entity.id)));
    expect(named).toContain('person:jos-creese');
    expect(named).toContain('body:socitm');
    const chairs = reading.relationships.find((r) => r.type === 'CHAIRS' && r.from.id === 'person:jos-creese');
    expect(chairs).toMatchObject({
      to: { id: 'body:local-cio-council' },
      quote: 'Jos Creese, chairman of the LGCC',
      status: 'ALREADY_CITED',
      existing: { id: 'rel:jos-creese-chairs-local-cio-council' },
      validFrom: '2008',
      dateBasis: 'SOURCE_DATE',
    });
  });
  it('shows a symmetric relationship the atlas stores the other way round as already cited', async () => {
    const { source } = await data<{ source: { reading: Reading } }>(app, SOURCE, {
      id: 'source:socitm-lcioc-futures-merger',
    });
    // The text says "the National Government CIO Council and the Local CIO Council continue to work
    // closely together"; the seed stores the Local CIO Council working with the national one.
    const together = source.reading.relationships.find(
      (r) => r.type === 'COLLABORATES_WITH' && r.from.id === 'body:national-government-cio-council',
    );
    expect(together).toMatchObject({
      to: { id: 'body:local-cio-council' },
      status: 'ALREADY_CITED',
      existing: { id: 'rel:local-cio-council-collaborates-with-national-government-cio-council' },
    });
  });
});

describe('Query.readText', () => {
  it('reads an unsaved text: offsets point at the names, a new relationship is NEW, a known one would add a citation', async () => {
    const text = 'Board notes. Jos Creese works with Richard Steel. Jos Creese, chairman of the LGCC, spoke.';
    const reading = await readText(text);
    for (const mention of reading.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(reading.relationships.map((r) => [r.from.id, r.type, r.to.id, r.status, r.quote])).toEqual([
      ['person:jos-creese', 'COLLABORATES_WITH', 'person:richard-steel', 'NEW', 'Jos Creese works with Richard Steel'],
      [
        'person:jos-creese',
        'CHAIRS',
        'body:local-cio-council',
        'WOULD_ADD_CITATION',
        'Jos Creese, chairman of the LGCC',
      ],
    ]);
  });

  it('gives a proposal whose quote passes the quote rule once the text is a source', async () => {
    const text = 'Minutes. Richard Steel works with Jos Creese on the plan.';
    const [proposal] = (await readText(text)).relationships;
    const { createSource } = await data<{ createSource: { id: string } }>(
      app,
      'mutation ($input: SourceInput!) { createSource(input: $input) { id } }',
      { input: { title: 'Reading test minutes', publisher: 'Test', kind: 'minutes', date: '2016', text } },
    );
    const { createRelationship } = await data<{ createRelationship: { citations: { quote: string }[] } }>(
      app,
      'mutation ($input: RelationshipInput!) { createRelationship(input: $input) { citations { quote } } }',
      {
        input: {
          type: proposal!.type,
          from: proposal!.from.id,
          to: proposal!.to.id,
          validFrom: proposal!.validFrom,
          dateBasis: proposal!.dateBasis,
          confidence: 1,
          citations: [{ source: createSource.id, quote: proposal!.quote }],
        },
      },
    );
    expect(createRelationship.citations).toEqual([{ quote: 'Richard Steel works with Jos Creese' }]);
    const again = (await data<{ source: { reading: Reading } }>(app, SOURCE, { id: createSource.id })).source.reading;
    expect(again.relationships.map((r) => r.status)).toEqual(['ALREADY_CITED']);
  });

  it('offers every candidate of an ambiguous acronym', async () => {
    const reading = await readText('The LGA and the LGCC met.', null);
    expect(reading.mentions.map((mention) => mention.text)).toEqual(['LGA', 'LGCC']);
  });

  it('names every stakeholder a plural note covers, as no ambiguity, with one proposal each', async () => {
    const reading = await readText('Socitm supports the devolved administrations.');
    const plural = reading.mentions.find((mention) => mention.text === 'devolved administrations');
    expect(plural?.ambiguous).toBe(false);
    expect(plural?.candidates.map((c) => c.entity.id).sort()).toEqual([
      'body:northern-ireland',
      'body:scotland',
      'body:wales',
    ]);
    const supported = reading.relationships.filter((r) => r.type === 'SUPPORTS').map((r) => r.to.id);
    expect(supported.sort()).toEqual(['body:northern-ireland', 'body:scotland', 'body:wales']);
  });

  it('reads an uploaded file as it reads pasted text', async () => {
    const file = new File(['<html><body><p>Jos Creese, chairman of the LGCC</p></body></html>'], 'n.html', {
      type: 'text/html',
    });
    const upload = await gqlUpload<{ readText: Reading }>(app, READ_TEXT, { date: '2016' }, [{ path: 'file', file }]);
    expect(upload.data?.readText.relationships.map((r) => r.quote)).toEqual(['Jos Creese, chairman of the LGCC']);
  });

  it('reads hostile texts: HTML, control characters, right-to-left marks, no sentences', async () => {
    const reading = await readText(`<p>\u0000Socitm\u202e</p>\u0007${'word '.repeat(15_000)}`);
    expect(reading.mentions.map((mention) => mention.text)).toEqual(['Socitm']);
  });

  it('refuses a text over 1 MB and a bad date, naming the field', async () => {
    const big = new File(['Socitm '.repeat(150_000)], 'big.txt', { type: 'text/plain' });
    const upload = await gqlUpload(app, READ_TEXT, { date: '2016' }, [{ path: 'file', file: big }]);
    expect(upload.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(await errorOf(app, READ_TEXT, { date: '2016' })).toMatchObject({ field: 'text' });
    expect(await errorOf(app, READ_TEXT, { text: 'Socitm', date: '2016-13' })).toMatchObject({ field: 'date' });
  });

  it('is closed to anyone not signed in', async () => {
    expect(await errorOf(secured, READ_TEXT, { text: 'Socitm' })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(
      (await data<{ readText: Reading }>(secured, READ_TEXT, { text: 'Socitm' }, as('viewer'))).readText.mentions,
    ).toHaveLength(1);
  });
});

describe('new stakeholders', () => {
  it('proposes names the atlas does not hold, with their sentence, acronym and possible duplicates', async () => {
    const query = `query ($text: String!) { readText(text: $text, date: "2016") {
      stakeholders { name kind sentence acronym role possibleDuplicates { match entity { id } } } } }`;
    const text = 'Minutes. The Local CIOs Council (LCC) met Socitm. Dr Ann Lee spoke.';
    const { readText: reading } = await data<{
      readText: {
        stakeholders: {
          name: string;
          kind: string;
          sentence: string;
          acronym: string | null;
          possibleDuplicates: { match: string; entity: { id: string } }[];
        }[];
      };
    }>(app, query, { text });
    expect(reading.stakeholders.map(({ name, kind, acronym }) => [name, kind, acronym])).toEqual([
      ['Local CIOs Council', 'BODY', 'LCC'],
      ['Dr Ann Lee', 'PERSON', null],
    ]);
    expect(reading.stakeholders[0]!.sentence).toBe('The Local CIOs Council (LCC) met Socitm.');
    expect(reading.stakeholders[0]!.possibleDuplicates).toContainEqual({
      match: 'POSSIBLE',
      entity: { id: 'body:local-cio-council' },
    });
  });
});

describe('rejections and mentions', () => {
  const newSource = async (title: string, text: string) =>
    (
      await data<{ createSource: { id: string } }>(
        app,
        'mutation ($input: SourceInput!) { createSource(input: $input) { id } }',
        { input: { title, publisher: 'Test', kind: 'minutes', date: '2016', text } },
      )
    ).createSource.id;
  const REJECT = `mutation ($source: ID!, $type: String!, $from: ID!, $to: ID!) {
    rejectProposal(source: $source, type: $type, from: $from, to: $to) }`;

  it('never proposes a rejected relationship again for that source, and only for that source', async () => {
    const text = 'Minutes. Richard Steel works with Jos Creese. Socitm endorses the LGCC.';
    const first = await newSource('Rejection minutes one', text);
    const second = await newSource('Rejection minutes two', text);
    const reading = async (id: string) =>
      (await data<{ source: { reading: Reading } }>(app, SOURCE, { id })).source.reading.relationships.map(
        (r) => r.type,
      );
    expect(await reading(first)).toEqual(['COLLABORATES_WITH', 'ENDORSES']);
    const rejection = {
      source: first,
      type: 'COLLABORATES_WITH',
      from: 'person:richard-steel',
      to: 'person:jos-creese',
    };
    expect(await data(app, REJECT, rejection)).toEqual({ rejectProposal: true });
    expect(await reading(first)).toEqual(['ENDORSES']);
    expect(await reading(second)).toEqual(['COLLABORATES_WITH', 'ENDORSES']);
  });

  it('refuses a rejection for a missing source, and from a viewer', async () => {
    const rejection = { source: 'source:nowhere', type: 'CHAIRS', from: 'person:jos-creese', to: 'body:socitm' };
    expect(await errorOf(app, REJECT, rejection)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await errorOf(secured, REJECT, rejection, as('viewer'))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it("lists on a stakeholder's page the sources that name it, cited for it or not", async () => {
    const id = await newSource('Mentions minutes', 'Minutes. Richard Steel and Dylan Roberts spoke.');
    const { entity } = await data<{ entity: { mentionedIn: { id: string }[] } }>(
      app,
      'query { entity(id: "person:dylan-roberts") { mentionedIn { id } } }',
    );
    expect(entity.mentionedIn.map((source) => source.id)).toEqual(
      expect.arrayContaining(['source:socitm-local-digital-coalition', id]),
    );
  });
});
