import * as XLSX from '@e965/xlsx';
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_CELL_CHARS } from './text.ts';
import { readXlsx } from './xlsx.ts';
import { checkZip, MAX_UNZIPPED_BYTES, ZIP_STEP_BYTES } from './zip-guard.ts';

type Cell = string | number | Date | XLSX.CellObject;

function workbook(sheets: Record<string, Cell[][]>): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = XLSX.utils.aoa_to_sheet(rows.map((row) => row.map((cell) => cell)));
    XLSX.utils.book_append_sheet(book, sheet, name);
  }
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** A zip of one part holding `megabytes` MB of zeros, deflated in a stream (never all in memory). */
function zipOfZeros(megabytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const part = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 9 });
  zip.add(part);
  const zeros = new Uint8Array(1024 * 1024);
  for (let each = 0; each < megabytes; each += 1) part.push(zeros);
  part.push(new Uint8Array(), true);
  zip.end();
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) out.set(chunk, (at += chunk.length) - chunk.length);
  return out;
}

/** The same zip with its central directory listing its one part `times` times (overlapping entries). */
function withDirectoryRepeated(zip: Uint8Array, times: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22; // no comment
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  const directory = zip.subarray(offset, offset + size);
  const out = new Uint8Array(offset + size * times + 22);
  out.set(zip.subarray(0, offset));
  for (let each = 0; each < times; each += 1) out.set(directory, offset + size * each);
  out.set(zip.subarray(end), offset + size * times);
  const outView = new DataView(out.buffer);
  const outEnd = out.length - 22;
  outView.setUint16(outEnd + 8, times, true);
  outView.setUint16(outEnd + 10, times, true);
  outView.setUint32(outEnd + 12, size * times, true);
  return out;
}

