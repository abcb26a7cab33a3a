/**
 * An Excel workbook in Kumu's layout: a sheet named Elements and one named Connections (in any
 * case); any other sheet is elements or connections by its header, as a CSV is. Each sheet's first
 * row is its header; rows are numbered as Excel shows them ("Connections row 4"). Values are
 * read, never formulas: a formula cell is a problem. Date cells become yyyy-mm-dd.
 */
import * as XLSX from '@e965/xlsx';
import type { ImportTable } from '../table.ts';
import { sectionOfHeader } from './csv.ts';
import { failedTable, TableBuilder, type SectionName } from './table-builder.ts';
import { fileSizeProblem, MAX_TABLE_ROWS } from './text.ts';
import { checkZip, MAX_UNZIPPED_BYTES } from './zip-guard.ts';

export interface XlsxOptions {
  /** The unzipped size a workbook may reach (tests lower it). */
  maxUnzippedBytes?: number;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** A cell's value as text: dates as yyyy-mm-dd, numbers and booleans as text; undefined when empty. */
function cellValue(cell: XLSX.CellObject): string | undefined {
  if (cell.v === undefined || cell.v === null) return undefined;
  if (cell.t === 'n' && typeof cell.v === 'number' && cell.z !== undefined && XLSX.SSF.is_date(cell.z)) {
    // Null for serials Excel cannot show as dates (before 1900): then the text as Excel shows it.
    const date = XLSX.SSF.parse_date_code(cell.v) as { y: number; m: number; d: number } | null;
    if (date) return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
    return cell.w ?? String(cell.v);
  }
  if (cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
  return String(cell.v);
}

function sectionOfSheet(name: string, header: readonly string[]): SectionName {
  const lower = name.trim().toLowerCase();
  if (lower === 'elements') return 'elements';
  if (lower === 'connections') return 'connections';
  return sectionOfHeader(header);
}

function readSheet(builder: TableBuilder, name: string, sheet: XLSX.WorkSheet): boolean {
  const rows = (sheet['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  const range = sheet['!ref'] ? XLSX.utils.decode_range(sheet['!ref']) : undefined;
  if (!range) return true;
  // Only the cells present are visited: a sheet's range may claim a million empty rows.
  const headerAt = `${name} row ${range.s.r + 1}`;
  const headerRow = rows[range.s.r] ?? [];
  const header: string[] = [];
  // Columns refused in the header (named twice, or not named): their cells are left out unreported.
  const refused = new Set<number>();
  const seen = new Map<string, number>();
  headerRow.forEach((cell, column) => {
    const text = cell ? (cellValue(cell) ?? '').trim() : '';
    if (text === '') return;
    const first = seen.get(text.toLowerCase());
    if (first !== undefined) {
      builder.problem(
        headerAt,
        text,
        `column name given twice (columns ${XLSX.utils.encode_col(first)} and ${XLSX.utils.encode_col(column)}); rename or remove one of them`,
      );
      refused.add(column);
      return;
    }
    seen.set(text.toLowerCase(), column);
    header[column] = text;
  });
  const section = sectionOfSheet(name, header.filter(Boolean));
  for (const column of header) if (column) builder.addColumn(section, column);
  let full = false;
  rows.forEach((row, index) => {
    if (full || index <= range.s.r || !row) return;
    const at = `${name} row ${index + 1}`;
    const cells: [string, string][] = [];
    row.forEach((cell, column) => {
      if (!cell || refused.has(column)) return;
      const value = cellValue(cell);
      if (value === undefined || value.trim() === '') return;
      const columnName = header[column];
      if (columnName === undefined) {
        builder.problem(
          headerAt,
          `column ${XLSX.utils.encode_col(column)}`,
          `has values but no column name; name the column in ${headerAt} or delete it`,
        );
        refused.add(column);
        return;
      }
      if (cell.f !== undefined) {
        builder.problem(at, columnName, `is a formula (=${cell.f}); paste values instead`);
        return;
      }
      cells.push([columnName, value]);
    });
    if (!builder.addRow(section, at, cells)) full = true;
  });
  return !full;
}

/** Reads an .xlsx workbook's Elements and Connections sheets (or sheets detected by header). */
export function readXlsx(file: string, bytes: Uint8Array, options: XlsxOptions = {}): ImportTable {
  const sizeProblem = fileSizeProblem(file, bytes.byteLength);
  if (sizeProblem) return failedTable(file, 'xlsx', [sizeProblem]);
  const builder = new TableBuilder(file, 'xlsx', { checkFormulas: true });
  if (bytes.byteLength === 0) {
    builder.problem('', '', 'is empty');
    return builder.build();
  }
  const zip = checkZip(bytes, options.maxUnzippedBytes ?? MAX_UNZIPPED_BYTES);
  if (zip.refusal) {
    builder.problem('', '', zip.refusal);
    return builder.build();
  }
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellFormula: true,
      cellNF: true,
      cellHTML: false,
      sheetRows: MAX_TABLE_ROWS + 1,
    });
  } catch (error) {
    builder.problem('', '', `is not a readable Excel workbook (${(error as Error).message}); save it again as .xlsx`);
    return builder.build();
  }
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name];
    if (sheet && !readSheet(builder, name, sheet)) break;
  }
  if (builder.rows === 0 && !builder.isFull) builder.problem('', '', 'has no rows');
  return builder.build();
}
