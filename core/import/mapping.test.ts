import { describe, expect, it } from 'vitest';
import type { KnownEntity } from '../matching.ts';
import { guessMapping, layoutOf, mapTables, type ImportMapping, type MapContext } from './mapping.ts';
import type { ImportTable, TableRow } from './table.ts';

function table(file: string, elements: Record<string, string>[], connections: Record<string, string>[] = []) {
  const section = (rows: Record<string, string>[], first: number) => ({
    columns: [...new Set(rows.flatMap((row) => Object.keys(row)))],
    rows: rows.map((values, index): TableRow => ({ at: `row ${index + first}`, values })),
  });
  return {
    file,
    format: 'csv',
    elements: section(elements, 2),
    connections: section(connections, 2),
    problems: [],
  } satisfies ImportTable;
}

const KUMU_ELEMENTS: Record<string, string>[] = [
  { Label: 'Kent County Council', Type: 'Council', Description: 'Upper-tier council' },
  { Label: 'Sam Patel', Type: 'Person' },
  { Label: 'Digital Kent', Type: 'Project', Start: '2019-04' },
];
const KUMU_CONNECTIONS: Record<string, string>[] = [
  { From: 'Sam Patel', To: 'Kent County Council', Type: 'Holds role at', Role: 'CIO', Start: '2018' },
  { From: 'Kent County Council', To: 'Digital Kent', Type: 'Runs', Confidence: '0.8' },
];

const known: KnownEntity[] = [
  { id: 'body:lga', name: 'LGA', kind: 'BODY', aliases: [] },
  { id: 'body:socitm', name: 'Socitm', kind: 'BODY', aliases: [{ name: 'Society of IT Management', kind: 'name' }] },
];
const context = (more: Partial<MapContext> = {}): MapContext => ({
  known,
  sourceOf: (file) => `source:import-${file.replace(/\W+/g, '-')}`,
  ...more,
});

function kumuMapping(tables: ImportTable[]): ImportMapping {
  const mapping = guessMapping(tables);
  mapping.defaults.sector = 'local-government';
  return mapping;
}

describe('guessing a mapping from column names', () => {
  it('finds the Kumu columns of elements and connections', () => {
    const tables = [table('elements.csv', KUMU_ELEMENTS), table('connections.csv', [], KUMU_CONNECTIONS)];
    const mapping = guessMapping(tables);
    expect(mapping.elements).toEqual({ name: 'Label', type: 'Type', description: 'Description', validFrom: 'Start' });
    expect(mapping.connections).toEqual({
      from: 'From',
      to: 'To',
      type: 'Type',
      role: 'Role',
      validFrom: 'Start',
      confidence: 'Confidence',
    });
  });

  it('names a layout by format and columns, the same for the same files in any order', () => {
    const a = table('a.csv', KUMU_ELEMENTS);
    const b = table('b.csv', [], KUMU_CONNECTIONS);
    expect(layoutOf([a, b])).toBe(layoutOf([b, a]));
    expect(layoutOf([a])).not.toBe(layoutOf([a, b]));
  });
});

