/**
 * Mentions that name a stakeholder without its name, read after the names themselves:
 * - a definite description: "the Council", "the society", "this strategy", or the bare word as a
 *   modifier ("Coalition members"), for the stakeholder last named whose name has that head noun
 *   (or that the text called so right after naming it: "Planting the Flag strategy");
 * - a part or product named after its owner ("Local CIO Council work programme", "Socitm local
 *   branch"), written as the owner's name then the rest ("the Coalition action plan", "Socitm's
 *   relaunch"), "its/their <rest>" after the owner in the sentence, "the <rest> of <owner>", "a
 *   <word> <rest>" right after the owner in the sentence, or "The <Rest>" in title case in a text
 *   that names the owner.
 * General English and the atlas's own names: nothing here is written for a particular text.
 */
import type { Mention, MentionCandidate } from './mention.ts';

/** Head nouns that a definite description may stand for (singular: "the councils" refers to none). */
const HEAD_NOUNS = new Set(
  (
    'council|society|association|coalition|department|service|agency|authority|trust|board|forum|partnership|' +
    'institute|foundation|office|commission|network|alliance|federation|group|committee|company|university|' +
    'college|ministry|centre|consortium|borough|programme|strategy|fund|plan|project|initiative|scheme|' +
    'campaign|charter|framework|declaration|manifesto'
  ).split('|'),
);
const CONNECTOR = /^(?:of|for|and|the|&|in|on|to|a|an)$/i;

export interface OwnedName {
  owner: string;
  owned: string;
}

/** What the atlas's names give the rules: head nouns and the names built on another's. */
export interface ReferenceIndex {
  heads: Map<string, Set<string>>;
  /** The rest of a name after its owner's name, lower case, one space between words. */
  tails: Map<string, OwnedName[]>;
  /** The first word of each tail, lower case: most places in a text start none. */
  firstWords: Set<string>;
  maxTailWords: number;
}

const words = (name: string) => name.split(' ').filter(Boolean);

/** The head noun of a name: the word before "of"/"for" ("Society of IT Management"), else the last. */
export function headOf(name: string): string | null {
  const parts = words(name.replace(/\s*\([^()]*\)$/, ''));
  if (parts.length < 2) return null;
  const split = parts.findIndex((word, index) => index > 0 && /^(?:of|for)$/i.test(word));
  const head = (split > 0 ? parts[split - 1]! : parts.at(-1)!).toLowerCase();
  return HEAD_NOUNS.has(head) ? head : null;
}

/**
 * `ownersOf(prefix)`: the entities whose name or alias is the prefix, folded as the matcher folds.
 * Only names of kind "name" and the entity's own name are read for owners' rest.
 */
export function buildReferenceIndex(
  entities: Iterable<{ id: string; kind: string; name: string; aliases: readonly { name: string; kind: string }[] }>,
  ownersOf: (prefix: string) => Iterable<string>,
): ReferenceIndex {
  const index: ReferenceIndex = { heads: new Map(), tails: new Map(), firstWords: new Set(), maxTailWords: 0 };
  for (const entity of entities) {
    for (const name of [entity.name, ...entity.aliases.map((alias) => alias.name)]) {
      const head = headOf(name);
      if (head) index.heads.set(head, (index.heads.get(head) ?? new Set()).add(entity.id));
    }
    // A person's name is no part named after an owner ("Dylan Roberts" after "Dylan").
    if (entity.kind === 'PERSON') continue;
    const parts = words(entity.name.replace(/\s*\([^()]*\)$/, '').replace(/\s+/g, ' '));
    for (let cut = 1; cut < parts.length; cut++) {
      const tail = parts.slice(cut);
      if (CONNECTOR.test(tail[0]!)) continue;
      for (const owner of ownersOf(parts.slice(0, cut).join(' '))) {
        if (owner === entity.id) continue;
        const key = tail.join(' ').toLowerCase();
        index.tails.set(key, [...(index.tails.get(key) ?? []), { owner, owned: entity.id }]);
        index.maxTailWords = Math.max(index.maxTailWords, tail.length);
        index.firstWords.add(tail[0]!.toLowerCase().replace(/’/g, "'"));
      }
    }
  }
  return index;
}

type Candidate = (id: string, via: MentionCandidate['via']) => MentionCandidate | null;

const SENTENCE_BREAK = /[.!?]\s|\n\s*\n|\n\s*[•·*-]/;
const inOneSentence = (text: string, from: number, to: number) =>
  to - from <= 300 && !SENTENCE_BREAK.test(text.slice(from, to));
const idsOf = (mention: Mention) => mention.candidates.map((candidate) => candidate.id);

