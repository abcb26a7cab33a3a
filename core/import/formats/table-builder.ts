/**
 * What every reader does with a row once it has one: trim the cells, leave out the empty ones,
 * report oversized cells (and, for spreadsheets, formula text), and stop at MAX_TABLE_ROWS.
 */
import type { Problem } from '../problems.ts';
import { emptySection, type ImportTable, type TableFormat, type TableSection } from '../table.ts';
import { fileProblem, MAX_CELL_CHARS, MAX_TABLE_ROWS } from './text.ts';

/**
 * Text a spreadsheet would run as a formula: "=…", or "+", "-", "@" before a letter or "(".
 * "-1" and "+44 20 7946 0000" stay numbers and text.
 */
export function looksLikeFormula(value: string): boolean {
  return /^(=|[+\-@][\p{L}(])/u.test(value);
}

export const FORMULA_TEXT_REASON =
  "looks like a spreadsheet formula; reword it so it does not start with =, +, - or @ (or put an apostrophe ' in front)";

export type SectionName = 'elements' | 'connections';

export interface TableBuilderOptions {
  /** Spreadsheet text (CSV, XLSX) is checked for formulas; graph formats' attributes are not. */
  checkFormulas: boolean;
  /** Rows a file may have (tests lower it). */
  maxRows?: number;
}

export class TableBuilder {
  readonly problems: Problem[] = [];
  private readonly sections: Record<SectionName, TableSection> = {
    elements: emptySection(),
    connections: emptySection(),
  };
  private rowCount = 0;
  private full = false;

  constructor(
    readonly file: string,
    readonly format: TableFormat,
    private readonly options: TableBuilderOptions,
  ) {}

  problem(record: string, field: string, reason: string): void {
    this.problems.push(fileProblem(this.file, reason, record, field));
  }

  /** A column, once, in the order first seen. */
  addColumn(section: SectionName, column: string): void {
    const { columns } = this.sections[section];
    if (!columns.includes(column)) columns.push(column);
  }

  hasColumns(section: SectionName): boolean {
    return this.sections[section].columns.length > 0;
  }

  /** Whether the row cap has been reached; readers stop reading then. */
  get isFull(): boolean {
    return this.full;
  }

  /**
   * Adds a row from its cells (column → raw text); returns false once the file has reached
   * MAX_TABLE_ROWS, so the reader stops. A row whose cells are all empty is left out.
   */
  addRow(section: SectionName, at: string, cells: Iterable<readonly [string, string]>): boolean {
    if (this.full) return false;
    const values: Record<string, string> = {};
    for (const [column, raw] of cells) {
      const value = raw.trim();
      if (value === '') continue;
      if (value.length > MAX_CELL_CHARS) {
        this.problem(
          at,
          column,
          `oversized cell: ${value.length.toLocaleString('en-GB')} characters; a cell may hold at most ${MAX_CELL_CHARS.toLocaleString('en-GB')}`,
        );
        continue;
      }
      if (this.options.checkFormulas && looksLikeFormula(value)) this.problem(at, column, FORMULA_TEXT_REASON);
      values[column] = value;
      this.addColumn(section, column);
    }
    if (Object.keys(values).length === 0) return true;
    const maxRows = this.options.maxRows ?? MAX_TABLE_ROWS;
    if (this.rowCount === maxRows) {
      this.full = true;
      this.problem(
        '',
        '',
        `has more than ${maxRows.toLocaleString('en-GB')} rows; split it into files of at most that many`,
      );
      return false;
    }
    this.rowCount += 1;
    this.sections[section].rows.push({ at, values });
    return true;
  }

  get rows(): number {
    return this.rowCount;
  }

  build(): ImportTable {
    return {
      file: this.file,
      format: this.format,
      elements: this.sections.elements,
      connections: this.sections.connections,
      problems: this.problems,
    };
  }
}

/** A table with nothing but problems (the file could not be read at all). */
export function failedTable(file: string, format: TableFormat, problems: Problem[]): ImportTable {
  return { file, format, elements: emptySection(), connections: emptySection(), problems };
}