describe('mapping rows to records', () => {
  it('turns Kumu sheets into stakeholders and relationships citing their rows', () => {
    const tables = [table('elements.csv', KUMU_ELEMENTS), table('connections.csv', [], KUMU_CONNECTIONS)];
    const mapped = mapTables(tables, kumuMapping(tables), context());
    expect(mapped.problems).toEqual([]);
    expect(mapped.entities.map((entity) => [entity.id, entity.kind, 'type' in entity ? entity.type : null])).toEqual([
      ['body:kent-county-council', 'BODY', 'council'],
      ['person:sam-patel', 'PERSON', null],
      ['programme:digital-kent', 'PROGRAMME', 'project'],
    ]);
    expect(mapped.entities[0]).toMatchObject({
      sector: 'local-government',
      description: 'Upper-tier council',
      citations: [{ source: 'source:import-elements-csv', quote: 'elements.csv, row 2' }],
    });
    expect(mapped.relationships).toEqual([
      {
        id: 'rel:sam-patel-holds-role-at-kent-county-council-2018',
        type: 'HOLDS_ROLE_AT',
        from: 'person:sam-patel',
        to: 'body:kent-county-council',
        role: 'CIO',
        validFrom: '2018',
        dateBasis: 'stated',
        confidence: 1,
        citations: [{ source: 'source:import-connections-csv', quote: 'connections.csv, row 2' }],
      },
      expect.objectContaining({ id: 'rel:kent-county-council-runs-digital-kent', type: 'RUNS', confidence: 0.8 }),
    ]);
    expect(mapped.stakeholders.map((row) => [row.row, row.outcome.kind])).toEqual([
      ['elements.csv: row 2', 'new'],
      ['elements.csv: row 3', 'new'],
      ['elements.csv: row 4', 'new'],
    ]);
  });

  it('gives the same ids when the same file is mapped again', () => {
    const tables = [table('elements.csv', KUMU_ELEMENTS), table('connections.csv', [], KUMU_CONNECTIONS)];
    const once = mapTables(tables, kumuMapping(tables), context());
    const twice = mapTables(tables, kumuMapping(tables), context());
    expect(twice.entities).toEqual(once.entities);
    expect(twice.relationships).toEqual(once.relationships);
  });

  it('reports a value outside the vocabulary once, with how many rows have it, until the user maps it', () => {
    const rows = [
      { Label: 'Socitm South', Type: 'Association' },
      { Label: 'Socitm North', Type: 'association' },
      { Label: 'Nesta', Type: 'Charity' },
    ];
    const tables = [table('orgs.csv', rows)];
    const mapping = kumuMapping(tables);
    const first = mapTables(tables, mapping, context());
    expect(first.entities).toEqual([]);
    expect(first.unmapped).toEqual([
      { field: 'elementType', value: 'Association', rows: 2 },
      { field: 'elementType', value: 'Charity', rows: 1 },
    ]);
    expect(first.problems).toEqual([
      {
        file: 'orgs.csv',
        record: 'row 2',
        field: 'Type',
        reason: 'unknown type "Association": map it to a person or a kind of body or programme',
      },
      expect.objectContaining({ record: 'row 4', field: 'Type' }),
    ]);
    mapping.values.elementType = { ASSOCIATION: 'BODY:professional-association', charity: 'BODY:foundation' };
    const second = mapTables(tables, mapping, context());
    expect(second.problems).toEqual([]);
    expect(second.entities.map((entity) => ('type' in entity ? entity.type : null))).toEqual([
      'professional-association',
      'professional-association',
      'foundation',
    ]);
  });

  it('lists each mapped field’s unknown and missing values, each once, with its column and why', () => {
    const tables = [
      table(
        'mixed.csv',
        [
          { Label: 'Harbour Trust', Type: 'Sprocket', Sector: 'Third sector' },
          { Label: 'Quay Trust', Type: 'Sprocket', Sector: 'Third sector' },
          { Label: 'No Type Ltd', Sector: 'Private' },
          { Label: 'Moon Council', Type: 'Council', Sector: 'Lunar' },
          { Label: 'Sectorless Council', Type: 'Council' },
        ],
        [
          { From: 'LGA', To: 'Socitm', Type: 'Befriends' },
          { From: 'Socitm', To: 'LGA' },
        ],
      ),
    ];
    const mapped = mapTables(tables, guessMapping(tables), context());
    expect(mapped.unmapped).toEqual([
      { field: 'elementType', value: 'Sprocket', rows: 2 },
      { field: 'elementType', value: '', rows: 1 },
      { field: 'sector', value: 'Lunar', rows: 1 },
      { field: 'sector', value: '', rows: 1 },
      { field: 'relationshipType', value: 'Befriends', rows: 1 },
      { field: 'relationshipType', value: '', rows: 1 },
    ]);
    const at = (record: string, field: string, reason: string) => ({ file: 'mixed.csv', record, field, reason });
    expect(mapped.problems).toEqual(
      expect.arrayContaining([
        at('row 2', 'Type', 'unknown type "Sprocket": map it to a person or a kind of body or programme'),
        at('row 4', 'Type', 'no type: map a Type column, or choose what stakeholders without one are'),
        at('row 5', 'Sector', expect.stringMatching(/^unknown sector "Lunar": map it to one of [a-z-]+, /)),
        at('row 6', 'Sector', 'a body needs a sector: map a Sector column, or choose one for bodies without it'),
        at('row 3', 'Type', 'no relationship type: map a Type column, or choose a type for connections without one'),
      ]),
    );
    expect(mapped.problems).toContainEqual(
      at('row 2', 'Type', expect.stringMatching(/^unknown relationship type "Befriends": map it to one of [A-Z_]+, /)),
    );
  });

  it('asks for a sector for bodies when the file has none', () => {
    const tables = [table('bodies.csv', [{ Label: 'Kent County Council', Type: 'council' }])];
    const mapped = mapTables(tables, guessMapping(tables), context());
    expect(mapped.problems).toEqual([
      {
        file: 'bodies.csv',
        record: 'row 2',
        field: '',
        reason: 'a body needs a sector: map a Sector column, or choose one for bodies without it',
      },
    ]);
    expect(mapped.unmapped).toEqual([{ field: 'sector', value: '', rows: 1 }]);
  });

  it('names the file, row, column and reason of each bad cell', () => {
    const tables = [
      table(
        'bad.csv',
        [
          { Label: 'Kent County Council', Type: 'council' },
          { Type: 'person' },
          { Label: 'Digital Kent', Type: 'project', Start: '2019-13' },
          { Label: 'Old Programme', Type: 'project', Start: '2019', End: '2015' },
        ],
        [
          { From: 'Kent County Council', To: 'Nowhere Council', Type: 'runs' },
          { From: 'Kent County Council', To: 'Digital Kent', Type: 'runs', Confidence: 'high' },
          { From: 'Kent County Council', To: 'Kent County Council', Type: 'advises' },
          { From: 'Kent County Council', To: 'Old Programme', Type: 'runs', Start: '2020', End: '2019' },
        ],
      ),
    ];
    const mapped = mapTables(tables, kumuMapping(tables), context());
    expect(mapped.problems.map(({ record, field, reason }) => `${record} | ${field} | ${reason}`)).toEqual([
      'row 3 | Label | missing name',
      'row 4 | Start | "2019-13" has month 13, expected 01-12',
      'row 5 | End | ends (2015) before it starts (2019)',
      'row 2 | To | unknown relationship end "Nowhere Council": no element has this id or name',
      'row 3 | To | "Digital Kent" is left out for its own problems (bad.csv, row 4)',
      'row 4 | To | a relationship cannot link a stakeholder to itself',
      'row 5 | To | "Old Programme" is left out for its own problems (bad.csv, row 5)',
    ]);
  });

  it('refuses a confidence that is not a number, and a relationship ending before it starts', () => {
    const tables = [
      table(
        'c.csv',
        [
          { Label: 'Kent County Council', Type: 'council' },
          { Label: 'Digital Kent', Type: 'project' },
        ],
        [
          { From: 'Kent County Council', To: 'Digital Kent', Type: 'runs', Confidence: 'high' },
          { From: 'Kent County Council', To: 'Digital Kent', Type: 'supports', Confidence: '2' },
          { From: 'Kent County Council', To: 'Digital Kent', Type: 'endorses', Start: '2020', End: '2019' },
        ],
      ),
    ];
    const mapped = mapTables(tables, kumuMapping(tables), context());
    expect(mapped.problems.map(({ record, field, reason }) => `${record} | ${field} | ${reason}`)).toEqual([
      'row 2 | Confidence | "high" is not a number between 0 and 1',
      'row 3 | Confidence | must be between 0 and 1',
      'row 4 | End | ends (2019) before it starts (2020)',
    ]);
  });

  it('reports duplicate ids in a file and keeps two people of one name apart by their ids', () => {
    const tables = [
      table('people.csv', [
        { ID: 'p1', Label: 'Sam Patel', Type: 'person' },
        { ID: 'p2', Label: 'Sam Patel', Type: 'person' },
        { ID: 'p2', Label: 'Jo Green', Type: 'person' },
      ]),
    ];
    const mapped = mapTables(tables, guessMapping(tables), context());
    expect(mapped.entities.map((entity) => entity.id)).toEqual(['person:sam-patel', 'person:sam-patel-p2']);
    expect(mapped.problems).toEqual([
      { file: 'people.csv', record: 'row 4', field: 'ID', reason: 'duplicate id "p2" (also row 3)' },
    ]);
  });

  it('says which rows are stakeholders the atlas has, and which may be, and never merges a possible one', () => {
    const tables = [
      table('orgs.csv', [
        { Label: 'Local Government Association', Type: 'network' },
        { Label: 'Society of IT Management', Type: 'professional-association' },
        { Label: 'Soctim', Type: 'professional-association' },
        { Label: 'Nesta', Type: 'foundation' },
      ]),
    ];
    const mapped = mapTables(tables, kumuMapping(tables), context());
    expect(mapped.stakeholders.map((row) => [row.name, row.entityId, row.outcome])).toEqual([
      [
        'Local Government Association',
        'body:lga',
        {
          kind: 'matches',
          entityId: 'body:lga',
          reason: "'LGA' stands for Local Government Association (well-known expansion)",
          decided: false,
        },
      ],
      [
        'Society of IT Management',
        'body:socitm',
        {
          kind: 'matches',
          entityId: 'body:socitm',
          reason: "'Society of IT Management' is a name of Socitm",
          decided: false,
        },
      ],
      [
        'Soctim',
        'body:soctim',
        { kind: 'possible-duplicate', entityId: 'body:socitm', reason: 'two letters swapped in Socitm' },
      ],
      ['Nesta', 'body:nesta', { kind: 'new' }],
    ]);
    // Matched rows join the existing stakeholder; only new ones become records.
    expect(mapped.entities.map((entity) => entity.id)).toEqual(['body:soctim', 'body:nesta']);
  });

  it("follows the user's decisions: this is X, or a different stakeholder", () => {
    const tables = [
      table(
        'orgs.csv',
        [
          { Label: 'Soctim', Type: 'professional-association' },
          { Label: 'LGA', Type: 'network' },
        ],
        [{ From: 'Soctim', To: 'LGA', Type: 'liaises with' }],
      ),
    ];
    const decisions = new Map([
      ['orgs.csv: row 2', 'body:socitm'],
      ['orgs.csv: row 3', 'new'],
    ]);
    const mapped = mapTables(tables, kumuMapping(tables), context({ decisions }));
    expect(mapped.problems).toEqual([]);
    // A new LGA cannot take the existing one's id.
    expect(mapped.entities.map((entity) => entity.id)).toEqual(['body:lga-row-3']);
    expect(mapped.relationships.map((relationship) => [relationship.from, relationship.to])).toEqual([
      ['body:socitm', 'body:lga-row-3'],
    ]);
    const wrong = mapTables(
      tables,
      kumuMapping(tables),
      context({ decisions: new Map([['orgs.csv: row 2', 'body:x']]) }),
    );
    expect(wrong.problems[0]).toMatchObject({
      record: 'row 2',
      reason: 'the decision names "body:x", which is not a stakeholder in the atlas',
    });
  });

  it('links connections to stakeholders the atlas already has', () => {
    const tables = [
      table(
        'links.csv',
        [{ Label: 'Nesta', Type: 'foundation' }],
        [
          { From: 'Nesta', To: 'LGA', Type: 'collaborates with' },
          { From: 'Nesta', To: 'body:socitm', Type: 'supports' },
        ],
      ),
    ];
    const mapped = mapTables(tables, kumuMapping(tables), context());
    expect(mapped.problems).toEqual([]);
    expect(mapped.relationships.map((relationship) => relationship.to)).toEqual(['body:lga', 'body:socitm']);
  });

  it('keeps the ids, kinds, types and names over time of an Atlas export', () => {
    const aliases = JSON.stringify([{ name: 'LGCC', kind: 'acronym', validFrom: '2005', citations: [] }]);
    const tables = [
      table(
        'network.graphml',
        [
          {
            id: 'body:local-cio-council',
            name: 'Local CIO Council',
            kind: 'BODY',
            type: 'leadership-council',
            sector: 'local-government',
            validFrom: '2005',
            namesJson: aliases,
          },
          { id: 'person:jo-bloggs', name: 'Jo Bloggs', kind: 'PERSON' },
        ],
        [
          {
            id: 'rel:jo-bloggs-chairs-local-cio-council',
            source: 'person:jo-bloggs',
            target: 'body:local-cio-council',
            type: 'CHAIRS',
            dateBasis: 'source-date',
            confidence: '0.9',
          },
        ],
      ),
    ];
    const mapped = mapTables(tables, guessMapping(tables), context({ known: [] }));
    expect(mapped.problems).toEqual([]);
    expect(mapped.entities[0]).toMatchObject({
      id: 'body:local-cio-council',
      type: 'leadership-council',
      validFrom: '2005',
      aliases: [{ name: 'LGCC', kind: 'acronym', validFrom: '2005', citations: [expect.any(Object)] }],
    });
    expect(mapped.relationships[0]).toMatchObject({
      id: 'rel:jo-bloggs-chairs-local-cio-council',
      dateBasis: 'source-date',
      confidence: 0.9,
    });
  });
});
