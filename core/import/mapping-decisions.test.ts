/** What the mapping decides on its own (Kumu's words, unlabelled nodes) and how problems are grouped. */
import { describe, expect, it } from 'vitest';
import { guessMapping, mapTables, type MapContext } from './mapping.ts';
import { formatProblemGroup, groupProblems } from './problems.ts';
import type { ImportTable, TableRow } from './table.ts';

function table(
  file: string,
  format: ImportTable['format'],
  elements: Record<string, string>[],
  connections: Record<string, string>[] = [],
): ImportTable {
  const section = (rows: Record<string, string>[], name: string) => ({
    columns: [...new Set(rows.flatMap((row) => Object.keys(row)))],
    rows: rows.map((values, index): TableRow => ({ at: `${name} ${index}`, values })),
  });
  return { file, format, elements: section(elements, 'node'), connections: section(connections, 'edge'), problems: [] };
}

const context: MapContext = { known: [], sourceOf: () => 'source:import-test' };

describe('decisions the mapping makes on its own', () => {
  it("reads Kumu's Organization as an unclassified body of unknown sector, and says so once", () => {
    const tables = [
      table('kumu.xlsx', 'xlsx', [
        { Label: 'Acme Trust', Type: 'Organization' },
        { Label: 'Beta Group', Type: 'organisation' },
        { Label: 'Jo Bloggs', Type: 'Person' },
        { Label: 'Open Data', Type: 'Project' },
      ]),
    ];
    const mapping = guessMapping(tables);
    expect(mapping.values.elementType).toEqual({
      Organization: 'BODY:unclassified',
      organisation: 'BODY:unclassified',
    });
    const mapped = mapTables(tables, mapping, context);
    expect(mapped.problems).toEqual([]);
    expect(mapped.entities.map((entity) => [entity.kind, 'type' in entity ? entity.type : null])).toEqual([
      ['BODY', 'unclassified'],
      ['BODY', 'unclassified'],
      ['PERSON', null],
      ['PROGRAMME', 'project'],
    ]);
    expect(mapped.entities[0]).toMatchObject({ sector: 'unknown' });
    expect(mapped.notes).toEqual([
      '2 unclassified bod(ies) without a sector get the sector "unknown"; editors find them under "To classify"',
    ]);
  });

  it('keeps a sector the user chose for unclassified bodies', () => {
    const tables = [table('kumu.csv', 'csv', [{ Label: 'Acme Trust', Type: 'Organization' }])];
    const mapping = guessMapping(tables);
    mapping.defaults.sector = 'third-sector';
    expect(mapTables(tables, mapping, context).entities[0]).toMatchObject({ sector: 'third-sector' });
  });

  it("scales Kumu's Strength to a confidence, the strongest being 1", () => {
    const tables = [
      table(
        'kumu.csv',
        'csv',
        [
          { Label: 'A', Type: 'Person' },
          { Label: 'B', Type: 'Person' },
          { Label: 'C', Type: 'Person' },
        ],
        [
          { From: 'A', To: 'B', Type: 'Advises', Strength: '5' },
          { From: 'B', To: 'C', Type: 'Advises', Strength: '2' },
        ],
      ),
    ];
    const mapping = guessMapping(tables);
    expect(mapping.connections.confidence).toBe('Strength');
    const mapped = mapTables(tables, mapping, context);
    expect(mapped.relationships.map((relationship) => relationship.confidence)).toEqual([1, 0.4]);
    expect(mapped.notes).toEqual(['confidence: 2 value(s) of "Strength" scaled to 0–1 (divided by 5, the largest)']);
  });

  it('names a node without a label by its id, and says so once', () => {
    const tables = [
      table(
        'net.graphml',
        'graphml',
        [{ id: 'Valjean' }, { id: 'Javert' }, { id: 'Myriel' }],
        [{ source: 'Valjean', target: 'Javert' }],
      ),
    ];
    const mapping = guessMapping(tables);
    expect(mapping.elements).toEqual({ id: 'id', name: 'id' });
    mapping.defaults.elementType = 'PERSON';
    mapping.defaults.relationshipType = 'LIAISES_WITH';
    const mapped = mapTables(tables, mapping, context);
    expect(mapped.problems).toEqual([]);
    expect(mapped.entities.map((entity) => entity.name)).toEqual(['Valjean', 'Javert', 'Myriel']);
    expect(mapped.notes).toEqual(['3 node(s) without a label take their id as their name']);
  });
});

