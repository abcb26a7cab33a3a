import { describe, expect, it } from 'vitest';
import { assessmentOn, assessmentSchema, movementSince, stanceChangedSince } from './engagement-history.ts';

const history = [
  { date: '2026-03-01', recordedAt: '2026-03-01T10:00:00.000Z', stance: 'supporter', power: 4, interest: 4 },
  { date: '2026-01-01', recordedAt: '2026-01-02T09:00:00.000Z', stance: 'sceptic', power: 2, interest: 3 },
  // Recorded later on the same day: it wins.
  { date: '2026-03-01', recordedAt: '2026-03-01T15:00:00.000Z', stance: 'champion', power: 5, interest: 4 },
] as const;

describe('assessments over time', () => {
  it('takes the latest by date, then by time recorded, as the current one', () => {
    expect(assessmentOn(history)?.stance).toBe('champion');
    expect(assessmentOn(history, '2026-02-28')?.stance).toBe('sceptic');
    expect(assessmentOn(history, '2025-12-31')).toBeNull();
  });

  it('says whether the stance changed since a day (net change; first assessed later counts)', () => {
    expect(stanceChangedSince(history, '2026-02-01')).toBe(true);
    expect(stanceChangedSince(history, '2026-03-01')).toBe(false);
    expect(stanceChangedSince(history, '2025-06-01')).toBe(true);
    const back = [
      ...history,
      { date: '2026-04-01', recordedAt: '2026-04-01T00:00:00.000Z', stance: 'sceptic' as const },
    ];
    expect(stanceChangedSince(back, '2026-02-01')).toBe(false);
    expect(stanceChangedSince([], '2026-02-01')).toBe(false);
  });

  it('gives the grid movement from the position then to now', () => {
    expect(movementSince(history, '2026-02-01')).toEqual({
      from: { power: 2, interest: 3 },
      to: { power: 5, interest: 4 },
    });
    expect(movementSince(history, '2026-03-02')).toBeNull();
    expect(movementSince(history, '2025-01-01')).toBeNull();
  });

  it('validates a new assessment, naming the field', () => {
    expect(assessmentSchema.safeParse({ date: '2026-01-01', stance: 'neutral', power: 3, interest: 3 }).success).toBe(
      true,
    );
    const bad = assessmentSchema.safeParse({ date: '2026-13-01', stance: 'fan', power: 0, interest: 3 });
    expect(bad.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['date', 'power', 'stance']);
  });
});
