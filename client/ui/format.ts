/** Words for dates, periods, confidence and stances, as the details, lists and legend show them. */
import type { Stance } from '../api/generated/operations.ts';
import { STANCES as CORE_STANCES } from '../../core/engagement.ts';
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2016" → "2016", "2016-04" → "April 2016", "2016-04-01" → "1 April 2016". */
export function formatPartialDate(value: string): string {
  const [year, month, day] = value.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? value;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

export function formatPeriod(from: string | null | undefined, to: string | null | undefined): string {
  if (from && to)
    return from === to ? formatPartialDate(from) : `${formatPartialDate(from)} – ${formatPartialDate(to)}`;
  if (from) return `from ${formatPartialDate(from)}`;
  if (to) return `until ${formatPartialDate(to)}`;
  return 'no dates given';
}

const PRECISION_WORDS = { YEAR: 'year', MONTH: 'month', DAY: 'day' } as const;
export type Precision = keyof typeof PRECISION_WORDS;

/** "to the year", or "to the month – to the year" when the two ends differ. */
export function formatPrecision(from: Precision | null | undefined, to: Precision | null | undefined): string | null {
  const ends = [from, to].filter((value): value is Precision => !!value);
  if (ends.length === 0) return null;
  const words = [...new Set(ends.map((end) => PRECISION_WORDS[end]))];
  return `known to the ${words.join(' / ')}`;
}

export const DATE_BASIS_WORDS = {
  STATED: 'dates stated in the text',
  SOURCE_DATE: 'dated by the citing source',
  INFERRED: 'dates inferred from other facts',
} as const;

export function confidenceWord(confidence: number): string {
  if (confidence >= 0.95) return 'stated';
  if (confidence >= 0.75) return 'implied';
  if (confidence >= 0.5) return 'probable';
  return 'uncertain';
}

export function formatConfidence(confidence: number): string {
  return `${confidenceWord(confidence)} (${confidence.toFixed(1)})`;
}

/** The API's stance enum, in the order of core/engagement.ts. */
export const STANCES: readonly Stance[] = CORE_STANCES.map((stance) => stance.toUpperCase() as Stance);

export const STANCE_LABELS: Record<Stance, string> = {
  CHAMPION: 'Champion',
  SUPPORTER: 'Supporter',
  NEUTRAL: 'Neutral',
  SCEPTIC: 'Sceptic',
  OPPONENT: 'Opponent',
};
