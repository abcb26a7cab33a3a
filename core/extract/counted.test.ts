/** A count of bodies named before ("the three organisations", "both councils"), on invented text. */
import { describe, expect, it } from 'vitest';
import { KnownNameMatcher } from './known-names.ts';
import { proposeRelationships } from './relations.ts';
import { namedEntity as entity } from './testing.ts';

const matcher = KnownNameMatcher.build([
  entity('body:moor', 'Moorland District Council'),
  entity('body:vale', 'Vale Borough Council'),
  entity('body:care', 'Heathside Care Trust'),
  entity('body:hub', 'Moorland Data Hub'),
  entity('programme:grant', 'Upland Grant'),
]);

const counts = (text: string) =>
  matcher
    .find(text, null)
    .filter((mention) => mention.collective)
    .map((mention) => [mention.text, mention.candidates.map((candidate) => candidate.id)]);

describe('a count of bodies named before', () => {
  it('names the bodies the sentence before names when there are exactly that many', () => {
    const text =
      'Moorland District Council, Vale Borough Council and Heathside Care Trust signed today. The Moorland Data Hub was set up by the three organisations.';
    expect(counts(text)).toEqual([['three organisations', ['body:moor', 'body:vale', 'body:care']]]);
    const created = proposeRelationships(text, matcher.find(text, null))
      .filter((proposal) => proposal.type === 'CREATED')
      .map(({ from, to }) => `${from} ${to}`);
    expect(created).toEqual(['body:moor body:hub', 'body:vale body:hub', 'body:care body:hub']);
  });

  it('reads "both councils" as the two councils named before, not the trust beside them', () => {
    expect(
      counts('Moorland District Council, Vale Borough Council and Heathside Care Trust met. Both councils agreed.'),
    ).toEqual([['Both councils', ['body:moor', 'body:vale']]]);
  });

  it('names nobody when the count does not fit what was named, or nothing was', () => {
    expect(counts('Moorland District Council and Vale Borough Council met. The three organisations agreed.')).toEqual(
      [],
    );
    expect(counts('Moorland District Council met the Upland Grant team. The two councils agreed.')).toEqual([]);
    expect(counts('The three organisations agreed.')).toEqual([]);
  });
});
