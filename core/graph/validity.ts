/**
 * Which relationships a route may walk on a given day, and which it may join. A partial date names
 * its whole year or month: a relationship that ends "2011" still holds on 2011-12-31, and one that
 * starts "2011-05" already holds on 2011-05-01. The day itself may be partial too ("2011": the year).
 */

/** A stretch of time; either end open when absent (Neo4j stores no nulls, so undefined as well as null). */
export interface Period {
  validFrom?: string | null;
  validTo?: string | null;
}

/** On a day, a relationship holds (current), has ended (former) or has not begun yet (future). */
export type Standing = 'current' | 'former' | 'future';

const MONTH_ENDS = ['31', '28', '31', '30', '31', '30', '31', '31', '30', '31', '30', '31'];

/** The first day a partial ISO date names: "2011" → "2011-01-01", "2011-05" → "2011-05-01". */
export function firstDayOf(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day a partial ISO date names: "2011" → "2011-12-31", "2012-02" → "2012-02-29". */
export function lastDayOf(date: string): string {
  const [year, month, day] = date.split('-');
  if (day !== undefined) return date;
  if (month === undefined) return `${year}-12-31`;
  const leap = Number(year) % 4 === 0 && (Number(year) % 100 !== 0 || Number(year) % 400 === 0);
  const end = month === '02' && leap ? '29' : MONTH_ENDS[Number(month) - 1];
  return `${year}-${month}-${end}`;
}

/** Whether the period holds on the day, ended before it or begins after it. */
export function standingOn(day: string, period: Period): Standing {
  if (period.validFrom != null && firstDayOf(period.validFrom) > lastDayOf(day)) return 'future';
  if (period.validTo != null && lastDayOf(period.validTo) < firstDayOf(day)) return 'former';
  return 'current';
}

/** Whether two periods share at least one day (open ends reach forever). */
export function periodsOverlap(a: Period, b: Period): boolean {
  const aStartsInTime = a.validFrom == null || b.validTo == null || firstDayOf(a.validFrom) <= lastDayOf(b.validTo);
  const bStartsInTime = b.validFrom == null || a.validTo == null || firstDayOf(b.validFrom) <= lastDayOf(a.validTo);
  return aStartsInTime && bStartsInTime;
}

/**
 * The relationships a route may walk on the day: those current then, and, when asked, the former
 * ones too. Relationships that begin after the day never.
 */
export function walkableOn<E extends Period>(edges: readonly E[], day: string, includeFormer: boolean): E[] {
  return edges.filter((edge) => {
    const standing = standingOn(day, edge);
    return standing === 'current' || (includeFormer && standing === 'former');
  });
}
