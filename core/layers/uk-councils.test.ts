import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { layerMetaSchema, leadingFields, ukCouncilRecords, UK_COUNCILS_SOURCE_ID } from './uk-councils.ts';

const folder = new URL('../../seed/layers/uk-councils/', import.meta.url);
const meta = layerMetaSchema.parse(parseYaml(readFileSync(new URL('layer.yaml', folder), 'utf8')));
const csv = readFileSync(new URL(meta.file, folder), 'utf8');
const { records, problems, leftOut } = ukCouncilRecords(csv, meta);
const dataset = parseCsv(csv, { columns: true }) as Record<string, string>[];

/** The dataset's own words for its types, and the body types the layer should give them. */
const TYPE_NAMES: Record<string, string> = {
  County: 'county-council',
  'Non-metropolitan district': 'non-metropolitan-district',
  'Unitary authority': 'unitary-authority',
  'Metropolitan district': 'metropolitan-district',
  'London borough': 'london-borough',
  'City corporation': 'city-corporation',
  'Combined authority': 'combined-authority',
  'Strategic Regional Authority': 'strategic-authority',
  'Scottish unitary authority': 'scottish-unitary-authority',
  'Welsh unitary authority': 'welsh-unitary-authority',
  'NI district': 'ni-district',
};

const countBy = <T>(items: readonly T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((counts, item) => {
    counts[key(item)] = (counts[key(item)] ?? 0) + 1;
    return counts;
  }, {});

describe('the UK councils layer', () => {
  it('reads every row without a problem: one body per council, its counts by type the dataset’s own', () => {
    expect(problems).toEqual([]);
    expect(records.entities).toHaveLength(dataset.length);
    const expected = countBy(dataset, (row) => TYPE_NAMES[row['local-authority-type-name']!] ?? 'unmapped');
    expect(countBy(records.entities, (entity) => ('type' in entity ? entity.type : ''))).toEqual(expected);
    expect(new Set(records.entities.map((entity) => entity.id)).size).toBe(dataset.length);
  });

  it('leaves out the dataset’s two damaged alternative names, saying which, and stores no damaged name', () => {
    // Upstream's own file has them so (version 1.6.1 and the latest): "Sir Ynys Môn" lost its ô,
    // and a filler character stands where Swansea's space was.
    expect(leftOut.map((item) => [item.row, item.field, item.reason])).toEqual([
      ['row 7 (AGY)', 'alt-names', '"Sir Ynys Mï¿½n" has damaged text ("ï¿½": a character lost or mis-encoded)'],
      [
        'row 394 (SWA)',
        'alt-names',
        '"Cityï¾\u00A0and County of Swansea" has damaged text ("ï¾\u00A0": a character lost or mis-encoded)',
      ],
    ]);
    expect(new Set(leftOut.map((item) => item.cause)).size).toBe(1);
    const anglesey = records.entities.find((entity) => entity.name === 'Isle of Anglesey County Council')!;
    expect(anglesey.aliases.map((alias) => alias.name)).toEqual(['Isle of Anglesey']);
    const names = records.entities.flatMap((entity) => [entity.name, ...entity.aliases.map((alias) => alias.name)]);
    expect(names.filter((name) => /[\uFFFD\u0080-\u00BF]|ï¿|ï¾|Ã./u.test(name))).toEqual([]);
  });

  it('says Aylesbury Vale District Council ended in 2020 and was replaced by Buckinghamshire Council', () => {
    const aylesbury = records.entities.find((entity) => entity.name === 'Aylesbury Vale District Council')!;
    const bucks = records.entities.find((entity) => entity.name === 'Buckinghamshire Council')!;
    expect(aylesbury).toMatchObject({ type: 'non-metropolitan-district', validTo: '2020-03-31' });
    expect(aylesbury.identifiers).toContainEqual({ scheme: 'gss', value: 'E07000004' });
    expect(aylesbury.aliases.map((alias) => alias.name)).toEqual(['Aylesbury Vale']);
    expect(bucks).toMatchObject({ type: 'unitary-authority', validFrom: '2020-04-01' });
    expect(records.relationships).toContainEqual(
      expect.objectContaining({ type: 'MERGED_INTO', from: aylesbury.id, to: bucks.id, validFrom: '2020-03-31' }),
    );
    const county = records.entities.find((entity) => entity.name === 'Buckinghamshire County Council')!;
    expect(records.relationships).toContainEqual(
      expect.objectContaining({ type: 'PART_OF', from: aylesbury.id, to: county.id, validTo: '2020-03-31' }),
    );
  });

  it('links every row that names another: successors, counties and combined authorities', () => {
    const named = (column: string) =>
      dataset.reduce((sum, row) => sum + row[column]!.split(',').filter((code) => code.trim()).length, 0);
    const byType = countBy(records.relationships, (relationship) => relationship.type);
    expect(byType).toEqual({
      MERGED_INTO: named('replaced-by'),
      PART_OF: named('county-la'),
      MEMBER_OF: named('combined-authority'),
    });
  });

  it('cites the dataset for every fact, quoting the row as the file writes it', () => {
    const [source] = records.sources;
    expect(source).toMatchObject({ id: UK_COUNCILS_SOURCE_ID, kind: 'dataset', url: meta.url, date: meta.date });
    expect(source!.title).toContain(meta.version);
    expect(source!.title).toContain('CC BY 4.0');
    const facts = [
      ...records.entities,
      ...records.entities.flatMap((entity) => entity.aliases),
      ...records.relationships,
    ];
    for (const fact of facts) {
      expect(fact.citations).toHaveLength(1);
      expect(fact.citations[0]!.source).toBe(UK_COUNCILS_SOURCE_ID);
      expect(csv).toContain(fact.citations[0]!.quote);
    }
  });

  it('keeps names that hold commas whole and leaves out lower-case look-up variants', () => {
    const armagh = records.entities.find((entity) => entity.name.startsWith('Armagh City, Banbridge'))!;
    expect(armagh.aliases.map((alias) => alias.name)).toEqual(['Armagh City, Banbridge and Craigavon']);
    expect(leadingFields('a,"b, c",d,e', 2)).toBe('a,"b, c"');
  });

  it('names the row and column of bad input, and what is wrong', () => {
    const header = csv.slice(0, csv.indexOf('\n') + 1);
    const row = (code: string, type: string, replacedBy = '') =>
      `${code},${code} Council,${code},,,,${replacedBy},England,,${type},Some type,,,,,,True${','.repeat(21)}\n`;
    const bad = ukCouncilRecords(header + row('AAA', 'XYZ') + row('BBB', 'UA', 'ZZZ') + row('BBB', 'UA'), meta);
    expect(bad.problems).toEqual([
      { row: 'row 4 (BBB)', field: 'local-authority-code', reason: '"BBB" is given twice' },
      expect.objectContaining({
        row: 'row 2 (AAA)',
        field: 'local-authority-type',
        reason: expect.stringContaining('"XYZ"'),
      }),
      { row: 'row 3 (BBB)', field: 'replaced-by', reason: 'names "ZZZ", which is no row\'s local-authority-code' },
    ]);
    expect(ukCouncilRecords('name,type\nx,y\n', meta).problems).toEqual([
      expect.objectContaining({ row: '', reason: 'the file lacks these columns of the dataset' }),
    ]);
  });
});
