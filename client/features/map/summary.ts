/**
 * The map in words, for the live region beside the canvas (the canvas itself says nothing to a
 * screen reader) and for the browser tests: counts, the layout, the focus and the stakeholders
 * named in view, in order of influence.
 */
import type { LayoutName } from '../../graph/types.ts';
import { LAYOUT_LABELS } from './layout-labels.ts';

/** Names listed in the summary; the rest are counted. */
export const SUMMARY_NAMES = 12;

export interface MapSummaryInput {
  stakeholders: number;
  relationships: number;
  layout: LayoutName;
  /** The named stakeholders in view, best first. */
  labelled: readonly string[];
  /** The selected stakeholder's name and how many neighbours it has on the map, if one is selected. */
  focus: { name: string; neighbours: number } | null;
}

const count = (value: number, one: string, many: string) =>
  `${value.toLocaleString('en-GB')} ${value === 1 ? one : many}`;

export function mapSummary(input: MapSummaryInput): string {
  const parts = [
    `Map of ${count(input.stakeholders, 'stakeholder', 'stakeholders')} and ${count(input.relationships, 'relationship', 'relationships')}, layout: ${LAYOUT_LABELS[input.layout].toLowerCase()}.`,
  ];
  if (input.focus) {
    parts.push(
      `Focused on ${input.focus.name} and its ${count(input.focus.neighbours, 'neighbour', 'neighbours')}; the rest is faded.`,
    );
  }
  if (input.labelled.length === 0) parts.push('No stakeholder is labelled in view.');
  else {
    const listed = input.labelled.slice(0, SUMMARY_NAMES).join(', ');
    const more = input.labelled.length - SUMMARY_NAMES;
    parts.push(
      `Labelled in view, by influence (${input.labelled.length}): ${listed}${more > 0 ? ` and ${more} more` : ''}.`,
    );
  }
  return parts.join(' ');
}
