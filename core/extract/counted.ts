/**
 * A count of bodies named before: "the three organisations", "both councils", "the two trusts" names
 * the bodies of that kind the nearest sentence before names, only when it names exactly that many
 * (a generic noun, organisations, bodies or partners, fits any body; councils, trusts … a body whose
 * name has that head noun). One mention naming each of them (`collective`). Bodies named in the same
 * sentence before the count are not read: "X was formed by the three organisations" would otherwise
 * count X.
 */
import type { Mention, MentionCandidate, NamedVia } from './mention.ts';
import { headOf } from './references.ts';
import { splitSentences } from './sentences.ts';

type Candidate = (id: string, via: NamedVia) => MentionCandidate | null;

const NUMBERS: Readonly<Record<string, number>> = { both: 2, two: 2, three: 3, four: 4, five: 5, six: 6 };
const GENERIC = new Set(['organisations', 'organizations', 'bodies', 'partners']);
/** The plural nouns a count may have, each with the head noun of a name it fits (null: any body). */
const NOUNS: Readonly<Record<string, string | null>> = {
  organisations: null,
  organizations: null,
  bodies: null,
  partners: null,
  councils: 'council',
  trusts: 'trust',
  authorities: 'authority',
  agencies: 'agency',
  boards: 'board',
  partnerships: 'partnership',
  associations: 'association',
  networks: 'network',
};
const COUNT = new RegExp(
  `\\b(?:(?:the|these|those|all)\\s+(two|three|four|five|six)|(both)(?:\\s+(?:the|these|those))?)\\s+(${Object.keys(NOUNS).join('|')})\\b`,
  'gi',
);
/** How many sentences back the bodies may be named. */
const SENTENCES_BACK = 2;

/** The distinct bodies fitting `head` named in [from, to) of the text, in mention order. */
function fittingIn(mentions: readonly Mention[], from: number, to: number, head: string | null): string[] {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle]!.start < from) low = middle + 1;
    else high = middle;
  }
  const ids = new Set<string>();
  for (let at = low; at < mentions.length && mentions[at]!.end <= to; at++) {
    const mention = mentions[at]!;
    if (mention.collective || mention.candidates.length !== 1) continue;
    const body = mention.candidates[0]!;
    if (body.kind === 'BODY' && (head === null || headOf(body.name) === head)) ids.add(body.id);
  }
  return [...ids];
}

export function counted(text: string, mentions: readonly Mention[], candidate: Candidate): Mention[] {
  COUNT.lastIndex = 0;
  if (!COUNT.test(text)) return [];
  const sentences = splitSentences(text);
  const found: Mention[] = [];
  let own = 0;
  COUNT.lastIndex = 0;
  for (let match = COUNT.exec(text); match; match = COUNT.exec(text)) {
    const [phrase, number, both, plural] = match as unknown as [string, string | undefined, string | undefined, string];
    while (own + 1 < sentences.length && sentences[own + 1]!.start <= match.index) own++;
    const noun = plural.toLowerCase();
    const head = GENERIC.has(noun) ? null : NOUNS[noun]!;
    for (let back = own - 1; back >= Math.max(0, own - SENTENCES_BACK); back--) {
      const ids = fittingIn(mentions, sentences[back]!.start, sentences[back]!.end, head);
      if (ids.length === 0) continue;
      const candidates = ids.map((id) => candidate(id, 'reference')).filter((known) => known !== null);
      if (ids.length === NUMBERS[(number ?? both!).toLowerCase()] && candidates.length === ids.length) {
        // "the three organisations" from its number; "both councils" whole.
        const start = number ? match.index + phrase.lastIndexOf(number, phrase.length - plural.length) : match.index;
        const end = match.index + phrase.length;
        found.push({ start, end, text: text.slice(start, end), candidates, collective: true });
      }
      break;
    }
  }
  return found;
}
