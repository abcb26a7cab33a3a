import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readAtlasFile } from './atlas-file.ts';
import { formatProblem } from './problems.ts';
import { validateAtlasFiles } from './validate.ts';

const TEXT = 'Jo Bloggs, Chair of the Local CIO Council, said the council would  influence the LGA.';
const texts = new Map([['000.txt', TEXT]]);

const source = {
  id: 'source:purpose',
  title: 'The purpose',
  publisher: 'Socitm',
  kind: 'web page',
  fileName: '000.txt',
  date: '2016',
  dateEstimated: true,
};
const cite = (quote: string) => [{ source: 'source:purpose', quote }];
const council = {
  id: 'body:local-cio-council',
  kind: 'BODY',
  type: 'leadership-council',
  sector: 'local-government',
  name: 'Local CIO Council',
  citations: cite('the Local CIO Council'),
};
const lga = {
  id: 'body:lga',
  kind: 'BODY',
  type: 'network',
  sector: 'local-government',
  name: 'LGA',
  citations: cite('the LGA'),
};
const jo = { id: 'person:jo-bloggs', kind: 'PERSON', name: 'Jo Bloggs', citations: cite('Jo Bloggs') };
const chairs = {
  id: 'rel:jo-bloggs-chairs-local-cio-council',
  type: 'CHAIRS',
  from: 'person:jo-bloggs',
  to: 'body:local-cio-council',
  role: 'Chair',
  validFrom: '2016',
  dateBasis: 'source-date',
  confidence: 1,
  citations: cite('Jo Bloggs, Chair of the Local CIO Council'),
};

/** Files written as YAML and read back, as the import reads them. */
function validate(files: Record<string, object>) {
  const read = Object.entries(files).map(([file, lists]) =>
    readAtlasFile(file, stringify({ format: 'stakeholder-atlas/1', ...lists })),
  );
  return validateAtlasFiles(read, texts, 'sources/');
}

