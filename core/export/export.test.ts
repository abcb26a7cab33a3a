import { parse as parseGexf } from 'graphology-gexf';
import Graph from 'graphology';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { csvCell, entitiesCsv, relationshipsCsv } from './csv.ts';
import { cytoscapeJson, readCytoscapeJson } from './cyjs.ts';
import { gexf, gexfEnd, gexfStart } from './gexf.ts';
import { graphml } from './graphml.ts';
import type { ExportGraph } from './graph.ts';
import { kumuJson } from './kumu.ts';

const tricky = 'Fish & Chips <Ltd> "quoted" \'single\'';
const graph: ExportGraph = {
  filters: { asOf: '2016', families: ['MEMBERSHIP'], minConfidence: 0.5 },
  sources: [
    {
      id: 'source:test',
      title: 'A <test> & "source"',
      publisher: 'Tester',
      kind: 'web page',
      fileName: 'test.txt',
      date: '2016',
      dateEstimated: false,
    },
  ],
  entities: [
    {
      id: 'body:fish',
      kind: 'BODY',
      name: tricky,
      label: tricky,
      type: 'council',
      sector: 'local-government',
      validFrom: '2016',
      validTo: '2019-02',
      description: '=SUM(A1:A9) looks like a formula',
      identifiers: ['gss:E06000023', 'companies-house:01234567'],
      aliases: [
        {
          name: 'Fish',
          kind: 'acronym',
          validFrom: '2016',
          citations: [{ source: 'source:test', quote: 'Fish', note: 'a <note>' }],
        },
      ],
      citations: [{ source: 'source:test', quote: `${tricky} said so` }],
    },
    {
      id: 'person:zoe-muller',
      kind: 'PERSON',
      name: 'Zoë Müller-Łukasiewicz',
      label: 'Zoë Müller-Łukasiewicz',
      aliases: [],
      citations: [{ source: 'source:test', quote: 'Zoë' }],
    },
  ],
  relationships: [
    {
      id: 'rel:zoe-member-of-fish',
      type: 'MEMBER_OF',
      family: 'MEMBERSHIP',
      from: 'person:zoe-muller',
      to: 'body:fish',
      role: '+chair & "lead"',
      validFrom: '2017',
      dateBasis: 'stated',
      confidence: 0.8,
      citations: [{ source: 'source:test', quote: 'Zoë joined <Fish>' }],
    },
  ],
};

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['node', 'edge', 'data', 'attvalue', 'key'].includes(name),
});

describe('GraphML', () => {
  const text = graphml(graph);
  const document = xml.parse(text).graphml;
  const dataOf = (element: { data: { key: string; '#text': unknown }[] }) =>
    Object.fromEntries(element.data.map((entry) => [entry.key, entry['#text']]));

  it('escapes <, & and quotes, and keeps non-ASCII names', () => {
    expect(text).toContain('Fish &amp; Chips &lt;Ltd&gt; &quot;quoted&quot;');
    expect(text).not.toContain('<Ltd>');
    const [fish, zoe] = document.graph.node;
    expect(dataOf(fish).n_name).toBe(tricky);
    expect(dataOf(zoe).n_name).toBe('Zoë Müller-Łukasiewicz');
  });

  it('declares typed keys, directed edges, and nested records as text and JSON', () => {
    expect(document.graph.edgedefault).toBe('directed');
    expect(document.key.find((key: { id: string }) => key.id === 'e_confidence')['attr.type']).toBe('double');
    const [fish] = document.graph.node;
    expect(dataOf(fish).n_names).toBe('Fish (acronym, from 2016)');
    expect(JSON.parse(String(dataOf(fish).n_namesJson))).toEqual(graph.entities[0]!.aliases);
    const [edge] = document.graph.edge;
    expect(edge).toMatchObject({ id: 'rel:zoe-member-of-fish', source: 'person:zoe-muller', target: 'body:fish' });
    expect(dataOf(edge).e_confidence).toBe(0.8);
    expect(JSON.parse(String(dataOf(edge).e_citationsJson))).toEqual(graph.relationships[0]!.citations);
  });
});

