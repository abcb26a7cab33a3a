/**
 * Partial ISO dates: "2016" (year precision), "2016-04" (month) or "2016-04-01" (day).
 * Lexical order of these strings is chronological order of their first day, which lets Cypher
 * compare them directly (see cypher/ and docs/data-model.md).
 */

export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Returns why the value is not a partial ISO date, or null when it is one. */
export function partialDateProblem(value: string): string | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return `"${value}" is not a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`;
  const [, year, month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) {
    return `"${value}" has month ${month}, expected 01-12`;
  }
  if (day !== undefined) {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCDate() !== Number(day)) return `"${value}" is not a day of that month`;
  }
  return null;
}

export function precisionOf(value: string): DatePrecision {
  const parts = value.split('-').length;
  return parts === 1 ? 'YEAR' : parts === 2 ? 'MONTH' : 'DAY';
}

/**
 * Whether the period [from, to] (either end open when null) overlaps the period named by asOf.
 * A partial date names its whole year or month, so "2016" overlaps validFrom "2016-04".
 * cypher/graph/*.cypher implements the same rule; tests check both agree.
 */
export function overlaps(asOf: string, from?: string | null, to?: string | null): boolean {
  // Neo4j stores no nulls, so an open end may come back as undefined as well as null.
  const startsBeforeEnd = from == null || from <= asOf || from.startsWith(asOf);
  const endsAfterStart = to == null || asOf <= to || asOf.startsWith(to);
  return startsBeforeEnd && endsAfterStart;
}

/**
 * Whether a period ends before it starts. Partial dates name a whole year or month, so a period
 * from "2011-05" until "2011" is fine: it ends in the year it starts.
 */
export function endsBeforeStart(from?: string | null, to?: string | null): boolean {
  return from != null && to != null && to < from && !from.startsWith(to);
}
