/**
 * Kumu-style CSV: one sheet of elements (Label, Type, Description, Tags, …) or of connections
 * (From, To, Type, …), the header naming the columns. Rows are numbered as a spreadsheet shows
 * them: the header is row 1, a quoted cell spanning lines is still one row.
 */
// The browser build runs under Node too; the Node build ('csv-parse/sync') needs Node's Buffer.
import { parse } from 'csv-parse/browser/esm/sync';
import type { ImportTable } from '../table.ts';
import { failedTable, TableBuilder, type SectionName } from './table-builder.ts';
import { decodeText } from './text.ts';

/** From and To (Kumu), or Source and Target (Gephi), in any case, make a connections table. */
export function sectionOfHeader(columns: readonly string[]): SectionName {
  const names = new Set(columns.map((column) => column.trim().toLowerCase()));
  const connections = (names.has('from') && names.has('to')) || (names.has('source') && names.has('target'));
  return connections ? 'connections' : 'elements';
}

/** Counts a character in the first line, outside quotes. */
function countInHeader(text: string, character: string): number {
  let count = 0;
  let quoted = false;
  for (const each of text) {
    if (each === '"') quoted = !quoted;
    else if (!quoted && (each === '\n' || each === '\r')) break;
    else if (!quoted && each === character) count += 1;
  }
  return count;
}

/** A comma, unless the header has none and is clearly split by semicolons (European Excel) or tabs. */
export function delimiterOf(text: string): string {
  if (countInHeader(text, ',') > 0) return ',';
  const semicolons = countInHeader(text, ';');
  const tabs = countInHeader(text, '\t');
  if (tabs > 0 && tabs >= semicolons) return '\t';
  if (semicolons > 0) return ';';
  return ',';
}

interface CsvSyntaxError {
  message: string;
  lines?: number;
}

/**
 * Header problems: a column without a name that holds values, and a name given twice (in any
 * case, since Kumu's fields are case-insensitive). Returns the columns to read, by position.
 */
function readHeader(builder: TableBuilder, header: string[], records: string[][]): (string | undefined)[] {
  const seen = new Map<string, number>();
  return header.map((raw, index) => {
    const name = raw.trim();
    const position = `column ${index + 1}`;
    if (name === '') {
      if (records.some((record) => (record[index] ?? '').trim() !== ''))
        builder.problem('row 1', position, 'has values but no column name; name the column in row 1 or delete it');
      return undefined;
    }
    const first = seen.get(name.toLowerCase());
    if (first !== undefined) {
      builder.problem(
        'row 1',
        name,
        `column name given twice (columns ${first + 1} and ${index + 1}); rename or remove one of them`,
      );
      return undefined;
    }
    seen.set(name.toLowerCase(), index);
    return name;
  });
}

/** Reads one CSV file (its bytes as uploaded) into elements or connections. */
export function readCsv(file: string, bytes: Uint8Array): ImportTable {
  const decoded = decodeText(file, bytes);
  if (decoded.text === undefined) return failedTable(file, 'csv', decoded.problems);
  const text = decoded.text;
  const builder = new TableBuilder(file, 'csv', { checkFormulas: true });
  let records: string[][];
  try {
    const delimiter = /\.tsv$/i.test(file) ? '\t' : delimiterOf(text);
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    const { message, lines } = error as CsvSyntaxError;
    const detail = message.replace(/ at line \d+/, '');
    builder.problem(
      '',
      '',
      `CSV syntax error${lines ? ` at line ${lines}` : ''}: ${detail}; check the quotes (a quote inside a quoted cell is written "")`,
    );
    return builder.build();
  }
  const [header = [], ...body] = records;
  const columns = readHeader(builder, header, body);
  const section = sectionOfHeader(header);
  for (const column of columns) if (column !== undefined) builder.addColumn(section, column);
  for (const [index, record] of body.entries()) {
    const at = `row ${index + 2}`;
    if (record.length > header.length && record.slice(header.length).some((cell) => cell.trim() !== ''))
      builder.problem(
        at,
        `column ${header.length + 1}`,
        `has ${record.length} cells but the header names ${header.length} columns; name the extra columns in row 1`,
      );
    const cells = record.flatMap((cell, position) => {
      const column = columns[position];
      return column === undefined ? [] : [[column, cell] as const];
    });
    if (!builder.addRow(section, at, cells)) break;
  }
  if (builder.rows === 0 && !builder.isFull) builder.problem('', '', 'has no rows');
  return builder.build();
}
