/**
 * The power/interest grid as pure functions: scores ↔ cells and quadrant words (the quadrants are
 * core/engagement.ts).
 */
import type { Quadrant } from '../../api/generated/operations.ts';

export const SCORES = [1, 2, 3, 4, 5] as const;

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