describe('validating a set of Atlas data files', () => {
  it('accepts a valid set across files and returns its records, parsed', () => {
    const { problems, records } = validate({
      'sources.yaml': { sources: [source] },
      'entities.yaml': { entities: [council, lga, jo] },
      'relationships.yaml': { relationships: [chairs] },
    });
    expect(problems).toEqual([]);
    // The file's text comes with the record, so the import stores it on the source.
    expect(records.sources).toEqual([{ ...source, text: TEXT }]);
    expect(records.entities.map((entity) => entity.id)).toEqual([council.id, lga.id, jo.id]);
    expect(records.entities[0]!.aliases).toEqual([]);
    expect(records.relationships).toEqual([chairs]);
  });

  it('reports a quote that is not in its source, and tolerates different whitespace', () => {
    const misquoted = { ...chairs, citations: cite('words that the source never said') };
    const rewrapped = {
      ...chairs,
      id: 'rel:jo-bloggs-holds-role-at-local-cio-council',
      type: 'HOLDS_ROLE_AT',
      citations: cite('Jo  Bloggs,\n  Chair of the\tLocal CIO Council'),
    };
    const { problems } = validate({
      'all.yaml': { sources: [source], entities: [council, jo] },
      'relationships.yaml': { relationships: [misquoted, rewrapped] },
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'citations.0.quote', file: 'relationships.yaml', record: chairs.id });
    expect(problems[0]!.reason).toContain('quote not found');
  });

  it("checks quotes against a source's own text, with quote marks normalised", () => {
    const minutes = {
      id: 'source:minutes',
      title: 'Minutes',
      publisher: 'Local CIO Council',
      kind: 'minutes',
      text: 'The council agreed to \u201cwork with the LGA\u201d on the council\u2019s plan.',
      date: '2016-04',
      dateEstimated: false,
    };
    const byMinutes = (quote: string) => ({ ...chairs, citations: [{ source: 'source:minutes', quote }] });
    const { problems, records } = validate({
      'all.yaml': { sources: [source, minutes], entities: [council, jo] },
      'relationships.yaml': {
        relationships: [
          byMinutes(`agreed to "work with the LGA" on the council's plan`),
          { ...byMinutes('agreed to ignore the LGA'), id: 'rel:jo-bloggs-holds-role-at-local-cio-council' },
        ],
      },
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      record: 'rel:jo-bloggs-holds-role-at-local-cio-council',
      field: 'citations.0.quote',
    });
    expect(records.sources[1]).toEqual(minutes);
  });

  it('accepts any quote from a source without text, and refuses a source with both a file and a text', () => {
    const note = { ...source, id: 'source:note', kind: 'meeting note', fileName: undefined };
    const both = { ...source, id: 'source:both', text: 'words' };
    const { problems } = validate({
      'all.yaml': { sources: [source, JSON.parse(JSON.stringify(note)), both], entities: [council, jo] },
      'relationships.yaml': {
        relationships: [{ ...chairs, citations: [{ source: 'source:note', quote: 'Jo said so at the meeting' }] }],
      },
    });
    expect(problems).toEqual([
      { file: 'all.yaml', record: 'source:both', field: 'text', reason: 'give either fileName or text, not both' },
    ]);
  });

  it('lists every problem of the records with file, record and field', () => {
    const { problems } = validate({
      'all.yaml': {
        sources: [{ ...source, fileName: '999.txt' }],
        entities: [
          { ...council, id: 'body:Bad Id' },
          { ...lga, sector: 'space', validFrom: '2016-13' },
          { ...jo, nickname: 'JB', phone: 'none' },
        ],
        relationships: [{ ...chairs, validFrom: '2016', validTo: '2015', to: 'body:nowhere' }],
      },
    });
    expect(problems.map((problem) => `${problem.record} ${problem.field}`)).toEqual([
      'body:Bad Id id',
      'body:lga sector',
      'body:lga validFrom',
      'person:jo-bloggs nickname',
      'person:jo-bloggs phone',
      'source:purpose fileName',
      // Jo's record is invalid, so nothing may refer to it either.
      `${chairs.id} from`,
      `${chairs.id} to`,
      `${chairs.id} validTo`,
    ]);
    const byField = Object.fromEntries(problems.map((problem) => [`${problem.record} ${problem.field}`, problem]));
    expect(byField['body:lga validFrom']!.reason).toContain('has month 13');
    expect(byField['person:jo-bloggs nickname']!.reason).toBe('unknown field');
    expect(byField['source:purpose fileName']!.reason).toBe('no file 999.txt in sources/');
    expect(byField[`${chairs.id} to`]!.reason).toBe('unknown entity "body:nowhere"');
    expect(byField[`${chairs.id} validTo`]!.reason).toBe('validTo 2015 is before validFrom 2016');
    expect(formatProblem(byField['body:lga sector']!)).toMatch(/^all\.yaml: body:lga: sector: /);
  });

  it('rejects an id used twice across files, naming the file that has it first', () => {
    const { problems } = validate({
      'sources.yaml': { sources: [source] },
      'bodies.yaml': { entities: [council] },
      'more.yaml': { entities: [{ ...council, name: 'Another council' }] },
    });
    expect(problems).toEqual([
      { file: 'more.yaml', record: council.id, field: 'id', reason: 'duplicate id (also in bodies.yaml)' },
    ]);
  });

  it('rejects an unknown source, a duplicate alias, an alias ending before it starts and a self-link', () => {
    const aliased = {
      ...council,
      aliases: [
        { name: 'LCIOC', kind: 'acronym', citations: cite('Local CIO Council') },
        { name: 'lcioc', kind: 'acronym', validFrom: '2013', validTo: '2011', citations: cite('Local CIO Council') },
      ],
      citations: [{ source: 'source:elsewhere', quote: 'anything' }],
    };
    const { problems } = validate({
      'all.yaml': {
        sources: [source],
        entities: [aliased, jo],
        relationships: [{ ...chairs, to: 'person:jo-bloggs' }],
      },
    });
    expect(problems.map((problem) => [problem.record, problem.field, problem.reason])).toEqual([
      [council.id, 'citations.0.source', 'unknown source "source:elsewhere"'],
      [council.id, 'aliases.1.name', 'duplicate alias "lcioc"'],
      [council.id, 'aliases.1.validTo', 'validTo 2011 is before validFrom 2013'],
      [chairs.id, 'to', 'a relationship cannot link an entity to itself'],
    ]);
  });

  it('carries the problems of reading the files into the result', () => {
    const broken = readAtlasFile('broken.yaml', 'format: stakeholder-atlas/1\nentities: [\n');
    const { problems, records } = validateAtlasFiles([broken], texts, 'sources/');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.reason).toMatch(/^YAML syntax error at line/);
    expect(records.entities).toEqual([]);
  });
});
