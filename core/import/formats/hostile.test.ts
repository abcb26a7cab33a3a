/**
 * Whatever bytes arrive, a reader answers with a table and its problems: it never throws, and every
 * problem names the file and says why.
 */
import { it } from '@fast-check/vitest';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect } from 'vitest';
import { readTable } from './index.ts';

const FILES = ['a.csv', 'a.tsv', 'a.xlsx', 'a.graphml', 'a.gexf', 'a.cyjs', 'a.json'];

function expectWellFormed(file: string, bytes: Uint8Array) {
  const table = readTable(file, bytes);
  expect(table.file).toBe(file);
  for (const problem of table.problems) {
    expect(problem.file).toBe(file);
    expect(problem.reason.length).toBeGreaterThan(0);
  }
  for (const row of [...table.elements.rows, ...table.connections.rows]) {
    expect(row.at.length).toBeGreaterThan(0);
    for (const value of Object.values(row.values)) expect(value).toBe(value.trim());
  }
  // A table without rows always says why.
  if (table.elements.rows.length + table.connections.rows.length === 0)
    expect(table.problems.length).toBeGreaterThan(0);
}

describe('readTable on hostile input', () => {
  it.prop([fc.constantFrom(...FILES), fc.uint8Array({ maxLength: 512 })], { numRuns: 300 })(
    'never throws on random bytes',
    (file, bytes) => expectWellFormed(file, bytes),
  );

  it.prop([fc.constantFrom(...FILES), fc.string({ unit: 'grapheme', maxLength: 300 })], { numRuns: 300 })(
    'never throws on random text',
    (file, text) => expectWellFormed(file, strToU8(text)),
  );

  const xmlish = fc
    .array(
      fc.constantFrom(
        '<graphml>',
        '<gexf>',
        '<graph>',
        '<node id="a">',
        '</node>',
        '<edge source="a" target="b"/>',
        '<data key="k">x</data>',
        '&amp;',
        '&#0;',
        '&#x110000;',
        '<![CDATA[<x>]]>',
        '</graph>',
        '</graphml>',
        '</gexf>',
        '<key id="k" for="node"/>',
        '<nodes>',
        '</nodes>',
        '<attvalue for="0" value="v"/>',
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(''));
  it.prop([fc.constantFrom('a.graphml', 'a.gexf'), xmlish], { numRuns: 300 })(
    'never throws on XML fragments',
    (file, text) => expectWellFormed(file, strToU8(text)),
  );

  const zipped = fc
    .dictionary(
      fc.constantFrom('[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', '_rels/.rels'),
      fc.string({ maxLength: 80 }),
      { maxKeys: 4 },
    )
    .map((parts) => zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)]))));
  it.prop([zipped], { numRuns: 100 })('never throws on zips that are not quite workbooks', (bytes) =>
    expectWellFormed('a.xlsx', bytes),
  );
});
