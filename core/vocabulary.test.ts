import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endsBeforeStart, overlaps, partialDateProblem, precisionOf } from './dates.ts';
import { FAMILIES, RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_NAMES } from './vocabulary.ts';

describe('relationship vocabulary', () => {
  it('puts every type in exactly one known family and documents it in docs/data-model.md', () => {
    const doc = readFileSync(new URL('../docs/data-model.md', import.meta.url), 'utf8');
    for (const type of RELATIONSHIP_TYPE_NAMES) {
      expect(FAMILIES).toContain(RELATIONSHIP_TYPES[type].family);
      expect(doc).toMatch(new RegExp(`\\| \`${type}\`\\s*\\| ${RELATIONSHIP_TYPES[type].family}\\s*\\|`));
    }
  });
});

describe('partial dates', () => {
  it('tells a period that ends before it starts, taking partial dates as whole years and months', () => {
    expect(endsBeforeStart('2012', '2011')).toBe(true);
    expect(endsBeforeStart('2011-05', '2011-04-30')).toBe(true);
    expect(endsBeforeStart('2011-05', '2011')).toBe(false);
    expect(endsBeforeStart('2011-05-10', '2011-05')).toBe(false);
    expect(endsBeforeStart('2011', '2011')).toBe(false);
    expect(endsBeforeStart(undefined, '2011')).toBe(false);
    expect(endsBeforeStart('2011', null)).toBe(false);
  });

  it('accepts year, month and day precision and rejects anything else, saying why', () => {
    expect(['2016', '2016-04', '2016-02-29'].map(partialDateProblem)).toEqual([null, null, null]);
    expect(['2016', '2016-04', '2016-04-01'].map(precisionOf)).toEqual(['YEAR', 'MONTH', 'DAY']);
    expect(partialDateProblem('2015-02-29')).toBe('"2015-02-29" is not a day of that month');
    expect(partialDateProblem('2016-13')).toBe('"2016-13" has month 13, expected 01-12');
    expect(partialDateProblem('April 2016')).toMatch(/not a partial ISO date/);
  });

  it('treats a partial date as the whole period it names', () => {
    expect(overlaps('2016', '2016-04', '2017-03')).toBe(true);
    expect(overlaps('2016-03', '2016-04', '2017-03')).toBe(false);
    expect(overlaps('2017-03-31', '2016-04', '2017-03')).toBe(true);
    expect(overlaps('2017-04', '2016-04', '2017-03')).toBe(false);
    expect(overlaps('1999', null, null)).toBe(true);
    expect(overlaps('2011', '2008', '2011')).toBe(true);
    expect(overlaps('2012', '2008', '2011')).toBe(false);
  });
});
