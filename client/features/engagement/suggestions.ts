/**
 * Suggested positions on the grid, as pure functions: which stakeholders in view to ask about
 * (those without a position yet, at most what the API takes), and the words a suggestion shows.
 */
import type { SuggestedPositionsQuery } from '../../api/generated/operations.ts';
import { QUADRANT_LABELS } from './grid.ts';

export type Suggestion = SuggestedPositionsQuery['suggestedPositions'][number];

/** The most the API suggests for in one request (server/repositories/suggestions.ts). */
export const MAX_SUGGESTED = 2_000;

/** The stakeholders in view without a position, in view order, at most MAX_SUGGESTED; and how many there were. */
export function idsToSuggest(
  inView: readonly string[],
  placed: ReadonlySet<string>,
): { ids: string[]; unplaced: number } {
  const unplaced = [...new Set(inView)].filter((id) => !placed.has(id));
  return { ids: unplaced.slice(0, MAX_SUGGESTED), unplaced: unplaced.length };
}

/** The reasons, one line per score, as the tooltip shows them. */
export function suggestionReasons(suggestion: Suggestion): string[] {
  return [
    `Power ${suggestion.power}: ${suggestion.powerReason}`,
    `Interest ${suggestion.interest}: ${suggestion.interestReason}`,
  ];
}

/** What a screen reader hears on a suggested stakeholder. */
export function suggestionLabel(suggestion: Suggestion): string {
  return `Suggested: ${suggestion.entity.name}, power ${suggestion.power}, interest ${suggestion.interest}, ${
    QUADRANT_LABELS[suggestion.quadrant]
  }. Press to accept as an assessment.`;
}

/** Suggestions of one cell, most powerful first, then by name. */
export function inCell(suggestions: readonly Suggestion[], power: number, interest: number): Suggestion[] {
  return suggestions
    .filter((suggestion) => suggestion.power === power && suggestion.interest === interest)
    .sort((a, b) => a.entity.name.localeCompare(b.entity.name));
}
