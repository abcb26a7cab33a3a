import { describe, expect, it } from 'vitest';
import { cytoscapeJson, readCytoscapeJson } from '../../export/cyjs.ts';
import { EXPORTED } from './export-graph.fixture.ts';
import { readCyjs } from './cyjs.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readCyjs', () => {
  it('reads our own export back: every data key a column, nested records as JSON text', () => {
    const table = readCyjs('network.cyjs', utf8(cytoscapeJson(EXPORTED)));
    expect(table.problems).toEqual([]);
    expect(table.format).toBe('cyjs');
    const entity = EXPORTED.entities[0]!;
    expect(table.elements.columns).toEqual(
      expect.arrayContaining(['id', 'kind', 'name', 'label', 'type', 'sector', 'validFrom', 'description']),
    );
    const [kent, alex] = table.elements.rows;
    expect(kent!.at).toBe('node body:kent-county-council');
    expect(kent!.values).toMatchObject({
      id: entity.id,
      kind: 'BODY',
      name: 'Kent County Council',
      type: 'council',
      sector: 'local-government',
      validFrom: '1889',
      description: entity.description,
    });
    expect(JSON.parse(kent!.values.aliases!)).toEqual(entity.aliases);
    expect(JSON.parse(kent!.values.citations!)).toEqual(entity.citations);
    expect(alex!.values).toMatchObject({ validFrom: '2014-04', validTo: '2019-03-31', aliases: '[]' });

    const relationship = EXPORTED.relationships[0]!;
    const [edge] = table.connections.rows;
    expect(edge!.at).toBe(`edge ${relationship.id}`);
    expect(edge!.values).toMatchObject({
      id: relationship.id,
      source: relationship.from,
      target: relationship.to,
      type: 'HOLDS_ROLE_AT',
      family: 'MEMBERSHIP',
      role: 'Chief Information Officer',
      validFrom: '2014-04',
      validTo: '2019-03',
      dateBasis: 'stated',
      confidence: '0.8',
    });
    expect(JSON.parse(edge!.values.citations!)).toEqual(relationship.citations);
  });

  it('is the reader readCytoscapeJson uses: our records come back whole', () => {
    expect(readCytoscapeJson(cytoscapeJson(EXPORTED))).toStrictEqual(EXPORTED);
    expect(() => readCytoscapeJson('{"elements": {"nodes": []}}')).toThrow(/not a Stakeholder Atlas Cytoscape export/);
  });

  it('reads the flat form with groups, numbers and booleans as text, and edges without ids', () => {
    const flat = [
      { group: 'nodes', data: { id: 'lga', name: 'LGA', members: 317, national: true, parent: null } },
      { group: 'nodes', data: { id: 'socitm', name: 'Socitm', tags: ['network', 'ict'] } },
      { group: 'edges', data: { source: 'socitm', target: 'lga', weight: 0.5 } },
      { data: { source: 'lga', target: 'socitm' } },
    ];
    const table = readCyjs('flat.json', utf8(JSON.stringify({ elements: flat })));
    expect(table.problems).toEqual([]);
    expect(table.elements.rows).toEqual([
      { at: 'node lga', values: { id: 'lga', name: 'LGA', members: '317', national: 'true' } },
      { at: 'node socitm', values: { id: 'socitm', name: 'Socitm', tags: '["network","ict"]' } },
    ]);
    expect(table.elements.columns).toEqual(['id', 'name', 'members', 'national', 'tags']);
    expect(table.connections.rows.map((row) => row.at)).toEqual(['edge #1', 'edge #2']);
    expect(readCyjs('top.cyjs', utf8(JSON.stringify(flat))).elements.rows).toHaveLength(2);
  });

  it('names the line of malformed JSON, and refuses what is not Cytoscape.js JSON', () => {
    const broken = readCyjs('broken.cyjs', utf8('{\n  "elements": {\n    "nodes": [\n  }\n}'));
    expect(broken.problems).toHaveLength(1);
    expect(broken.problems[0]!.reason).toMatch(/^JSON syntax error( at line 4, column \d+)?: /);
    expect(readCyjs('x.cyjs', utf8('{"nodes": []}')).problems[0]!.reason).toMatch(/^is not Cytoscape.js JSON/);
    expect(readCyjs('x.cyjs', utf8('{"elements": {"nodes": [{"id": "a"}]}}')).problems).toEqual([
      { file: 'x.cyjs', record: 'node #1', field: '', reason: 'has no "data" object; give every element one' },
    ]);
    expect(readCyjs('x.cyjs', utf8('{"elements": {"nodes": []}}')).problems[0]!.reason).toBe('has no nodes or edges');
  });
});
