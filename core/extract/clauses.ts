/**
 * Relationships read from the shape of a clause rather than from a trigger between two names:
 * - names working together: "A and B (continue to) work closely together" (collaborates with, each pair);
 * - fronted representation: "With representation from A and B, the Council …" (A and B are
 *   represented on the Council);
 * - a merger noun: "the merger of A into B" (A merged into B);
 * - a reflexive in a list: "X and Y welcomed the collaboration between itself, A and B to form Z":
 *   "itself" / "themselves" is the clause's subject (X and Y), so they too form Z.
 * General English, nothing for a particular text.
 */
import { CONFIDENCE } from '../vocabulary.ts';
import type { Mention } from './mention.ts';
import type { StandingTogether } from './appositions.ts';
import { listFrom } from './mention-spans.ts';
import type { Sentence } from './sentences.ts';
import { NEGATION } from './triggers.ts';

const TOGETHER =
  /^\s+(?:(?:have|has|had|will|would|shall|can|could|should|to|continue|continues|continued|agreed|agree|agrees|are|were|also|now|already)\s+)*(?:work|works|working|worked|collaborate|collaborates|collaborating|collaborated)\s+(?:(?:closely|well|effectively|more|very)\s+)*together\b/i;

/** "A and B continue to work closely together": every pair of the list collaborates. */
function workingTogether(text: string, mentions: readonly Mention[], sentence: Sentence, from: number, to: number) {
  const found: StandingTogether[] = [];
  for (let at = from + 1; at < to; at++) {
    const after = TOGETHER.exec(text.slice(mentions[at]!.end, sentence.end));
    if (!after || NEGATION.test(after[0])) continue;
    const list = listFrom(text, mentions, at, -1, from, to).reverse();
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        found.push({
          type: 'COLLABORATES_WITH',
          fromMention: list[a]!,
          toMention: list[b]!,
          quoteStart: mentions[list[0]!]!.start,
          quoteEnd: mentions[at]!.end + after[0].length,
          confidence: CONFIDENCE.STATED,
        });
      }
    }
  }
  return found;
}

