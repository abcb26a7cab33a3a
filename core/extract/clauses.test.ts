import { describe, expect, it } from 'vitest';
import { KnownNameMatcher } from './known-names.ts';
import { proposeRelationships } from './relations.ts';
import { namedEntity as entity } from './testing.ts';

const matcher = KnownNameMatcher.build([
  entity('body:north', 'North Council'),
  entity('body:south', 'South Council'),
  entity('body:east', 'East Council'),
  entity('body:guild', 'Harbour Guild'),
  entity('body:alliance', 'Coastal Alliance'),
  entity('body:board', 'River Board'),
]);

const proposed = (text: string) =>
  proposeRelationships(text, matcher.find(text, null)).map((proposal) => [proposal.from, proposal.type, proposal.to]);

describe('names working together', () => {
  it('reads "A and B work together" as a collaboration, with "the" before a name of the list', () => {
    const text = 'We hope that the North Council and the South Council continue to work closely together.';
    const [proposal] = proposeRelationships(text, matcher.find(text, null));
    expect(proposal).toMatchObject({ from: 'body:north', type: 'COLLABORATES_WITH', to: 'body:south' });
    expect(proposal!.quote).toBe('North Council and the South Council continue to work closely together');
  });

  it('gives every pair of a longer list', () => {
    expect(proposed('North Council, South Council and East Council have worked together since May.')).toEqual([
      ['body:north', 'COLLABORATES_WITH', 'body:south'],
      ['body:north', 'COLLABORATES_WITH', 'body:east'],
      ['body:south', 'COLLABORATES_WITH', 'body:east'],
    ]);
  });

  it('proposes nothing when denied or when the names are not the ones working', () => {
    expect(proposed('North Council and South Council will not work together.')).toEqual([]);
    expect(proposed('North Council and South Council do not work together.')).toEqual([]);
    expect(proposed('North Council asked South Council. Officers then work together.')).toEqual([]);
  });
});

describe('fronted representation', () => {
  it('reads "With representation from A and B, the X" as A and B represented on X', () => {
    const text =
      'With representation from parish councils, North Council and South Council, the River Board meets monthly.';
    expect(proposed(text)).toEqual([
      ['body:north', 'REPRESENTED_ON', 'body:board'],
      ['body:south', 'REPRESENTED_ON', 'body:board'],
    ]);
  });

  it('needs the phrase to open the sentence and a body after its comma', () => {
    expect(proposed('North Council, with representation from South Council, met.')).toEqual([]);
    expect(proposed('With representation from North Council and South Council. The River Board met.')).toEqual([]);
  });
});

describe('a reflexive in a list', () => {
  it('reads "itself" as the subject that opens the sentence, apposition and all', () => {
    const text =
      'North Council, the body for coastal towns, and the South Council have welcomed the partnership between itself, Harbour Guild and East Council to form the Coastal Alliance.';
    const rows = proposed(text);
    for (const founder of ['body:north', 'body:south', 'body:guild', 'body:east']) {
      expect(rows).toContainEqual([founder, 'CREATED', 'body:alliance']);
      expect(rows).toContainEqual([founder, 'MEMBER_OF', 'body:alliance']);
    }
    // Nobody is "welcomed": the names after "between" are no object of it.
    expect(rows.filter(([, type]) => type === 'ENDORSES')).toEqual([]);
  });

  it('gives the subject a lower confidence than the names the list writes out', () => {
    const text =
      'North Council has backed a partnership between itself and Harbour Guild to form the Coastal Alliance.';
    const proposals = proposeRelationships(text, matcher.find(text, null)).filter((p) => p.type === 'CREATED');
    expect(proposals.map((p) => [p.from, p.confidence])).toEqual([
      ['body:guild', 0.8],
      ['body:north', 0.6],
    ]);
  });

  it('adds no subject without the reflexive, nor when the sentence does not open with a name', () => {
    expect(
      proposed(
        'North Council has backed a partnership of Harbour Guild and East Council to form the Coastal Alliance.',
      ),
    ).not.toContainEqual(['body:north', 'CREATED', 'body:alliance']);
    expect(
      proposed(
        'Yesterday North Council said a partnership between itself and Harbour Guild would form the Coastal Alliance.',
      ),
    ).not.toContainEqual(['body:north', 'CREATED', 'body:alliance']);
  });

  it('adds no subject that a negation denies', () => {
    const text =
      'North Council has not welcomed a partnership between itself and Harbour Guild to form the Coastal Alliance.';
    expect(proposed(text)).not.toContainEqual(['body:north', 'CREATED', 'body:alliance']);
    expect(proposed(text)).not.toContainEqual(['body:north', 'MEMBER_OF', 'body:alliance']);
  });
});

