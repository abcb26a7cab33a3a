/**
 * Is this the same stakeholder? One matcher for search, for "new stakeholder" and for import.
 * Exact levels (id, name, alias, acronym) mean "matches X"; 'possible' means "possible duplicate of
 * X, because …" and is only ever offered, never merged.
 */
import { distance } from 'fastest-levenshtein';

export type MatchLevel = 'exact-id' | 'exact-identifier' | 'exact-name' | 'alias' | 'acronym' | 'possible';

export interface MatchQuery {
  name: string;
  id?: string | null;
  kind?: string | null;
  /** Official codes in text form ("gss:E06000023"): the same code means the same entity, whatever the name. */
  identifiers?: readonly string[] | null;
}

export interface KnownEntity {
  id: string;
  name: string;
  kind: string;
  aliases: readonly { name: string; kind: string }[];
  /** Its identifiers in text form ("gss:E06000023"); absent when it has none. */
  identifiers?: readonly string[] | null;
}

/** An identifier's text form as matching compares it: scheme and value without case or outer spaces. */
export function identifierKey(text: string): string {
  const colon = text.indexOf(':');
  return colon <= 0
    ? text.trim().toLowerCase()
    : `${text.slice(0, colon).trim().toLowerCase()}:${text
        .slice(colon + 1)
        .trim()
        .toLowerCase()}`;
}

/** The identifier the query and the known entity share, in the entity's text form, or null. */
export function sharedIdentifier(query: MatchQuery, entity: KnownEntity): string | null {
  if (!query.identifiers?.length || !entity.identifiers?.length) return null;
  const asked = new Set(query.identifiers.map(identifierKey));
  return entity.identifiers.find((identifier) => asked.has(identifierKey(identifier))) ?? null;
}

export interface MatchCandidate {
  id: string;
  match: MatchLevel;
  reason: string;
}

/**
 * Well-known expansions the source texts do not spell out (so they cannot be cited aliases yet),
 * and irregular ones no initials rule finds (SOLACE, Socitm, TfL).
 */
export const WELL_KNOWN_EXPANSIONS: readonly { short: string; expansion: string }[] = [
  { short: 'LGA', expansion: 'Local Government Association' },
  { short: 'DCLG', expansion: 'Department for Communities and Local Government' },
  { short: 'GDS', expansion: 'Government Digital Service' },
  { short: 'SOLACE', expansion: 'Society of Local Authority Chief Executives' },
  { short: 'SOLACE', expansion: 'Society of Local Authority Chief Executives and Senior Managers' },
  { short: 'Socitm', expansion: 'Society of Information Technology Management' },
  { short: 'Socitm', expansion: 'Society of IT Management' },
  { short: 'LGD', expansion: 'LocalGov Digital' },
  { short: 'DVLA', expansion: 'Driver and Vehicle Licensing Agency' },
  { short: 'BCS', expansion: 'British Computer Society' },
  { short: 'TfL', expansion: 'Transport for London' },
  { short: 'LCIOC', expansion: 'Local CIO Council' },
];

const LEVEL_ORDER: readonly MatchLevel[] = [
  'exact-id',
  'exact-identifier',
  'exact-name',
  'alias',
  'acronym',
  'possible',
];