describe('GEXF 1.3', () => {
  it('turns partial dates into the days they start and end on', () => {
    expect([gexfStart('2016'), gexfStart('2016-04'), gexfStart('2016-04-03')]).toEqual([
      '2016-01-01',
      '2016-04-01',
      '2016-04-03',
    ]);
    expect([gexfEnd('2011'), gexfEnd('2012-02'), gexfEnd('2011-04'), gexfEnd('2011-04-03')]).toEqual([
      '2011-12-31',
      '2012-02-29',
      '2011-04-30',
      '2011-04-03',
    ]);
  });

  it('reads back in graphology-gexf with its attributes, escaped text and periods', () => {
    const text = gexf(graph);
    expect(text).toContain('xmlns="http://gexf.net/1.3"');
    expect(text).toContain('version="1.3"');
    const read = parseGexf(Graph, text);
    expect(read.type).toBe('directed');
    expect(read.order).toBe(2);
    expect(read.getNodeAttributes('body:fish')).toMatchObject({
      label: tricky,
      name: tricky,
      description: '=SUM(A1:A9) looks like a formula',
    });
    expect(read.getNodeAttribute('person:zoe-muller', 'label')).toBe('Zoë Müller-Łukasiewicz');
    expect(read.getEdgeAttributes('rel:zoe-member-of-fish')).toMatchObject({
      label: 'MEMBER_OF',
      weight: 0.8,
      confidence: 0.8,
      role: '+chair & "lead"',
    });
    expect(text).toMatch(/<node id="body:fish"[^>]* start="2016-01-01" end="2019-02-28"/);
  });
});

describe('CSV', () => {
  it('quotes every cell and defuses formulas, with a byte-order mark and CRLF', () => {
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    const entities = entitiesCsv(graph);
    expect(entities.startsWith('\uFEFF"id","kind","name"')).toBe(true);
    expect(entities.split('\r\n')).toHaveLength(4); // header, two entities, final line end
    expect(entities).toContain(`"'=SUM(A1:A9) looks like a formula"`);
    expect(entities).toContain('"Zoë Müller-Łukasiewicz"');
    const relationships = relationshipsCsv(graph);
    expect(relationships).toContain(`"'+chair & ""lead"""`);
    expect(relationships).toContain('"Zoë Müller-Łukasiewicz"');
  });
});

describe('Cytoscape JSON', () => {
  it('holds every record whole: reading it back gives the same graph', () => {
    const text = cytoscapeJson(graph);
    const document = JSON.parse(text);
    expect(document.elements.nodes[0].data).toMatchObject({ id: 'body:fish', value: 'body:fish', name: tricky });
    expect(document.elements.edges[0].data).toMatchObject({ source: 'person:zoe-muller', target: 'body:fish' });
    expect(readCytoscapeJson(text)).toStrictEqual(graph);
  });
});

describe('Kumu JSON', () => {
  it('gives elements and directed connections by id, with fields to read', () => {
    const blueprint = JSON.parse(kumuJson(graph));
    expect(blueprint.elements[0]).toMatchObject({
      id: 'body:fish',
      label: tricky,
      type: 'Body',
      tags: ['council', 'local-government'],
    });
    expect(blueprint.elements[1]).toMatchObject({ label: 'Zoë Müller-Łukasiewicz', type: 'Person' });
    expect(blueprint.elements[1]).not.toHaveProperty('tags');
    expect(blueprint.connections).toEqual([
      expect.objectContaining({
        from: 'person:zoe-muller',
        to: 'body:fish',
        type: 'MEMBER_OF',
        direction: 'directed',
        confidence: 0.8,
      }),
    ]);
  });
});

describe('identifiers in every format', () => {
  it('writes each entity identifier as scheme:value', () => {
    const codes = 'gss:E06000023; companies-house:01234567';
    expect(JSON.parse(kumuJson(graph)).elements[0].identifiers).toBe(codes);
    expect(entitiesCsv(graph)).toContain(`"${codes}"`);
    expect(graphml(graph)).toContain(`>${codes}</data>`);
    expect(gexf(graph)).toContain(`value="${codes}"`);
    expect(JSON.parse(cytoscapeJson(graph)).elements.nodes[0].data.identifiers).toEqual([
      'gss:E06000023',
      'companies-house:01234567',
    ]);
  });
});
