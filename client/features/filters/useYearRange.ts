/** The years the "as of" slider spans: from the oldest source to this year. */
import { useQuery } from '@tanstack/react-query';
import { SourcesDocument } from '../../api/generated/operations.ts';
import { operationQuery } from '../../api/queries.ts';

export interface YearRange {
  min: number;
  max: number;
}

const FALLBACK_FIRST_YEAR = 2000;

export function useYearRange(): YearRange {
  const { data } = useQuery(operationQuery(SourcesDocument, {}));
  const years = (data?.sources ?? []).map((source) => Number(source.date.slice(0, 4))).filter(Number.isFinite);
  const max = new Date().getFullYear();
  return { min: Math.min(years.length > 0 ? Math.min(...years) : FALLBACK_FIRST_YEAR, max), max };
}
