import { describe, expect, it } from 'vitest';
import { KnownNameMatcher } from './known-names.ts';
import { proposeRelationships } from './relations.ts';
import { namedEntity as entity } from './testing.ts';

const matcher = KnownNameMatcher.build([
  entity('person:shah', 'Amira Shah'),
  entity('person:omar-shah', 'Omar Shah'),
  entity('person:steel', 'Rita Steel'),
  entity('body:board', 'Harbour Board'),
]);

const named = (text: string) =>
  matcher.find(text, null).map((mention) => [mention.text, mention.candidates.map((c) => c.id)]);

describe('a surname after the full name', () => {
  it('names the person, with or without a title, only after the full name', () => {
    expect(named('Steel arrived. Rita Steel spoke. Later Cllr Steel left, said Steel.')).toEqual([
      ['Rita Steel', ['person:steel']],
      ['Cllr Steel', ['person:steel']],
      ['Steel', ['person:steel']],
    ]);
  });

  it('names nobody when two people the text names share it', () => {
    expect(named('Amira Shah met Omar Shah. Dr Shah spoke.')).toEqual([
      ['Amira Shah', ['person:shah']],
      ['Omar Shah', ['person:omar-shah']],
    ]);
  });

  it('names nobody when a capitalised word stands beside it', () => {
    expect(named('Rita Steel spoke. Steel Harbour opened; Tom Steel came.')).toEqual([
      ['Rita Steel', ['person:steel']],
    ]);
  });

  it('lets a relationship be read from the surname, not from a denial', () => {
    const said = (text: string) =>
      proposeRelationships(text, matcher.find(text, null)).map((p) => [p.from, p.type, p.to, p.quote]);
    expect(said('Amira Shah spoke first. Dr Shah will chair the Harbour Board.')).toEqual([
      ['person:shah', 'CHAIRS', 'body:board', 'Dr Shah will chair the Harbour Board'],
    ]);
    expect(said('Amira Shah spoke first. Dr Shah will not chair the Harbour Board.')).toEqual([]);
  });
});
