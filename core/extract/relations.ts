/**
 * Proposes relationships from a text: two mentions in one sentence joined by a trigger phrase
 * (triggers.ts), lists on either side ("X, Y and Z joined W") giving one proposal per pair, a
 * negation before the trigger ("is not a member of") giving none. The quote is the exact stretch of
 * text from the first mention to the last, so it passes the quote rule; the dates are the source's.
 */
import { CONFIDENCE, RELATIONSHIP_TYPES, type RelationshipType } from '../vocabulary.ts';
import type { Mention } from './known-names.ts';
import { appositions, type StandingTogether } from './appositions.ts';
import { clauses, itsMembersOn, reflexiveSubjects } from './clauses.ts';
import { joinBrackets, listFrom } from './mention-spans.ts';
import { headOf } from './references.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { headedLists } from './headed-lists.ts';
import { antecedentOf, opensWithPronoun } from './pronouns.ts';
import { includedProgrammes, statedAround, supportedOwners } from './stated-around.ts';
import { NEGATION, NOT_ITS_OWN, OTHER_OBJECT } from './triggers.ts';
import { coordinatedVerbs, passiveParticiples, triggersIn, type Found } from './trigger-spans.ts';

export interface ProposedRelationship {
  type: RelationshipType;
  family: string;
  from: string;
  to: string;
  /** The mentions it joins (indexes into joinBrackets' mentions); -1 for the text's subject, left unsaid. */
  fromMention: number;
  toMention: number;
  /** The exact clause: text.slice(quoteStart, quoteEnd). */
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  /** The trigger phrase as written. */
  trigger: string;
  confidence: number;
}

/** The most text allowed between a mention and its trigger (an article, a title, a few words). */
const MAX_GAP = 48;
export const PERSON_TYPES: ReadonlySet<string> = new Set(['CHAIRS', 'PRESIDENT_OF', 'HOLDS_ROLE_AT']);
/** "X, the chair of Y, including Z": a list of examples after the object's description. */
const INCLUDING = /^[^.;:!?()]{0,120},?\s+(?:including|such as|notably)\s+(?:the\s+)?$/i;

export type ExistingFact = (from: string, to: string, type: RelationshipType) => boolean;

/**
 * Nothing but a bullet, a number, "to" / "and" / "will" / "also", and at most two other words (an
 * imperative: "Provide regular briefings for X") before the trigger: its subject is left unsaid.
 */
const UNSAID_SUBJECT =
  /^[\s•·\-–*\d.)]*(?:(?:to|and|also|will|would|shall|should|we|it|they)\s+)*(?:(?!(?:a|an|the|this|that|these|those|its|their|our)\s)\p{L}+\s+){0,2}$/iu;

/** The stakeholder a text is about: the one it mentions most (the earliest of equals). */
export function subjectOf(mentions: Mention[]): Mention | null {
  const counts = new Map<string, { count: number; mention: Mention }>();
  for (const mention of mentions) {
    if (mention.candidates.length !== 1) continue;
    const known = counts.get(mention.candidates[0]!.id);
    if (known) known.count++;
    else counts.set(mention.candidates[0]!.id, { count: 1, mention });
  }
  let best: { count: number; mention: Mention } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best && best.count >= 3 ? best.mention : null;
}

/** Every proposal once (its ends and type), one for each stakeholder a collective mention names. */
function collector(mentions: Mention[]) {
  const proposals: ProposedRelationship[] = [];
  /** Every creation read, repeats too: who formed a body together is read clause by clause. */
  const creations: ProposedRelationship[] = [];
  const seen = new Set<string>();
  const addOne = (proposal: ProposedRelationship) => {
    if (proposal.type === 'CREATED') creations.push(proposal);
    const key = `${proposal.from}|${proposal.to}|${proposal.type}`;
    if (proposal.from !== proposal.to && !seen.has(key)) {
      seen.add(key);
      proposals.push(proposal);
    }
  };
  // A mention naming several ("the devolved administrations") gives one proposal for each.
  const everyOne = (at: number, id: string) => (mentions[at]?.collective ? everyCandidate(mentions[at]!) : [id]);
  const add = (proposal: ProposedRelationship | null) => {
    if (!proposal) return;
    for (const from of everyOne(proposal.fromMention, proposal.from))
      for (const to of everyOne(proposal.toMention, proposal.to)) addOne({ ...proposal, from, to });
  };
  return { proposals, creations, add };
}