describe('damaged names', () => {
  it('repairs names and aliases written as UTF-8 read as Latin-1, and says so once', () => {
    const tables = [
      table('people.csv', 'csv', [
        { Label: 'ZoÃ« PÃ©rez', Type: 'Person', Aliases: 'ZoÃ«; Z. PÃ©rez' },
        { Label: 'RenÃ©e Blanc', Type: 'Person' },
      ]),
    ];
    const mapped = mapTables(tables, guessMapping(tables), context);
    expect(mapped.problems).toEqual([]);
    expect(mapped.entities.map((entity) => [entity.name, entity.aliases.map((alias) => alias.name)])).toEqual([
      ['Zoë Pérez', ['Zoë', 'Z. Pérez']],
      ['Renée Blanc', []],
    ]);
    expect(mapped.notes).toEqual(['4 name(s) written as UTF-8 read as Latin-1 ("CafÃ©") were repaired ("Café")']);
  });

  it('never stores a lost character: each row with one is a problem, grouped by cause', () => {
    const tables = [
      table('councils.csv', 'csv', [
        { Label: 'Isle of Anglesey', Type: 'Person', Aliases: 'Sir Ynys Mï¿½n; Anglesey' },
        { Label: 'Gwyn\uFFFDdd', Type: 'Person' },
        { Label: 'Sound Name', Type: 'Person', Aliases: 'Ynys M\uFFFDn' },
      ]),
    ];
    const mapped = mapTables(tables, guessMapping(tables), context);
    expect(mapped.entities.map((entity) => entity.name)).toEqual([]);
    expect(mapped.problems.map((problem) => [problem.record, problem.field, problem.reason])).toEqual([
      ['node 0', 'Aliases', '"Sir Ynys Mï¿½n" has damaged text ("ï¿½": a character lost or mis-encoded)'],
      ['node 1', 'Label', '"Gwyn\uFFFDdd" has damaged text (U+FFFD: a character lost or mis-encoded)'],
      ['node 2', 'Aliases', '"Ynys M\uFFFDn" has damaged text (U+FFFD: a character lost or mis-encoded)'],
    ]);
    expect(groupProblems(mapped.problems).map(formatProblemGroup)).toEqual([
      'councils.csv: 2 rows (node 0, node 2): Aliases: damaged text (a character lost or mis-encoded, e.g. U+FFFD or "ï¿½")',
      'councils.csv: node 1: Label: "Gwyn\uFFFDdd" has damaged text (U+FFFD: a character lost or mis-encoded)',
    ]);
  });
});

describe('problems grouped by cause', () => {
  it('gives connections left out for their ends one line, however many', () => {
    const elements = Array.from({ length: 6 }, (_, index) => ({ id: `n${index}`, label: `Node ${index}` }));
    const connections = Array.from({ length: 5 }, (_, index) => ({ source: `n${index}`, target: `n${index + 1}` }));
    const tables = [table('net.gexf', 'gexf', elements, connections)];
    const mapping = guessMapping(tables);
    mapping.defaults.relationshipType = 'LIAISES_WITH';
    const mapped = mapTables(tables, mapping, context);
    // One missing decision (what the nodes are) and the connections that fail only for it.
    expect(mapped.problems).toHaveLength(6);
    expect(groupProblems(mapped.problems).map(formatProblemGroup)).toEqual([
      'net.gexf: node 0: (record): no type: map a Type column, or choose what stakeholders without one are',
      'net.gexf: 5 rows (edge 0, edge 1, edge 2, …): source: left out because an end is left out for its own problems (above)',
    ]);
  });
});
