/**
 * A list of programmes under a heading that says they are someone's work ("Five key projects have
 * been identified for year one:" then one bullet per project): the text's subject runs them. Only
 * when the heading names projects, programmes, workstreams, priorities or initiatives and ends with a
 * colon, only for items that open with the name of a programme the atlas holds, and with confidence
 * 0.6: whose projects they are is read from what the text is about, not said.
 */
import { CONFIDENCE } from '../vocabulary.ts';
import type { StandingTogether } from './appositions.ts';
import type { Mention } from './mention.ts';

/** A heading line: at most 200 characters, a word for work, a colon at its end. */
const HEADING =
  /^[^\n]{0,200}\b(?:projects|programmes|programs|workstreams|work streams|priorities|initiatives)\b[^\n:]{0,80}:[ \t]*$/gim;
/** An item: a bullet or a number, then the item's words. */
const ITEM = /^[ \t]*(?:[•·*\-–]|\d{1,2}[.)])[ \t\u00a0]*/;

/** The index of the first mention starting at `at` or after (mentions in text order). */
function firstFrom(mentions: readonly Mention[], at: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle]!.start < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Each item of the list under the heading ending at `headingEnd`: [start of its words, end of its line]. */
function itemsAfter(text: string, headingEnd: number): [number, number][] {
  const items: [number, number][] = [];
  let at = headingEnd;
  while (at < text.length) {
    const lineStart = text.indexOf('\n', at) + 1;
    if (lineStart === 0) break;
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    at = lineEnd;
    if (line.trim() === '' && items.length === 0) continue;
    const bullet = ITEM.exec(line);
    if (!bullet) break;
    items.push([lineStart + bullet[0].length, lineEnd]);
  }
  return items;
}

/** The text's subject (`subject`, an index into mentions) runs each programme listed under such a heading. */
export function headedLists(text: string, mentions: readonly Mention[], subject: number): StandingTogether[] {
  if (subject < 0) return [];
  const subjectId = mentions[subject]!.candidates[0]!.id;
  const found: StandingTogether[] = [];
  HEADING.lastIndex = 0;
  for (let heading = HEADING.exec(text); heading; heading = HEADING.exec(text)) {
    for (const [itemStart, lineEnd] of itemsAfter(text, heading.index + heading[0].length)) {
      const at = firstFrom(mentions, itemStart);
      const item = mentions[at];
      if (!item || item.start !== itemStart || item.end > lineEnd || item.candidates.length !== 1) continue;
      const programme = item.candidates[0]!;
      if (programme.kind !== 'PROGRAMME' || programme.id === subjectId) continue;
      found.push({
        type: 'RUNS',
        fromMention: subject,
        toMention: at,
        quoteStart: heading.index + (heading[0].length - heading[0].trimStart().length),
        quoteEnd: item.end,
        confidence: CONFIDENCE.PROBABLE,
      });
    }
  }
  return found;
}
