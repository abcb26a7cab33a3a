/**
 * Relationships a text states without a verb between the names, read from how names stand together:
 * - a role in apposition: "Ada Lovelace, managing editor of the Digital Forum" (holds a role at);
 * - a signature line: "Ada Lovelace, Digital Forum" ending its line (holds a role at, implied);
 * - a role written as a noun beside both names: "X's chair, Y", "the chair of X, Y", "Y (chair, X)";
 * - a possessive: "North Council's Pilot Programme" (runs), "North Council's Scrutiny Board" (part of);
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
  /** The object when no mention of its own names it (a programme within another's name). */
  toId?: string;
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
      // "X, chair of North Council's Scrutiny Board": the role is at the board.
      const owned = mentions[at + 2];
      const possessed = owned && POSSESSIVE.test(text.slice(next.end, owned.start)) && kindOf(owned) === 'BODY';
      found.push({
        ...base,
        ...(possessed ? { toMention: at + 2, quoteEnd: owned.end } : {}),
        type: 'HOLDS_ROLE_AT',
        confidence: CONFIDENCE.STATED,
      });
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
    if (kindOf(owner) !== 'BODY' || !POSSESSIVE.test(text.slice(owner.end, owned.start))) continue;
    // "North Council's Scrutiny Board": a unit of it.
    if (kindOf(owned) === 'BODY' && UNIT.test(owned.text)) {
      found.push({
        type: 'PART_OF',
        fromMention: at + 1,
        toMention: at,
        quoteStart: owner.start,
        quoteEnd: owned.end,
        confidence: CONFIDENCE.STATED,
      });
    }
    if (kindOf(owned) === 'PROGRAMME') {
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
 * word; "Socitm regional meetings", a programme, run by it. A programme's name that opens or ends
 * with another programme's as written elsewhere ("Green IT Week", "front office shared services"
 * after "shared services") is part of it.
 */
function parts(mentions: readonly Mention[]): StandingTogether[] {
  const wholes = new Map<string, number>();
  const programmes = new Map<string, number>();
  mentions.forEach((mention, index) => {
    const kind = kindOf(mention);
    const written = kind === 'BODY' ? wholes : kind === 'PROGRAMME' ? programmes : null;
    if (written && !written.has(mention.text)) written.set(mention.text, index);
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
    if (programme) found.push(...programmeParts(mentions, index, programmes, seen));
  });
  return found;
}

/** The programmes whose name, as written in the text, opens or ends the programme `part`'s. */
function programmeParts(
  mentions: readonly Mention[],
  index: number,
  programmes: ReadonlyMap<string, number>,
  seen: Set<string>,
) {
  const part = mentions[index]!;
  // Without the bracket joined to it ("front office shared services (FOSS)").
  const name = part.text.replace(/\s*\([^()]*\)$/, '');
  const found: StandingTogether[] = [];
  for (let space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
    for (const written of [name.slice(0, space), name.slice(space + 1)]) {
      const whole = programmes.get(written);
      if (whole === undefined || idOf(part) === idOf(mentions[whole]!)) continue;
      const key = `${idOf(part)}|${idOf(mentions[whole]!)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({
        type: 'PART_OF',
        fromMention: index,
        toMention: whole,
        quoteStart: part.start,
        quoteEnd: part.end,
        confidence: CONFIDENCE.PROBABLE,
      });
    }
  }
  // Known programmes within its name that lost to it, longest first ("Green IT Week": Green IT).
  for (const within of part.within ?? []) {
    const key = `${idOf(part)}|${within.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const quote = { quoteStart: part.start, quoteEnd: part.end };
    found.push({
      type: 'PART_OF',
      fromMention: index,
      toMention: index,
      toId: within.id,
      ...quote,
      confidence: CONFIDENCE.PROBABLE,
    });
  }
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

const ROLE =
  '(?:(?:new|former|acting|interim|deputy|vice)[ -])?(?:chair(?:man|woman|person)?|co-chair|president|director(?: of [\\p{L} ]{1,40}?)?|' +
  'chief executive|chief information officer|cio|cto|cdo|leader|head(?: of [\\p{L} ]{1,40}?)?|secretary|manager|editor|founder|convenor)';
/** Body then person: "X's chair, Y", "the chair of X, Y". */
const TITLE = '(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Baroness|Professor|Prof)\\.? )?';
/** Body then person: "X's chair, Y", "X chairman Cllr Y". */
const BODY_ROLE_PERSON = [
  new RegExp(`^['’]s (${ROLE}),? ${TITLE}$`, 'iu'),
  new RegExp(`^ (${ROLE}),? ${TITLE}$`, 'iu'),
];
const ROLE_OF_BODY = new RegExp(`(?<![\\p{L}])(?:the |its )?(${ROLE}) of (?:the )?$`, 'iu');
/** Person then body: "Y (chair, X)". */
const PERSON_ROLE_BODY = new RegExp(`^ \\((${ROLE}),? (?:of |at )?(?:the )?$`, 'iu');

function roleType(role: string): RelationshipType {
  if (/^(?:(?:new|former|acting|interim|deputy|vice)[ -])?(?:co-)?chair/i.test(role)) return 'CHAIRS';
  return /president/i.test(role) ? 'PRESIDENT_OF' : 'HOLDS_ROLE_AT';
}

/** A role written as a noun beside both names: "X's chair, Y", "the chair of X, Y", "Y (chair, X)". */
function nominalRoles(text: string, mentions: readonly Mention[]): StandingTogether[] {
  const found: StandingTogether[] = [];
  for (let at = 0; at + 1 < mentions.length; at++) {
    const first = mentions[at]!;
    const second = mentions[at + 1]!;
    const between = text.slice(first.end, second.start);
    const stand = (person: number, body: number, role: string, quoteStart: number) =>
      found.push({
        type: roleType(role),
        fromMention: person,
        toMention: body,
        quoteStart,
        quoteEnd: second.end,
        confidence: CONFIDENCE.STATED,
      });
    if (kindOf(first) === 'BODY' && kindOf(second) === 'PERSON') {
      const possessive = BODY_ROLE_PERSON.map((regex) => regex.exec(between)).find(Boolean);
      if (possessive) stand(at + 1, at, possessive[1]!, first.start);
      const roleOf = ROLE_OF_BODY.exec(text.slice(Math.max(0, first.start - 60), first.start));
      if (roleOf && /^, $/.test(between)) stand(at + 1, at, roleOf[1]!, first.start - roleOf[0].length);
    }
    if (kindOf(first) === 'PERSON' && kindOf(second) === 'BODY' && text[second.end] === ')') {
      const bracket = PERSON_ROLE_BODY.exec(between);
      if (bracket) stand(at, at + 1, bracket[1]!, first.start);
    }
  }
  return found;
}

export function appositions(text: string, mentions: readonly Mention[]): StandingTogether[] {
  return [
    ...roles(text, mentions),
    ...nominalRoles(text, mentions),
    ...possessives(text, mentions),
    ...parts(mentions),
    ...owned(mentions),
  ];
}
