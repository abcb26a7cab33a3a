/** The general rules of relations.ts, mention-spans.ts and appositions.ts, each on invented sentences. */
import { describe, expect, it } from 'vitest';
import { KnownNameMatcher } from './known-names.ts';
import { joinBrackets } from './mention-spans.ts';
import { proposeRelationships } from './relations.ts';
import { namedEntity as entity } from './testing.ts';

const matcher = KnownNameMatcher.build([
  entity('person:ada', 'Ada Lovelace'),
  entity('body:north', 'North Council'),
  entity('body:north-board', 'North Council Board'),
  entity('body:south', 'South Council'),
  entity('body:east', 'East Council'),
  entity('body:forum', 'Digital Forum'),
  entity('body:fund', 'Innovation Fund'),
  entity('body:nda', 'NDA'),
  entity('programme:pilot', 'Pilot Programme'),
  entity('programme:north-awards', 'North Council awards'),
  entity('body:north-digital', 'North Council Digital'),
]);

const proposed = (text: string) =>
  proposeRelationships(text, matcher.find(text, null)).map((proposal) => [
    proposal.from,
    proposal.type,
    proposal.to,
    proposal.quote,
  ]);
const pairs = (text: string) =>
  proposeRelationships(text, matcher.find(text, null)).map(({ from, type, to }) => `${from} ${type} ${to}`);
/** A text about North Council (named three times), so that a bullet's unsaid subject is it. */
const aboutNorth = (bullet: string) => `North Council aims.\nNorth Council plans.\nNorth Council will:\n${bullet}`;

describe('brackets and acronyms defined in the text', () => {
  it('reads a bracket after a name as part of it, so a list goes on past it', () => {
    expect(
      pairs('North Council (the northern body), South Council and East Council joined the Digital Forum.'),
    ).toEqual(['body:east MEMBER_OF body:forum', 'body:south MEMBER_OF body:forum', 'body:north MEMBER_OF body:forum']);
  });

  it('reads "Full Name (ACR)" as naming the acronym’s stakeholder when the initials spell it', () => {
    const text = 'The Innovation Fund has created a National Data Agency (NDA) this year.';
    expect(joinBrackets(text, matcher.find(text, null)).map((mention) => mention.text)).toEqual([
      'Innovation Fund',
      'National Data Agency (NDA)',
    ]);
    expect(proposed(text)).toEqual([
      ['body:fund', 'CREATED', 'body:nda', 'Innovation Fund has created a National Data Agency (NDA)'],
    ]);
    expect(proposed('The Innovation Fund has created a National Digital Office (NDA) this year.')).toEqual([]);
  });
});

describe('verb forms and what the verb governs', () => {
  it('reads the plain form after a plural subject', () => {
    expect(pairs('North Council and South Council welcome the Pilot Programme.')).toEqual([
      'body:south ENDORSES programme:pilot',
      'body:north ENDORSES programme:pilot',
    ]);
    expect(pairs('North Council and South Council are preparing a Pilot Programme.')).toContain(
      'body:north RUNS programme:pilot',
    );
    expect(pairs('Ada Lovelace used to work at North Council.')).toEqual(['person:ada HOLDS_ROLE_AT body:north']);
  });

  it('reads "strengthen" as support, but not "the strengthened X" (an adjective)', () => {
    expect(pairs(aboutNorth('• Strengthen the reach of South Council and East Council.'))).toEqual([
      'body:north SUPPORTS body:south',
      'body:north SUPPORTS body:east',
    ]);
    expect(pairs('With new members from South Council, the strengthened Digital Forum met.')).not.toContain(
      'body:south SUPPORTS body:forum',
    );
  });

  it('takes no name after "between", "by", "itself" or "your" as the object', () => {
    expect(pairs('North Council welcomed the collaboration between itself, South Council and East Council.')).toEqual(
      [],
    );
    expect(pairs('Ada Lovelace chairs the group hosted by North Council.')).toEqual([]);
    expect(pairs(aboutNorth('• Join your nearest Pilot Programme.'))).toEqual([]);
  });

  it('does not read "extend membership of" as the subject’s own membership', () => {
    expect(pairs('North Council plans to extend membership of the Digital Forum.')).toEqual([]);
  });

  it('reads the examples after "including" as objects, however long the description before', () => {
    expect(
      pairs(
        aboutNorth(
          '• Influence the national groups and programmes of public services, including South Council and East Council.',
        ),
      ),
    ).toEqual(['body:north INFLUENCES body:south', 'body:north INFLUENCES body:east']);
  });

  it('reads an imperative bullet (a verb and a word before the trigger) as said by the text’s subject', () => {
    expect(pairs(aboutNorth('• Provide regular briefings for South Council.'))).toEqual([
      'body:north BRIEFS body:south',
    ]);
    expect(pairs(aboutNorth('• A starter secretariat for South Council is planned.'))).toEqual([]);
  });
});

