import { describe, expect, it } from 'vitest';
import { overlaps } from '../dates.ts';
import { firstDayOf, lastDayOf, periodsOverlap, standingOn, walkableOn } from './validity.ts';

describe('partial dates as periods', () => {
  it('names the first and last day of a year, a month and a day', () => {
    expect([firstDayOf('2011'), lastDayOf('2011')]).toEqual(['2011-01-01', '2011-12-31']);
    expect([firstDayOf('2011-05'), lastDayOf('2011-05')]).toEqual(['2011-05-01', '2011-05-31']);
    expect([firstDayOf('2011-05-09'), lastDayOf('2011-05-09')]).toEqual(['2011-05-09', '2011-05-09']);
    expect([lastDayOf('2012-02'), lastDayOf('2011-02'), lastDayOf('1900-02'), lastDayOf('2000-02')]).toEqual([
      '2012-02-29',
      '2011-02-28',
      '1900-02-28',
      '2000-02-29',
    ]);
  });
});

describe('standingOn', () => {
  it('keeps a relationship current through the whole year or month its end date names', () => {
    expect(standingOn('2011-12-31', { validTo: '2011' })).toBe('current');
    expect(standingOn('2012-01-01', { validTo: '2011' })).toBe('former');
    expect(standingOn('2011-05-31', { validTo: '2011-05' })).toBe('current');
    expect(standingOn('2011-06-01', { validTo: '2011-05' })).toBe('former');
  });

  it('starts a relationship on the first day its start date names, and not before', () => {
    expect(standingOn('2011-05-01', { validFrom: '2011-05' })).toBe('current');
    expect(standingOn('2011-04-30', { validFrom: '2011-05' })).toBe('future');
    expect(standingOn('2010-12-31', { validFrom: '2011' })).toBe('future');
    expect(standingOn('2030-01-01', {})).toBe('current');
  });

  it('takes a partial day as its whole period', () => {
    expect(standingOn('2011', { validFrom: '2011-11', validTo: '2011-11' })).toBe('current');
    expect(standingOn('2011', { validTo: '2010-12-31' })).toBe('former');
    expect(standingOn('2011-05', { validFrom: '2011-06' })).toBe('future');
  });

  it('agrees with the asOf rule of the graph queries (core/dates.ts overlaps)', () => {
    const dates = [null, '2010', '2011', '2011-05', '2011-05-31', '2011-06-01', '2012'];
    for (const day of ['2011', '2011-05', '2011-05-31', '2011-06-01', '2012-03-04']) {
      for (const validFrom of dates) {
        for (const validTo of dates) {
          expect(standingOn(day, { validFrom, validTo }) === 'current', `${day} ${validFrom}–${validTo}`).toBe(
            overlaps(day, validFrom, validTo),
          );
        }
      }
    }
  });
});

describe('periodsOverlap', () => {
  it('joins periods that share a day, partial ends covering their whole period', () => {
    expect(periodsOverlap({ validFrom: '2008', validTo: '2016' }, { validFrom: '2016' })).toBe(true);
    expect(periodsOverlap({ validTo: '2011' }, { validFrom: '2011-12-31' })).toBe(true);
    expect(periodsOverlap({ validTo: '2011-05' }, { validFrom: '2011-05-31', validTo: '2012' })).toBe(true);
  });

  it('never joins periods that do not meet', () => {
    expect(periodsOverlap({ validTo: '2008' }, { validFrom: '2016' })).toBe(false);
    expect(periodsOverlap({ validFrom: '2016' }, { validTo: '2008' })).toBe(false);
    expect(periodsOverlap({ validTo: '2011-05' }, { validFrom: '2011-06-01' })).toBe(false);
    expect(
      periodsOverlap({ validFrom: '2011-01', validTo: '2011-01' }, { validFrom: '2011-02', validTo: '2011' }),
    ).toBe(false);
  });

  it('treats open ends as reaching forever', () => {
    expect(periodsOverlap({}, { validFrom: '1990', validTo: '1990' })).toBe(true);
    expect(periodsOverlap({ validFrom: '2020' }, { validTo: '2019' })).toBe(false);
  });
});

describe('walkableOn', () => {
  const ended = { id: 'ended', validTo: '2011' };
  const current = { id: 'current', validFrom: '2008' };
  const future = { id: 'future', validFrom: '2027' };
  it('walks former relationships only when asked, and future ones never', () => {
    const ids = (edges: { id: string }[]) => edges.map((edge) => edge.id);
    expect(ids(walkableOn([ended, current, future], '2026-12-07', false))).toEqual(['current']);
    expect(ids(walkableOn([ended, current, future], '2026-12-07', true))).toEqual(['ended', 'current']);
    expect(ids(walkableOn([ended, current, future], '2011-06-01', false))).toEqual(['ended', 'current']);
  });
});