describe('verbs joined by "and"', () => {
  it('share their subject and their object', () => {
    expect(proposed('North Council works with and supports South Council.')).toEqual([
      ['body:north', 'COLLABORATES_WITH', 'body:south'],
      ['body:north', 'SUPPORTS', 'body:south'],
    ]);
  });

  it('reads the passive too, joining only verbs of one voice, and nothing when denied', () => {
    expect(proposed('East Council is funded and run by North Council.')).toEqual([
      ['body:north', 'SUPPORTS', 'body:east'],
      ['body:north', 'RUNS', 'body:east'],
    ]);
    // "hosts … is run by": verbs of two voices share no object; East Council hosts nobody named.
    const mixed = proposed('East Council hosts and is run by North Council.');
    expect(mixed.filter(([, type]) => type === 'HOSTS')).toEqual([]);
    expect(proposed('North Council no longer works with and supports South Council.')).toEqual([]);
  });
});

describe('a list with an item the atlas does not know', () => {
  it('goes on past the unknown item', () => {
    expect(proposed('River Board supports North Council, two parish councils, and South Council.')).toEqual([
      ['body:board', 'SUPPORTS', 'body:north'],
      ['body:board', 'SUPPORTS', 'body:south'],
    ]);
  });

  it('stops at a clause between commas', () => {
    expect(proposed('River Board supports North Council, which is large, and South Council agreed.')).toEqual([
      ['body:board', 'SUPPORTS', 'body:north'],
    ]);
  });
});

describe('a merger noun', () => {
  const merged = KnownNameMatcher.build([
    entity('body:old', 'Harbour Futures Group'),
    entity('body:new', 'Harbour Leaders Council'),
  ]);
  const read = (text: string) =>
    proposeRelationships(text, merged.find(text, null)).map(({ from, type, to, quote }) => [from, type, to, quote]);

  it('reads "the merger of A into B" and "A’s merger into B" as A merged into B', () => {
    expect(read('The merger of the Harbour Futures Group into the Harbour Leaders Council was welcomed.')).toEqual([
      ['body:old', 'MERGED_INTO', 'body:new', 'merger of the Harbour Futures Group into the Harbour Leaders Council'],
    ]);
    expect(read('Harbour Futures Group’s merger into the Harbour Leaders Council is done.')).toEqual([
      ['body:old', 'MERGED_INTO', 'body:new', 'Harbour Futures Group’s merger into the Harbour Leaders Council'],
    ]);
  });

  it('reads nothing from "a merger of A and B" or "with B": which one carries on is not said', () => {
    expect(read('A merger of the Harbour Futures Group and the Harbour Leaders Council was agreed.')).toEqual([]);
    expect(read('The merger of the Harbour Futures Group with the Harbour Leaders Council was agreed.')).toEqual([]);
  });
});

describe('the members of the body a text is about', () => {
  const atlas = KnownNameMatcher.build([
    entity('body:guild', 'Lantern Makers Guild'),
    entity('body:panel', 'National Lighting Panel'),
    entity('body:other', 'Wick Society'),
  ]);
  const read = (text: string) =>
    proposeRelationships(text, atlas.find(text, null)).map(({ from, type, to, confidence }) =>
      [from, type, to, confidence].join(' '),
    );
  const about = (sentence: string) =>
    `The Lantern Makers Guild met.\nThe Lantern Makers Guild voted.\nThe Lantern Makers Guild closed.\n${sentence}`;

  it('reads "Several members are also members of X" as the text’s subject represented on X, at 0.6', () => {
    expect(read(about('Several members are also members of the National Lighting Panel.'))).toEqual([
      'body:guild REPRESENTED_ON body:panel 0.6',
    ]);
  });

  it('reads nothing when a body is named before the members, or with no subject', () => {
    // The members are the Wick Society's (read by the trigger as before), not the Guild's.
    expect(read(about('Wick Society members are also members of the National Lighting Panel.'))).toEqual([
      'body:other MEMBER_OF body:panel 0.8',
    ]);
    expect(read('Several members are also members of the National Lighting Panel.')).toEqual([]);
  });
});
