/** Registers: columns that name other rows become relationships; codes become identifiers; other names aliases. */
import { describe, expect, it } from 'vitest';
import { guessMapping, mapTables, type ImportMapping, type MapContext } from './mapping.ts';
import type { ImportTable, TableRow } from './table.ts';

const COUNCILS: Record<string, string>[] = [
  { Code: 'E10000016', Name: 'Kent County Council', Tier: 'Council', Start: '1889' },
  { Code: 'E07000105', Name: 'Ashford Borough Council', Tier: 'Council', County: 'E10000016', Start: '1974' },
  {
    Code: 'E07000112',
    Name: 'Folkestone and Hythe District Council',
    Tier: 'Council',
    County: 'Kent County Council',
    'Also known as': 'Shepway District Council; Shepway',
    Start: '1974',
  },
  {
    Code: 'E07000004',
    Name: 'Aylesbury Vale District Council',
    Tier: 'Council',
    'Replaced by': 'body:buckinghamshire-council',
    Start: '1974',
    End: '2020-03-31',
  },
];

function register(rows: Record<string, string>[]): ImportTable {
  return {
    file: 'councils.csv',
    format: 'csv',
    elements: {
      columns: [...new Set(rows.flatMap((row) => Object.keys(row)))],
      rows: rows.map((values, index): TableRow => ({ at: `row ${index + 2}`, values })),
    },
    connections: { columns: [], rows: [] },
    problems: [],
  };
}

const context: MapContext = {
  known: [{ id: 'body:buckinghamshire-council', name: 'Buckinghamshire Council', kind: 'BODY', aliases: [] }],
  sourceOf: () => 'source:import-councils',
};

function councilMapping(tables: ImportTable[]): ImportMapping {
  const mapping = guessMapping(tables);
  mapping.elements.type = 'Tier';
  mapping.elements.aliases = 'Also known as';
  mapping.defaults.sector = 'local-government';
  mapping.identifierColumns = { Code: 'gss' };
  mapping.relationshipColumns = [
    { column: 'County', type: 'PART_OF', direction: 'to' },
    { column: 'Replaced by', type: 'MERGED_INTO', direction: 'to' },
  ];
  return mapping;
}

describe('a register', () => {
  it('links rows named by code, name or atlas id, dated by the row, with codes and other names kept', () => {
    const tables = [register(COUNCILS)];
    const mapped = mapTables(tables, councilMapping(tables), context);
    expect(mapped.problems).toEqual([]);
    expect(
      mapped.relationships.map(({ type, from, to, validFrom, validTo }) => [from, type, to, validFrom, validTo]),
    ).toEqual([
      ['body:ashford-borough-council', 'PART_OF', 'body:kent-county-council', '1974', undefined],
      ['body:folkestone-and-hythe-district-council', 'PART_OF', 'body:kent-county-council', '1974', undefined],
      ['body:aylesbury-vale-district-council', 'MERGED_INTO', 'body:buckinghamshire-council', '1974', '2020-03-31'],
    ]);
    expect(mapped.relationships[0]!.citations).toEqual([
      { source: 'source:import-councils', quote: 'councils.csv, row 3, County' },
    ]);
    const folkestone = mapped.entities.find((entity) => entity.name.startsWith('Folkestone'))!;
    expect(folkestone.identifiers).toEqual([{ scheme: 'gss', value: 'E07000112' }]);
    expect(folkestone.aliases.map((alias) => alias.name)).toEqual(['Shepway District Council', 'Shepway']);
  });

  it('turns the link round when the column names the other end', () => {
    const tables = [
      register([
        {
          Name: 'Kent County Council',
          Tier: 'Council',
          Districts: 'Ashford Borough Council; Dartford Borough Council',
        },
        { Name: 'Ashford Borough Council', Tier: 'Council' },
        { Name: 'Dartford Borough Council', Tier: 'Council' },
      ]),
    ];
    const mapping = councilMapping(tables);
    mapping.identifierColumns = {};
    mapping.relationshipColumns = [{ column: 'Districts', type: 'PART_OF', direction: 'from' }];
    const mapped = mapTables(tables, mapping, context);
    expect(mapped.problems).toEqual([]);
    expect(mapped.relationships.map(({ from, to }) => `${from} → ${to}`)).toEqual([
      'body:ashford-borough-council → body:kent-county-council',
      'body:dartford-borough-council → body:kent-county-council',
    ]);
  });

  it('names the row and column of a cell that names nothing, and a column no file has', () => {
    const tables = [register([{ Name: 'Ashford Borough Council', Tier: 'Council', County: 'E99999999' }])];
    const mapping = councilMapping(tables);
    mapping.identifierColumns = { 'GSS code': 'gss' };
    const mapped = mapTables(tables, mapping, context);
    expect(mapped.problems.map(({ record, field, reason }) => `${record} | ${field} | ${reason}`)).toEqual([
      ' | Replaced by | the mapping names this column, which no file has',
      ' | GSS code | the mapping names this column, which no file has',
      'row 2 | County | "E99999999" names no row of the file (by id, code or name) and no stakeholder of the atlas',
    ]);
  });

  it('matches a row to a stakeholder of the atlas by its code before its name', () => {
    const tables = [register([{ Code: 'E06000060', Name: 'Bucks Council', Tier: 'Council' }])];
    const mapped = mapTables(tables, councilMapping(tables), {
      ...context,
      known: [{ ...context.known[0]!, identifiers: ['gss:E06000060'] }],
    });
    expect(mapped.stakeholders[0]!.outcome).toMatchObject({
      kind: 'matches',
      entityId: 'body:buckinghamshire-council',
    });
  });
});
