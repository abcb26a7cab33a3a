/** Entities read: by id, by name keys and identifiers (for matching), and search. */
import { readerOf, type Executor, type Reader } from './executor.ts';
import { InputError } from '../../core/errors.ts';
import {
  identifierKey,
  isExactMatch,
  matchCandidates,
  nameKeyLookup,
  type KnownEntity,
  type MatchCandidate,
} from '../../core/matching.ts';
import { exactNameCandidates, identifiedCandidates } from '../../core/graph/graph-index-names.ts';
import type { GraphIndex } from '../../core/graph/graph-index.ts';
import type { EntityKind } from '../../core/vocabulary.ts';
import type { EntityRow } from './types.ts';
import { withoutNulls } from './validation.ts';

/**
 * An entity as read by its fields' names: the fields it does not have left out (Neo4j stores no
 * nulls, so a row reads as the node is), as when a query read the node whole.
 */
const entityAsStored = (entity: EntityRow) => withoutNulls(entity) as EntityRow;

/** Entities by id, in the order asked, null where there is none (for DataLoader). */
export async function getEntities(executor: Executor, ids: readonly string[]): Promise<(EntityRow | null)[]> {
  const rows = await executor.read<{ entity: EntityRow }>('entities/get-entities', { ids });
  const byId = new Map(rows.map((row) => [row.entity.id, entityAsStored(row.entity)]));
  return ids.map((id) => byId.get(id) ?? null);
}

// Lucene's English stop words are not indexed, so they must not be required terms.
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

/**
 * The Lucene query for a user's search text: every word must match, as a whole word (boosted), as
 * the beginning of a word, or (for longer words) with one typo. Dotted words stay whole ("gov.uk"),
 * as the index's tokenizer keeps them; hyphens split words there and here. Only letters, digits and
 * those inner dots reach Lucene, folded as the index folds them, so no user input is ever parsed as
 * query syntax.
 */
export function searchQuery(text: string): string | null {
  const words = (
    text
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*/gu) ?? []
  ).filter((word) => !STOP_WORDS.has(word));
  if (words.length === 0) return null;
  return words.map((word) => `(${word}^3 OR ${word}*${word.length >= 5 ? ` OR ${word}~1` : ''})`).join(' AND ');
}

function checkName(field: string, text: string): void {
  if (text.trim() === '') throw new InputError(field, 'must not be empty');
  if (text.length > 200) throw new InputError(field, 'must be at most 200 characters');
}

/** Every entity's id, name, kind and aliases: what the matcher compares names with. */
export async function knownEntities(executor: Reader, kinds: readonly EntityKind[] | null): Promise<KnownEntity[]> {
  return executor.read<KnownEntity & Record<string, unknown>>('entities/list-entity-names', { kinds });
}

/** Lucene's limit on clauses in one query; longer lists of keys are looked up in chunks. */
const KEYS_PER_QUERY = 500;

/** A Lucene query for exact keys: each quoted whole, so no input is parsed as query syntax. */
export function exactKeysQuery(keys: readonly string[]): string {
  return keys.map((key) => `"${key.replace(/["\\]/g, '\\$&')}"`).join(' OR ');
}

/**
 * Live entities having any of the identifiers (text forms, "gss:E06000023", or bare values,
 * "E06000023"), whatever their case, through the index entity_identifiers.
 */
export async function entitiesWithIdentifiers(
  reader: Reader,
  identifiers: readonly string[],
  kinds: readonly EntityKind[] | null,
): Promise<KnownEntity[]> {
  const keys = [...new Set(identifiers.map(identifierKey).filter((key) => key !== ''))];
  const found = new Map<string, KnownEntity>();
  for (let start = 0; start < keys.length; start += KEYS_PER_QUERY) {
    const query = exactKeysQuery(keys.slice(start, start + KEYS_PER_QUERY));
    const rows = await reader.read<KnownEntity & Record<string, unknown>>('entities/find-by-identifiers', {
      query,
      kinds,
    });
    for (const row of rows) found.set(row.id, row);
  }
  return [...found.values()];
}

/** How many entities the full-text index offers the matcher for one name. */
const NAME_CANDIDATES = 200;

/**
 * The Lucene clauses over entity_name_keys that find every stored name the matcher could match or
 * offer for this one (core/matching.ts nameKeyLookup): its keys exactly, quoted, and its compact
 * name within a typo or two (letters and digits only, so no input is parsed as query syntax), at
 * most maxEdits: Lucene builds an automaton per fuzzy term, and one for two typos costs several
 * times one for one typo.
 */
