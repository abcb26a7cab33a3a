import { describe, expect, it } from 'vitest';
import { looksLikeFormula, TableBuilder } from './table-builder.ts';

describe('looksLikeFormula', () => {
  it('flags what a spreadsheet would run, not numbers or prose', () => {
    for (const formula of ['=1+1', '=SUM(A1:A3)', '+A1', '-B2', '@SUM(A1)', '-(1)', '+cmd|x', '=']) {
      expect(looksLikeFormula(formula), formula).toBe(true);
    }
    for (const text of ['-1', '+44 20 7946 0000', '- a bullet', '@ 3pm', 'LGA = Local Government Association', '']) {
      expect(looksLikeFormula(text), text).toBe(false);
    }
  });
});

describe('TableBuilder', () => {
  it('stops at the row cap with one problem, and leaves empty rows out', () => {
    const builder = new TableBuilder('big.csv', 'csv', { checkFormulas: false, maxRows: 2 });
    expect(builder.addRow('elements', 'row 2', [['Label', 'A']])).toBe(true);
    expect(builder.addRow('elements', 'row 3', [['Label', '  ']])).toBe(true);
    expect(builder.addRow('connections', 'row 4', [['From', 'A']])).toBe(true);
    expect(builder.addRow('elements', 'row 5', [['Label', 'C']])).toBe(false);
    expect(builder.addRow('elements', 'row 6', [['Label', 'D']])).toBe(false);
    const table = builder.build();
    expect(table.elements.rows.map((row) => row.at)).toEqual(['row 2']);
    expect(table.connections.rows.map((row) => row.at)).toEqual(['row 4']);
    expect(table.problems).toEqual([
      {
        file: 'big.csv',
        record: '',
        field: '',
        reason: 'has more than 2 rows; split it into files of at most that many',
      },
    ]);
  });
});
