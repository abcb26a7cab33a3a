/**
 * A person named in full is then often called by surname alone, with or without a title: "Richard
 * Steel … said Steel", "Amira Shah … Dr Shah". Such a surname, after the full name and in the same
 * case, names that person: only when no other person the text names shares it, and not when a
 * capitalised word goes right before or after it ("Omar Shah", "Shah Foundation": someone or
 * something else).
 */
import type { Mention, MentionCandidate, NamedVia } from './mention.ts';

const TITLE = '(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Sir|Dame|Lord|Lady|Baroness|Professor|Prof)\\.?\\s+)?';
const SURNAME = "\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}\\p{Ll}+)?";
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}'’-]*\s+$/u;
const CAPITALISED_AFTER = /^\s+\p{Lu}/u;
const TITLE_BEFORE =
  /(?:^|\s)(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Sir|Dame|Lord|Lady|Baroness|Professor|Prof)\.?\s+$/;

type Candidate = (id: string, via: NamedVia) => MentionCandidate | null;

export function surnames(text: string, named: readonly Mention[], candidate: Candidate): Mention[] {
  const bySurname = new Map<string, { id: string; after: number } | null>();
  for (const mention of named) {
    const person = mention.candidates.length === 1 ? mention.candidates[0]! : null;
    if (!person || person.kind !== 'PERSON') continue;
    const words = person.name.trim().split(/\s+/);
    const surname = words.at(-1)!;
    if (words.length < 2 || !new RegExp(`^${SURNAME}$`, 'u').test(surname)) continue;
    const known = bySurname.get(surname);
    if (known === undefined) bySurname.set(surname, { id: person.id, after: mention.end });
    else if (known && known.id !== person.id) bySurname.set(surname, null);
  }
  const found: Mention[] = [];
  if (bySurname.size === 0) return found;
  // One pass over the capitalised words (a regular expression per surname would read the text once each).
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${TITLE}(${SURNAME})(?![\\p{L}\\p{N}])`, 'gu');
  for (let match = word.exec(text); match; match = word.exec(text)) {
    const person = bySurname.get(match[1]!);
    if (!person || match.index < person.after) continue;
    const said = candidate(person.id, 'reference');
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    const end = match.index + match[0].length;
    const titled = match[0] !== match[1];
    if (!said || (!titled && CAPITALISED_BEFORE.test(before) && !TITLE_BEFORE.test(before))) continue;
    if (CAPITALISED_AFTER.test(text.slice(end, end + 3))) continue;
    found.push({ start: match.index, end, text: match[0], candidates: [said] });
  }
  return found;
}