export function nameKeysQuery(name: string, maxEdits = 2): string | null {
  const { exact, fuzzy } = nameKeyLookup(name);
  const clauses = exact.map((key) => `nameKeys:${exactKeysQuery([key])}`);
  if (fuzzy) clauses.push(`nameCompact:${fuzzy.key}~${Math.min(fuzzy.edits, maxEdits)}`);
  return clauses.length === 0 ? null : clauses.join(' OR ');
}

/** The entities with a name or alias the matcher may match with this one (index entity_name_keys), with their names and aliases. */
export async function nameCandidates(
  reader: Reader,
  name: string,
  kinds: readonly EntityKind[] | null,
): Promise<KnownEntity[]> {
  const query = nameKeysQuery(name);
  if (query === null) return [];
  return reader.read<KnownEntity & Record<string, unknown>>('entities/find-name-candidates', {
    query,
    kinds,
    limit: NAME_CANDIDATES,
  });
}

/** How many entities the index offers for each name of an upload, at most (fewer than for one name). */
const NAME_CANDIDATES_PER_ROW = 25;
/** Names per index look-up: their clauses stay under Lucene's limit of 1,024 per query. */
const NAMES_PER_LOOKUP = 100;

/**
 * The entities the index finds for any of many names (an upload's), in one query: one index
 * look-up per hundred names, what the import preview compares its rows with instead of every name.
 * Within one typo only (a long name two typos away is found by its other keys, or not offered):
 * two per name made the preview of a hundred names several times slower (docs/performance.md).
 */
export async function namesCandidates(reader: Reader, names: Iterable<string>): Promise<KnownEntity[]> {
  const queries = [...new Set([...names].flatMap((name) => nameKeysQuery(name, 1) ?? []))];
  if (queries.length === 0) return [];
  const lookups: { query: string; limit: number }[] = [];
  for (let start = 0; start < queries.length; start += NAMES_PER_LOOKUP) {
    const some = queries.slice(start, start + NAMES_PER_LOOKUP);
    lookups.push({ query: some.join(' OR '), limit: some.length * NAME_CANDIDATES_PER_ROW });
  }
  return reader.read<KnownEntity & Record<string, unknown>>('entities/find-names-candidates', { lookups });
}

/** What a search found: ids best first, and the entities among them it has already read. */
export interface SearchResult {
  ids: string[];
  read: EntityRow[];
}

/** A text that may be an official code ("E06000023", "gss:E06000023"): one word of two or more characters. */
const codeLike = (text: string) => /^\S{2,}$/.test(text.trim());

/**
 * Entities whose identifier, name, alias or acronym matches, best first: an identifier exactly,
 * then the matcher's exact, alias and well-known expansion matches (which the full-text index cannot
 * see: "Local Government Association" for LGA), then the full-text index's hits; read whole in the
 * same query. With the graph index (at the version the request read), identifiers and exact names
 * come from memory and the search is that one query; without it, the name candidates are read first,
 * in the same transaction.
 */
export async function searchEntities(
  executor: Executor,
  text: string,
  kinds: readonly EntityKind[] | null | undefined,
  first: number,
  index: GraphIndex | null = null,
): Promise<SearchResult> {
  checkName('text', text);
  if (!Number.isInteger(first) || first < 1 || first > 100) throw new InputError('first', 'must be from 1 to 100');
  const wanted = kinds ?? null;
  const coded = codeLike(text) ? identifierKey(text.trim()) : '';
  const exactIds = (known: KnownEntity[]) =>
    matchCandidates({ name: text }, known)
      .filter((candidate) => isExactMatch(candidate.match))
      .map((candidate) => candidate.id);
  const search = (reader: Reader, ids: string[], identifierQuery: string | null) =>
    reader.read<{ entity: EntityRow }>('entities/search-entities', {
      query: searchQuery(text),
      identifierQuery,
      ids: [...new Set(ids)],
      kinds: wanted,
      first,
    });
  const rows = index
    ? await search(
        executor,
        [
          ...(coded ? identifiedCandidates(index, coded, wanted) : []),
          ...exactIds(exactNameCandidates(index, text, wanted)),
        ],
        null,
      )
    : // Both reads in one transaction: one session and one commit.
      await executor.readTransaction(async (tx) => {
        const reader = readerOf(tx);
        const known = await nameCandidates(reader, text, wanted);
        return search(reader, exactIds(known), coded ? exactKeysQuery([coded]) : null);
      });
  const read = rows.map((row) => entityAsStored(row.entity));
  return { ids: read.map((entity) => entity.id), read };
}

/** Existing entities a stakeholder named so may be, best first (core/matching.ts); at most 10. */
export async function matchEntities(
  executor: Executor,
  name: string,
  kind: EntityKind | null | undefined,
): Promise<MatchCandidate[]> {
  checkName('name', name);
  const known = await nameCandidates(executor, name, kind ? [kind] : null);
  return matchCandidates({ name, kind }, known).slice(0, 10);
}
