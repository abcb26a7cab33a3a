/**
 * A pronoun subject across sentences: a sentence that opens with "It", "They", "The group", "This
 * new body" … is said of the subject of the sentence before: the name (or, for "They", the list of
 * names) that opens it. None when that sentence opens with no name, when "It" would be a list, or
 * when the pronoun's own sentence names the antecedent again (it would say "itself").
 * General English, nothing for a particular text.
 */
import type { Mention } from './mention.ts';
import { listFrom } from './mention-spans.ts';
import type { Sentence } from './sentences.ts';

const PRONOUN =
  /^[\s"“‘]*(?:(it)|(they)|(?:the|this|that)\s+(?:new\s+)?(?:group|body|organisation|organization|partnership|network))\s/i;
/** What may stand before the name that opens a sentence: a bullet, a number, a quote mark, "the". */
const OPENING = /^[\s•·\-–*\d.)"“‘]*(?:the\s+)?$/i;

/** Whether the sentence opens with a pronoun subject (then the rules read no unsaid subject). */
export const opensWithPronoun = (text: string, sentence: Sentence) =>
  PRONOUN.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40)));

/**
 * The mentions a pronoun opening `sentence` stands for ([] for none). `previous` is the sentence
 * before; its mentions are [previousFirst, first) and the pronoun's sentence's are [first, last).
 */
export function antecedentOf(
  text: string,
  mentions: readonly Mention[],
  sentence: Sentence,
  previous: Sentence | undefined,
  previousFirst: number,
  [first, last]: [number, number],
): number[] {
  const pronoun = PRONOUN.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40)));
  if (!pronoun || !previous || previousFirst >= first) return [];
  const opening = mentions[previousFirst]!;
  if (!OPENING.test(text.slice(previous.start, opening.start))) return [];
  const list = listFrom(text, mentions, previousFirst, 1, previousFirst, first);
  if (list.length > 1 && !pronoun[2]) return [];
  const ids = new Set(list.map((at) => mentions[at]!.candidates[0]!.id));
  for (let at = first; at < last; at++) if (ids.has(mentions[at]!.candidates[0]!.id)) return [];
  return list;
}
