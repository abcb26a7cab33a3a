import { describe, expect, it } from 'vitest';
import {
  addDays,
  contactHealth,
  daysBetween,
  dueWindowDays,
  followUpOverdue,
  lastContactOn,
} from './engagement-health.ts';

describe('contact health', () => {
  // Every 30 days, last contact 1 January: due on 31 January, the due window (6 days) opens on the 25th.
  const contacts = ['2025-11-20', '2026-01-01'];

  it('is on track until the due window opens', () => {
    expect(contactHealth(30, contacts, '2026-01-02')?.state).toBe('on-track');
    expect(contactHealth(30, contacts, '2026-01-24')?.state).toBe('on-track');
  });

  it('is due from the window’s first day to the due day itself', () => {
    expect(contactHealth(30, contacts, '2026-01-25')?.state).toBe('due');
    expect(contactHealth(30, contacts, '2026-01-31')).toEqual({
      state: 'due',
      cadenceDays: 30,
      lastContact: '2026-01-01',
      nextContactDue: '2026-01-31',
    });
  });

  it('is overdue the day after the due day', () => {
    expect(contactHealth(30, contacts, '2026-02-01')?.state).toBe('overdue');
  });

  it('counts only contacts on or before today (later ones are planned)', () => {
    expect(contactHealth(30, [...contacts, '2026-03-01'], '2026-02-01')).toMatchObject({
      state: 'overdue',
      lastContact: '2026-01-01',
    });
    expect(lastContactOn(['2026-03-01'], '2026-02-01')).toBeNull();
  });

  it('is overdue when never contacted, and absent without a cadence', () => {
    expect(contactHealth(14, [], '2026-02-01')).toEqual({
      state: 'overdue',
      cadenceDays: 14,
      lastContact: null,
      nextContactDue: '2026-02-01',
    });
    expect(contactHealth(null, contacts, '2026-02-01')).toBeNull();
  });

  it('works in whole days across months, leap days and short cadences', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(dueWindowDays(1)).toBe(1);
    expect(dueWindowDays(30)).toBe(6);
    expect(contactHealth(1, ['2026-01-01'], '2026-01-01')?.state).toBe('due');
    expect(contactHealth(1, ['2026-01-01'], '2026-01-03')?.state).toBe('overdue');
  });
});

describe('follow-ups', () => {
  it('are overdue the day after their due day while open', () => {
    expect(followUpOverdue({ due: '2026-01-10' }, '2026-01-10')).toBe(false);
    expect(followUpOverdue({ due: '2026-01-10' }, '2026-01-11')).toBe(true);
    expect(followUpOverdue({ due: '2026-01-10', closedAt: '2026-01-12T09:00:00.000Z' }, '2026-01-20')).toBe(false);
  });
});
