import { describe, expect, it } from 'vitest';
import { entityAttributes, relationshipAttributes } from '../../export/graph.ts';
import { gexf } from '../../export/gexf.ts';
import { asCells, ENTITY_COLUMNS, EXPORTED } from './export-graph.fixture.ts';
import { readGexf } from './gexf.ts';
import { DOCTYPE_REASON } from './xml.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readGexf', () => {
  it('reads our own GEXF 1.3 export back with every attribute and period', () => {
    const table = readGexf('network.gexf', utf8(gexf(EXPORTED)));
    expect(table.problems).toEqual([]);
    expect(table.format).toBe('gexf');
    expect(table.elements.columns).toEqual([...ENTITY_COLUMNS, 'start', 'end']);
    // Every attribute as the writer put it, and the period GEXF tools read (start and end as dates).
    const periods = [{ start: '1889-01-01' }, { start: '2014-04-01', end: '2019-03-31' }];
    for (const [index, entity] of EXPORTED.entities.entries()) {
      expect(table.elements.rows[index]!.at).toBe(`node ${entity.id}`);
      expect(table.elements.rows[index]!.values).toEqual({
        ...asCells({ id: entity.id, label: entity.label, ...entityAttributes(entity, EXPORTED.sources) }),
        ...periods[index],
      });
    }
    const [kent] = table.elements.rows;
    const entity = EXPORTED.entities[0]!;
    expect(kent!.values.description).toBe('Upper-tier council for Kent; "county" & <district> tiers');
    expect(JSON.parse(kent!.values.namesJson!)).toEqual(entity.aliases);
    expect(JSON.parse(kent!.values.citationsJson!)).toEqual(entity.citations);
    expect(kent!.values.citations).toContain('Digital strategy <2016–2019> & "beyond" (Kent County Council, 2016)');

    const relationship = EXPORTED.relationships[0]!;
    expect(table.connections.columns).toEqual([
      'source',
      'target',
      'id',
      'label',
      'weight',
      'type',
      'family',
      'role',
      'validFrom',
      'validTo',
      'dateBasis',
      'confidence',
      'citations',
      'citationsJson',
      'start',
      'end',
    ]);
    const [edge] = table.connections.rows;
    expect(edge!.at).toBe(`edge ${relationship.id}`);
    expect(edge!.values).toEqual({
      ...asCells({
        source: relationship.from,
        target: relationship.to,
        id: relationship.id,
        label: relationship.type,
        weight: relationship.confidence,
        ...relationshipAttributes(relationship, EXPORTED.sources),
      }),
      start: '2014-04-01',
      end: '2019-03-31',
    });
    expect(JSON.parse(edge!.values.citationsJson!)).toEqual(relationship.citations);
  });

  it('reads GEXF 1.2 from Gephi: attribute titles, defaults, edges without ids', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
  <graph mode="static" defaultedgetype="directed">
    <attributes class="node">
      <attribute id="0" title="Type" type="string"><default>Body</default></attribute>
      <attribute id="1" title="Region" type="string"/>
    </attributes>
    <nodes>
      <node id="0" label="Surrey County Council"><attvalues><attvalue for="1" value="South East"/></attvalues></node>
      <node id="1" label="Socitm"/>
    </nodes>
    <edges>
      <edge source="0" target="1" weight="2.0"/>
    </edges>
  </graph>
</gexf>`;
    const table = readGexf('gephi.gexf', utf8(text));
    expect(table.problems).toEqual([]);
    expect(table.elements.rows).toEqual([
      { at: 'node 0', values: { id: '0', label: 'Surrey County Council', Type: 'Body', Region: 'South East' } },
      { at: 'node 1', values: { id: '1', label: 'Socitm', Type: 'Body' } },
    ]);
    expect(table.connections.rows).toEqual([{ at: 'edge #1', values: { source: '0', target: '1', weight: '2.0' } }]);
  });

  it('refuses billion laughs and external entities before parsing', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<gexf><graph><nodes><node id="1" label="&b;"/></nodes></graph></gexf>`;
    expect(readGexf('laughs.gexf', utf8(laughs)).problems).toEqual([
      { file: 'laughs.gexf', record: '', field: '', reason: DOCTYPE_REASON },
    ]);
    const xxe = `<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<gexf><graph><nodes><node id="1" label="&xxe;"/></nodes></graph></gexf>`;
    const table = readGexf('xxe.gexf', utf8(xxe));
    expect(table.problems.map((problem) => problem.reason)).toEqual([DOCTYPE_REASON]);
    expect(table.elements.rows).toEqual([]);
    expect(JSON.stringify(table)).not.toContain('root:');
  });

  it('names the line of malformed XML and refuses what is not GEXF', () => {
    const broken = readGexf(
      'broken.gexf',
      utf8('<gexf>\n<graph>\n<nodes>\n<node id="1" label="a">\n</nodes></graph></gexf>'),
    );
    expect(broken.problems[0]!.reason).toMatch(/^XML syntax error at line \d+, column \d+: /);
    expect(readGexf('g.gexf', utf8('<graphml/>')).problems[0]!.reason).toBe(
      'is not GEXF: it has no <gexf> root with a <graph>',
    );
  });
});
