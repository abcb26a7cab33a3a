import { describe, expect, it } from 'vitest';
import { entitySchema, relationshipSchema, type Entity, type Relationship } from './records.ts';
import { aliasId, aliasRows, citationsOf, entityRow, identifiersOf, relationshipRow, sourceRow } from './storage.ts';

const citations = [
  { source: 'source:one', quote: 'the Local CIO Council', note: 'Read as the council of 2011.' },
  { source: 'source:two', quote: 'LCIOC' },
];

const body = entitySchema.parse({
  id: 'body:local-cio-council',
  kind: 'BODY',
  type: 'leadership-council',
  sector: 'local-government',
  name: 'Local CIO Council',
  aliases: [{ name: 'Local Government CIO Council', kind: 'name', validFrom: '2008', validTo: '2011', citations }],
  citations,
}) as Entity;

describe('storage of records as Neo4j properties', () => {
  it('stores identifiers as text forms and lower-case lookup keys, and reads them back', () => {
    const coded = entitySchema.parse({ ...body, identifiers: ['gss:E06000023', 'companies-house:AB12'] }) as Entity;
    const { properties } = entityRow(coded);
    expect(properties.identifiers).toEqual(['gss:E06000023', 'companies-house:AB12']);
    expect(properties.identifierKeys).toEqual(['gss:e06000023', 'e06000023', 'companies-house:ab12', 'ab12']);
    expect(identifiersOf(properties)).toEqual(coded.identifiers);
    expect(entityRow(body).properties).toMatchObject({ identifiers: null, identifierKeys: null });
    expect(identifiersOf({})).toEqual([]);
  });

  it('stores citations as three parallel lists and reads them back, a missing note as null', () => {
    const { properties } = entityRow(body);
    expect(properties).toMatchObject({
      citationSources: ['source:one', 'source:two'],
      citationQuotes: ['the Local CIO Council', 'LCIOC'],
      citationNotes: ['Read as the council of 2011.', ''],
    });
    expect(citationsOf(properties)).toEqual([citations[0], { ...citations[1], note: null }]);
  });

  it('stores no notes list when no citation has a note (null, so writing again clears an old one)', () => {
    const unnoted = citations.map(({ source, quote }) => ({ source, quote }));
    const person = entitySchema.parse({ id: 'person:jo', kind: 'PERSON', name: 'Jo', citations: unnoted }) as Entity;
    const { properties } = entityRow(person);
    expect(properties.citationNotes).toBeNull();
    expect(citationsOf(properties)).toEqual(unnoted.map((citation) => ({ ...citation, note: null })));
    // As read back from Neo4j, where a null property is absent.
    const { citationNotes: _absent, ...read } = properties;
    expect(citationsOf(read)).toEqual(citationsOf(properties));
  });

  it('writes every optional property, as null when absent, so writing again clears it', () => {
    const person = entitySchema.parse({ id: 'person:jo', kind: 'PERSON', name: 'Jo', citations }) as Entity;
    expect(entityRow(person)).toMatchObject({
      id: 'person:jo',
      label: 'Person',
      properties: { kind: 'PERSON', description: null, type: null, sector: null, validFrom: null, validTo: null },
    });
    expect(entityRow(body).label).toBe('Body');
    expect(
      sourceRow({
        id: 's',
        title: 't',
        publisher: 'p',
        kind: 'article',
        fileName: 'f.txt',
        date: '2016',
        dateEstimated: false,
      }),
    ).toEqual({
      id: 's',
      properties: {
        title: 't',
        publisher: 'p',
        kind: 'article',
        fileName: 'f.txt',
        date: '2016',
        dateEstimated: false,
        url: null,
        text: null,
        dateNote: null,
      },
    });
  });

  it('gives each alias an id from its entity and its name, and keeps its period and citations', () => {
    expect(aliasId('body:socitm', { name: 'Society of IT Management (old)' })).toBe(
      'body:socitm#society-of-it-management-old',
    );
    const [alias] = aliasRows(body);
    expect(alias).toMatchObject({
      id: 'body:local-cio-council#local-government-cio-council',
      entityId: 'body:local-cio-council',
      properties: { name: 'Local Government CIO Council', kind: 'name', validFrom: '2008', validTo: '2011' },
    });
    expect(citationsOf(alias!.properties)).toEqual(citationsOf(entityRow(body).properties));
  });

  it('round-trips a relationship: the stored properties read back as the record', () => {
    const record = relationshipSchema.parse({
      id: 'rel:jo-chairs-local-cio-council',
      type: 'CHAIRS',
      from: 'person:jo',
      to: 'body:local-cio-council',
      role: 'Chair',
      validFrom: '2008',
      dateBasis: 'inferred',
      confidence: 0.8,
      citations,
    }) as Relationship;
    const row = relationshipRow(record);
    const { citationSources: _s, citationQuotes: _q, citationNotes: _n, ...rest } = row.properties;
    const readBack = {
      id: row.id,
      type: row.type,
      from: row.from,
      to: row.to,
      ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== null)),
      citations: citationsOf(row.properties).map(({ note, ...citation }) =>
        note === null ? citation : { ...citation, note },
      ),
    };
    expect(relationshipSchema.parse(readBack)).toEqual(record);
  });
});
