/** How imported rows get their ids, and how the file's words are read as vocabulary words. */
import type { EntityKind } from '../vocabulary.ts';

export const ID_PREFIX: Record<EntityKind, string> = { BODY: 'body', PERSON: 'person', PROGRAMME: 'programme' };
export const ENTITY_ID = /^(body|person|programme):[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const RELATIONSHIP_ID = /^rel:[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG = 60;

/** The id-safe form of a name: "Kent & Medway" → "kent-and-medway". */
export const slugOf = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/g, '') || 'unnamed';

export const localPart = (id: string) => id.slice(id.indexOf(':') + 1);

/** A vocabulary word as files write it: "Local government" and "local_government" are local-government. */
export const asSlug = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A relationship type as files write it: "Member of" is MEMBER_OF. */
export const asTypeName = (text: string) => asSlug(text).replace(/-/g, '_').toUpperCase();

/** A name compared loosely: no case, accents, spaces or punctuation; "&" is "and". */
export const compactKey = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}]/gu, '');
