/**
 * A fourth text the rules were not tuned on: minutes of a board meeting written for this test
 * (invented boards, councils, programmes and people; no seed text), with the atlas and the facts a
 * reader takes from them. It exercises the third round's rules (a pronoun subject across sentences,
 * priorities said of their owner before, a verbless headline, a bridge between bodies, "drive",
 * "underpinned by", a programme within another's description) and older ones. docs/reading.md
 * reports what it finds and misses, before and after those rules.
 */
import { describe, expect, it } from 'vitest';
import { namedEntity as entity, readWholeText } from './testing.ts';

const TEXT = `Minutes of the Harrowdale Health and Care Board, 3 March

Present: Cllr Ines Marwood (Chair), Dr Felix Oduya, Grace Penhallow.

1. Harrowdale Council and Westmere Trust joint-working commitment
The Board noted the progress report from the Harrowdale Digital Office. It is hosted by Harrowdale Council and reports to the Board.
2. Priorities for the year
A priority of the Board is to act as a bridge between Harrowdale Council and the Westmere Trust. Home Care Connect and the Falls Prevention Service will be among its main priorities.
3. Strategy
The primary purpose of the Harrowdale Care Strategy is to drive the Joined-Up Care Programme, underpinned by the Harrowdale Data Charter. The Harrowdale Care Strategy is aligned with the Regional Care Plan, including the Joined-Up Care Programme.
4. Membership
Westmere Trust is not a member of the Regional Care Alliance. Dr Felix Oduya, director of Westmere Trust, reported that the Trust will join the Alliance in June.
The Carers' Forum has written to the Board. They support the Falls Prevention Service.`;

const ATLAS = [
  entity('body:board', 'Harrowdale Health and Care Board'),
  entity('body:council', 'Harrowdale Council'),
  entity('body:trust', 'Westmere Trust'),
  entity('body:office', 'Harrowdale Digital Office'),
  entity('body:alliance', 'Regional Care Alliance'),
  entity('body:forum', "Carers' Forum"),
  entity('person:marwood', 'Ines Marwood'),
  entity('person:oduya', 'Felix Oduya'),
  entity('person:penhallow', 'Grace Penhallow'),
  entity('programme:home-care', 'Home Care Connect'),
  entity('programme:falls', 'Falls Prevention Service'),
  entity('programme:strategy', 'Harrowdale Care Strategy'),
  entity('programme:joined-up', 'Joined-Up Care Programme'),
  entity('programme:charter', 'Harrowdale Data Charter'),
  entity('programme:regional-plan', 'Regional Care Plan'),
];

/** What a reader takes from them. */
const EXPECTED = [
  'person:marwood CHAIRS body:board',
  'body:council COLLABORATES_WITH body:trust',
  'body:council HOSTS body:office',
  'body:office BRIEFS body:board',
  'body:board LIAISES_WITH body:council',
  'body:board LIAISES_WITH body:trust',
  'body:board ENDORSES programme:home-care',
  'body:board ENDORSES programme:falls',
  'programme:strategy ENDORSES programme:joined-up',
  'programme:charter SUPPORTS programme:strategy',
  'programme:strategy ALIGNED_WITH programme:regional-plan',
  'programme:joined-up PART_OF programme:regional-plan',
  'person:oduya HOLDS_ROLE_AT body:trust',
  'body:trust MEMBER_OF body:alliance',
  'body:forum SUPPORTS programme:falls',
];

describe('minutes the rules were not written for', () => {
  const { found, proposed } = readWholeText(ATLAS, TEXT, '2026');

  it('finds every stakeholder it names', () => {
    expect(found).toEqual(ATLAS.map((known) => known.id).sort());
  });

  it('proposes 11 of the 15 facts a reader takes from them, and nothing else', () => {
    const missed = [
      // "It" is the Digital Office, the object of the sentence before: the rule reads only its subject
      // (the Board, named again in the pronoun's sentence, so no antecedent and nothing proposed).
      'body:council HOSTS body:office',
      'body:office BRIEFS body:board',
      // A role in an attendance list, "Cllr Ines Marwood (Chair)", names no body.
      'person:marwood CHAIRS body:board',
      // "underpinned by" is not a trigger: which name it is said of is not clear (docs/reading.md).
      'programme:charter SUPPORTS programme:strategy',
    ];
    expect([...proposed].sort()).toEqual(EXPECTED.filter((fact) => !missed.includes(fact)).sort());
  });
});