const capitalised = (noun: string) => noun[0]!.toUpperCase() + noun.slice(1);
const EITHER_CASE = [...HEAD_NOUNS].map((noun) => `[${noun[0]!.toUpperCase()}${noun[0]}]${noun.slice(1)}`).join('|');
/** "the council", "This strategy", or a bare capitalised head as a modifier ("Coalition members"). */
const DESCRIPTION = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:[Tt]he|[Tt]his|[Tt]hat)\\s(?<noun>${EITHER_CASE})|(?<!\\p{Lu}\\p{L}*\\s)` +
    `(?<bare>${[...HEAD_NOUNS].map(capitalised).join('|')})(?=\\s\\p{Ll}))(?![\\p{L}\\p{N}])(?!\\s(?:of|for)\\b)(?!\\s\\p{Lu})`,
  'gu',
);

/**
 * Definite descriptions: each for the stakeholder with that head noun named most often before it,
 * the nearest of equals ("the Council" in a text about one council that names another in passing is
 * the first). One pass: counts grow as the walk passes each name.
 */
function descriptions(text: string, mentions: Mention[], index: ReferenceIndex, candidate: Candidate): Mention[] {
  const found: Mention[] = [];
  const counts = new Map<string, { count: number; last: number }>();
  const seenWithHead = new Map<string, Set<string>>();
  let next = 0;
  for (let match = DESCRIPTION.exec(text); match; match = DESCRIPTION.exec(text)) {
    const head = (match.groups!.noun ?? match.groups!.bare)!.toLowerCase();
    const start = match.index;
    const end = start + match[0].length;
    for (; next < mentions.length && mentions[next]!.start < start; next++) {
      const mention = mentions[next]!;
      // "Planting the Flag strategy": the text calls it a strategy.
      const called = /^\s(\p{Ll}+)\b/u.exec(text.slice(mention.end, mention.end + 20))?.[1];
      for (const id of idsOf(mention)) {
        const known = counts.get(id);
        counts.set(id, { count: (known?.count ?? 0) + 1, last: next });
        for (const noun of HEAD_NOUNS.has(called ?? '') ? [called!] : []) {
          seenWithHead.set(noun, (seenWithHead.get(noun) ?? new Set()).add(id));
        }
      }
    }
    if (next > 0 && mentions[next - 1]!.end > start) continue;
    let best: string | null = null;
    const owners = index.heads.get(head);
    const ids = new Set([...(seenWithHead.get(head) ?? [])]);
    // Each candidate seen so far that the atlas gives this head noun.
    if (owners)
      for (const id of owners.size < counts.size ? owners : counts.keys())
        if (owners.has(id) && counts.has(id)) ids.add(id);
    for (const id of ids) {
      const a = counts.get(id)!;
      const b = best === null ? null : counts.get(best)!;
      if (!b || a.count > b.count || (a.count === b.count && a.last > b.last)) best = id;
    }
    const named = best && candidate(best, 'reference');
    if (named) found.push({ start, end, text: text.slice(start, end), candidates: [named] });
  }
  return found;
}

/** Up to `count` words from `at` (letters, digits, hyphens, apostrophes), with where each ends. */
function wordsFrom(text: string, at: number, count: number): { word: string; end: number }[] {
  const found: { word: string; end: number }[] = [];
  const pattern = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/uy;
  let position = at;
  while (found.length < count) {
    pattern.lastIndex = position;
    const match = pattern.exec(text);
    if (!match) break;
    found.push({ word: match[0], end: match.index + match[0].length });
    const space = /^\s+/.exec(text.slice(pattern.lastIndex, pattern.lastIndex + 4));
    if (!space) break;
    position = pattern.lastIndex + space[0].length;
  }
  return found;
}

/** The longest tail written from `at` that one of `owners` owns (any owner when null). */
function tailAt(
  text: string,
  at: number,
  index: ReferenceIndex,
  owners: ((id: string) => boolean) | null,
  minWords = 1,
): { owned: OwnedName; end: number; words: string[] } | null {
  const read = wordsFrom(text, at, index.maxTailWords);
  for (let count = read.length; count >= minWords; count--) {
    const key = read
      .slice(0, count)
      .map((entry) => entry.word)
      .join(' ')
      .toLowerCase()
      .replace(/’/g, "'");
    const owned = index.tails.get(key)?.find((entry) => owners === null || owners(entry.owner));
    if (owned) return { owned, end: read[count - 1]!.end, words: read.slice(0, count).map((entry) => entry.word) };
  }
  return null;
}

/** Parts and products named after their owner, written with the owner's name or a word for it. */
function ownedNames(text: string, mentions: Mention[], index: ReferenceIndex, candidate: Candidate): Mention[] {
  if (index.tails.size === 0) return [];
  const found: Mention[] = [];
  const add = (start: number, end: number, owned: OwnedName, ownerMention: Mention | null) => {
    const named = candidate(owned.owned, 'description');
    if (!named) return;
    const owner = ownerMention && { id: owned.owner, start: ownerMention.start, end: ownerMention.end };
    found.push({ start, end, text: text.slice(start, end), candidates: [named], ...(owner ? { owner } : {}) });
  };
  for (const mention of mentions) {
    const ids = new Set(idsOf(mention));
    const owns = (id: string) => ids.has(id);
    // "the Coalition action plan", "Socitm's relaunch".
    const after = /^(['’]s)?\s/.exec(text.slice(mention.end, mention.end + 4));
    const adjacent = after && tailAt(text, mention.end + after[0].length, index, owns);
    if (adjacent)
      add(
        after[1] ? mention.end + after[0].length : mention.start,
        adjacent.end,
        adjacent.owned,
        after[1] ? mention : null,
      );
    // "the local branch of Socitm": a tail ending right before "of".
    const of = /(?<![\p{L}])of\s(?:the\s)?$/u.exec(text.slice(Math.max(0, mention.start - 8), mention.start));
    const space = of ? mention.start - of[0].length - 1 : -1;
    if (of && /\s/.test(text[space] ?? '')) {
      const from = Math.max(0, space - 80);
      for (const word of text.slice(from, space).matchAll(/(?<![\p{L}\p{N}'’-])[\p{L}\p{N}]/gu)) {
        const tail = tailAt(text, from + word.index, index, owns);
        if (tail?.end === space) {
          add(from + word.index, tail.end, tail.owned, mention);
          break;
        }
      }
    }
  }
  // "its action plan", "a wide transformation programme", "The Terms of Reference".
  const determiner = /(?<![\p{L}\p{N}])(its|their|the|a|an)\s(?:(\p{Ll}+)\s)?/giu;
  for (let match = determiner.exec(text); match; match = determiner.exec(text)) {
    const word = match[1]!.toLowerCase();
    const possessive = word === 'its' || word === 'their';
    const at = match.index + match[0].length;
    const firstWord = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*/u.exec(text.slice(at, at + 40))?.[0].toLowerCase() ?? '';
    if (!index.firstWords.has(firstWord.replace(/’/g, "'")) && !index.firstWords.has(match[2]?.toLowerCase() ?? ''))
      continue;
    // The owners named before it in the sentence, nearest first.
    const earlier: Mention[] = [];
    for (let i = lastBefore(mentions, match.index); i >= 0 && inOneSentence(text, mentions[i]!.end, match.index); i--)
      earlier.push(mentions[i]!);
    const options = [at, ...(match[2] ? [at - match[2].length - 1] : [])];
    for (const from of options) {
      let tail: ReturnType<typeof tailAt> = null;
      let owner: Mention | undefined;
      if (possessive) {
        for (const mention of earlier) {
          tail = tailAt(text, from, index, (id) => idsOf(mention).includes(id));
          if (tail) {
            owner = mention;
            break;
          }
        }
      } else if (earlier[0]) {
        owner = earlier[0];
        tail = tailAt(text, from, index, (id) => idsOf(owner!).includes(id), 2);
      }
      if (!tail && word === 'the' && from === options.at(-1)) {
        // "The Terms of Reference": every word of the rest capitalised, its owner named in the text.
        const titled = tailAt(text, from, index, (id) => mentions.some((mention) => idsOf(mention).includes(id)));
        if (titled && titled.words.every((w) => CONNECTOR.test(w) || /^\p{Lu}/u.test(w))) {
          tail = titled;
          // Its owner when the sentence names it too ("The Annual Report sets out what the Council did").
          owner = ownerInSentence(text, mentions, titled.owned.owner, from, titled.end);
        }
      }
      if (tail) {
        add(from, tail.end, tail.owned, owner ?? null);
        break;
      }
    }
  }
  return found;
}

/** A mention of `owner` in the sentence around [from, to): the nearest before, else the nearest after. */
function ownerInSentence(text: string, mentions: Mention[], owner: string, from: number, to: number) {
  const before = lastBefore(mentions, from);
  for (let at = before; at >= 0 && inOneSentence(text, mentions[at]!.end, from); at--)
    if (idsOf(mentions[at]!).includes(owner)) return mentions[at];
  for (let at = before + 1; at < mentions.length && inOneSentence(text, to, mentions[at]!.start); at++)
    if (mentions[at]!.start >= to && idsOf(mentions[at]!).includes(owner)) return mentions[at];
  return undefined;
}

/** The index of the last mention ending before `at`, or -1 (mentions in text order). */
function lastBefore(mentions: Mention[], at: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle]!.end <= at) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** Descriptions and owned names beside the names, overlapping ones not yet resolved. */
export function references(text: string, mentions: Mention[], index: ReferenceIndex, candidate: Candidate): Mention[] {
  const described = descriptions(text, mentions, index, candidate);
  const all = [...mentions, ...described].sort((a, b) => a.start - b.start);
  return [...described, ...ownedNames(text, all, index, candidate)];
}
