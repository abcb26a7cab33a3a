import { describe, expect, it } from 'vitest';
import { entityAttributes, relationshipAttributes } from '../../export/graph.ts';
import { graphml } from '../../export/graphml.ts';
import { asCells, ENTITY_COLUMNS, EXPORTED } from './export-graph.fixture.ts';
import { readGraphml } from './graphml.ts';
import { DOCTYPE_REASON } from './xml.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readGraphml', () => {
  it('reads our own export back with every attribute', () => {
    const table = readGraphml('network.graphml', utf8(graphml(EXPORTED)));
    expect(table.problems).toEqual([]);
    expect(table.format).toBe('graphml');
    expect(table.elements.columns).toEqual(ENTITY_COLUMNS);
    expect(table.elements.rows.map((row) => row.at)).toEqual([
      'node body:kent-county-council',
      'node person:alex-fenwick',
    ]);
    for (const [index, entity] of EXPORTED.entities.entries()) {
      expect(table.elements.rows[index]!.values).toEqual(
        asCells({ id: entity.id, label: entity.label, ...entityAttributes(entity, EXPORTED.sources) }),
      );
    }
    const [kent] = table.elements.rows;
    expect(kent!.values.description).toBe('Upper-tier council for Kent; "county" & <district> tiers');
    expect(JSON.parse(kent!.values.namesJson!)).toEqual(EXPORTED.entities[0]!.aliases);
    expect(JSON.parse(kent!.values.citationsJson!)).toEqual(EXPORTED.entities[0]!.citations);

    expect(table.connections.columns.slice(0, 3)).toEqual(['source', 'target', 'id']);
    const [edge] = table.connections.rows;
    const relationship = EXPORTED.relationships[0]!;
    expect(edge!.at).toBe(`edge ${relationship.id}`);
    expect(edge!.values).toEqual(
      asCells({
        source: relationship.from,
        target: relationship.to,
        id: relationship.id,
        label: relationship.type,
        ...relationshipAttributes(relationship, EXPORTED.sources),
        weight: relationship.confidence,
      }),
    );
    expect(edge!.values).toMatchObject({ type: 'HOLDS_ROLE_AT', role: 'Chief Information Officer', confidence: '0.8' });
    expect(JSON.parse(edge!.values.citationsJson!)).toEqual(relationship.citations);
  });

  it('reads keys by attr.name with their defaults, skips markup data, numbers edges without ids', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key id="d0" for="node" attr.name="Label" attr.type="string"/>
  <key id="d1" for="node" attr.name="Type" attr.type="string"><default>Body</default></key>
  <key id="d2" for="edge" attr.name="weight" attr.type="double"/>
  <key id="d3" for="node" yfiles.type="nodegraphics"/>
  <graph id="G" edgedefault="directed">
    <node id="n0"><data key="d0">Socitm &amp; friends &#163;</data><data key="d3"><y:ShapeNode><y:Fill color="#FF0000"/></y:ShapeNode></data></node>
    <node id="n1"><data key="d0">LGA</data><data key="d1">Association</data></node>
    <edge source="n0" target="n1"><data key="d2">0.5</data></edge>
  </graph>
</graphml>`;
    const table = readGraphml('yed.graphml', utf8(text));
    expect(table.problems).toEqual([]);
    expect(table.elements.columns).toEqual(['id', 'Label', 'Type', 'd3']);
    expect(table.elements.rows).toEqual([
      { at: 'node n0', values: { id: 'n0', Label: 'Socitm & friends £', Type: 'Body' } },
      { at: 'node n1', values: { id: 'n1', Label: 'LGA', Type: 'Association' } },
    ]);
    expect(table.connections.rows).toEqual([{ at: 'edge #1', values: { source: 'n0', target: 'n1', weight: '0.5' } }]);
  });

  it('refuses billion laughs before parsing, and never expands it', () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE graphml [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<graphml><key id="d0" for="node" attr.name="label"/><graph><node id="n0"><data key="d0">&lol9;</data></node></graph></graphml>`;
    const table = readGraphml('laughs.graphml', utf8(laughs));
    expect(table.problems).toEqual([{ file: 'laughs.graphml', record: '', field: '', reason: DOCTYPE_REASON }]);
    expect(table.elements.rows).toEqual([]);
  });

  it('refuses an external entity, and never reads the file it names', () => {
    const xxe = `<?xml version="1.0"?>
<!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<graphml><key id="d0" for="node" attr.name="label"/><graph><node id="n0"><data key="d0">&xxe;</data></node></graph></graphml>`;
    const table = readGraphml('xxe.graphml', utf8(xxe));
    expect(table.problems.map((problem) => problem.reason)).toEqual([DOCTYPE_REASON]);
    expect(JSON.stringify(table)).not.toContain('root:');
    // Without a DOCTYPE an entity reference is just text: nothing resolves it.
    const undeclared = readGraphml(
      'x.graphml',
      utf8(
        '<graphml><key id="d0" for="node" attr.name="label"/><graph><node id="n0"><data key="d0">&xxe;</data></node></graph></graphml>',
      ),
    );
    expect(undeclared.elements.rows[0]!.values.label).toBe('&xxe;');
  });

  it('names the line of malformed XML, and says what is missing', () => {
    const broken = readGraphml('broken.graphml', utf8('<graphml>\n<graph>\n<node id="a">\n</graph>\n</graphml>'));
    expect(broken.problems).toHaveLength(1);
    expect(broken.problems[0]!.reason).toMatch(/^XML syntax error at line \d+, column \d+: /);
    expect(readGraphml('g.graphml', utf8('<gexf/>')).problems[0]!.reason).toBe(
      'is not GraphML: its root element is not <graphml>',
    );
    expect(readGraphml('g.graphml', utf8('<graphml><graph/></graphml>')).problems[0]!.reason).toBe(
      'has no nodes or edges',
    );
    expect(
      readGraphml('g.graphml', utf8('<graphml><graph><node><data key="label">LGA</data></node></graph></graphml>'))
        .problems,
    ).toEqual([
      { file: 'g.graphml', record: 'node #1', field: 'id', reason: 'has no id; give every <node> an id attribute' },
    ]);
  });
});
