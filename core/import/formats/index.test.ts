import { describe, expect, it } from 'vitest';
import { entitiesCsv, relationshipsCsv } from '../../export/csv.ts';
import { cytoscapeJson } from '../../export/cyjs.ts';
import { kumuJson } from '../../export/kumu.ts';
import { EXPORTED } from './export-graph.fixture.ts';
import { detectFormat, MAX_IMPORT_FILE_BYTES, MAX_PROBLEMS_PER_FILE, readTable } from './index.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('detectFormat', () => {
  it('goes by extension, in any case', () => {
    expect(detectFormat('People.CSV', utf8('Label'))).toBe('csv');
    expect(detectFormat('a.tsv', utf8('Label'))).toBe('csv');
    expect(detectFormat('kumu.xlsx', new Uint8Array([1]))).toBe('xlsx');
    expect(detectFormat('n.graphml', utf8('<graphml/>'))).toBe('graphml');
    expect(detectFormat('n.gexf', utf8('<gexf/>'))).toBe('gexf');
    expect(detectFormat('n.cyjs', utf8('{}'))).toBe('cyjs');
    expect(detectFormat('bodies.yaml', utf8('format: stakeholder-atlas/1'))).toBe('atlas');
    expect(detectFormat('notes.docx', utf8('x'))).toBeNull();
    expect(detectFormat('no-extension', utf8('x'))).toBeNull();
  });

  it('tells .json files apart by what they hold', () => {
    expect(detectFormat('a.json', utf8('{"format": "stakeholder-atlas/1", "entities": []}'))).toBe('atlas');
    expect(detectFormat('a.json', utf8(cytoscapeJson(EXPORTED)))).toBe('cyjs');
    expect(detectFormat('a.json', utf8('[{"group": "nodes", "data": {"id": "a"}}]'))).toBe('cyjs');
    expect(detectFormat('network.kumu.json', utf8(kumuJson(EXPORTED)))).toBe('kumu-json');
    expect(detectFormat('a.json', utf8('{"elements": [{"label": "A"}]}'))).toBe('kumu-json');
    expect(detectFormat('a.json', utf8('{"rows": []}'))).toBeNull();
    expect(detectFormat('a.json', utf8('{oops'))).toBeNull();
  });
});

describe('readTable', () => {
  it('reads our CSV exports of entities and relationships with every column', () => {
    const entities = readTable('entities.csv', utf8(entitiesCsv(EXPORTED)));
    expect(entities.problems).toEqual([]);
    expect(entities.elements.columns).toEqual([
      'id',
      'kind',
      'name',
      'label',
      'type',
      'sector',
      'validFrom',
      'validTo',
      'description',
      'identifiers',
      'names over time',
      'citations',
      'aliases (JSON)',
      'citations (JSON)',
    ]);
    const [kent, alex] = entities.elements.rows;
    expect(kent!.values).toMatchObject({
      identifiers: 'gss:E10000016',
      id: 'body:kent-county-council',
      kind: 'BODY',
      name: 'Kent County Council',
      type: 'council',
      sector: 'local-government',
      validFrom: '1889',
      description: 'Upper-tier council for Kent; "county" & <district> tiers',
    });
    expect(JSON.parse(kent!.values['aliases (JSON)']!)).toEqual(EXPORTED.entities[0]!.aliases);
    expect(JSON.parse(kent!.values['citations (JSON)']!)).toEqual(EXPORTED.entities[0]!.citations);
    expect(alex!.values).toMatchObject({ kind: 'PERSON', validFrom: '2014-04', validTo: '2019-03-31' });

    const relationships = readTable('relationships.csv', utf8(relationshipsCsv(EXPORTED)));
    expect(relationships.problems).toEqual([]);
    // "from" and "to" make it a connections table.
    expect(relationships.elements.rows).toEqual([]);
    const relationship = EXPORTED.relationships[0]!;
    const [row] = relationships.connections.rows;
    expect(row).toEqual({
      at: 'row 2',
      values: expect.objectContaining({
        id: relationship.id,
        type: 'HOLDS_ROLE_AT',
        family: 'MEMBERSHIP',
        from: 'person:alex-fenwick',
        'from name': 'Alex Fenwick',
        to: 'body:kent-county-council',
        'to name': 'Kent County Council',
        role: 'Chief Information Officer',
        validFrom: '2014-04',
        validTo: '2019-03',
        dateBasis: 'stated',
        confidence: '0.8',
      }),
    });
    expect(JSON.parse(row!.values['citations (JSON)']!)).toEqual(relationship.citations);
  });

  it('dispatches .json by content, and refuses an Atlas data file as a table', () => {
    expect(readTable('network.kumu.json', utf8(kumuJson(EXPORTED))).format).toBe('kumu-json');
    expect(readTable('network.json', utf8(cytoscapeJson(EXPORTED))).format).toBe('cyjs');
    expect(readTable('bodies.yaml', utf8('format: stakeholder-atlas/1')).problems[0]!.reason).toMatch(
      /^is a Stakeholder Atlas data file: it is imported as it is/,
    );
  });

  it('checks the size first, and names the formats it reads for an unknown one', () => {
    const tooLarge = new Uint8Array(MAX_IMPORT_FILE_BYTES + 1024 * 1024);
    expect(readTable('huge.csv', tooLarge).problems).toEqual([
      { file: 'huge.csv', record: '', field: '', reason: 'is 21 MB; files of at most 20 MB can be imported' },
    ]);
    const unknown = readTable('notes.docx', utf8('x')).problems[0]!.reason;
    expect(unknown).toMatch(
      /^is not a format the import reads \(\.csv, \.tsv, \.xlsx, \.graphml, \.gexf, \.cyjs, \.json\): /,
    );
    expect(unknown).toContain('Kumu JSON blueprint');
    expect(readTable('a.json', utf8('{"rows": []}')).problems[0]!.reason).toMatch(/^is JSON, but neither/);
    expect(readTable('a.json', utf8('{\n"rows": [}')).problems[0]!.reason).toMatch(/^JSON syntax error/);
    expect(readTable('a.json', new Uint8Array()).problems[0]!.reason).toBe('is empty');
  });

  it('lists at most MAX_PROBLEMS_PER_FILE problems, then says how many more', () => {
    const rows = Array.from({ length: MAX_PROBLEMS_PER_FILE + 5 }, (_, index) => `=A${index}`);
    const table = readTable('formulas.csv', utf8(`Label\n${rows.join('\n')}\n`));
    expect(table.problems).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
    expect(table.problems.at(-1)!.reason).toBe(
      'has 5 more problems not listed; correct those above and import it again',
    );
  });
});
