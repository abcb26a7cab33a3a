import { describe, expect, it } from 'vitest';
import { confidenceWord, formatConfidence, formatPartialDate, formatPeriod, formatPrecision } from './format.ts';

describe('dates', () => {
  it('writes partial dates at their precision', () => {
    expect(formatPartialDate('2016')).toBe('2016');
    expect(formatPartialDate('2016-04')).toBe('April 2016');
    expect(formatPartialDate('2016-04-01')).toBe('1 April 2016');
  });

  it('writes open and closed periods', () => {
    expect(formatPeriod('2008', '2016')).toBe('2008 – 2016');
    expect(formatPeriod('2011', null)).toBe('from 2011');
    expect(formatPeriod(null, '2017-03')).toBe('until March 2017');
    expect(formatPeriod(null, null)).toBe('no dates given');
    expect(formatPeriod('2013', '2013')).toBe('2013');
  });

  it('says how precise the dates are', () => {
    expect(formatPrecision('YEAR', 'YEAR')).toBe('known to the year');
    expect(formatPrecision('MONTH', 'YEAR')).toBe('known to the month / year');
    expect(formatPrecision(null, null)).toBeNull();
  });
});

describe('confidence', () => {
  it('names the seed levels', () => {
    expect([1, 0.8, 0.6, 0.4].map(confidenceWord)).toEqual(['stated', 'implied', 'probable', 'uncertain']);
    expect(formatConfidence(0.6)).toBe('probable (0.6)');
  });
});
