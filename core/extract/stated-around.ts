/**
 * Relationships read from phrases around names rather than a trigger between them:
 * - priorities: "A and B will be among the major priorities (of X)" (X endorses A and B); without
 *   "of X", the owner is the stakeholder whose priorities the text spoke of last, in this sentence
 *   or the two before ("A priority of X is …", "X's priorities …");
 * - a programme's examples: "the Y Strategy, including (taking forward …) the Z Programme" (Z is
 *   part of Y), and what is said of Y is said of Z ("aligned with Y, including Z": aligned with Z);
 * - assets passed on: "assets and resources from X … are migrated to (be used by) Y" (X hands
 *   its assets to Y);
 * - a verbless headline: "A and B joint-working commitment", "A–B partnership" (A works with B);
 * - support for a part or product named after its owner ("the Council's work programme") is
 *   support for the owner.
 * General English, nothing for a particular text.
 */
import { CONFIDENCE, type RelationshipType } from '../vocabulary.ts';
import type { Mention } from './mention.ts';
import type { StandingTogether } from './appositions.ts';
import { listFrom } from './mention-spans.ts';
import type { Sentence } from './sentences.ts';
import { NEGATION } from './triggers.ts';

const AMONG =
  /^\s+(?:(?:will|would|shall|could|may|also|now|remain|remains|are|is|be|were|was|continue to|have been|has been)\s+)*among\s+(?:the|its|their|our)\s+(?:(?:main|major|key|top|chief|first|highest|early|core|strategic)\s+)*priorities\b/i;
const OF_OWNER = /^\s+(?:of|for)\s+(?:the\s+)?$/i;
/** "A priority of X", "the priorities for X" before a name; "X's (main) priorities" after it. */
const PRIORITY_OF = /\bpriorit(?:y|ies)\s+(?:of|for)\s+(?:the\s+)?$/i;
const OWNS_PRIORITIES = /^['’]s?\s+(?:[\p{L}-]+\s+)?priorit(?:y|ies)\b/iu;
/** How far back a "priorities" without an owner looks for one: this sentence and the two before. */
const SENTENCES_BACK = 2;

const kindOf = (mention: Mention) => mention.candidates[0]!.kind;

/** The sentence holding `at` (binary search; -1 for none). */
function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sentences[middle]!.end <= at) low = middle + 1;
    else if (sentences[middle]!.start > at) high = middle - 1;
    else return middle;
  }
  return -1;
}

/** The last mention before mentions[before] (and from `from` on) said to have priorities, or -1. */
function lastOwnerOfPriorities(text: string, mentions: readonly Mention[], from: number, before: number): number {
  const end = mentions[before]!.start;
  for (let at = before - 1; at >= 0; at--) {
    const mention = mentions[at]!;
    if (mention.start < from) return -1;
    if (kindOf(mention) === 'PROGRAMME') continue;
    const ahead = text.slice(mention.end, Math.min(end, mention.end + 40));
    if (PRIORITY_OF.test(text.slice(Math.max(from, mention.start - 40), mention.start)) || OWNS_PRIORITIES.test(ahead))
      return at;
  }
  return -1;
}

/** "A and B will be among the priorities (of X)": X endorses each of the list. */
function priorities(text: string, mentions: readonly Mention[], sentences: readonly Sentence[]): StandingTogether[] {
  const found: StandingTogether[] = [];
  mentions.forEach((last, at) => {
    const among = AMONG.exec(text.slice(last.end, last.end + 160));
    if (!among) return;
    const sentence = sentenceAt(sentences, last.start);
    if (sentence < 0) return;
    const list = listFrom(text, mentions, at, -1, 0, at + 1);
    const head = Math.min(...list);
    const opening = text.slice(sentences[sentence]!.start, mentions[head]!.start);
    if (NEGATION.test(among[0]) || NEGATION.test(opening)) return;
    const end = last.end + among[0].length;
    const next = mentions[at + 1];
    const named = next && OF_OWNER.test(text.slice(end, next.start)) ? at + 1 : -1;
    const back = sentences[Math.max(0, sentence - SENTENCES_BACK)]!.start;
    const owner = named >= 0 ? named : lastOwnerOfPriorities(text, mentions, back, head);
    if (owner < 0 || kindOf(mentions[owner]!) === 'PROGRAMME') return;
    for (const item of list) {
      found.push({
        type: 'ENDORSES',
        fromMention: owner,
        toMention: item,
        quoteStart: mentions[head]!.start,
        quoteEnd: named >= 0 ? mentions[named]!.end : end,
        confidence: named >= 0 ? CONFIDENCE.STATED : CONFIDENCE.PROBABLE,
      });
    }
  });
  return found;
}

