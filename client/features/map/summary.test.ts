import { describe, expect, it } from 'vitest';
import { mapSummary, SUMMARY_NAMES } from './summary.ts';

describe('mapSummary', () => {
  it('states the counts, the layout and the names in view in the order given', () => {
    expect(
      mapSummary({
        stakeholders: 90,
        relationships: 212,
        layout: 'concentric',
        labelled: ['Local CIO Council', 'Socitm'],
        focus: null,
      }),
    ).toBe(
      'Map of 90 stakeholders and 212 relationships, layout: rings by influence. Labelled in view, by influence (2): Local CIO Council, Socitm.',
    );
  });

  it('names the focus, counts the names it does not list, and says when none is shown', () => {
    const many = Array.from({ length: SUMMARY_NAMES + 5 }, (_, index) => `Name ${index}`);
    const text = mapSummary({
      stakeholders: 20_102,
      relationships: 1,
      layout: 'force',
      labelled: many,
      focus: { name: 'Socitm', neighbours: 1 },
    });
    expect(text).toContain('Map of 20,102 stakeholders and 1 relationship, layout: force.');
    expect(text).toContain('Focused on Socitm and its 1 neighbour; the rest is faded.');
    expect(text).toContain(`(${SUMMARY_NAMES + 5}): Name 0, Name 1,`);
    expect(text).toContain(`Name ${SUMMARY_NAMES - 1} and 5 more.`);
    expect(text).not.toContain(`Name ${SUMMARY_NAMES},`);
    expect(mapSummary({ stakeholders: 0, relationships: 0, layout: 'hierarchy', labelled: [], focus: null })).toBe(
      'Map of 0 stakeholders and 0 relationships, layout: hierarchy. No stakeholder is labelled in view.',
    );
  });
});
