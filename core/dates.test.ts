import { describe, expect, it } from 'vitest';
import { endsBeforeStart, overlaps, partialDateProblem, precisionOf } from './dates.ts';
import { nameAsOf } from './names.ts';

describe('partial dates', () => {
  it('accepts years, months and days, and says what is wrong with anything else', () => {
    expect(['2016', '2016-04', '2016-02-29'].map(partialDateProblem)).toEqual([null, null, null]);
    expect(partialDateProblem('2016-13')).toMatch(/month 13/);
    expect(partialDateProblem('2015-02-29')).toMatch(/not a day of that month/);
    expect(partialDateProblem('April 2016')).toMatch(/not a partial ISO date/);
    expect(['2016', '2016-04', '2016-04-01'].map(precisionOf)).toEqual(['YEAR', 'MONTH', 'DAY']);
  });

  it('treats a partial date as its whole year or month', () => {
    expect(overlaps('2016', '2016-04', null)).toBe(true);
    expect(overlaps('2015', '2016-04', null)).toBe(false);
    expect(overlaps('2011-06', null, '2011')).toBe(true);
    expect(overlaps('2012', null, '2011')).toBe(false);
    expect(endsBeforeStart('2011-05', '2011')).toBe(false);
    expect(endsBeforeStart('2011-05', '2011-04')).toBe(true);
  });
});

describe('nameAsOf', () => {
  const aliases = [
    { name: 'Local Government CIO Council', kind: 'name', validFrom: '2008', validTo: '2012' },
    { name: 'Local Public Services CIO Council', kind: 'name', validFrom: '2013' },
    { name: 'LCIOC', kind: 'acronym', validFrom: '2008' },
  ];
  it('gives the dated name in force at a date, or the entity’s name', () => {
    expect(nameAsOf('Local CIO Council', aliases, '2010')).toBe('Local Government CIO Council');
    expect(nameAsOf('Local CIO Council', aliases, '2014')).toBe('Local Public Services CIO Council');
    expect(nameAsOf('Local CIO Council', aliases, '2005')).toBe('Local CIO Council');
  });
});
