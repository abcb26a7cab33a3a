/** The years the "as of" slider spans: from the oldest source to this year. */
import { SourcesDocument } from '../../api/generated/operations.ts';
import { request } from '../../api/request.ts';
import { useQuery } from '../app/useQuery.ts';

export interface YearRange {
  min: number;
  max: number;
}

const FALLBACK_FIRST_YEAR = 2000;

export function useYearRange(attempt: number): YearRange {
  const { data } = useQuery(
    `sources:${attempt}`,
    async (signal) => (await request(SourcesDocument, {}, { signal })).sources,
  );
  const years = (data ?? []).map((source) => Number(source.date.slice(0, 4))).filter(Number.isFinite);
  const max = new Date().getFullYear();
  return { min: Math.min(years.length > 0 ? Math.min(...years) : FALLBACK_FIRST_YEAR, max), max };
}