describe('readXlsx', () => {
  it('reads Elements and Connections sheets (any case), numbering rows as Excel does', () => {
    const bytes = workbook({
      elements: [
        ['Label', 'Type', 'Description', 'Start', 'Members'],
        ['Kent County Council', 'Organisation', ' Upper-tier council ', new Date(Date.UTC(1974, 3, 1)), ''],
        ['Local Government Association', 'Organisation', '', '', 317],
      ],
      CONNECTIONS: [
        ['From', 'To', 'Type', 'Confidence'],
        ['Kent County Council', 'Local Government Association', 'Member of', 0.8],
      ],
    });
    const table = readXlsx('kumu.xlsx', bytes);
    expect(table.problems).toEqual([]);
    expect(table.format).toBe('xlsx');
    expect(table.elements.columns).toEqual(['Label', 'Type', 'Description', 'Start', 'Members']);
    expect(table.elements.rows).toEqual([
      {
        at: 'elements row 2',
        values: {
          Label: 'Kent County Council',
          Type: 'Organisation',
          Description: 'Upper-tier council',
          Start: '1974-04-01',
        },
      },
      { at: 'elements row 3', values: { Label: 'Local Government Association', Type: 'Organisation', Members: '317' } },
    ]);
    expect(table.connections.rows).toEqual([
      {
        at: 'CONNECTIONS row 2',
        values: {
          From: 'Kent County Council',
          To: 'Local Government Association',
          Type: 'Member of',
          Confidence: '0.8',
        },
      },
    ]);
  });

  it('detects other sheets by their header, as for CSV', () => {
    const table = readXlsx(
      'two.xlsx',
      workbook({
        People: [['Label'], ['Alex Fenwick']],
        Links: [
          ['Source', 'Target'],
          ['a', 'b'],
        ],
      }),
    );
    expect(table.elements.rows).toEqual([{ at: 'People row 2', values: { Label: 'Alex Fenwick' } }]);
    expect(table.connections.rows).toEqual([{ at: 'Links row 2', values: { Source: 'a', Target: 'b' } }]);
  });

  it('reports a formula cell, formula text, an oversized cell and a duplicate column', () => {
    const bytes = workbook({
      Elements: [
        ['Label', 'Score', 'Description', 'label'],
        ['LGA', { t: 'n', v: 3, f: 'SUM(1,2)' }, '=HYPERLINK("http://example.org")', 'x'],
        ['Socitm', -1, 'x'.repeat(MAX_CELL_CHARS + 1), ''],
        ['LGA', '', '', '', 'no name', 'again'],
      ],
    });
    const table = readXlsx('bad.xlsx', bytes);
    expect(table.problems).toEqual([
      {
        file: 'bad.xlsx',
        record: 'Elements row 1',
        field: 'label',
        reason: 'column name given twice (columns A and D); rename or remove one of them',
      },
      {
        file: 'bad.xlsx',
        record: 'Elements row 2',
        field: 'Score',
        reason: 'is a formula (=SUM(1,2)); paste values instead',
      },
      {
        file: 'bad.xlsx',
        record: 'Elements row 2',
        field: 'Description',
        reason: expect.stringMatching(/^looks like a spreadsheet formula; /),
      },
      {
        file: 'bad.xlsx',
        record: 'Elements row 3',
        field: 'Description',
        reason: 'oversized cell: 10,001 characters; a cell may hold at most 10,000',
      },
      {
        file: 'bad.xlsx',
        record: 'Elements row 1',
        field: 'column E',
        reason: 'has values but no column name; name the column in Elements row 1 or delete it',
      },
      {
        file: 'bad.xlsx',
        record: 'Elements row 1',
        field: 'column F',
        reason: 'has values but no column name; name the column in Elements row 1 or delete it',
      },
    ]);
    expect(table.elements.rows[1]!.values).toEqual({ Label: 'Socitm', Score: '-1' });
  });

  it('reports an empty file, a workbook without rows, and a file that is not a workbook', () => {
    expect(readXlsx('e.xlsx', new Uint8Array()).problems.map((problem) => problem.reason)).toEqual(['is empty']);
    expect(readXlsx('h.xlsx', workbook({ Elements: [['Label', 'Type']] })).problems.map((p) => p.reason)).toEqual([
      'has no rows',
    ]);
    expect(readXlsx('csv.xlsx', strToU8('Label\nLGA\n')).problems[0]!.reason).toMatch(/^is not an Excel workbook/);
  });

  it('refuses a zip bomb after inflating little more than the cap, never the whole', () => {
    // The cap is lowered so the test inflates a few megabytes, not the 100 MB the readers allow.
    const cap = 2 * 1024 * 1024;
    const bomb = zipOfZeros(16);
    expect(bomb.length).toBeLessThan(64 * 1024); // small on disk, 16 MB unzipped
    const check = checkZip(bomb, cap);
    expect(check.refusal).toBe('expands to more than 2 MB when unzipped; refused as a possible zip bomb');
    expect(check.inflated).toBeGreaterThan(cap);
    // Stopped within one step (at most ~1,032 × ZIP_STEP_BYTES) of the cap, far short of 16 MB.
    expect(check.inflated).toBeLessThanOrEqual(cap + 1032 * ZIP_STEP_BYTES + 64 * 1024);
    expect(readXlsx('bomb.xlsx', bomb, { maxUnzippedBytes: cap }).problems).toEqual([
      {
        file: 'bomb.xlsx',
        record: '',
        field: '',
        reason: 'expands to more than 2 MB when unzipped; refused as a possible zip bomb',
      },
    ]);
    expect(MAX_UNZIPPED_BYTES).toBe(100 * 1024 * 1024);
    // The same workbook reads under a cap it stays within: the guard refuses by what it inflates.
    const small = workbook({ Elements: [['Label'], ['LGA']] });
    expect(readXlsx('small.xlsx', small).problems).toEqual([]);
    expect(readXlsx('small.xlsx', small, { maxUnzippedBytes: 100 }).problems[0]!.reason).toMatch(/zip bomb$/);
  });

  it('refuses a zip whose directory names one compressed part many times (overlapping entries)', () => {
    const overlapping = withDirectoryRepeated(zipSync({ 'xl/worksheets/sheet1.xml': strToU8('<x/>') }), 50);
    expect(checkZip(overlapping).refusal).toBe(
      'lists more parts in its zip directory than it holds; refused as a possible zip bomb',
    );
  });
});