describe('roles and names standing together', () => {
  it('gives a second role in apposition to the person, not to the body before it', () => {
    expect(pairs('Ada Lovelace, chair of the Digital Forum and a past president of North Council, spoke.')).toEqual([
      'person:ada CHAIRS body:forum',
      'person:ada PRESIDENT_OF body:north',
    ]);
  });

  it('reads a role in apposition and a signature line, not a clause or a list', () => {
    expect(proposed('Ada Lovelace, managing editor of the North Council, spoke.')).toEqual([
      ['person:ada', 'HOLDS_ROLE_AT', 'body:north', 'Ada Lovelace, managing editor of the North Council'],
    ]);
    expect(pairs('Further information\nAda Lovelace, North Council\n')).toEqual([
      'person:ada HOLDS_ROLE_AT body:north',
    ]);
    expect(pairs('Ada Lovelace, who writes for North Council, spoke.')).toEqual([]);
    expect(pairs('Ada Lovelace, North Council and South Council attended.')).toEqual([]);
  });

  it('reads a possessive as running a programme, and a name built on another with a unit word as part of it', () => {
    expect(proposed('North Council’s Pilot Programme closed.')).toEqual([
      ['body:north', 'RUNS', 'programme:pilot', 'North Council’s Pilot Programme'],
    ]);
    expect(proposed('North Council said that the North Council Board met.')).toEqual([
      ['body:north-board', 'PART_OF', 'body:north', 'North Council Board'],
    ]);
    expect(proposed('North Council said that the North Council awards were given.')).toEqual([
      ['body:north', 'RUNS', 'programme:north-awards', 'North Council awards'],
    ]);
    expect(proposed('North Council said that North Council Digital met.')).toEqual([]);
  });
});

describe('a trigger after another', () => {
  it('gives "…, with funding from X" after a passive clause to the clause’s subject', () => {
    expect(proposed('The Digital Forum was set up by South Council, with funding from the Innovation Fund.')).toEqual([
      ['body:south', 'CREATED', 'body:forum', 'Digital Forum was set up by South Council'],
      [
        'body:fund',
        'SUPPORTS',
        'body:forum',
        'Digital Forum was set up by South Council, with funding from the Innovation Fund',
      ],
    ]);
  });

  it('gives "…, in partnership with X" to the clause’s subject in either voice', () => {
    expect(pairs('North Council launched the Pilot Programme, in partnership with South Council.')).toEqual([
      'body:north RUNS programme:pilot',
      'body:north COLLABORATES_WITH body:south',
    ]);
  });

  it('gives funding after an active clause to the nearer name, never to the subject, and needs the comma', () => {
    // Whether the fund backs North Council or its programme is not said: the nearer name, as before.
    expect(pairs('North Council launched the Pilot Programme, with funding from the Innovation Fund.')).toEqual([
      'body:north RUNS programme:pilot',
      'body:fund SUPPORTS programme:pilot',
    ]);
    expect(pairs('The Digital Forum was set up by South Council with support from the Innovation Fund.')).not.toContain(
      'body:fund SUPPORTS body:forum',
    );
  });

  it('gives a second predicate ("… and is a member of Y") to the clause’s subject, not the name before it', () => {
    expect(pairs('The Digital Forum is hosted by North Council and is a member of the Innovation Fund.')).toEqual([
      'body:north HOSTS body:forum',
      'body:forum MEMBER_OF body:fund',
    ]);
    // A list is no second predicate: both join.
    expect(pairs('North Council and South Council joined the Digital Forum.')).toEqual([
      'body:south MEMBER_OF body:forum',
      'body:north MEMBER_OF body:forum',
    ]);
  });

  it('reads "report to" in any tense as briefing', () => {
    expect(pairs('The Digital Forum will report to North Council.')).toEqual(['body:forum BRIEFS body:north']);
  });
});

describe('an adverb before "with", and "which includes"', () => {
  it('reads "has worked closely with" and "work jointly with" as working together, not under a negation', () => {
    expect(pairs('In particular, North Council has worked closely with South Council.')).toEqual([
      'body:north COLLABORATES_WITH body:south',
    ]);
    expect(pairs('North Council and South Council will work jointly with the Digital Forum.').sort()).toEqual([
      'body:north COLLABORATES_WITH body:forum',
      'body:south COLLABORATES_WITH body:forum',
    ]);
    expect(pairs('North Council has not worked closely with South Council.')).toEqual([]);
  });

  it('reads the bodies a body "includes" as its members, each of a list', () => {
    expect(
      pairs('The Digital Forum, which includes North Council, South Council and the East Council, met today.'),
    ).toEqual(['body:north MEMBER_OF body:forum', 'body:south MEMBER_OF body:forum', 'body:east MEMBER_OF body:forum']);
  });

  it('reads a programme a programme "includes" as part of it, not as taking part', () => {
    const programmes = KnownNameMatcher.build([
      entity('programme:strategy', 'Digital Strategy'),
      entity('programme:pilot', 'Pilot Programme'),
    ]);
    const text = 'The Digital Strategy, which includes the Pilot Programme, runs to 2030.';
    expect(
      proposeRelationships(text, programmes.find(text, null)).map(({ from, type, to }) => `${from} ${type} ${to}`),
    ).toEqual(['programme:pilot PART_OF programme:strategy']);
  });
});

describe('publishers and initiatives', () => {
  it('reads "a (co-)publisher of X" as running it', () => {
    expect(pairs('North Council is proud to be a co-publisher of the Pilot Programme.')).toEqual([
      'body:north RUNS programme:pilot',
    ]);
  });

  it('reads "X is a joint initiative from A and B" as A and B running X, not under a negation', () => {
    expect(pairs('The Pilot Programme is a joint initiative from North Council and the South Council.').sort()).toEqual(
      ['body:north RUNS programme:pilot', 'body:south RUNS programme:pilot'],
    );
    expect(pairs('The Pilot Programme is not an initiative of North Council.')).toEqual([]);
  });
});
