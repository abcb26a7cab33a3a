import { describe, expect, it } from 'vitest';
import { KnownNameMatcher } from './known-names.ts';
import { proposeRelationships } from './relations.ts';
import { splitSentences } from './sentences.ts';
import { namedEntity as entity } from './testing.ts';

const matcher = KnownNameMatcher.build([
  entity('person:ada', 'Ada Lovelace'),
  entity('body:north', 'North Council'),
  entity('body:south', 'South Council'),
  entity('body:east', 'East Council'),
  entity('body:forum', 'Digital Forum'),
  entity('body:fund', 'Innovation Fund'),
  entity('programme:pilot', 'Pilot Programme'),
]);

const proposed = (text: string) =>
  proposeRelationships(text, matcher.find(text, null)).map((proposal) => [
    proposal.from,
    proposal.type,
    proposal.to,
    proposal.quote,
  ]);

describe('proposeRelationships', () => {
  it('reads the active voice left to right, with the exact clause as the quote', () => {
    expect(proposed('In 2020 Ada Lovelace chairs the Digital Forum, it said.')).toEqual([
      ['person:ada', 'CHAIRS', 'body:forum', 'Ada Lovelace chairs the Digital Forum'],
    ]);
  });

  it('reverses the passive voice', () => {
    expect(proposed('The Digital Forum is chaired by Ada Lovelace.')).toEqual([
      ['person:ada', 'CHAIRS', 'body:forum', 'Digital Forum is chaired by Ada Lovelace'],
    ]);
    expect(proposed('The Pilot Programme was funded by the Innovation Fund.')).toEqual([
      ['body:fund', 'SUPPORTS', 'programme:pilot', 'Pilot Programme was funded by the Innovation Fund'],
    ]);
  });

  it('gives one proposal per member of a list', () => {
    expect(proposed('North Council, South Council and East Council joined the Digital Forum.')).toEqual([
      [
        'body:east',
        'MEMBER_OF',
        'body:forum',
        'North Council, South Council and East Council joined the Digital Forum',
      ],
      [
        'body:south',
        'MEMBER_OF',
        'body:forum',
        'North Council, South Council and East Council joined the Digital Forum',
      ],
      [
        'body:north',
        'MEMBER_OF',
        'body:forum',
        'North Council, South Council and East Council joined the Digital Forum',
      ],
    ]);
  });

  it('proposes nothing for a negation', () => {
    expect(proposed('North Council is not a member of the Digital Forum.')).toEqual([]);
    expect(proposed('North Council no longer works with South Council.')).toEqual([]);
  });

  it('does not join mentions across sentences or far apart', () => {
    expect(proposed('North Council met. It joined the group. South Council did too.')).toEqual([]);
    expect(
      proposed('North Council, which has for many years been known for its very long reports, joined South Council.'),
    ).toEqual([]);
  });

  it('turns a membership of a programme into taking part, and a body "chairing" into membership', () => {
    expect(proposed('North Council is a member of the Pilot Programme.')).toEqual([
      ['body:north', 'TAKES_PART_IN', 'programme:pilot', 'North Council is a member of the Pilot Programme'],
    ]);
  });

  it('reads a bullet without a subject as said of the stakeholder the text is about', () => {
    const text = 'North Council aims.\nNorth Council plans.\nNorth Council will:\n• Work with the South Council.';
    expect(proposed(text)).toEqual([['body:north', 'COLLABORATES_WITH', 'body:south', 'Work with the South Council']]);
  });
});

describe('splitSentences', () => {
  const split = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

  it('splits at full stops and line breaks, not after titles or inside dotted names', () => {
    expect(split('Dr. Ada met Mr. Babbage on GOV.UK today. Then she left.\n• A bullet\nand its tail')).toEqual([
      'Dr. Ada met Mr. Babbage on GOV.UK today.',
      'Then she left.',
      '• A bullet\nand its tail',
    ]);
  });

  it('cuts a text without sentences into bounded pieces', () => {
    const pieces = splitSentences('word '.repeat(2000));
    expect(pieces.length).toBeGreaterThan(1);
    expect(Math.max(...pieces.map(({ start, end }) => end - start))).toBeLessThanOrEqual(2000);
  });
});
