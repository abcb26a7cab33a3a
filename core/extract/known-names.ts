/**
 * Finds the stakeholders the atlas holds in a text: one Aho–Corasick automaton over every name,
 * alias and well-known expansion (built once per graph version and shared), then the rules:
 * - acronyms ("LGA", "TfL", "GOV.UK") match in exact case, other names ignoring case;
 * - a match must start and end at a word boundary (no letter or digit either side);
 * - a dated name matches only at a date it was valid (undated names always);
 * - overlapping matches are resolved longest first;
 * - a form more than one stakeholder answers to stays one mention with every candidate.
 */
import AhoCorasick from 'modern-ahocorasick';
import { overlaps } from '../dates.ts';
import { acronymOf, WELL_KNOWN_EXPANSIONS } from '../matching.ts';
import type { Mention, MentionCandidate, NamedVia } from './mention.ts';
import { counted } from './counted.ts';
import { buildReferenceIndex, references, type ReferenceIndex } from './references.ts';
import { surnames } from './surnames.ts';
import { withoutPlaces } from './places.ts';

/** What the matcher needs of an entity: the graph index's IndexedEntity fits. */
export interface NamedEntity {
  id: string;
  kind: string;
  name: string;
  retired: boolean;
  aliases: readonly { name: string; kind: string }[];
  /** Its aliases of kind "name" with a date at either end. */
  datedNames: readonly { name: string; validFrom: string | null; validTo: string | null }[];
}

/** How a mention names its candidate. */
export type { Mention, MentionCandidate, NamedVia } from './mention.ts';

interface Form {
  /** The form as the entity gives it (for exact-case matching). */
  written: string;
  exactCase: boolean;
  entityId: string;
  via: NamedVia;
  validFrom: string | null;
  validTo: string | null;
  dated: boolean;
  /** The plural of a note several stakeholders share ("the devolved administrations"): names them all. */
  collective?: true;
}

const VIA_ORDER: readonly NamedVia[] = ['name', 'alias', 'acronym', 'expansion', 'reference', 'description'];
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * An acronym matches in exact case: alias kind "acronym", or one word with two or more capitals
 * ("LGA", "TfL", "GOV.UK", "SOLACE"). Informal aliases ("the Board") too, so a common word is not
 * read as a stakeholder wherever it appears in lower case.
 */
