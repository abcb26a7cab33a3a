import { describe, expect, it } from 'vitest';
import { KnownNameMatcher } from './known-names.ts';
import { proposeRelationships } from './relations.ts';
import { namedEntity as entity } from './testing.ts';

// Invented names; the notes say what each stakeholder is.
const matcher = KnownNameMatcher.build([
  entity('body:state', 'Republic of Avalon (national government)'),
  entity('body:isle-a', 'Isle of Brea (island assembly)'),
  entity('body:isle-b', 'Isle of Corra (island assembly)'),
  entity('body:agency', 'Digital Agency'),
  entity('body:river', 'River Board (body)'),
  entity('body:crew', 'Repair Crew (as a group)'),
  entity('programme:meeting', 'Spring Meeting (about 2013)'),
]);

const named = (text: string) =>
  matcher.find(text, null).map((mention) => [mention.text, mention.candidates.map((c) => c.id), !!mention.collective]);

describe('what a name note says the stakeholder is', () => {
  it('reads the note of one stakeholder as naming it, ignoring case', () => {
    expect(named('A bridge between local and National Government.')).toEqual([
      ['National Government', ['body:state'], false],
    ]);
  });

  it('reads the plural of a note several share as naming them all, not as a choice', () => {
    expect(named('It briefs the island assemblies each year.')).toEqual([
      ['island assemblies', ['body:isle-a', 'body:isle-b'], true],
    ]);
    // The singular is one of them: ambiguous, as any name two stakeholders answer to.
    expect(named('An island assembly asked.')).toEqual([['island assembly', ['body:isle-a', 'body:isle-b'], false]]);
  });

  it('ignores notes that are remarks or dates, and the plural of a note only one holds', () => {
    expect(named('They met as a group about 2013.')).toEqual([]);
    expect(named('Several national governments met.')).toEqual([]);
    // One word says too little to name anything: "body".
    expect(named('A public body spoke.')).toEqual([]);
  });

  it('proposes one relationship for each stakeholder a plural names', () => {
    const text = 'Digital Agency supports the island assemblies.';
    const proposals = proposeRelationships(text, matcher.find(text, null));
    expect(proposals.map((p) => [p.from, p.type, p.to])).toEqual([
      ['body:agency', 'SUPPORTS', 'body:isle-a'],
      ['body:agency', 'SUPPORTS', 'body:isle-b'],
    ]);
    expect(proposals.every((p) => p.quote === 'Digital Agency supports the island assemblies')).toBe(true);
  });

  it('proposes nothing for a denied relationship with them', () => {
    const text = 'Digital Agency does not support the island assemblies.';
    expect(proposeRelationships(text, matcher.find(text, null))).toEqual([]);
  });
});