/** What reading one trigger needs: the text, its mentions, the sentence and the triggers in it. */
interface Scope {
  text: string;
  mentions: Mention[];
  subject: Mention | null;
  add: (proposal: ProposedRelationship | null) => void;
  sentence: Sentence;
  /** The sentence's mentions: [first, last). */
  first: number;
  last: number;
  triggers: Found[];
  /** For a sentence opening with "It", "They" …: the names it stands for (pronouns.ts). */
  antecedent: number[];
}

export function proposeRelationships(text: string, found: Mention[]): ProposedRelationship[] {
  const mentions = joinBrackets(text, found);
  const { proposals, creations, add } = collector(mentions);
  const subject = subjectOf(mentions);
  const subjectAt = subject ? mentions.indexOf(subject) : -1;
  const shaped: StandingTogether[] = [];
  let first = 0;
  const sentences = splitSentences(text);
  let previousFirst = 0;
  sentences.forEach((sentence, index) => {
    previousFirst = first;
    while (first < mentions.length && mentions[first]!.start < sentence.start) first++;
    let last = first;
    while (last < mentions.length && mentions[last]!.end <= sentence.end) last++;
    const previous = sentences[index - 1];
    const antecedent = antecedentOf(text, mentions, sentence, previous, previousFirst, [first, last]);
    if (last - first < (subject || antecedent.length > 0 ? 1 : 2)) return;
    shaped.push(...clauses(text, mentions, sentence, first, last));
    shaped.push(...itsMembersOn(text, mentions, sentence, first, subjectAt));
    const triggers = passiveParticiples(text, triggersIn(text, sentence.start, sentence.end));
    const scope: Scope = { text, mentions, subject, add, sentence, first, last, triggers, antecedent };
    for (const trigger of triggers) readTrigger(scope, trigger);
  });
  // Bodies that form one together are its members (one body setting one up is not: a parent).
  for (const founding of [...creations]) {
    const together = creations.filter(
      (other) => other.to === founding.to && other.quoteStart === founding.quoteStart && other.from !== founding.from,
    );
    if (together.length >= 1) add(foundingMember(founding, mentions[founding.toMention]!));
  }
  const joined = new Set(proposals.map((proposal) => `${proposal.from}|${proposal.to}`));
  const headed = headedLists(text, mentions, subjectAt);
  const around = [
    ...statedAround(text, mentions, sentences),
    ...includedProgrammes(text, mentions, proposals),
    ...supportedOwners(mentions, proposals),
  ];
  for (const standing of [...shaped, ...appositions(text, mentions), ...headed, ...around]) {
    const from = mentions[standing.fromMention]!.candidates[0]!.id;
    const to = standing.toId ?? mentions[standing.toMention]!.candidates[0]!.id;
    if (joined.has(`${from}|${to}`)) continue;
    add({
      ...standing,
      family: RELATIONSHIP_TYPES[standing.type].family,
      from,
      to,
      quote: text.slice(standing.quoteStart, standing.quoteEnd),
      trigger: '',
      confidence: mentions[standing.fromMention]!.candidates.length > 1 ? CONFIDENCE.PROBABLE : standing.confidence,
    });
  }
  return proposals;
}

