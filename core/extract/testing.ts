/**
 * Stakeholders for the reading rules' unit tests: a known name, its kind read from the id's prefix
 * ("person:ada" is a PERSON), with the aliases given.
 */
import type { NamedEntity } from './known-names.ts';

export const namedEntity = (id: string, name: string, aliases: NamedEntity['aliases'] = []): NamedEntity => ({
  id,
  kind: id.split(':')[0]!.toUpperCase(),
  name,
  retired: false,
  aliases,
  datedNames: [],
});
