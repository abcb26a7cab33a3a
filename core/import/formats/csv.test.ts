import { describe, expect, it } from 'vitest';
import { csvTable } from '../../export/csv.ts';
import { readCsv } from './csv.ts';
import { MAX_CELL_CHARS } from './text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readCsv', () => {
  it('reads a Kumu elements sheet: columns in order, trimmed cells, empty cells left out', () => {
    const table = readCsv(
      'elements.csv',
      utf8(
        'Label,Type,Description,Tags\r\n' +
          'Kent County Council,Body, Upper-tier council ,council|local-government\r\n' +
          '"Socitm","Body","Society of IT Management, ""Socitm""",\r\n',
      ),
    );
    expect(table.problems).toEqual([]);
    expect(table.format).toBe('csv');
    expect(table.elements.columns).toEqual(['Label', 'Type', 'Description', 'Tags']);
    expect(table.elements.rows).toEqual([
      {
        at: 'row 2',
        values: {
          Label: 'Kent County Council',
          Type: 'Body',
          Description: 'Upper-tier council',
          Tags: 'council|local-government',
        },
      },
      { at: 'row 3', values: { Label: 'Socitm', Type: 'Body', Description: 'Society of IT Management, "Socitm"' } },
    ]);
    expect(table.connections).toEqual({ columns: [], rows: [] });
  });

  it('reads From and To (or Source and Target, any case) as connections', () => {
    const kumu = readCsv('connections.csv', utf8('From,To,Type\nSocitm,LGA,INFLUENCES\n'));
    expect(kumu.connections.rows).toEqual([{ at: 'row 2', values: { From: 'Socitm', To: 'LGA', Type: 'INFLUENCES' } }]);
    expect(kumu.elements.rows).toEqual([]);
    const gephi = readCsv('edges.csv', utf8('source,TARGET\na,b\n'));
    expect(gephi.connections.columns).toEqual(['source', 'TARGET']);
  });

  it('numbers rows as a spreadsheet does: a cell spanning lines is one row, an empty line a row', () => {
    const table = readCsv('elements.csv', utf8('Label,Description\nA,"two\nlines"\n\nB,x\n'));
    expect(table.elements.rows.map((row) => row.at)).toEqual(['row 2', 'row 4']);
    expect(table.elements.rows[0]!.values.Description).toBe('two\nlines');
  });

  it('accepts semicolons and tabs when the header clearly uses them', () => {
    const semicolons = readCsv('e.csv', utf8('Label;Description\nLGA;Membership body, England\n'));
    expect(semicolons.elements.rows[0]!.values).toEqual({ Label: 'LGA', Description: 'Membership body, England' });
    const tabs = readCsv('e.tsv', utf8('Label\tType\nLGA\tBody\n'));
    expect(tabs.elements.rows[0]!.values).toEqual({ Label: 'LGA', Type: 'Body' });
    // A .tsv is split by tabs even when its header has a comma.
    const tsv = readCsv('e.tsv', utf8('Name, in full\tType\nLGA\tBody\n'));
    expect(tsv.elements.rows[0]!.values).toEqual({ 'Name, in full': 'LGA', Type: 'Body' });
  });

  it('strips a UTF-8 byte-order mark and keeps non-ASCII names', () => {
    const table = readCsv('e.csv', utf8('\uFEFFLabel\nZoë Müller £5\n'));
    expect(table.elements.columns).toEqual(['Label']);
    expect(table.elements.rows[0]!.values.Label).toBe('Zoë Müller £5');
  });

  it('refuses windows-1252 bytes (£ as 0xA3) as not UTF-8', () => {
    const bytes = new Uint8Array([...utf8('Label\nCost '), 0xa3, ...utf8('5\n')]);
    const table = readCsv('e.csv', bytes);
    expect(table.problems).toEqual([
      { file: 'e.csv', record: '', field: '', reason: 'is not UTF-8 text; save it as UTF-8 (in Excel: CSV UTF-8)' },
    ]);
    expect(table.elements.rows).toEqual([]);
  });

  it('reports an empty file and a file with a header only', () => {
    expect(readCsv('e.csv', new Uint8Array()).problems.map((problem) => problem.reason)).toEqual(['is empty']);
    expect(readCsv('e.csv', utf8('\uFEFF \r\n')).problems.map((problem) => problem.reason)).toEqual(['is empty']);
    expect(readCsv('e.csv', utf8('Label,Type\r\n')).problems.map((problem) => problem.reason)).toEqual(['has no rows']);
  });

  it('reports an oversized cell and leaves it out', () => {
    const long = 'x'.repeat(MAX_CELL_CHARS + 1);
    const table = readCsv('e.csv', utf8(`Label,Description\nLGA,${long}\n`));
    expect(table.problems).toEqual([
      {
        file: 'e.csv',
        record: 'row 2',
        field: 'Description',
        reason: 'oversized cell: 10,001 characters; a cell may hold at most 10,000',
      },
    ]);
    expect(table.elements.rows[0]!.values).toEqual({ Label: 'LGA' });
  });

  it('reports duplicate (in any case) and unnamed columns with values', () => {
    const table = readCsv('e.csv', utf8('Label,Type,label,,\nLGA,Body,Other,x,\n'));
    expect(table.problems).toEqual([
      {
        file: 'e.csv',
        record: 'row 1',
        field: 'label',
        reason: 'column name given twice (columns 1 and 3); rename or remove one of them',
      },
      {
        file: 'e.csv',
        record: 'row 1',
        field: 'column 4',
        reason: 'has values but no column name; name the column in row 1 or delete it',
      },
    ]);
    expect(table.elements.columns).toEqual(['Label', 'Type']);
  });

  it('reports cells beyond the header', () => {
    const table = readCsv('e.csv', utf8('Label\nLGA,extra\n'));
    expect(table.problems).toEqual([
      expect.objectContaining({ record: 'row 2', field: 'column 2', reason: expect.stringContaining('has 2 cells') }),
    ]);
  });

  it('reports formula text, and lets numbers such as -1 and +44 through', () => {
    const table = readCsv(
      'e.csv',
      utf8('Label,Description,Phone,Score\nLGA,=SUM(A1:A9),+44 20 7946 0000,-1\nB,@SUM(A1),,-(1)\nC,-Foo,,\n'),
    );
    expect(table.problems.map((problem) => `${problem.record} ${problem.field}`)).toEqual([
      'row 2 Description',
      'row 3 Description',
      'row 3 Score',
      'row 4 Description',
    ]);
    expect(table.problems[0]!.reason).toMatch(/^looks like a spreadsheet formula; /);
  });

  it('reads formula-like text our CSV export defused with an apostrophe as it is, without a problem', () => {
    const table = readCsv(
      'entities.csv',
      utf8(csvTable(['id', 'description'], [['body:x', '=SUM(A1:A9) is a formula']])),
    );
    expect(table.problems).toEqual([]);
    expect(table.elements.rows[0]!.values.description).toBe("'=SUM(A1:A9) is a formula");
  });

  it('names the line of a syntax error', () => {
    const table = readCsv('e.csv', utf8('Label,Description\nLGA,"ok"\nB,"open\n'));
    expect(table.problems).toHaveLength(1);
    expect(table.problems[0]!.reason).toMatch(/^CSV syntax error at line 3: Quote Not Closed/);
    const stray = readCsv('e.csv', utf8('Label,Description\nLGA,"ok"x\n'));
    expect(stray.problems[0]!.reason).toMatch(/^CSV syntax error at line 2: /);
  });

  it('reads UTF-16 with a byte-order mark (Excel’s "Unicode text")', () => {
    const text = 'Label\tType\nLGA\tBody\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (const [index, character] of [...text].entries()) bytes[2 + index * 2] = character.charCodeAt(0);
    const table = readCsv('e.txt', bytes);
    expect(table.problems).toEqual([]);
    expect(table.elements.rows[0]!.values).toEqual({ Label: 'LGA', Type: 'Body' });
  });
});