/** ", including (taking forward the …'s ambitions for) the" between two programmes. */
const INCLUDING_PROGRAMME = /^,?\s+including\s+(?:\p{L}+ing\b[^.;:!?()"“”]{0,60}?\s+)?(?:the\s+)?$/iu;

export interface SaidOf {
  type: RelationshipType;
  fromMention: number;
  toMention: number;
  quoteStart: number;
}

/**
 * "the Y Strategy, including the Z Programme": Z is part of Y; and each relationship proposed to Y
 * (`saidOf`) holds for Z too ("aligned with Y, including Z"), confidence at most implied.
 */
export function includedProgrammes(text: string, mentions: readonly Mention[], saidOf: readonly SaidOf[]) {
  const found: StandingTogether[] = [];
  for (let at = 0; at + 1 < mentions.length; at++) {
    const whole = mentions[at]!;
    const part = mentions[at + 1]!;
    if (kindOf(whole) !== 'PROGRAMME' || kindOf(part) !== 'PROGRAMME' || part.start - whole.end > 120) continue;
    if (!INCLUDING_PROGRAMME.test(text.slice(whole.end, part.start))) continue;
    const quote = { quoteStart: whole.start, quoteEnd: part.end };
    found.push({ type: 'PART_OF', fromMention: at + 1, toMention: at, ...quote, confidence: CONFIDENCE.IMPLIED });
    for (const said of saidOf) {
      if (said.toMention !== at || said.fromMention < 0) continue;
      const quoteStart = Math.min(said.quoteStart, whole.start);
      found.push({ ...said, toMention: at + 1, quoteStart, quoteEnd: part.end, confidence: CONFIDENCE.IMPLIED });
    }
  }
  return found;
}

/**
 * Support for a part or product named after its owner is support for the owner's work (what
 * SUPPORTS means): "supported the work programme of the Council" supports the Council too.
 */
export function supportedOwners(mentions: readonly Mention[], saidOf: readonly SaidOf[]) {
  const found: StandingTogether[] = [];
  for (const said of saidOf) {
    const owner = mentions[said.toMention]?.owner;
    if (said.type !== 'SUPPORTS' || said.fromMention < 0 || !owner) continue;
    const ownerAt = mentions.findIndex((mention) => mention.start === owner.start && mention.end === owner.end);
    if (ownerAt < 0 || mentions[ownerAt]!.candidates[0]!.id !== owner.id) continue;
    const quoteEnd = Math.max(mentions[said.toMention]!.end, owner.end);
    found.push({ ...said, toMention: ownerAt, quoteEnd, confidence: CONFIDENCE.IMPLIED });
  }
  return found;
}

/** "A and B joint-working commitment", "A–B partnership": a verbless headline of working together. */
const JOINT_NOUN =
  /^\s+(?:(?:new|formal|strategic|joint|shared|digital|data)\s+)*(?:joint[- ]working|partnership|collaboration|alliance|agreement|compact)\b/i;

function headlines(text: string, mentions: readonly Mention[]): StandingTogether[] {
  const found: StandingTogether[] = [];
  for (let at = 1; at < mentions.length; at++) {
    const second = mentions[at]!;
    const first = mentions[at - 1]!;
    const noun = JOINT_NOUN.exec(text.slice(second.end, second.end + 80));
    if (!noun || kindOf(first) !== 'BODY' || kindOf(second) !== 'BODY') continue;
    // The two open their line and are joined by "and" or a dash: a headline, not a clause.
    const before = text.slice(Math.max(0, first.start - 40), first.start);
    const lineOpens = before.lastIndexOf('\n') >= 0 || first.start <= 40;
    if (!lineOpens || !/^[\s•·\-–*\d.)]*(?:the\s+)?$/i.test(before.slice(before.lastIndexOf('\n') + 1))) continue;
    if (!/^(?:\s+and\s+(?:the\s+)?|\s*[-–—/]\s*)$/i.test(text.slice(first.end, second.start))) continue;
    found.push({
      type: 'COLLABORATES_WITH',
      fromMention: at - 1,
      toMention: at,
      quoteStart: first.start,
      quoteEnd: second.end + noun[0].length,
      confidence: CONFIDENCE.PROBABLE,
    });
  }
  return found;
}

/** "the assets (and resources) from/of (X's)" right before the giver. */
const ASSETS_FROM = /\b(?:assets|resources)(?:\s+and\s+(?:assets|resources))?\s+(?:from|of)\s+(?:the\s+)?$/i;
/** A verb of passing them on, then the receiver ("are migrated to be used by the Coalition"). */
const PASSED_ON =
  /\b(?:migrated|transferred|moved|passed|handed(?:\s+over)?|given|transitioned)\b(?:[^.;:!?()]{0,48}?\b(?:to|by|into)\s+(?:the\s+)?)$/i;

/**
 * "assets and resources from X … are migrated to (be used by) Y": X hands its assets to Y, the
 * first name after the verb of passing on, in the same sentence.
 */
function assetsPassedOn(text: string, mentions: readonly Mention[], sentences: readonly Sentence[]) {
  const found: StandingTogether[] = [];
  mentions.forEach((giver, at) => {
    if (!ASSETS_FROM.test(text.slice(Math.max(0, giver.start - 60), giver.start))) return;
    // "DCLG's Local Digital Programme": the possessed is the giver.
    const possessed = mentions[at + 1] && /^['’]s\s+$/.test(text.slice(giver.end, mentions[at + 1]!.start));
    const from = possessed ? at + 1 : at;
    const sentence = sentences[sentenceAt(sentences, giver.start)];
    if (!sentence) return;
    for (let to = from + 1; to < mentions.length && mentions[to]!.end <= sentence.end; to++) {
      const stretch = text.slice(mentions[from]!.end, mentions[to]!.start);
      if (!PASSED_ON.test(stretch) || NEGATION.test(stretch)) continue;
      found.push({
        type: 'HANDS_ASSETS_TO',
        fromMention: from,
        toMention: to,
        quoteStart: giver.start,
        quoteEnd: mentions[to]!.end,
        confidence: CONFIDENCE.IMPLIED,
      });
      return;
    }
  });
  return found;
}

export function statedAround(
  text: string,
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
): StandingTogether[] {
  return [
    ...priorities(text, mentions, sentences),
    ...headlines(text, mentions),
    ...assetsPassedOn(text, mentions, sentences),
  ];
}
