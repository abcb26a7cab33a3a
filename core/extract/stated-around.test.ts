/**
 * The third round's rules on invented sentences: priorities said of their owner, a programme's
 * examples after "including", a verbless headline, a bridge between bodies, "drive", and a pronoun
 * subject across sentences; each with a case it must not read.
 */
import { describe, expect, it } from 'vitest';
import { KnownNameMatcher } from './known-names.ts';
import { namedEntity as entity, proposedPairs } from './testing.ts';

const matcher = KnownNameMatcher.build([
  entity('body:north', 'North Council'),
  entity('body:south', 'South Council'),
  entity('body:forum', 'Digital Forum'),
  entity('body:hub', 'Data Hub'),
  entity('programme:green', 'Green Schools'),
  entity('programme:care', 'Care at Home'),
  entity('programme:strategy', 'Open Data Strategy'),
  entity('programme:plan', 'National Data Plan'),
  entity('programme:pilot', 'Data Pilot'),
]);

const pairs = proposedPairs(matcher);

describe('priorities said of their owner', () => {
  it('reads "among the priorities of X" and a priority owner named up to two sentences before', () => {
    expect(pairs('Green Schools and Care at Home are among the top priorities of the Digital Forum.')).toEqual([
      'body:forum ENDORSES programme:care',
      'body:forum ENDORSES programme:green',
    ]);
    expect(
      pairs(
        'A priority of North Council is openness. Budgets are tight. Green Schools will be among its major priorities.',
      ),
    ).toEqual(['body:north ENDORSES programme:green']);
    expect(pairs("The Digital Forum's priorities are set. Care at Home will be among the priorities.")).toEqual([
      'body:forum ENDORSES programme:care',
    ]);
  });

  it('gives nothing without an owner of priorities, too far back, or denied', () => {
    expect(pairs('North Council met. Green Schools will be among the priorities.')).toEqual([]);
    expect(
      pairs('A priority of North Council is openness. One. Two. Three. Green Schools will be among the priorities.'),
    ).toEqual([]);
    expect(pairs('A priority of North Council is openness. Green Schools will not be among the priorities.')).toEqual(
      [],
    );
  });
});

describe("a programme's examples after including", () => {
  it('reads the example as part of the programme, and what is said of the programme as said of it', () => {
    expect(pairs('The Open Data Strategy is aligned with the National Data Plan, including the Data Pilot.')).toEqual([
      'programme:pilot PART_OF programme:plan',
      'programme:strategy ALIGNED_WITH programme:pilot',
      'programme:strategy ALIGNED_WITH programme:plan',
    ]);
    expect(pairs('the National Data Plan, including expanding the reach of the Data Pilot')).toEqual([
      'programme:pilot PART_OF programme:plan',
    ]);
  });

  it('reads no part of a body, nor an example after a full stop', () => {
    expect(pairs('the Digital Forum, including the Data Pilot')).toEqual([]);
    expect(pairs('the National Data Plan. Including the Data Pilot was hard.')).toEqual([]);
  });
});

describe('a verbless headline of working together', () => {
  it('reads two bodies opening a line before a partnership noun', () => {
    expect(pairs('North Council and South Council joint-working commitment\nMore below.')).toEqual([
      'body:north COLLABORATES_WITH body:south',
    ]);
    expect(pairs('• North Council – Data Hub partnership')).toEqual(['body:north COLLABORATES_WITH body:hub']);
  });

  it('reads nothing when the names do not open the line or the noun is no partnership', () => {
    expect(pairs('We read about North Council and South Council partnership plans.')).toEqual([]);
    expect(pairs('North Council and South Council budget report')).toEqual([]);
  });
});

describe('new triggers', () => {
  it('reads "a bridge between" as keeping links with each, and "drive" as endorsing', () => {
    expect(pairs('The Digital Forum acts as a bridge between North Council and South Council.')).toEqual([
      'body:forum LIAISES_WITH body:north',
      'body:forum LIAISES_WITH body:south',
    ]);
    expect(pairs('The Digital Forum will drive the Open Data Strategy.')).toEqual([
      'body:forum ENDORSES programme:strategy',
    ]);
  });

  it('reads no bridge said of nobody', () => {
    expect(pairs('There is a bridge between North Council and South Council.')).toEqual([]);
  });
});

describe('a pronoun subject across sentences', () => {
  it('reads "It" and "They" as the subject of the sentence before', () => {
    expect(pairs('The Digital Forum met on Monday. It will join North Council.')).toEqual([
      'body:forum MEMBER_OF body:north',
    ]);
    expect(pairs('North Council and South Council met. They support the Data Hub.')).toEqual([
      'body:north SUPPORTS body:hub',
      'body:south SUPPORTS body:hub',
    ]);
    expect(pairs('The Data Hub opened. It is hosted by North Council and reports to the Digital Forum.')).toEqual([
      'body:hub BRIEFS body:forum',
      'body:north HOSTS body:hub',
    ]);
  });

  it('reads a verb right after "and" as a second predicate of a named subject too', () => {
    expect(pairs('The Data Hub is hosted by North Council and reports to the Digital Forum.')).toEqual([
      'body:hub BRIEFS body:forum',
      'body:north HOSTS body:hub',
    ]);
  });

  it('reads nothing for "It" after a list, after no named subject, when named again, or denied', () => {
    expect(pairs('North Council and South Council met. It will join the Digital Forum.')).toEqual([]);
    expect(pairs('On Monday we met North Council. It will join the Digital Forum.')).toEqual([]);
    expect(pairs('The Data Hub opened. It is hosted by North Council and reports to the Data Hub.')).toEqual([]);
    expect(pairs('The Data Hub opened. It is not a member of the Digital Forum.')).toEqual([]);
  });

  it('no longer reads a pronoun as the subject of the whole text', () => {
    const text = 'North Council plans.\nNorth Council aims.\nNorth Council meets.\nWe met. They support the Data Hub.';
    expect(pairs(text)).toEqual([]);
  });
});

describe('assets passed on', () => {
  it('reads "assets from X … migrated to (be used by) Y" as X handing its assets to Y', () => {
    expect(
      pairs(
        "The assets and resources from North Council's National Data Plan, closed in May, are migrated to the Data Hub.",
      ),
    ).toContain('programme:plan HANDS_ASSETS_TO body:hub');
    expect(pairs('Assets of the Digital Forum will be transferred to be used by South Council.')).toEqual([
      'body:forum HANDS_ASSETS_TO body:south',
    ]);
  });

  it('reads nothing without a verb of passing on, or denied', () => {
    expect(pairs('The assets of the Digital Forum were sold to South Council.')).toEqual([]);
    expect(pairs('The assets of the Digital Forum were not transferred to South Council.')).toEqual([]);
  });
});
