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
export type NamedVia = 'name' | 'alias' | 'acronym' | 'expansion';

export interface MentionCandidate {
  id: string;
  name: string;
  kind: string;
  via: NamedVia;
}

/** A stretch of text that names a stakeholder: [start, end) in UTF-16 units of the text. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  /** Best first; more than one when the form is ambiguous (two stakeholders answer to it). */
  candidates: MentionCandidate[];
}

interface Form {
  /** The form as the entity gives it (for exact-case matching). */
  written: string;
  exactCase: boolean;
  entityId: string;
  via: NamedVia;
  validFrom: string | null;
  validTo: string | null;
  dated: boolean;
}

const VIA_ORDER: readonly NamedVia[] = ['name', 'alias', 'acronym', 'expansion'];
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
  return lower.replace(/[’‘`]/g, "'").replace(/[\s\u00a0]/g, ' ');
}

/**
 * The automaton scans a copy of the text where every unit but printable ASCII is one placeholder (modern-
 * ahocorasick slows down badly on non-ASCII and control characters: 20 KB took half a second); a hit is then
 * checked against the real characters.
 */
const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/g;
const maskForScan = (folded: string) => folded.replace(NOT_PRINTABLE_ASCII, '~');

/** Each name also written with "&" for "and" and back ("Fire & Rescue Service"), and without a bracketed note. */
function spellings(name: string): string[] {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const forms = new Set([trimmed]);
  // A name that carries a note in brackets ("Northern Ireland (devolved administration)") is
  // written without it in running text.
  const bare = trimmed.replace(/\s*\([^()]*\)$/, '');
  if (bare !== trimmed && bare.length >= 3) forms.add(bare);
  if (/ and /i.test(trimmed)) forms.add(trimmed.replace(/ and /gi, ' & '));
  if (/ & /.test(trimmed)) forms.add(trimmed.replace(/ & /g, ' and '));
  return [...forms].filter((form) => form.length >= 2);
}

function formsOf(entity: NamedEntity): Form[] {
  const forms: Form[] = [];
  const dated = new Map(entity.datedNames.map((named) => [named.name, named]));
  const add = (name: string, via: NamedVia, aliasKind: string | null) => {
    const dates = via === 'name' ? undefined : dated.get(name);
    for (const written of spellings(name)) {
      forms.push({
        written,
        exactCase: matchesInExactCase(written, aliasKind),
        entityId: entity.id,
        via: via === 'alias' && aliasKind === 'acronym' ? 'acronym' : via,
        validFrom: dates?.validFrom ?? null,
        validTo: dates?.validTo ?? null,
        dated: dates !== undefined,
      });
    }
  };
  add(entity.name, 'name', null);
  for (const alias of entity.aliases) add(alias.name, 'alias', alias.kind);
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
    return new KnownNameMatcher(new AhoCorasick(patterns), byId, patterns.length);
  }

  /** Every mention in the text at `date` (a partial ISO date; null for any date), in text order. */
  find(text: string, date: string | null): Mention[] {
    const folded = foldForMatching(text);
    const found: Mention[] = [];
    for (const match of this.automaton.iterate(maskForScan(folded), { strategy: 'all' })) {
      if (!atWordBoundary(text, match.start, match.end)) continue;
      const written = text.slice(match.start, match.end);
      const foldedWritten = folded.slice(match.start, match.end);
      const forms = (match.data ?? []).filter(
        (form) =>
          (form.exactCase ? sameExactly(form.written, written) : foldForMatching(form.written) === foldedWritten) &&
          (!form.dated || date === null || overlaps(date, form.validFrom, form.validTo)),
      );
      const candidates = this.candidatesOf(forms);
      if (candidates.length > 0) found.push({ start: match.start, end: match.end, text: written, candidates });
    }
    return longestFirst(found, text.length);
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
  const plain = (value: string) => value.replace(/[’‘`]/g, "'").replace(/[\s\u00a0]/g, ' ');
  return plain(form) === plain(written);
}

function atWordBoundary(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.slice(Math.max(0, start - 2), start) : '';
  const after = text.slice(end, end + 2);
  const lastBefore = before ? [...before].at(-1)! : '';
  const firstAfter = after ? [...after][0]! : '';
  return !(lastBefore && WORD_CHAR.test(lastBefore)) && !(firstAfter && WORD_CHAR.test(firstAfter));
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
