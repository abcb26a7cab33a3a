import { describe, expect, it } from 'vitest';
import { chartPoints, stanceLevel, stepPath } from './history-chart.ts';

describe('stance history chart', () => {
  const history = [
    { date: '2026-01-01', stance: 'SCEPTIC' as const, power: 2, interest: 3 },
    { date: '2026-03-02', stance: 'CHAMPION' as const, power: 5, interest: null },
  ];

  it('places assessments by date up to today, and stances champion 5 to opponent 1', () => {
    const points = chartPoints(history, '2026-05-01');
    expect(points.map((point) => point.x)).toEqual([0, 60 / 120]);
    expect(points.map((point) => point.stance)).toEqual([2, 5]);
    expect(stanceLevel('OPPONENT')).toBe(1);
    expect(chartPoints([history[0]!], '2026-01-01')[0]!.x).toBe(0.5);
  });

  it('draws steps through known values only, held to the end', () => {
    const points = chartPoints(history, '2026-03-02');
    const path = stepPath(
      points,
      (point) => point.interest,
      (x) => x * 100,
      (level) => 50 - level * 10,
      100,
    );
    expect(path).toBe('M0,20H100');
    expect(
      stepPath(
        points,
        (point) => point.power,
        (x) => x * 100,
        (level) => 50 - level * 10,
        100,
      ),
    ).toBe('M0,30H100V0H100');
  });
});
