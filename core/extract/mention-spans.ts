/**
 * Mentions as the relationship rules read them: a bracket after a name belongs to it. "Full Name
 * (ACR)" and "SOLACE (the council chiefs' organisation)" are one stretch naming one stakeholder, so
 * a trigger or a list goes on past the bracket. When the text defines an acronym the atlas holds
 * with a full name it does not ("a Local Government CIO Council (LGCC)"), the full name is read as
 * naming the same stakeholder: its capitalised words' initials spell the acronym.
 */
import type { Mention } from './known-names.ts';

/** The longest bracket read as part of the name before it. */
const MAX_BRACKET = 80;
const CONNECTOR = /^(?:of|for|and|the|&|in|on)$/i;
const CAPITALISED = /^\p{Lu}/u;

/** The initials of a run of capitalised words (connectors skipped) as the acronym's letters. */
function initialsMatch(words: readonly string[], acronym: string): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
  const initials = words
    .filter((word) => !CONNECTOR.test(word))
    .map((word) => word[0]!.toUpperCase())
    .join('');
  return letters.length >= 2 && initials === letters;
}

/** Where the full name that a bracketed acronym defines starts, if the words before it spell it. */
function definedFrom(text: string, bracketOpen: number, acronym: string): number | null {
  const before = text.slice(Math.max(0, bracketOpen - 120), bracketOpen);
  const words = [...before.matchAll(/[\p{L}&][\p{L}\p{N}&'’-]*/gu)];
  if (words.length === 0 || !/^\s*$/.test(before.slice(words.at(-1)!.index! + words.at(-1)![0].length))) return null;
  for (let first = words.length - 1; first >= Math.max(0, words.length - 10); first--) {
    const run = words.slice(first).map((word) => word[0]);
    if (!CAPITALISED.test(run[0]!)) continue;
    const gaps = words.slice(first + 1).map((word, index) => {
      const previous = words[first + index]!;
      return before.slice(previous.index! + previous[0].length, word.index);
    });
    if (gaps.some((gap) => !/^ +$/.test(gap))) return null;
    if (run.some((word) => !CAPITALISED.test(word) && !CONNECTOR.test(word))) return null;
    if (initialsMatch(run, acronym)) return bracketOpen - before.length + words[first]!.index!;
  }
  return null;
}

/** The mentions with each bracket after a name joined to it, in text order, none overlapping. */
export function joinBrackets(text: string, mentions: readonly Mention[]): Mention[] {
  const joined: Mention[] = [];
  for (let at = 0; at < mentions.length; at++) {
    let mention = mentions[at]!;
    const id = mention.candidates[0]!.id;
    // "Full Name (ACR)": the acronym known, the full name not.
    // Only the few characters before and after are looked at: a text of brackets stays linear.
    const opening = /\(\s*$/.exec(text.slice(Math.max(0, mention.start - 4), mention.start));
    const open = opening ? mention.start - opening[0].length : -1;
    const previous = joined.at(-1);
    if (open >= 0 && text[mention.end] === ')' && (!previous || previous.end <= open)) {
      const from = definedFrom(text, open, mention.text);
      if (from !== null && (!previous || previous.end <= from)) {
        mention = { ...mention, start: from, end: mention.end + 1, text: text.slice(from, mention.end + 1) };
      }
    }
    // "Name (…)": a bracket naming nobody else.
    const after = /^\s?\(/.exec(text.slice(mention.end, mention.end + 2));
    if (after) {
      const within = text.slice(mention.end, mention.end + MAX_BRACKET).indexOf(')');
      const close = within < 0 ? -1 : mention.end + within;
      const inner = text.slice(mention.end + after[0].length, close);
      if (close > 0 && !inner.includes('(')) {
        let next = at + 1;
        while (next < mentions.length && mentions[next]!.end <= close) next++;
        const others = mentions.slice(at + 1, next);
        if (others.every((other) => other.candidates.some((candidate) => candidate.id === id))) {
          mention = { ...mention, end: close + 1, text: text.slice(mention.start, close + 1) };
          at = next - 1;
        }
      }
    }
    joined.push(mention);
  }
  return joined;
}

/** Words between two names of one list; nothing at all between names run together (a logo list). */
const LIST_JOIN = /^(?:\s*(?:,\s*(?:and|or|&)?|and|or|&|as well as)\s*(?:the\s+)?|)$/i;

/** Not a list item but a clause: "X, which funds Y", "X, who said, and Y". */
const CLAUSE = '(?:which|who|whom|whose|that|and|or|but|is|are|was|were|has|have|had|will|would|said|says)';
/**
 * A list item the atlas does not know between two names ("GDS, other departments, and the
 * devolved administrations"): one to four words that make no clause, between commas or before "and".
 */
const UNKNOWN_ITEM = new RegExp(
  `^\\s*,\\s*(?:(?!${CLAUSE}\\b)[\\p{L}-]+\\s+){0,3}(?!${CLAUSE}\\b)[\\p{L}-]+\\s*(?:,\\s*(?:and|or|&)?|\\s(?:and|or|&))\\s*(?:the\\s+)?$`,
  'iu',
);

/** The mentions joined into a list with `first`, walking away from the trigger. */
export function listFrom(
  text: string,
  mentions: readonly Mention[],
  first: number,
  step: -1 | 1,
  lower: number,
  upper: number,
): number[] {
  const list = [first];
  for (let at = first + step; at >= lower && at < upper; at += step) {
    const near = mentions[at - step]!;
    const far = mentions[at]!;
    const gap = step < 0 ? text.slice(far.end, near.start) : text.slice(near.end, far.start);
    if (!LIST_JOIN.test(gap) && !UNKNOWN_ITEM.test(gap)) break;
    list.push(at);
  }
  return list;
}
