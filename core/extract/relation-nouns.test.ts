/** Relationship rules added for recall: roles written as nouns, founding members, logo lists, idioms. */
import { describe, expect, it } from 'vitest';
import { KnownNameMatcher } from './known-names.ts';
import { proposeRelationships } from './relations.ts';
import { namedEntity as entity } from './testing.ts';

const matcher = KnownNameMatcher.build([
  entity('person:ada', 'Ada Lovelace'),
  entity('person:bo', 'Bo Brummel'),
  entity('body:north', 'North Council'),
  entity('body:south', 'South Council'),
  entity('body:harbour', 'HarbourNet'),
  entity('body:tide', 'TideWorks'),
  entity('body:alliance', 'Coastal Data Alliance'),
  entity('programme:pilot', 'Pilot Programme'),
]);

const pairs = (text: string) =>
  proposeRelationships(text, matcher.find(text, null)).map(({ from, type, to }) => `${from} ${type} ${to}`);

describe('roles written as nouns', () => {
  it('reads "X\'s chair, Y", "the chair of X, Y" and "Y (chair, X)"', () => {
    expect(pairs("North Council's chair, Ada Lovelace, spoke.")).toContain('person:ada CHAIRS body:north');
    expect(pairs('We heard the chief executive of South Council, Bo Brummel.')).toContain(
      'person:bo HOLDS_ROLE_AT body:south',
    );
    expect(pairs('Ada Lovelace (president, North Council) agreed.')).toContain('person:ada PRESIDENT_OF body:north');
  });

  it('reads no role where the noun is no role of the person ("North Council\'s report, Ada Lovelace said")', () => {
    expect(pairs("North Council's report, Ada Lovelace said, is late.")).toEqual([]);
  });
});

describe('founding members', () => {
  it('proposes that bodies which form a coalition together are its members', () => {
    expect(pairs('North Council and South Council formed the Coastal Data Alliance.').sort()).toEqual([
      'body:north CREATED body:alliance',
      'body:north MEMBER_OF body:alliance',
      'body:south CREATED body:alliance',
      'body:south MEMBER_OF body:alliance',
    ]);
  });

  it('does not make one body that sets another up its member', () => {
    expect(pairs('North Council formed the Coastal Data Alliance.')).toEqual(['body:north CREATED body:alliance']);
  });
});

describe('lists and idioms', () => {
  it('reads names run together in a logo list as one list', () => {
    expect(pairs('North Council works with HarbourNetTideWorks, and South Council.')).toEqual([
      'body:north COLLABORATES_WITH body:harbour',
      'body:north COLLABORATES_WITH body:tide',
      'body:north COLLABORATES_WITH body:south',
    ]);
  });

  it('reads "as part of" as no part-of', () => {
    expect(pairs('North Council met in May as part of the Pilot Programme.')).toEqual([]);
  });
});
