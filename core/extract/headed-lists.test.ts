/** A list of programmes under a heading that says they are someone's work (headed-lists.ts), on invented text. */
import { describe, expect, it } from 'vitest';
import { KnownNameMatcher } from './known-names.ts';
import { proposeRelationships } from './relations.ts';
import { namedEntity as entity } from './testing.ts';

const matcher = KnownNameMatcher.build([
  entity('body:harbour', 'Harbour Partnership'),
  entity('body:quay', 'Quay District Council'),
  entity('programme:ferry', 'Ferry Timetable Service'),
  entity('programme:tide', 'Tide Alerts'),
  entity('programme:nets', 'Net Recycling Scheme'),
]);

const runs = (text: string) =>
  proposeRelationships(text, matcher.find(text, null))
    .filter((proposal) => proposal.type === 'RUNS')
    .map(({ from, to, confidence }) => `${from} RUNS ${to} ${confidence}`);

/** A text about the Harbour Partnership (named three times), then `list`. */
const about = (list: string) =>
  `The Harbour Partnership met today.\nThe Harbour Partnership thanked Quay District Council.\nThe Harbour Partnership said more.\n${list}`;

describe('a list of programmes under a heading', () => {
  it('reads the programmes listed under "projects …:" as run by the text’s subject, at 0.6', () => {
    const text = about(
      'Three priority projects have been agreed for next year:\n• Ferry Timetable Service\n- Tide Alerts for boat owners\n\nMore news.',
    );
    expect(runs(text)).toEqual(['body:harbour RUNS programme:ferry 0.6', 'body:harbour RUNS programme:tide 0.6']);
    const quote = proposeRelationships(text, matcher.find(text, null)).find((p) => p.to === 'programme:tide')!.quote;
    expect(quote).toMatch(
      /^Three priority projects have been agreed for next year:\n• Ferry Timetable Service\n- Tide Alerts$/,
    );
  });

  it('ends the list at the first line without a bullet, and skips an item that opens with a body', () => {
    const text = about(
      'Our initiatives:\n1. Quay District Council waste pilot\n2. Ferry Timetable Service\nNet Recycling Scheme',
    );
    expect(runs(text)).toEqual(['body:harbour RUNS programme:ferry 0.6']);
  });

  it('reads nothing under another heading, or without a subject named three times', () => {
    expect(runs(about('Speakers at the event:\n• Ferry Timetable Service\n• Tide Alerts'))).toEqual([]);
    expect(runs('The Harbour Partnership met.\nKey projects:\n• Ferry Timetable Service\n• Tide Alerts')).toEqual([]);
  });
});