/** Folds case, accents, "&" and curly quotes; keeps "." and "-" inside a word ("gov.uk", "it-enabled"). */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’‘`]/g, "'")
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/[^\p{L}\p{N}.\-']/gu, ''))
    .filter((word) => word !== '')
    .join(' ');
}

/** The name with every space and punctuation mark gone: "GOV.UK Verify", "gov uk verify" and "govuk verify" agree. */
export function compactName(name: string): string {
  return normaliseName(name).replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of a name, dotted and hyphenated words split into their parts. */
function wordsOf(name: string): string[] {
  return normaliseName(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

const MINOR_WORDS = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'the', 'to']);

/** Initials of the significant words: "Department for Communities and Local Government" → "DCLG"; null for one word. */
export function acronymOf(name: string): string | null {
  const words = normaliseName(name)
    .split(' ')
    .filter((word) => !MINOR_WORDS.has(word));
  if (words.length < 2) return null;
  return words.map((word) => word[0]!.toUpperCase()).join('');
}

// Words that tell councils apart only by their style, so they are left out of a 'possible' comparison.
const VARIANT_PHRASES = ['london borough of', 'royal borough of'];
const VARIANT_WORDS = new Set(['council', 'borough', 'district', 'city', 'county', 'metropolitan', 'of', 'the']);

function withoutVariants(name: string): { core: string[]; variants: string[] } {
  let text = ` ${wordsOf(name).join(' ')} `;
  const variants: string[] = [];
  for (const phrase of VARIANT_PHRASES) {
    if (text.includes(` ${phrase} `)) {
      variants.push(phrase);
      text = text.replace(` ${phrase} `, ' ');
    }
  }
  const core: string[] = [];
  for (const word of text.trim().split(' ')) {
    if (word === '') continue;
    if (VARIANT_WORDS.has(word)) variants.push(word);
    else core.push(word);
  }
  return { core, variants };
}

/** Two strings one adjacent swap apart ("socitm", "soctim"). */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4) return false;
  const diffs: number[] = [];
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) diffs.push(i);
  return (
    diffs.length === 2 && diffs[1] === diffs[0]! + 1 && a[diffs[0]!] === b[diffs[1]!] && a[diffs[1]!] === b[diffs[0]!]
  );
}

const sortedWords = (name: string) => [...wordsOf(name)].sort().join(' ');
const titleCase = (words: string[]) => words.map((word) => `'${word.replace(/\b\p{L}/gu, (c) => c.toUpperCase())}'`);

/** Why two different names may stand for the same stakeholder, or null when nothing suggests it. */
export function possibleReason(query: string, known: string): string | null {
  const a = compactName(query);
  const b = compactName(known);
  if (a === '' || b === '' || a === b) return null;
  if (wordsOf(query).length > 1 && sortedWords(query) === sortedWords(known))
    return `same words in another order as ${known}`;
  const shorter = Math.min(a.length, b.length);
  const allowed = shorter >= 12 ? 2 : shorter >= 5 ? 1 : 0;
  if (isTransposition(a, b)) return `two letters swapped in ${known}`;
  const apart = allowed > 0 && Math.abs(a.length - b.length) <= allowed ? distance(a, b) : Infinity;
  if (apart <= allowed) return `${apart === 1 ? 'one letter' : 'two letters'} apart from ${known}`;
  const left = withoutVariants(query);
  const right = withoutVariants(known);
  if (left.core.length > 0 && [...left.core].sort().join(' ') === [...right.core].sort().join(' ')) {
    const differing = [
      ...left.variants.filter((word) => !right.variants.includes(word)),
      ...right.variants.filter((word) => !left.variants.includes(word)),
    ];
    if (differing.length > 0) return `differs only by ${titleCase(differing).join(' and ')} from ${known}`;
    return `same words in another order as ${known}`;
  }
  return null;
}

interface NamedAs {
  name: string;
  level: 'exact-name' | 'alias' | 'acronym';
  note: string;
}

/** Every name a known entity answers to: its name, its aliases, and the table's expansions of either. */
function namesOf(entity: KnownEntity): NamedAs[] {
  const names: NamedAs[] = [{ name: entity.name, level: 'exact-name', note: '' }];
  const kindWord: Record<string, string> = { name: 'a name', acronym: 'an acronym', informal: 'an informal name' };
  for (const alias of entity.aliases) {
    names.push({
      name: alias.name,
      level: 'alias',
      note: `'${alias.name}' is ${kindWord[alias.kind] ?? 'a name'} of ${entity.name}`,
    });
  }
  const own = new Set(names.map((named) => compactName(named.name)));
  for (const { short, expansion } of WELL_KNOWN_EXPANSIONS) {
    if (own.has(compactName(short)) && !own.has(compactName(expansion))) {
      names.push({
        name: expansion,
        level: 'acronym',
        note: `'${short}' stands for ${expansion} (well-known expansion)`,
      });
    } else if (own.has(compactName(expansion)) && !own.has(compactName(short))) {
      names.push({ name: short, level: 'acronym', note: `'${short}' stands for ${expansion} (well-known expansion)` });
    }
  }
  return names;
}

function bestMatch(query: MatchQuery, entity: KnownEntity): MatchCandidate | null {
  if (query.id && query.id === entity.id)
    return { id: entity.id, match: 'exact-id', reason: `same id as ${entity.name}` };
  const identifier = sharedIdentifier(query, entity);
  if (identifier)
    return { id: entity.id, match: 'exact-identifier', reason: `same identifier ${identifier} as ${entity.name}` };
  const names = namesOf(entity);
  const asked = compactName(query.name);
  if (asked === '') return null;
  const askedWords = normaliseName(query.name);
  let found: MatchCandidate | null = null;
  const offer = (match: MatchLevel, reason: string) => {
    if (!found || LEVEL_ORDER.indexOf(match) < LEVEL_ORDER.indexOf(found.match))
      found = { id: entity.id, match, reason };
  };
  for (const named of names) {
    if (compactName(named.name) !== asked) continue;
    if (named.level === 'exact-name') {
      offer(
        'exact-name',
        normaliseName(named.name) === askedWords
          ? `same name as ${entity.name}`
          : `same name as ${entity.name}, apart from spacing and punctuation`,
      );
    } else offer(named.level, named.note);
  }
  if (found) return found;
  for (const named of names) {
    const reason = possibleReason(query.name, named.name);
    if (reason) {
      const via = named.level === 'exact-name' ? '' : ` (${named.note})`;
      return { id: entity.id, match: 'possible', reason: `${reason}${via}` };
    }
  }
  // Initials both ways are a guess ("Local Gaming Authority" is LGA too), so only possible; never for people.
  if (entity.kind === 'PERSON' || query.kind === 'PERSON') return null;
  const queryInitials = acronymOf(query.name);
  const oneWord = !query.name.trim().includes(' ');
  for (const named of names) {
    const knownInitials = acronymOf(named.name);
    if (queryInitials && !named.name.includes(' ') && compactName(named.name) === queryInitials.toLowerCase()) {
      return { id: entity.id, match: 'possible', reason: `'${named.name}' may be the acronym of ${query.name.trim()}` };
    }
    if (knownInitials && oneWord && asked === knownInitials.toLowerCase()) {
      return { id: entity.id, match: 'possible', reason: `'${query.name.trim()}' may be the acronym of ${named.name}` };
    }
  }
  return null;
}

/**
 * The known entities the query may stand for, best first: exact id, exact name, alias, acronym,
 * then possible duplicates. Only entities of the query's kind count when it gives one.
 */
export function matchCandidates(query: MatchQuery, known: readonly KnownEntity[]): MatchCandidate[] {
  const candidates: (MatchCandidate & { name: string })[] = [];
  for (const entity of known) {
    if (query.kind && entity.kind !== query.kind && entity.id !== query.id) continue;
    const match = bestMatch(query, entity);
    if (match) candidates.push({ ...match, name: entity.name });
  }
  candidates.sort(
    (a, b) => LEVEL_ORDER.indexOf(a.match) - LEVEL_ORDER.indexOf(b.match) || a.name.localeCompare(b.name),
  );
  return candidates.map(({ id, match, reason }) => ({ id, match, reason }));
}

/** Whether a level says "this is X" rather than "this may be X". */
export const isExactMatch = (match: MatchLevel) => match !== 'possible';

/**
 * The keys a stored name (an entity's or an alias's) is indexed by (index entity_name_keys, exact
 * terms), one for each way matchCandidates can find it: the compact name (exact, and within a typo
 * or two by a fuzzy look-up), its words sorted ("w:", another order), its words without the council
 * style words, sorted ("c:", "differs only by Borough"), and its initials ("i:", acronyms).
 */
export function nameKeys(name: string): string[] {
  const compact = compactName(name);
  if (compact === '') return [];
  const keys = new Set([compact]);
  const words = wordsOf(name);
  if (words.length > 1) keys.add(`w:${[...words].sort().join(' ')}`);
  const { core } = withoutVariants(name);
  if (core.length > 0) keys.add(`c:${[...core].sort().join(' ')}`);
  const initials = acronymOf(name);
  if (initials) keys.add(`i:${initials.toLowerCase()}`);
  return [...keys];
}

/** What to look up in entity_name_keys for a name: exact keys, and the compact name within `edits` typos. */
export interface NameKeyLookup {
  exact: string[];
  fuzzy: { key: string; edits: number } | null;
}

/**
 * The look-ups that find every stored name matchCandidates could match or offer for this one (a
 * superset: the matcher then decides). Typos allowed as possibleReason allows them; from 4 letters,
 * one, for two swapped letters.
 */
export function nameKeyLookup(name: string): NameKeyLookup {
  const compact = compactName(name);
  if (compact === '') return { exact: [], fuzzy: null };
  const exact = new Set(nameKeys(name).filter((key) => !key.startsWith('i:')));
  for (const { short, expansion } of WELL_KNOWN_EXPANSIONS) {
    if (compactName(short) === compact) exact.add(compactName(expansion));
    if (compactName(expansion) === compact) exact.add(compactName(short));
  }
  // Acronyms both ways: a one-word name may be another's initials, a longer one's initials another's name.
  const initials = acronymOf(name);
  if (initials) exact.add(initials.toLowerCase());
  else exact.add(`i:${compact}`);
  const edits = compact.length >= 12 ? 2 : compact.length >= 4 ? 1 : 0;
  return { exact: [...exact], fuzzy: edits > 0 ? { key: compact, edits } : null };
}
