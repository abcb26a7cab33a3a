import { describe, expect, it } from 'vitest';
import {
  idsToSuggest,
  inCell,
  MAX_SUGGESTED,
  suggestionLabel,
  suggestionReasons,
  type Suggestion,
} from './suggestions.ts';

const suggestion = (id: string, name: string, power: number, interest: number): Suggestion => ({
  entity: { id, name, kind: 'BODY' },
  power,
  powerReason: 'Ranked 3rd of 40 by influence (PageRank, top 6%).',
  interest,
  interestReason: 'No interactions logged; no topics in the register yet.',
  quadrant:
    power >= 4 ? (interest >= 4 ? 'MANAGE_CLOSELY' : 'KEEP_SATISFIED') : interest >= 4 ? 'KEEP_INFORMED' : 'MONITOR',
  freshness: { stale: false },
});

describe('suggested positions on the grid', () => {
  it('asks only about stakeholders in view without a position, once each, in view order', () => {
    expect(idsToSuggest(['body:a', 'body:b', 'body:a', 'body:c'], new Set(['body:b']))).toEqual({
      ids: ['body:a', 'body:c'],
      unplaced: 2,
    });
  });

  it('asks about at most what the API takes, and says how many there were', () => {
    const many = Array.from({ length: MAX_SUGGESTED + 5 }, (_, index) => `body:${index}`);
    const { ids, unplaced } = idsToSuggest(many, new Set());
    expect(ids).toHaveLength(MAX_SUGGESTED);
    expect(unplaced).toBe(MAX_SUGGESTED + 5);
  });

  it('puts each suggestion in its cell, by name', () => {
    const all = [
      suggestion('body:z', 'Zeta', 5, 2),
      suggestion('body:a', 'Alpha', 5, 2),
      suggestion('body:m', 'Mu', 1, 1),
    ];
    expect(inCell(all, 5, 2).map((item) => item.entity.name)).toEqual(['Alpha', 'Zeta']);
    expect(inCell(all, 4, 2)).toEqual([]);
  });

  it('says what is suggested and why', () => {
    const item = suggestion('body:socitm', 'Socitm', 5, 2);
    expect(suggestionLabel(item)).toBe(
      'Suggested: Socitm, power 5, interest 2, Keep satisfied. Press to accept as an assessment.',
    );
    expect(suggestionReasons(item)).toEqual([
      'Power 5: Ranked 3rd of 40 by influence (PageRank, top 6%).',
      'Interest 2: No interactions logged; no topics in the register yet.',
    ]);
  });
});