const REPRESENTATION = /^[\s"“‘']*with\s+(?:representation|representatives|members)\s+(?:from|of)\s/i;
/** The comma closing the fronted phrase, then the subject ("…, the strengthened Council"). */
const SUBJECT_AFTER_COMMA = /^\s*,\s+(?:(?:the|its|this|our|a|an)\s+)?(?:[\p{Ll}-]+\s+)?$/u;

/** "With representation from A and B, the Council …": A and B are represented on the Council. */
function fronted(text: string, mentions: readonly Mention[], sentence: Sentence, from: number, to: number) {
  const opening = REPRESENTATION.exec(text.slice(sentence.start, sentence.end));
  if (!opening) return [];
  const phraseEnd = sentence.start + opening[0].length;
  let at = from;
  while (at < to && mentions[at]!.start < phraseEnd) at++;
  const represented: number[] = [];
  for (; at < to; at++) {
    const previous = represented.at(-1);
    const gap = previous === undefined ? '' : text.slice(mentions[previous]!.end, mentions[at]!.start);
    if (previous !== undefined && SUBJECT_AFTER_COMMA.test(gap)) {
      const body = mentions[at]!;
      if (body.candidates[0]!.kind !== 'BODY' || /[.;:!?]/.test(text.slice(phraseEnd, body.start))) return [];
      return represented.map((member) => ({
        type: 'REPRESENTED_ON' as const,
        fromMention: member,
        toMention: at,
        quoteStart: sentence.start + opening[0].search(/with/i),
        quoteEnd: body.end,
        confidence: CONFIDENCE.IMPLIED,
      }));
    }
    represented.push(at);
  }
  return [];
}

/** "the merger of A into B", "A's merger into B": the noun says which one goes on ("with" or "and" do not). */
const MERGER_OF = /\bmerger\s+of\s+(?:the\s+)?(?:(?:former|previous|old)\s+)?$/i;
const INTO = /^\s+into\s+(?:the\s+)?(?:(?:new|enlarged|wider)\s+)?$/i;
const MERGER_INTO = /^['’]s\s+merger\s+into\s+(?:the\s+)?$/i;

/**
 * "The merger of A into B" (A merged into B); "a merger of A and B" or "with B" gives nothing: which
 * of the two carries on is not said.
 */
function mergers(text: string, mentions: readonly Mention[], sentence: Sentence, from: number, to: number) {
  const found: StandingTogether[] = [];
  for (let at = from; at + 1 < to; at++) {
    const merged = mentions[at]!;
    const into = mentions[at + 1]!;
    const gap = text.slice(merged.end, into.start);
    const lead = text.slice(Math.max(sentence.start, merged.start - 40), merged.start);
    const noun = MERGER_OF.exec(lead);
    if (!((noun && INTO.test(gap)) || MERGER_INTO.test(gap))) continue;
    found.push({
      type: 'MERGED_INTO',
      fromMention: at,
      toMention: at + 1,
      quoteStart: noun ? merged.start - (lead.length - noun.index) : merged.start,
      quoteEnd: into.end,
      confidence: CONFIDENCE.STATED,
    });
  }
  return found;
}

export function clauses(
  text: string,
  mentions: readonly Mention[],
  sentence: Sentence,
  from: number,
  to: number,
): StandingTogether[] {
  return [
    ...workingTogether(text, mentions, sentence, from, to),
    ...fronted(text, mentions, sentence, from, to),
    ...mergers(text, mentions, sentence, from, to),
  ];
}

const REFLEXIVE = /\b(?:itself|themselves)\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/i;
/** Between two names of the subject: a list joint or an apposition ("X, the association for …, and Y"). */
const SUBJECT_JOIN = /^(?:\s*(?:,|and|&)\s*|\s*,\s+(?:the|an?)\s[^,.;:!?()]{1,100},\s*(?:and\s+)?)(?:the\s+)?$/i;

/**
 * "X, …, and Y welcomed the collaboration between itself, A and B to form Z": when the word before a
 * list is "itself" or "themselves", the names that open the sentence before its first trigger (the
 * subject) belong to the list too. Nothing when the sentence does not open with a name.
 */
export function reflexiveSubjects(
  text: string,
  mentions: readonly Mention[],
  leftmost: number,
  sentence: Sentence,
  from: number,
  firstTrigger: number,
): number[] {
  if (!REFLEXIVE.test(text.slice(Math.max(sentence.start, mentions[leftmost]!.start - 40), mentions[leftmost]!.start)))
    return [];
  if (from >= leftmost || !/^[\s•·\-–*"“]*$/.test(text.slice(sentence.start, mentions[from]!.start))) return [];
  const subjects = [from];
  for (let at = from + 1; at < leftmost && mentions[at]!.end <= firstTrigger; at++) {
    if (!SUBJECT_JOIN.test(text.slice(mentions[at - 1]!.end, mentions[at]!.start))) break;
    subjects.push(at);
  }
  const gap = text.slice(mentions[subjects.at(-1)!]!.end, firstTrigger);
  return /^\s+(?:(?:have|has|had|also|both|jointly|all)\s+)*$/i.test(gap) ? subjects : [];
}

/** "Several members are also members of X": a sentence about the members of the body the text is about. */
const ITS_MEMBERS_ON =
  /^[\s•·*\-–"“]*(?:several|some|many|most|two|three|four|five|a number of|a few|its|our)\s+(?:of\s+(?:its|our|their)\s+)?members\s+(?:are|were|sit|sat|serve|served)\s+(?:also\s+)?(?:members\s+of|on)\s+(?:the\s+)?$/i;

/**
 * "Several members are also members of X" (no body named before them): the body the text is about
 * (`subject`, an index into mentions) is represented on X. Confidence 0.6: whose members they are is
 * read from what the text is about.
 */
export function itsMembersOn(
  text: string,
  mentions: readonly Mention[],
  sentence: Sentence,
  first: number,
  subject: number,
): StandingTogether[] {
  const on = mentions[first];
  if (subject < 0 || !on || on.end > sentence.end || !ITS_MEMBERS_ON.test(text.slice(sentence.start, on.start)))
    return [];
  if (on.candidates[0]!.kind !== 'BODY' || mentions[subject]!.candidates[0]!.kind !== 'BODY') return [];
  const quoteStart =
    sentence.start +
    (text.slice(sentence.start, on.start).length - text.slice(sentence.start, on.start).trimStart().length);
  return [
    {
      type: 'REPRESENTED_ON',
      fromMention: subject,
      toMention: first,
      quoteStart,
      quoteEnd: on.end,
      confidence: CONFIDENCE.PROBABLE,
    },
  ];
}