/** The nearest mentions before and after the trigger in the sentence (-1 for none). */
function nearestEnds(scope: Scope, found: Found): [number, number] {
  const { text, mentions, first, last } = scope;
  let left = -1;
  let right = -1;
  for (let at = first; at < last; at++) {
    if (mentions[at]!.end <= found.start) left = at;
    else if (right < 0 && mentions[at]!.start >= found.end) right = at;
  }
  // "chairman of North Council's Scrutiny Board": the possessed, not its owner, is the object.
  while (
    right >= 0 &&
    right + 1 < last &&
    /^['’]s\s+$/.test(text.slice(mentions[right]!.end, mentions[right + 1]!.start))
  )
    right++;
  return [left, right];
}

function readTrigger(scope: Scope, found: Found): void {
  const { text, mentions, triggers } = scope;
  const [left, right] = nearestEnds(scope, found);
  if (right < 0) return;
  // "Work with and support X": verbs joined by "and" share their subject and their object.
  const [verbStart, verbEnd] = coordinatedVerbs(text, triggers, found);
  const after = text.slice(verbEnd, mentions[right]!.start);
  // The nearer trigger governs: "chairs the group hosted by X" is no hosting by the chair.
  const between = (from: number, to: number) => triggers.some((other) => other.start >= from && other.end <= to);
  if (OTHER_OBJECT.test(after) || between(verbEnd, mentions[right]!.start)) return;
  const afterFits = (after.length <= MAX_GAP && !/[.;:!?()]/.test(after)) || INCLUDING.test(after);
  if (!afterFits) return;
  if (left < 0 && opensWithPronoun(text, scope.sentence)) return readAntecedent(scope, found, right);
  if (readUnsaidSubject(scope, found, left, right, verbStart)) return;
  if (left < 0) return;
  // "It is hosted by X and reports to Y" with no antecedent: not X's report.
  const pronounClause = opensWithPronoun(text, scope.sentence) && scope.antecedent.length !== 1;
  if (pronounClause && saidOfTheClause(scope, found, left)) return;
  const clauseSubject = subjectBeforeEarlierTrigger(scope, found, left);
  if (clauseSubject >= 0) {
    for (const r of listFrom(text, mentions, right, 1, scope.first, scope.last)) {
      const [from, to] = found.trigger.direction === 'forward' ? [clauseSubject, r] : [r, clauseSubject];
      const proposal = propose(text, mentions, found, from, to, mentions[clauseSubject]!.start, mentions[r]!.end);
      if (proposal) proposal.confidence = Math.min(proposal.confidence, CONFIDENCE.IMPLIED);
      scope.add(proposal);
    }
    return;
  }
  const before = text.slice(mentions[left]!.end, verbStart);
  if (before.length > MAX_GAP || /[.;:!?()]/.test(before) || between(mentions[left]!.end, verbStart)) return;
  if (NEGATION.test(before) || NEGATION.test(text.slice(found.start, found.end)) || NOT_ITS_OWN.test(before)) return;
  proposePairs(scope, found, left, right);
}

/**
 * A bullet or sentence that opens with the trigger ("• Work with GDS") or an imperative ("Provide
 * regular briefings for X"): said of the text's subject. True when it was read so.
 */
function readUnsaidSubject(scope: Scope, found: Found, left: number, right: number, verbStart: number): boolean {
  const { text, mentions, subject, sentence } = scope;
  if (!subject || found.trigger.direction !== 'forward') return false;
  const opening = text.slice(left < 0 ? sentence.start : Math.max(sentence.start, mentions[left]!.end), verbStart);
  if (!((left < 0 || /[.;:!?]\s*$/.test(opening)) && UNSAID_SUBJECT.test(opening))) return false;
  for (const r of listFrom(text, mentions, right, 1, scope.first, scope.last)) {
    scope.add(propose(text, mentions, found, -1, r, found.start, mentions[r]!.end, subject));
  }
  return true;
}

/**
 * A trigger with no name before it in a sentence that opens with "It", "They" …: said of the
 * pronoun's antecedent (the subject of the sentence before), confidence at most probable. Nothing
 * when there is none: a pronoun is not the text's subject.
 */
function readAntecedent(scope: Scope, found: Found, right: number): void {
  const { text, mentions, antecedent, sentence } = scope;
  if (NEGATION.test(text.slice(sentence.start, found.end))) return;
  for (const a of antecedent) {
    for (const r of listFrom(text, mentions, right, 1, scope.first, scope.last)) {
      const [from, to] = found.trigger.direction === 'forward' ? [a, r] : [r, a];
      const proposal = propose(text, mentions, found, from, to, mentions[a]!.start, mentions[r]!.end);
      if (proposal) proposal.confidence = Math.min(proposal.confidence, CONFIDENCE.PROBABLE);
      scope.add(proposal);
    }
  }
}

/** A trigger said of the whole clause whatever its voice ("…, in partnership with X"). */
const OF_THE_CLAUSE = /^(?:in partnership with|together with|jointly with|working with)$/i;
/** A prepositional trigger that is said of the clause's subject when the clause before is passive. */
const PREPOSITIONAL = /^(?:with|in partnership with|together with|jointly with)\b/i;
/** A second predicate of the subject: "X is hosted by Y and is a member of Z" (no list says "and is"). */
const SECOND_PREDICATE =
  /^\s*,?\s+and\s+(?:also\s+)?(?:is|are|was|were|has|have|had|will|would|became|becomes|remains)\s/i;

/** Whether the trigger is said of the clause's subject rather than of the name right before it. */
function saidOfTheClause(scope: Scope, found: Found, left: number): boolean {
  const { text, mentions, sentence, triggers } = scope;
  const written = text.slice(found.start, found.end);
  const earlier = triggers[0]!;
  if (earlier === found) return false;
  const objectOfEarlier = earlier.end <= mentions[left]!.start;
  if (objectOfEarlier && SECOND_PREDICATE.test(text.slice(mentions[left]!.end, found.end))) return true;
  // "X is hosted by Y and reports to Z": a verb right after "and" (no name can stand there).
  const andThenVerb = /^\s*,?\s+and\s+(?:also\s+)?$/i.test(text.slice(mentions[left]!.end, found.start));
  if (objectOfEarlier && andThenVerb && /^\p{Ll}+(?:s|ed)\b/u.test(written) && !/^members\b/i.test(written))
    return true;
  if (!PREPOSITIONAL.test(written) || !/,\s*$/.test(text.slice(sentence.start, found.start))) return false;
  if (OF_THE_CLAUSE.test(written)) return true;
  return found.trigger.direction === 'reverse' && earlier.trigger.direction === 'reverse';
}

/**
 * A trigger after another said of the clause's subject (the name that opens the sentence before its
 * first trigger), not of the nearer trigger's object: a second predicate ("X is hosted by Y and is a
 * member of Z"), or a prepositional trigger after a comma ("The X has been formed by the three
 * councils, with funding from F"). Funding and support only when the first trigger is passive
 * ("formed by": the subject is what was formed); after an active one ("A launched B, with funding
 * from F") F may fund A or B, so not the subject. -1 when the rule does not apply.
 */
function subjectBeforeEarlierTrigger(scope: Scope, found: Found, left: number): number {
  const { text, mentions, sentence, first, triggers } = scope;
  if (!saidOfTheClause(scope, found, left)) return -1;
  const opening = mentions[first]!;
  const earlier = triggers[0]!;
  if (scope.antecedent.length === 1 && opening.start > earlier.start) return scope.antecedent[0]!;
  if (opening.end > earlier.start || !/^[\s•·\-–*"“]*(?:the\s+)?$/i.test(text.slice(sentence.start, opening.start)))
    return -1;
  const gap = text.slice(opening.end, earlier.start);
  return gap.length <= MAX_GAP && !/[,.;:!?()]/.test(gap) && !NEGATION.test(gap) ? first : -1;
}

/** Names on either side of the trigger, lists on both sides: one proposal per pair. */
function proposePairs(scope: Scope, found: Found, left: number, right: number): void {
  const { text, mentions, sentence, first, last, triggers } = scope;
  const person = PERSON_TYPES.has(found.trigger.type) ? coordinatedPerson(text, mentions, left, first) : -1;
  if (person >= 0) {
    for (const r of listFrom(text, mentions, right, 1, first, last)) {
      scope.add(propose(text, mentions, found, person, r, mentions[person]!.start, mentions[r]!.end));
    }
    return;
  }
  const lefts = listFrom(text, mentions, left, -1, first, last);
  const rights = listFrom(text, mentions, right, 1, first, last);
  // "X and Y welcomed the collaboration between itself, A and B to form Z": X and Y form Z too.
  const reflexive = reflexiveSubjects(text, mentions, Math.min(...lefts), sentence, first, triggers[0]!.start);
  const quoteStart = mentions[Math.min(...lefts, ...reflexive)]!.start;
  const quoteEnd = mentions[Math.max(...rights)]!.end;
  for (const l of [...lefts, ...reflexive]) {
    for (const r of rights) {
      const [fromMention, toMention] = found.trigger.direction === 'forward' ? [l, r] : [r, l];
      const proposal = propose(text, mentions, found, fromMention, toMention, quoteStart, quoteEnd);
      if (proposal && reflexive.includes(l)) proposal.confidence = CONFIDENCE.PROBABLE;
      scope.add(proposal);
    }
  }
}

const everyCandidate = (mention: Mention) => mention.candidates.map((candidate) => candidate.id);

/**
 * A role said of a person in apposition, after another role ("X, chairman of Y and CIO of Z"): the
 * nearest person before, when the stretch from that person to the trigger opens with a comma and
 * joins its roles with "and" (the stakeholder just before the trigger is the first role's object).
 */
function coordinatedPerson(text: string, mentions: Mention[], left: number, first: number): number {
  if (mentions[left]!.candidates[0]!.kind === 'PERSON') return -1;
  for (let at = left - 1; at >= first; at--) {
    if (mentions[at]!.candidates[0]!.kind !== 'PERSON') continue;
    const stretch = text.slice(mentions[at]!.end, mentions[left]!.end + 12);
    const joined = /^\s*,/.test(stretch) && stretch.length <= 140 && !/[.;:!?]/.test(stretch);
    const andAfterLeft = /^\s*,?\s+and\s+/i.test(text.slice(mentions[left]!.end));
    return joined && andAfterLeft ? at : -1;
  }
  return -1;
}

/** Bodies that have members: those who form one are its founding members. */
const MEMBERSHIP_BODIES = new Set([
  'coalition',
  'alliance',
  'partnership',
  'network',
  'forum',
  'association',
  'federation',
  'consortium',
  'council',
  'group',
  'society',
]);

/** "A and B formed the North Coalition": A and B are also its founding members. */
function foundingMember(created: ProposedRelationship, body: Mention): ProposedRelationship | null {
  const to = body.candidates[0]!;
  const head = headOf(to.name) ?? headOf(body.text);
  if (to.kind !== 'BODY' || !head || !MEMBERSHIP_BODIES.has(head)) return null;
  return { ...created, type: 'MEMBER_OF', family: RELATIONSHIP_TYPES.MEMBER_OF.family, confidence: CONFIDENCE.IMPLIED };
}

function propose(
  text: string,
  mentions: Mention[],
  found: Found,
  fromMention: number,
  toMention: number,
  quoteStart: number,
  quoteEnd: number,
  subject?: Mention,
): ProposedRelationship | null {
  const fromAt = fromMention < 0 ? subject! : mentions[fromMention]!;
  const from = fromAt.candidates[0]!;
  const to = mentions[toMention]!.candidates[0]!;
  if (from.id === to.id) return null;
  let type = found.trigger.type;
  if (PERSON_TYPES.has(type) && from.kind !== 'PERSON') {
    if (type === 'HOLDS_ROLE_AT') return null;
    type = 'MEMBER_OF';
  }
  // "The Strategy, which includes the Pilot Programme": one programme within another is part of it.
  const within = from.kind === 'PROGRAMME' && /^which\b/i.test(text.slice(found.start, found.end));
  if (type === 'MEMBER_OF' && to.kind === 'PROGRAMME') type = within ? 'PART_OF' : 'TAKES_PART_IN';
  const ambiguous = fromAt.candidates.length > 1 || mentions[toMention]!.candidates.length > 1;
  const tight =
    quoteEnd - quoteStart <= found.end - found.start + fromAt.text.length + mentions[toMention]!.text.length + 16;
  return {
    type,
    family: RELATIONSHIP_TYPES[type].family,
    from: from.id,
    to: to.id,
    fromMention,
    toMention,
    quote: text.slice(quoteStart, quoteEnd),
    quoteStart,
    quoteEnd,
    trigger: text.slice(found.start, found.end),
    confidence: ambiguous || fromMention < 0 ? CONFIDENCE.PROBABLE : tight ? CONFIDENCE.STATED : CONFIDENCE.IMPLIED,
  };
}
