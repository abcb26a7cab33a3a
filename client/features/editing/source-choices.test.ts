import { describe, expect, it } from 'vitest';
import { groupSourceChoices } from './source-choices.ts';

const source = (id: string, kind: string, date: string, title = id) => ({ id, kind, date, title });

describe('groupSourceChoices', () => {
  it('groups by kind in the vocabulary order, imported files last, newest first within a group', () => {
    const groups = groupSourceChoices([
      source('source:import-elements-0123456789', 'other', '2026-11-30'),
      source('source:old-report', 'report', '2011'),
      source('source:note', 'meeting note', '2026-01-05'),
      source('source:new-report', 'report', '2016-04'),
      source('source:page', 'web page', '2015-06-01'),
      source('source:leaflet', 'other', '2014'),
      source('source:import-connections-0123456789', 'other', '2026-12-01'),
    ]);
    expect(groups.map((group) => [group.label, group.sources.map((choice) => choice.id)])).toEqual([
      ['Web pages', ['source:page']],
      ['Reports', ['source:new-report', 'source:old-report']],
      ['Meeting notes', ['source:note']],
      ['Other sources', ['source:leaflet']],
      ['Imported files', ['source:import-connections-0123456789', 'source:import-elements-0123456789']],
    ]);
  });

  it('orders sources of one date by title, and puts a kind it does not know among the other sources', () => {
    const groups = groupSourceChoices([
      source('source:b', 'report', '2016', 'Beta'),
      source('source:a', 'report', '2016', 'Alpha'),
      source('source:x', 'podcast', '2020'),
    ]);
    expect(groups).toEqual([
      {
        label: 'Reports',
        sources: [expect.objectContaining({ title: 'Alpha' }), expect.objectContaining({ title: 'Beta' })],
      },
      { label: 'Other sources', sources: [expect.objectContaining({ id: 'source:x' })] },
    ]);
  });
});
