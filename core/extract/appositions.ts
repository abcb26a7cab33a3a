/**
 * Relationships a text states without a verb between the names, read from how names stand together:
 * - a role in apposition: "Ada Lovelace, managing editor of the Digital Forum" (holds a role at);
 * - a signature line: "Ada Lovelace, Digital Forum" ending its line (holds a role at, implied);
 * - a possessive: "North Council's Pilot Programme" (runs);
 * - a name built on another's with a word for a unit: "North Council Board", "the North Council
 *   secretariat" (part of); a programme's name built on a body's: "North Council awards" (runs);
 * - a part or product named after its owner (references.ts): "its action plan" (runs), "the local
 *   branch of X" (part of).
 * General English, nothing for a particular text.
 */
import { CONFIDENCE, type RelationshipType } from '../vocabulary.ts';
import type { Mention } from './known-names.ts';

export interface StandingTogether {
  type: RelationshipType;
  fromMention: number;
  toMention: number;
  quoteStart: number;
  quoteEnd: number;
  confidence: number;
}

const ROLE_APPOSITION =
  /^,\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:(?:new|former|past|acting|interim|deputy)\s+)?(?:[\p{L}-]+\s+){1,4}(?:of|at|for)\s+(?:the\s+)?$/u;
/** Words that make the stretch a clause, not a role ("X, who chairs…", "X, and the…"). */
const CLAUSE_WORD = /\b(?:who|which|that|and|or|but|will|would|has|have|had|is|are|was|were|said|says|told)\b/i;
const POSSESSIVE = /^['’]s\s+$/;
const UNIT = /\b(?:board|office|group|secretariat|branch|team|committee|unit|division|directorate|panel|executive)\b/i;

const kindOf = (mention: Mention) => mention.candidates[0]!.kind;
const idOf = (mention: Mention) => mention.candidates[0]!.id;

function roles(text: string, mentions: readonly Mention[]): StandingTogether[] {
  const found: StandingTogether[] = [];
  for (let at = 0; at + 1 < mentions.length; at++) {
    const person = mentions[at]!;
    const next = mentions[at + 1]!;
    if (kindOf(person) !== 'PERSON' || kindOf(next) !== 'BODY') continue;
    const between = text.slice(person.end, next.start);
    const base = { fromMention: at, toMention: at + 1, quoteStart: person.start, quoteEnd: next.end };
    if (ROLE_APPOSITION.test(between) && !CLAUSE_WORD.test(between)) {
      found.push({ ...base, type: 'HOLDS_ROLE_AT', confidence: CONFIDENCE.STATED });
      continue;
    }
    const lineStart = text.lastIndexOf('\n', person.start) + 1;
    const alone = at === 0 || mentions[at - 1]!.end <= lineStart;
    if (/^,\s*$/.test(between) && alone && /^[ \t]*(?:\r?\n|$)/.test(text.slice(next.end))) {
      found.push({ ...base, type: 'HOLDS_ROLE_AT', confidence: CONFIDENCE.IMPLIED });
    }
  }
  return found;
}

function possessives(text: string, mentions: readonly Mention[]): StandingTogether[] {
  const found: StandingTogether[] = [];
  for (let at = 0; at + 1 < mentions.length; at++) {
    const owner = mentions[at]!;
    const owned = mentions[at + 1]!;
    if (
      kindOf(owner) === 'BODY' &&
      kindOf(owned) === 'PROGRAMME' &&
      POSSESSIVE.test(text.slice(owner.end, owned.start))
    ) {
      found.push({
        type: 'RUNS',
        fromMention: at,
        toMention: at + 1,
        quoteStart: owner.start,
        quoteEnd: owned.end,
        confidence: CONFIDENCE.STATED,
      });
    }
  }
  return found;
}

/**
 * "Socitm Board" part of "Socitm": the whole's name as written elsewhere in the text, then a unit
 * word; "Socitm regional meetings", a programme, run by it.
 */
function parts(mentions: readonly Mention[]): StandingTogether[] {
  const wholes = new Map<string, number>();
  mentions.forEach((mention, index) => {
    if (kindOf(mention) === 'BODY' && !wholes.has(mention.text)) wholes.set(mention.text, index);
  });
  const found: StandingTogether[] = [];
  const seen = new Set<string>();
  mentions.forEach((part, index) => {
    const programme = kindOf(part) === 'PROGRAMME';
    if (kindOf(part) !== 'BODY' && !programme) return;
    // Each shorter run of its words, as written, that the text also gives as a body's name.
    for (let space = part.text.indexOf(' '); space > 0; space = part.text.indexOf(' ', space + 1)) {
      const whole = wholes.get(part.text.slice(0, space));
      if (whole === undefined || idOf(part) === idOf(mentions[whole]!)) continue;
      const key = `${idOf(part)}|${idOf(mentions[whole]!)}`;
      if (seen.has(key) || (!programme && !UNIT.test(part.text.slice(space)))) continue;
      seen.add(key);
      found.push({
        type: programme ? 'RUNS' : 'PART_OF',
        fromMention: programme ? whole : index,
        toMention: programme ? index : whole,
        quoteStart: part.start,
        quoteEnd: part.end,
        confidence: CONFIDENCE.IMPLIED,
      });
    }
  });
  return found;
}

/**
 * A part or product the text names after its owner ("its action plan", "the local branch of X"):
 * the owner runs a programme; a body is part of its owner.
 */
function owned(mentions: readonly Mention[]): StandingTogether[] {
  const found: StandingTogether[] = [];
  mentions.forEach((mention, index) => {
    const owner = mention.owner;
    const kind = kindOf(mention);
    if (!owner || kind === 'PERSON') return;
    const ownerIndex = mentions.findIndex(
      (other) => other.start <= owner.start && other.end >= owner.end && idOf(other) === owner.id,
    );
    if (ownerIndex < 0) return;
    const programme = kind === 'PROGRAMME';
    found.push({
      type: programme ? 'RUNS' : 'PART_OF',
      fromMention: programme ? ownerIndex : index,
      toMention: programme ? index : ownerIndex,
      quoteStart: Math.min(owner.start, mention.start),
      quoteEnd: Math.max(owner.end, mention.end),
      confidence: CONFIDENCE.IMPLIED,
    });
  });
  return found;
}

export function appositions(text: string, mentions: readonly Mention[]): StandingTogether[] {
  return [...roles(text, mentions), ...possessives(text, mentions), ...parts(mentions), ...owned(mentions)];
}
