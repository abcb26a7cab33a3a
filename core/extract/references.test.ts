import { describe, expect, it } from 'vitest';
import { KnownNameMatcher } from './known-names.ts';
import { headOf } from './references.ts';
import { proposeRelationships } from './relations.ts';
import { namedEntity as entity } from './testing.ts';

const matcher = KnownNameMatcher.build([
  entity('body:north', 'North Shire Council'),
  entity('body:south', 'South Vale Council'),
  entity('body:guild', 'Guild of Archivists', [{ name: 'GoA', kind: 'acronym' }]),
  entity('body:forum', 'Harbour Data Forum'),
  entity('programme:north-plan', 'North Shire Council climate plan'),
  entity('programme:north-rules', 'North Shire Council Standing Orders'),
  entity('body:guild-branch', 'Guild of Archivists western branch'),
  entity('programme:forum-review', 'Harbour Data Forum annual review'),
  entity('person:ada', 'Ada Byron'),
]);

const read = (text: string) =>
  matcher.find(text, null).map((mention) => [mention.text, mention.candidates[0]!.id, mention.candidates[0]!.via]);

describe('definite descriptions', () => {
  it('finds the head noun of a name', () => {
    expect([headOf('North Shire Council'), headOf('Guild of Archivists'), headOf('Ada Byron')]).toEqual([
      'council',
      null,
      null,
    ]);
    expect(headOf('Society of IT Management')).toBe('society');
  });

  it('reads "the council" as the council the text names most, the nearest of equals', () => {
    expect(read('North Shire Council met South Vale Council. North Shire Council said the council agreed.')).toEqual([
      ['North Shire Council', 'body:north', 'name'],
      ['South Vale Council', 'body:south', 'name'],
      ['North Shire Council', 'body:north', 'name'],
      ['the council', 'body:north', 'reference'],
    ]);
    expect(read('South Vale Council met. The Council agreed.')).toEqual([
      ['South Vale Council', 'body:south', 'name'],
      ['The Council', 'body:south', 'reference'],
    ]);
  });

  it('reads a bare capitalised head as a modifier ("Forum members"), never a longer name or a plural', () => {
    expect(
      read('Harbour Data Forum met. Forum members agreed; the forums did not; Kent Forum members neither.'),
    ).toEqual([
      ['Harbour Data Forum', 'body:forum', 'name'],
      ['Forum', 'body:forum', 'reference'],
    ]);
  });

  it('names nobody when nothing before has that head, or the phrase names another thing', () => {
    expect(read('The Council met. North Shire Council: the Council of Europe, the Council Tax.')).toEqual([
      ['North Shire Council', 'body:north', 'name'],
    ]);
  });
});

describe('parts and products named after their owner', () => {
  it('reads "its <rest>", "the <rest> of <owner>", "<owner> <rest>" and "a <word> <rest>" after the owner', () => {
    expect(read('North Shire Council published its climate plan.')).toContainEqual([
      'climate plan',
      'programme:north-plan',
      'description',
    ]);
    expect(read('She chairs the western branch of the Guild of Archivists.')).toContainEqual([
      'western branch',
      'body:guild-branch',
      'description',
    ]);
    expect(read('The Forum annual review is out; Harbour Data Forum agreed.')).toEqual([
      ['Harbour Data Forum', 'body:forum', 'name'],
    ]);
    expect(read('Harbour Data Forum agreed. The Forum annual review is out.')).toContainEqual([
      'The Forum annual review',
      'programme:forum-review',
      'description',
    ]);
    expect(read('Harbour Data Forum came back with a short annual review.')).toContainEqual([
      'annual review',
      'programme:forum-review',
      'description',
    ]);
  });

  it('reads "The <Rest>" in title case when the text names the owner, and never a lower-case rest alone', () => {
    expect(read('North Shire Council met.\n\nThe Standing Orders apply.')).toContainEqual([
      'Standing Orders',
      'programme:north-rules',
      'description',
    ]);
    expect(read('The standing orders apply. North Shire Council met.')).toEqual([
      ['North Shire Council', 'body:north', 'name'],
    ]);
    expect(read('South Vale Council published its climate plan.')).toEqual([
      ['South Vale Council', 'body:south', 'name'],
    ]);
  });

  it('reads the owner of "The <Rest>" as running it when the same sentence names the owner, and only then', () => {
    const runs = (text: string) =>
      proposeRelationships(text, matcher.find(text, null)).map(({ from, type, to, quote }) => [from, type, to, quote]);
    expect(runs('North Shire Council met.\n\nThe Standing Orders say how the Council meets.')).toEqual([
      ['body:north', 'RUNS', 'programme:north-rules', 'Standing Orders say how the Council'],
    ]);
    expect(runs('North Shire Council met.\n\nThe Standing Orders apply. The Council meets monthly.')).toEqual([]);
  });

  it('proposes that the owner runs a programme and that a body is part of its owner', () => {
    const text = 'North Shire Council published its climate plan. Ada Byron chairs the western branch of GoA.';
    const proposed = proposeRelationships(text, matcher.find(text, null)).map((p) => [p.from, p.type, p.to]);
    expect(proposed).toContainEqual(['body:north', 'RUNS', 'programme:north-plan']);
    expect(proposed).toContainEqual(['body:guild-branch', 'PART_OF', 'body:guild']);
  });
});
