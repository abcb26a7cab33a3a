/** What the reading rules' unit tests share. */
import { KnownNameMatcher, type NamedEntity } from './known-names.ts';
import { proposeRelationships } from './relations.ts';

/** A known name, its kind read from the id's prefix ("person:ada" is a PERSON), with the aliases given. */
export const namedEntity = (id: string, name: string, aliases: NamedEntity['aliases'] = []): NamedEntity => ({
  id,
  kind: id.split(':')[0]!.toUpperCase(),
  name,
  retired: false,
  aliases,
  datedNames: [],
});

/**
 * A whole text read as the unseen-text tests compare it: its mentions, the ids of the stakeholders
 * found (sorted), and each proposed relationship as "from TYPE to".
 */
export function readWholeText(atlas: NamedEntity[], text: string, date: string) {
  const mentions = KnownNameMatcher.build(atlas).find(text, date);
  const found = [...new Set(mentions.flatMap((mention) => mention.candidates.map((candidate) => candidate.id)))];
  const proposed = proposeRelationships(text, mentions).map(({ from, type, to }) => `${from} ${type} ${to}`);
  return { mentions, found: found.sort(), proposed };
}

/** What `matcher` and the rules propose from a text, each relationship as "from TYPE to", sorted. */
export const proposedPairs = (matcher: KnownNameMatcher) => (text: string) =>
  proposeRelationships(text, matcher.find(text, null))
    .map(({ from, type, to }) => `${from} ${type} ${to}`)
    .sort();
