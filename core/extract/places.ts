/**
 * Place names that are not the council: an atlas holding councils with their place names as aliases
 * ("Birmingham" for Birmingham City Council) would read "the conference in Birmingham" as the
 * council. A mention made only by a body's alias, with no word of a body's name in it (Council,
 * Board…), right after "in", "across", "throughout", "around" or "near", names a place, and so does
 * each alias-only mention of the list it opens ("in Leicestershire, Leicester and Rutland"). Such
 * mentions are dropped; the council's own name ("in Birmingham City Council") always counts.
 */
import type { Mention } from './mention.ts';
import { ORG_ENDS } from './name-words.ts';

const LOCATIVE = /\b(?:in|across|throughout|around|near)\s+$/i;
const LIST_JOIN = /^(?:\s*,\s*|\s*,?\s+(?:and|or|&)\s+)$/i;
const BODY_WORD = new RegExp(`\\b(?:${ORG_ENDS}|Councils)\\b`, 'i');

const placeLike = (mention: Mention) =>
  !BODY_WORD.test(mention.text) &&
  mention.candidates.every((candidate) => candidate.via === 'alias' && candidate.kind === 'BODY');

export function withoutPlaces(text: string, mentions: readonly Mention[]): Mention[] {
  const kept: Mention[] = [];
  /** Where the last mention read as a place ends, while a list may go on from it. */
  let placeEnd = -1;
  for (const mention of mentions) {
    const afterPlace = placeEnd >= 0 && LIST_JOIN.test(text.slice(placeEnd, mention.start));
    const afterLocative = LOCATIVE.test(text.slice(Math.max(0, mention.start - 16), mention.start));
    if (placeLike(mention) && (afterLocative || afterPlace)) {
      placeEnd = mention.end;
      continue;
    }
    placeEnd = -1;
    kept.push(mention);
  }
  return kept;
}