export function matchesInExactCase(form: string, aliasKind: string | null): boolean {
  if (aliasKind === 'acronym' || aliasKind === 'informal') return true;
  return !/\s/.test(form) && (form.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** Same length as the input, so offsets agree: lower case, one kind of apostrophe and space. */
export function foldForMatching(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    // A few characters lower to two units (İ): fold unit by unit, keeping those as they are.
    let folded = '';
    for (const unit of text) {
      const low = unit.toLowerCase();
      folded += low.length === unit.length ? low : unit;
    }
    lower = folded;
  }
  return (
    lower
      // One unit for one unit: a letter with a diacritic as its base letter ("née" as "nee").
      .replace(/[\u00c0-\u024f]/g, (unit) => {
        const base = unit.normalize('NFD')[0]!;
        return /[a-z]/.test(base) ? base : unit;
      })
      .replace(/[’‘`]/g, "'")
      // A hyphen as a space ("closed-door" as "closed door").
      .replace(/[\s\u00a0\u2010\u2011-]/g, ' ')
      // A possessive's apostrophe after its s ("school's services" as "schools' services").
      .replace(/(?<=\p{L})'s(?!\p{L})/gu, "s'")
  );
}

/**
 * The automaton scans a copy of the text where every unit but printable ASCII is one placeholder (modern-
 * ahocorasick slows down badly on non-ASCII and control characters: 20 KB took half a second); a hit is then
 * checked against the real characters.
 */
const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/g;
const maskForScan = (folded: string) => folded.replace(NOT_PRINTABLE_ASCII, '~');

/**
 * Each name also written with "&" for "and" and back ("Fire & Rescue Service"), without a bracketed
 * note, and a gerund-led theme of three words or more with the plain verb ("Restoring trust in the
 * public sector" as "restore trust in the public sector"; not "Reading Borough Council": a lower-case word
 * follows the gerund).
 */
function spellings(name: string): string[] {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const forms = new Set([trimmed]);
  // A name that carries a note in brackets ("Northern Ireland (devolved administration)") is
  // written without it in running text.
  const bare = trimmed.replace(/\s*\([^()]*\)$/, '');
  if (bare !== trimmed && bare.length >= 3) forms.add(bare);
  if (/ and /i.test(trimmed)) forms.add(trimmed.replace(/ and /gi, ' & '));
  if (/ & /.test(trimmed)) forms.add(trimmed.replace(/ & /g, ' and '));
  const gerund = /^(\p{L}{3,}?)ing( \p{Ll}\S* \S+.*)$/u.exec(bare);
  if (gerund) {
    const [, stem, rest] = gerund as unknown as [string, string, string];
    for (const verb of [stem, `${stem}e`, /(\p{L})\1$/u.test(stem) ? stem.slice(0, -1) : stem]) forms.add(verb + rest);
  }
  return [...forms].filter((form) => form.length >= 2);
}

/**
 * How an acronym is also written: with dots ("G.D.S"), and, when it is said as a word (four
 * capitals or more, two of them vowels: SOLACE, NATO), in title case as house styles write it
 * ("Solace", "Nato"). Both in exact case.
 */
function acronymSpellings(written: string): string[] {
  if (!/^\p{Lu}{2,8}$/u.test(written)) return [];
  const forms = [[...written].join('.')];
  if (written.length >= 4 && (written.match(/[AEIOU]/g)?.length ?? 0) >= 2)
    forms.push(written[0] + written.slice(1).toLowerCase());
  return forms;
}

/** Words a note cannot open with and still say what the stakeholder is ("as a group", "about 2013"). */
const NOT_A_TYPE =
  /^(?:a|an|the|as|about|at|by|for|from|in|of|on|to|with|and|or|see|now|formerly|chaired|author|e\.g|i\.e)$/;

/**
 * The note a name carries in brackets when it says what the stakeholder is, in two or three
 * lower-case words ("UK Government (central government)", "Wales (devolved administration)"): the
 * text may call it that. Not a date, a place in a text or a remark ("about 2013", "as a group").
 */
function typeNote(name: string): string | null {
  const note = /\(([^()]*)\)$/.exec(name.trim())?.[1]?.trim();
  if (!note || !/^\p{Ll}{3,}(?: \p{Ll}{2,}){1,2}$/u.test(note)) return null;
  return NOT_A_TYPE.test(note.split(' ')[0]!) ? null : note;
}

/** The English plural of a note's last word ("administration" → "administrations", "body" → "bodies"). */
function pluralOf(note: string): string {
  if (/[^aeiou]y$/.test(note)) return `${note.slice(0, -1)}ies`;
  return /(?:s|x|z|ch|sh)$/.test(note) ? `${note}es` : `${note}s`;
}

function formsOf(entity: NamedEntity): Form[] {
  const forms: Form[] = [];
  const dated = new Map(entity.datedNames.map((named) => [named.name, named]));
  const add = (name: string, via: NamedVia, aliasKind: string | null) => {
    const dates = via === 'name' ? undefined : dated.get(name);
    const form = (written: string, exactCase: boolean): Form => ({
      written,
      exactCase,
      entityId: entity.id,
      via: via === 'alias' && aliasKind === 'acronym' ? 'acronym' : via,
      validFrom: dates?.validFrom ?? null,
      validTo: dates?.validTo ?? null,
      dated: dates !== undefined,
    });
    for (const written of spellings(name)) {
      const exactCase = matchesInExactCase(written, aliasKind);
      forms.push(form(written, exactCase));
      if (exactCase) for (const spelled of acronymSpellings(written)) forms.push(form(spelled, true));
    }
  };
  add(entity.name, 'name', null);
  for (const alias of entity.aliases) add(alias.name, 'alias', alias.kind);
  const note = typeNote(entity.name);
  if (note) {
    const described = { exactCase: false, entityId: entity.id, via: 'description' as const, dated: false };
    const undated = { ...described, validFrom: null, validTo: null };
    forms.push({ ...undated, written: note }, { ...undated, written: pluralOf(note), collective: true });
  }
  const own = new Set([entity.name, ...entity.aliases.map((alias) => alias.name)].map((name) => name.toLowerCase()));
  // An entity whose own name spells the acronym out another way ("Legal Governance Alliance", LGA)
  // is not given the well-known expansion of it.
  const spelledOut = new Set([entity.name, ...entity.aliases.map((alias) => alias.name)].map(acronymOf));
  for (const { short, expansion } of WELL_KNOWN_EXPANSIONS) {
    if (own.has(short.toLowerCase()) && !own.has(expansion.toLowerCase())) {
      if (!spelledOut.has(short.toUpperCase())) add(expansion, 'expansion', null);
    } else if (own.has(expansion.toLowerCase()) && !own.has(short.toLowerCase())) add(short, 'expansion', 'acronym');
  }
  return forms;
}

export class KnownNameMatcher {
  private constructor(
    private readonly automaton: AhoCorasick<Form[]>,
    private readonly entities: ReadonlyMap<string, NamedEntity>,
    private readonly referenceIndex: ReferenceIndex,
    /** How many distinct forms it holds. */
    readonly size: number,
  ) {}

  /** One automaton over every live entity's forms (retired entities are left out). */
  static build(entities: Iterable<NamedEntity>): KnownNameMatcher {
    const byKey = new Map<string, Form[]>();
    const byId = new Map<string, NamedEntity>();
    for (const entity of entities) {
      if (entity.retired) continue;
      byId.set(entity.id, entity);
      for (const form of formsOf(entity)) {
        const key = maskForScan(foldForMatching(form.written));
        const list = byKey.get(key);
        if (list) list.push(form);
        else byKey.set(key, [form]);
      }
    }
    const patterns = [...byKey].map(([pattern, data]) => ({ pattern, data }));
    const ownersOf = (prefix: string) =>
      new Set((byKey.get(maskForScan(foldForMatching(prefix))) ?? []).map((form) => form.entityId));
    const referenceIndex = buildReferenceIndex(byId.values(), ownersOf);
    return new KnownNameMatcher(new AhoCorasick(patterns), byId, referenceIndex, patterns.length);
  }

  /** Every mention in the text at `date` (a partial ISO date; null for any date), in text order. */
  find(text: string, date: string | null): Mention[] {
    const folded = foldForMatching(text);
    const found: Mention[] = [];
    const glued: Mention[] = [];
    for (const match of this.automaton.iterate(maskForScan(folded), { strategy: 'all' })) {
      const written = text.slice(match.start, match.end);
      const foldedWritten = folded.slice(match.start, match.end);
      const forms = (match.data ?? []).filter(
        (form) =>
          (form.exactCase ? sameExactly(form.written, written) : foldForMatching(form.written) === foldedWritten) &&
          (!form.dated || date === null || overlaps(date, form.validFrom, form.validTo)),
      );
      const candidates = this.candidatesOf(forms);
      if (candidates.length === 0) continue;
      const mention: Mention = { start: match.start, end: match.end, text: written, candidates };
      if (forms.every((form) => form.collective)) {
        // A plural names several; one stakeholder with that note is no plural of it.
        if (candidates.length < 2) continue;
        mention.collective = true;
      }
      if (atWordBoundary(text, match.start, match.end)) found.push(mention);
      else glued.push(mention);
    }
    const named = withoutPlaces(text, longestFirst([...found, ...runTogether(text, glued)], text.length));
    keepProgrammesWithin(found, named);
    const candidate = (id: string, via: NamedVia) => {
      const entity = this.entities.get(id);
      return entity ? { id, name: entity.name, kind: entity.kind, via } : null;
    };
    const described = [...references(text, named, this.referenceIndex, candidate), ...surnames(text, named, candidate)];
    const all = longestFirst([...named, ...described], text.length);
    const counts = counted(text, all, candidate);
    return counts.length === 0 ? all : longestFirst([...all, ...counts], text.length);
  }

  private candidatesOf(forms: Form[]): MentionCandidate[] {
    const best = new Map<string, NamedVia>();
    for (const form of forms) {
      const known = best.get(form.entityId);
      if (!known || VIA_ORDER.indexOf(form.via) < VIA_ORDER.indexOf(known)) best.set(form.entityId, form.via);
    }
    return [...best]
      .map(([id, via]) => {
        const entity = this.entities.get(id)!;
        return { id, name: entity.name, kind: entity.kind, via };
      })
      .sort((a, b) => VIA_ORDER.indexOf(a.via) - VIA_ORDER.indexOf(b.via) || a.id.localeCompare(b.id));
  }
}

/** Exact case, apart from the kind of apostrophe and space. */
function sameExactly(form: string, written: string): boolean {
  const plain = (value: string) => value.replace(/[’‘`]/g, "'").replace(/[\s\u00a0\u2010\u2011-]/g, ' ');
  return plain(form) === plain(written);
}

const startsWord = (text: string, start: number) =>
  start === 0 || !WORD_CHAR.test([...text.slice(Math.max(0, start - 2), start)].at(-1)!);
const endsWord = (text: string, end: number) =>
  end >= text.length || !WORD_CHAR.test([...text.slice(end, end + 2)][0]!);
const atWordBoundary = (text: string, start: number, end: number) => startsWord(text, start) && endsWord(text, end);

/**
 * Names run together with nothing between, as scraped logo lists give them
 * ("DCLGSolaceLocalGov DigitaliNetworkiStandtechUK"): a stretch from one word boundary to the next
 * that known names cover end to end, two or more of them, each joint before a capital ("…DCLGSolace…")
 * or a name written in a case of its own ("…DigitaliNetwork…", "…iStandtechUK"). "LGAs" or "MyLGA" are no such stretch: "s" and "My" name nobody.
 */
function runTogether(text: string, glued: Mention[]): Mention[] {
  if (glued.length < 2) return [];
  const byStart = new Map<number, Mention[]>();
  for (const piece of glued) byStart.set(piece.start, [...(byStart.get(piece.start) ?? []), piece]);
  const joins = (piece: Mention) => /^\p{Ll}*\p{Lu}/u.test(piece.text);
  const found: Mention[] = [];
  for (const first of glued) {
    if (!startsWord(text, first.start)) continue;
    // The chain with the fewest pieces: a breadth-first walk from one piece's end to the next's start.
    const chains: Mention[][] = [[first]];
    for (let at = 0; at < chains.length && at < 64; at++) {
      const chain = chains[at]!;
      const last = chain.at(-1)!;
      if (chain.length >= 2 && endsWord(text, last.end)) {
        found.push(...chain);
        break;
      }
      for (const next of byStart.get(last.end) ?? []) if (joins(next)) chains.push([...chain, next]);
    }
  }
  return found;
}

/** On each kept programme, the programmes whose names open or end its own (`Mention.within`). */
function keepProgrammesWithin(found: readonly Mention[], kept: readonly Mention[]): void {
  const isProgramme = (mention: Mention) => mention.candidates[0]!.kind === 'PROGRAMME';
  const byEdge = new Map<string, Mention[]>();
  for (const mention of found) {
    if (mention.candidates.length !== 1 || !isProgramme(mention)) continue;
    for (const edge of [`s${mention.start}`, `e${mention.end}`])
      byEdge.set(edge, [...(byEdge.get(edge) ?? []), mention]);
  }
  if (byEdge.size === 0) return;
  for (const mention of kept) {
    if (!isProgramme(mention)) continue;
    const inner = [...(byEdge.get(`s${mention.start}`) ?? []), ...(byEdge.get(`e${mention.end}`) ?? [])].filter(
      (other) =>
        other.end - other.start < mention.end - mention.start && other.candidates[0]!.id !== mention.candidates[0]!.id,
    );
    if (inner.length > 0) mention.within = inner.map((other) => other.candidates[0]!);
  }
}

/** Keeps the longest of overlapping mentions (the earlier of equal ones), in text order. */
function longestFirst(mentions: Mention[], textLength: number): Mention[] {
  const taken = new Uint8Array(textLength);
  const kept: Mention[] = [];
  const order = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const mention of order) {
    let free = true;
    for (let at = mention.start; at < mention.end && free; at++) free = taken[at] === 0;
    if (!free) continue;
    taken.fill(1, mention.start, mention.end);
    kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}
