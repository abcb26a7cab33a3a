import { describe, expect, it } from 'vitest';
import { quadrantOf } from '../../../core/engagement.ts';
import { cellOf, moveByKey, QUADRANT_LABELS, scoresOf } from './grid.ts';

describe('power/interest grid', () => {
  it('puts high power at the top and high interest on the right, and back again', () => {
    expect(cellOf(5, 1)).toEqual({ row: 0, column: 0 });
    expect(cellOf(1, 5)).toEqual({ row: 4, column: 4 });
    for (const power of [1, 2, 3, 4, 5]) {
      for (const interest of [1, 2, 3, 4, 5]) expect(scoresOf(cellOf(power, interest))).toEqual({ power, interest });
    }
  });

  it('clamps scores outside 1 to 5', () => {
    expect(cellOf(9, -2)).toEqual({ row: 0, column: 0 });
    expect(scoresOf({ row: 7, column: 7 })).toEqual({ power: 1, interest: 5 });
  });

  it('has a word for every quadrant', () => {
    expect(QUADRANT_LABELS[quadrantOf(1, 1)]).toBe('Monitor');
    expect(QUADRANT_LABELS[quadrantOf(5, 5)]).toBe('Manage closely');
  });

  it('moves one cell per arrow key and stops at the edges', () => {
    expect(moveByKey('ArrowUp', 3, 3)).toEqual({ power: 4, interest: 3 });
    expect(moveByKey('ArrowLeft', 3, 3)).toEqual({ power: 3, interest: 2 });
    expect(moveByKey('ArrowUp', 5, 3)).toBeNull();
    expect(moveByKey('Enter', 3, 3)).toBeNull();
  });
});
