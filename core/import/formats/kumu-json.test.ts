import { describe, expect, it } from 'vitest';
import { kumuJson } from '../../export/kumu.ts';
import { EXPORTED } from './export-graph.fixture.ts';
import { readKumuJson } from './kumu-json.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readKumuJson', () => {
  it('reads our own export back: ids, label, type, tags and the profile fields', () => {
    const table = readKumuJson('network.kumu.json', utf8(kumuJson(EXPORTED)));
    expect(table.problems).toEqual([]);
    expect(table.format).toBe('kumu-json');
    const [kent, alex] = table.elements.rows;
    expect(kent).toEqual({
      at: 'element Kent County Council',
      values: expect.objectContaining({
        id: 'body:kent-county-council',
        label: 'Kent County Council',
        type: 'Body',
        description: 'Upper-tier council for Kent; "county" & <district> tiers',
        tags: 'council|local-government',
        name: 'Kent County Council',
        'names over time': 'KCC (acronym, from 1974)',
        'valid from': '1889',
      }),
    });
    expect(alex!.values).toMatchObject({ type: 'Person', 'valid from': '2014-04', 'valid to': '2019-03-31' });
    expect(table.connections.rows).toEqual([
      {
        at: 'connection #1',
        values: expect.objectContaining({
          id: 'rel:alex-fenwick-holds-role-at-kent',
          from: 'person:alex-fenwick',
          to: 'body:kent-county-council',
          type: 'HOLDS_ROLE_AT',
          direction: 'directed',
          family: 'MEMBERSHIP',
          role: 'Chief Information Officer',
          'valid from': '2014-04',
          'valid to': '2019-03',
          'date basis': 'stated',
          confidence: '0.8',
        }),
      },
    ]);
  });

  it('reads a Kumu backup: fields under attributes beside _id', () => {
    const backup = {
      elements: [
        {
          _id: 'e1',
          attributes: { label: 'Surrey County Council', 'element type': 'Organisation', tags: ['council'] },
        },
        { _id: 'e2', attributes: { 'element type': 'Person' } },
      ],
      connections: [{ _id: 'c1', from: 'e2', to: 'e1', attributes: { 'connection type': 'Employed by', strength: 3 } }],
    };
    const table = readKumuJson('backup.json', utf8(JSON.stringify(backup)));
    expect(table.problems).toEqual([]);
    expect(table.elements.rows).toEqual([
      {
        at: 'element Surrey County Council',
        values: { _id: 'e1', label: 'Surrey County Council', 'element type': 'Organisation', tags: 'council' },
      },
      { at: 'element #2', values: { _id: 'e2', 'element type': 'Person' } },
    ]);
    expect(table.connections.columns).toEqual(['_id', 'from', 'to', 'connection type', 'strength']);
    expect(table.connections.rows[0]!.values).toEqual({
      _id: 'c1',
      from: 'e2',
      to: 'e1',
      'connection type': 'Employed by',
      strength: '3',
    });
  });

  it('reports malformed JSON with its line, a wrong shape, items that are not objects, and an empty blueprint', () => {
    const broken = readKumuJson('k.json', utf8('{\n  "elements": [\n    {"label": "A"},\n  ]\n}'));
    expect(broken.problems[0]!.reason).toMatch(/^JSON syntax error( at line 4, column \d+)?: /);
    expect(readKumuJson('k.json', utf8('{"elements": {}}')).problems[0]!.reason).toMatch(/^is not a Kumu blueprint/);
    expect(readKumuJson('k.json', utf8('{"elements": ["LGA", {"label": "LGA"}]}')).problems).toEqual([
      {
        file: 'k.json',
        record: 'element #1',
        field: '',
        reason: 'is not an object; each element is { … } with its fields',
      },
    ]);
    expect(readKumuJson('k.json', utf8('{"elements": [], "connections": []}')).problems[0]!.reason).toBe(
      'has no elements or connections',
    );
  });
});
