/**
 * The power/interest grid as pure functions: scores ↔ cells, quadrant words (the quadrants are core/engagement.ts), stance
 * words, and how an API error maps onto a form's fields.
 */
import type { Quadrant, Stance } from '../../api/generated/operations.ts';
import type { ApiError } from '../../api/request.ts';
import { STANCES as CORE_STANCES } from '../../../core/engagement.ts';

export const SCORES = [1, 2, 3, 4, 5] as const;
/** The API's stance enum, in the order of core/engagement.ts. */
export const STANCES: readonly Stance[] = CORE_STANCES.map((stance) => stance.toUpperCase() as Stance);

export interface Cell {
  /** 0 is the top row (power 5). */
  row: number;
  /** 0 is the left column (interest 1). */
  column: number;
}

export function clampScore(value: number): number {
  return Math.min(5, Math.max(1, Math.round(value)));
}

/** Where a profile sits: power rises upwards, interest to the right. */
export function cellOf(power: number, interest: number): Cell {
  return { row: 5 - clampScore(power), column: clampScore(interest) - 1 };
}

export function scoresOf(cell: Cell): { power: number; interest: number } {
  return { power: clampScore(5 - cell.row), interest: clampScore(cell.column + 1) };
}

export const QUADRANT_LABELS: Record<Quadrant, string> = {
  MANAGE_CLOSELY: 'Manage closely',
  KEEP_SATISFIED: 'Keep satisfied',
  KEEP_INFORMED: 'Keep informed',
  MONITOR: 'Monitor',
};

export const STANCE_LABELS: Record<Stance, string> = {
  CHAMPION: 'Champion',
  SUPPORTER: 'Supporter',
  NEUTRAL: 'Neutral',
  SCEPTIC: 'Sceptic',
  OPPONENT: 'Opponent',
};

/** Arrow keys move a focused stakeholder one cell; anything else is not a move. */
export function moveByKey(key: string, power: number, interest: number): { power: number; interest: number } | null {
  const moves: Record<string, [number, number]> = {
    ArrowUp: [1, 0],
    ArrowDown: [-1, 0],
    ArrowRight: [0, 1],
    ArrowLeft: [0, -1],
  };
  const move = moves[key];
  if (!move) return null;
  const next = { power: clampScore(power + move[0]), interest: clampScore(interest + move[1]) };
  return next.power === power && next.interest === interest ? null : next;
}

/**
 * An input error's field as the form's field name: "input.citations.0.source" → "citations.0.source",
 * "input.power" → "power". Errors without a field belong to the form as a whole ("").
 */
export function formField(field: string | undefined): string {
  if (!field) return '';
  return field.replace(/^input\./, '');
}

export type FieldErrors = Record<string, string>;

/**
 * A BAD_USER_INPUT error as messages by field; other errors as the form's own message (key "").
 * The API's message starts with the field's name ("input.name: must not be empty"); next to the
 * field it is left out.
 */
export function fieldErrors(error: Pick<ApiError, 'message' | 'code' | 'extensions'>): FieldErrors {
  if (error.code !== 'BAD_USER_INPUT') return { '': error.message };
  const field = error.extensions.field;
  const message =
    field && error.message.startsWith(`${field}: `) ? error.message.slice(field.length + 2) : error.message;
  return { [formField(field)]: message };
}
