/**
 * The stance history chart as numbers: each assessment placed by date (x) and by stance, power and
 * interest on one 1-to-5 scale (y; champion is 5, opponent 1). Pure, so it is tested without React.
 */
import type { Stance } from '../../api/generated/operations.ts';
import { STANCES } from '../../ui/format.ts';

export interface ChartPoint {
  x: number;
  stance: number | null;
  power: number | null;
  interest: number | null;
}

const DAY_MS = 86_400_000;

/** Champion 5 … opponent 1. */
export function stanceLevel(stance: Stance | null | undefined): number | null {
  return stance ? STANCES.length - STANCES.indexOf(stance) : null;
}

/**
 * x from 0 to 1 by date between the first assessment and `until` (the last assessment when later);
 * a single assessment sits in the middle. Assessments must be oldest first.
 */
export function chartPoints(
  history: readonly { date: string; stance?: Stance | null; power?: number | null; interest?: number | null }[],
  until: string,
): ChartPoint[] {
  if (history.length === 0) return [];
  const time = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
  const start = time(history[0]!.date);
  const end = Math.max(time(until), time(history.at(-1)!.date));
  const span = end - start;
  return history.map((assessment) => ({
    x: span === 0 ? 0.5 : (time(assessment.date) - start) / span,
    stance: stanceLevel(assessment.stance),
    power: assessment.power ?? null,
    interest: assessment.interest ?? null,
  }));
}

/** An SVG path through the points that have a value, as steps (a position holds until the next). */
export function stepPath(
  points: readonly ChartPoint[],
  value: (point: ChartPoint) => number | null,
  toX: (x: number) => number,
  toY: (level: number) => number,
  endX: number,
): string {
  const known = points.filter((point) => value(point) !== null);
  if (known.length === 0) return '';
  const parts = known.map((point, index) => {
    const y = toY(value(point)!);
    const x = toX(point.x);
    return index === 0 ? `M${x},${y}` : `H${x}V${y}`;
  });
  return `${parts.join('')}H${endX}`;
}
