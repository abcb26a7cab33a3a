/** The example files of docs/examples/import/ (docs/import-export.md points at them) read without a problem. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectFormat, readTable } from './index.ts';

const folder = fileURLToPath(new URL('../../../docs/examples/import/', import.meta.url));
const files = readdirSync(folder).sort();

const EXPECTED: Record<string, { format: string; elements: number; connections: number }> = {
  'kumu-blueprint.json': { format: 'kumu-json', elements: 8, connections: 10 },
  'kumu-connections.csv': { format: 'csv', elements: 0, connections: 10 },
  'kumu-elements.csv': { format: 'csv', elements: 8, connections: 0 },
  'kumu-sheets.xlsx': { format: 'xlsx', elements: 8, connections: 10 },
  'network.cyjs': { format: 'cyjs', elements: 8, connections: 10 },
  'network.gexf': { format: 'gexf', elements: 8, connections: 10 },
  'network.graphml': { format: 'graphml', elements: 8, connections: 10 },
};

describe('docs/examples/import', () => {
  it('holds the example of every format, and nothing else', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s reads without problems', (file) => {
    const bytes = new Uint8Array(readFileSync(`${folder}${file}`));
    const table = readTable(file, bytes);
    expect(table.problems).toEqual([]);
    expect(detectFormat(file, bytes)).toBe(EXPECTED[file]!.format);
    expect(table.format).toBe(EXPECTED[file]!.format);
    expect(table.elements.rows).toHaveLength(EXPECTED[file]!.elements);
    expect(table.connections.rows).toHaveLength(EXPECTED[file]!.connections);
  });

  it('gives the same stakeholders and links in every format', () => {
    const read = (file: string) => readTable(file, new Uint8Array(readFileSync(`${folder}${file}`)));
    const labels = (file: string, column: string) => read(file).elements.rows.map((row) => row.values[column]);
    const names = labels('kumu-elements.csv', 'Label');
    expect(names).toContain('Priya Hallam');
    expect(labels('kumu-sheets.xlsx', 'Label')).toEqual(names);
    expect(labels('kumu-blueprint.json', 'label')).toEqual(names);
    expect(labels('network.graphml', 'label')).toEqual(names);
    expect(labels('network.gexf', 'label')).toEqual(names);
    expect(labels('network.cyjs', 'name')).toEqual(names);
    const [first] = read('kumu-sheets.xlsx').connections.rows;
    expect(first).toEqual({
      at: 'Connections row 2',
      values: {
        From: 'Priya Hallam',
        To: 'Surrey County Council',
        Type: 'Holds role at',
        Direction: 'directed',
        Start: '2018-09',
        Confidence: '1',
      },
    });
  });
});
