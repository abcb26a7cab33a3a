/**
 * A programme named after another ("Green IT Week", "front office shared services" after "shared
 * services") is part of it, whether the shorter name is written elsewhere or only inside the longer
 * one; and support for a part or product named after its owner is support for the owner. Invented
 * sentences, each with a case the rules must not read.
 */
import { describe, expect, it } from 'vitest';
import { KnownNameMatcher } from './known-names.ts';
import { namedEntity as entity, proposedPairs } from './testing.ts';

const matcher = KnownNameMatcher.build([
  entity('person:ada', 'Ada Lovelace'),
  entity('body:north', 'North Council'),
  entity('programme:green', 'Green IT'),
  entity('programme:green-week', 'Green IT Week'),
  entity('programme:shared', 'shared services'),
  entity('programme:back-office', 'back office shared services'),
  entity('programme:review', 'Review of shared services in schools'),
  entity('programme:north-plan', 'North Council delivery plan'),
]);

const pairs = proposedPairs(matcher);

describe('a programme named after another', () => {
  it('reads the longer name as part of the shorter it opens or ends with, written elsewhere or not', () => {
    expect(pairs('Green IT Week starts on Monday.')).toEqual(['programme:green-week PART_OF programme:green']);
    expect(pairs('We run shared services. Take back office shared services (BOSS), for one.')).toEqual([
      'programme:back-office PART_OF programme:shared',
    ]);
  });

  it('keeps the longer name as the only mention, and reads no part from a name in the middle', () => {
    const mentions = matcher.find('Green IT Week starts.', null);
    expect(mentions.map((mention) => [mention.text, mention.within?.map((known) => known.id)])).toEqual([
      ['Green IT Week', ['programme:green']],
    ]);
    expect(pairs('The Review of shared services in schools is out.')).toEqual([]);
  });
});

describe('support for what is named after its owner', () => {
  it('reads support for "the work of" the owner', () => {
    expect(pairs('North Council met. Ada Lovelace has supported the delivery plan of North Council.')).toEqual([
      'body:north RUNS programme:north-plan',
      'person:ada SUPPORTS body:north',
      'person:ada SUPPORTS programme:north-plan',
    ]);
  });

  it('reads no support of the owner from another trigger', () => {
    expect(pairs('North Council met. Ada Lovelace has advised on the delivery plan of North Council.')).not.toContain(
      'person:ada SUPPORTS body:north',
    );
  });
});
