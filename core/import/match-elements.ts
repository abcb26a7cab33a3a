/**
 * Element drafts → entities, matched against the atlas: an exact match (the same id, name, alias or
 * well-known expansion, of the same kind) joins the existing stakeholder; a fuzzy candidate is a
 * possible duplicate, imported as new unless the user decides; a new row gets a stable id.
 */
import { endsBeforeStart } from '../dates.ts';
import {
  identifierKey,
  isExactMatch,
  matchCandidates,
  WELL_KNOWN_EXPANSIONS,
  type KnownEntity,
  type MatchCandidate,
} from '../matching.ts';
import { entitySchema, type Entity } from '../records.ts';
import type { EntityKind } from '../vocabulary.ts';
import { compactKey, ENTITY_ID, ID_PREFIX, slugOf } from './ids.ts';
import type { ElementDraft, LeftOutRows } from './map-elements.ts';
import type { Problem } from './problems.ts';

export type StakeholderOutcome =
  | { kind: 'new' }
  | { kind: 'matches'; entityId: string; reason: string; decided: boolean }
  | { kind: 'possible-duplicate'; entityId: string; reason: string };

/** What the import does with one element row. */
export interface StakeholderRow {
  /** "file: at", the key of a decision. */
  row: string;
  name: string;
  kind: EntityKind;
  /** The entity the row becomes or joins. */
  entityId: string;
  outcome: StakeholderOutcome;
}

export interface MapContext {
  /** Entities already in the atlas, to match rows against. */
  known: readonly KnownEntity[];
  /** The source each file's facts cite. */
  sourceOf: (file: string) => string;
  /**
   * The user's decisions by row ("file: at"): an existing entity's id ("this is X") or "new"
   * ("a different stakeholder"). A possible duplicate without a decision is imported as new.
   */
  decisions?: ReadonlyMap<string, string>;
  /** Rows × known entities above which possible duplicates are not looked for (exact matches still are). */
  fuzzyLimit?: number;
}

/** A connection's end (the file's id or a name) → the entity it is, or why not. */
export type EndResolver = (value: string) => string | null | 'ambiguous';

export interface MatchedElements {
  entities: Entity[];
  stakeholders: StakeholderRow[];
  /** The drafts that became or joined a stakeholder, with its id. */
  placed: { draft: ElementDraft; entityId: string }[];
  resolveEnd: EndResolver;
  lookedForDuplicates: boolean;
}

/** Identifiers share the exact index with names, under keys no compact name can take. */
const identifierIndexKey = (text: string) => `\u0001${identifierKey(text)}`;

/** A row's identifiers in text form, as its record holds them (text or scheme and value). */
function draftIdentifiers(draft: ElementDraft): string[] {
  const identifiers = draft.record.identifiers;
  if (!Array.isArray(identifiers)) return [];
  return identifiers.flatMap((item: unknown) => {
    if (typeof item === 'string') return [item];
    const { scheme, value } = (item ?? {}) as { scheme?: unknown; value?: unknown };
    return typeof scheme === 'string' && typeof value === 'string' ? [`${scheme}:${value}`] : [];
  });
}

/** Known entities by their codes, in text form ("gss:e06000023") and bare ("e06000023"), as cells name them. */
function knownByCode(known: readonly KnownEntity[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const entity of known) {
    for (const identifier of entity.identifiers ?? []) {
      for (const key of [identifierKey(identifier), identifierKey(identifier.slice(identifier.indexOf(':') + 1))]) {
        index.set(key, (index.get(key) ?? new Set()).add(entity.id));
      }
    }
  }
  return index;
}

/** Compact names (and ids) of known entities → the entities answering to each, with why. */
type ExactIndex = Map<string, Map<string, { kind: string; reason: string }>>;

function buildExactIndex(known: readonly KnownEntity[]): ExactIndex {
  const index: ExactIndex = new Map();
  const add = (key: string, entity: KnownEntity, reason: string) => {
    if (key === '') return;
    const entry = index.get(key) ?? new Map<string, { kind: string; reason: string }>();
    if (!entry.has(entity.id)) entry.set(entity.id, { kind: entity.kind, reason });
    index.set(key, entry);
  };
  for (const entity of known) {
    for (const identifier of entity.identifiers ?? [])
      add(identifierIndexKey(identifier), entity, `same identifier ${identifier} as ${entity.name}`);
    const own = [entity.name, ...entity.aliases.map((alias) => alias.name)].map(compactKey);
    add(compactKey(entity.name), entity, `same name as ${entity.name}`);
    for (const alias of entity.aliases)
      add(compactKey(alias.name), entity, `'${alias.name}' is a name of ${entity.name}`);
    for (const { short, expansion } of WELL_KNOWN_EXPANSIONS) {
      const reason = `'${short}' stands for ${expansion} (well-known expansion)`;
      if (own.includes(compactKey(short))) add(compactKey(expansion), entity, reason);
      if (own.includes(compactKey(expansion))) add(compactKey(short), entity, reason);
    }
  }
  return index;
}

/** The existing entity a row is: by the file's id, or by name, alias or well-known expansion (of its kind). */
function exactMatch(
  index: ExactIndex,
  knownById: ReadonlyMap<string, KnownEntity>,
  draft: ElementDraft,
): MatchCandidate | null {
  const sameId = draft.fileId === undefined ? undefined : knownById.get(draft.fileId);
  if (sameId && sameId.kind === draft.kind)
    return { id: sameId.id, match: 'exact-id', reason: `same id as ${sameId.name}` };
  for (const identifier of draftIdentifiers(draft)) {
    const entries = [...(index.get(identifierIndexKey(identifier))?.entries() ?? [])];
    if (entries.length === 1) return { id: entries[0]![0], match: 'exact-identifier', reason: entries[0]![1].reason };
  }
  const sameKind = [...(index.get(compactKey(draft.name)) ?? new Map()).entries()].filter(
    ([, entry]) => entry.kind === draft.kind,
  );
  if (sameKind.length !== 1) return null;
  const [id, entry] = sameKind[0]!;
  return { id, match: 'exact-name', reason: entry.reason };
}

/** The first row of each file id stands; later ones are reported and left out. */
function withoutDuplicateIds(
  drafts: ElementDraft[],
  idColumn: string | undefined,
  problems: Problem[],
): ElementDraft[] {
  const seen = new Map<string, string>();
  return drafts.filter((draft) => {
    if (draft.fileId === undefined) return true;
    const key = `${draft.file}\u0000${draft.fileId}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: draft.file,
        record: draft.at,
        field: idColumn!,
        reason: `duplicate id "${draft.fileId}" (also ${first})`,
      });
      return false;
    }
    seen.set(key, draft.at);
    return true;
  });
}

/** The checked entity a new row becomes, or null after reporting why it cannot be one. */
function newEntity(draft: ElementDraft, id: string, source: string, problems: Problem[]): Entity | null {
  const citation = { source, quote: `${draft.file}, ${draft.at}` };
  const record: Record<string, unknown> = { ...draft.record, id, citations: [citation] };
  if (draft.record.aliases) {
    record.aliases = (draft.record.aliases as Record<string, unknown>[]).map((alias) => ({
      ...alias,
      citations: [citation],
    }));
  }
  const parsed = entitySchema.safeParse(record);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      problems.push({
        file: draft.file,
        record: draft.at,
        field: draft.columns[field] ?? field,
        reason: issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message,
      });
    }
    return null;
  }
  const entity = parsed.data as Entity;
  if (entity.kind !== 'PERSON' && endsBeforeStart(entity.validFrom, entity.validTo)) {
    problems.push({
      file: draft.file,
      record: draft.at,
      field: draft.columns.validTo ?? 'validTo',
      reason: `ends (${entity.validTo}) before it starts (${entity.validFrom})`,
    });
    return null;
  }
  return entity;
}

/** Ends by the file's id, else by name or code in the file, else by id, code or exact name in the atlas. */
function endResolver(
  file: { byFileId: Map<string, string>; byName: Map<string, string[]>; byCode: Map<string, string> },
  known: readonly KnownEntity[],
  knownById: ReadonlyMap<string, KnownEntity>,
  exactIndex: ExactIndex,
): EndResolver {
  const knownCodes = knownByCode(known);
  return (value) => {
    const byId = file.byFileId.get(value);
    if (byId) return byId;
    const named = file.byName.get(value.trim().toLowerCase());
    if (named) return new Set(named).size === 1 ? named[0]! : 'ambiguous';
    const coded = file.byCode.get(identifierKey(value));
    if (coded) return coded;
    if (knownById.has(value)) return value;
    const knownCoded = knownCodes.get(identifierKey(value));
    if (knownCoded) return knownCoded.size === 1 ? [...knownCoded][0]! : 'ambiguous';
    const exact = exactIndex.get(compactKey(value));
    if (exact && exact.size === 1) return [...exact.keys()][0]!;
    return exact && exact.size > 1 ? 'ambiguous' : null;
  };
}

export function matchElements(
  allDrafts: ElementDraft[],
  context: MapContext,
  { idColumn, problems, leftOut }: { idColumn: string | undefined; problems: Problem[]; leftOut: LeftOutRows },
): MatchedElements {
  const exactIndex = buildExactIndex(context.known);
  const knownById = new Map(context.known.map((entity) => [entity.id, entity]));
  const fuzzy = allDrafts.length * context.known.length <= (context.fuzzyLimit ?? 5_000_000);
  const usedIds = new Set<string>();
  const stakeholders: StakeholderRow[] = [];
  const entities: Entity[] = [];
  const byFileId = new Map<string, string>();
  const byName = new Map<string, string[]>();
  const byCode = new Map<string, string>();
  const placed: MatchedElements['placed'] = [];

  const uniqueId = (proposed: string, draft: ElementDraft): string => {
    const taken = (id: string) => usedIds.has(id) || knownById.has(id);
    if (!taken(proposed)) return proposed;
    const suffix = slugOf(draft.fileId ?? draft.at);
    let id = `${proposed}-${suffix}`.replace(/-+/g, '-');
    for (let n = 2; taken(id); n += 1) id = `${proposed}-${suffix}-${n}`;
    return id;
  };

  for (const draft of withoutDuplicateIds(allDrafts, idColumn, problems)) {
    const proposedId =
      ENTITY_ID.test(draft.fileId ?? '') && draft.fileId!.startsWith(`${ID_PREFIX[draft.kind]}:`)
        ? draft.fileId!
        : `${ID_PREFIX[draft.kind]}:${slugOf(draft.name)}`;
    const decision = context.decisions?.get(draft.row);
    let outcome: StakeholderOutcome = { kind: 'new' };
    let entityId: string;
    const exact = decision === 'new' ? null : exactMatch(exactIndex, knownById, draft);
    if (decision && decision !== 'new') {
      if (!knownById.has(decision)) {
        problems.push({
          file: draft.file,
          record: draft.at,
          field: '',
          reason: `the decision names "${decision}", which is not a stakeholder in the atlas`,
        });
        continue;
      }
      entityId = decision;
      outcome = { kind: 'matches', entityId: decision, reason: 'chosen by the user', decided: true };
    } else if (exact) {
      entityId = exact.id;
      outcome = { kind: 'matches', entityId: exact.id, reason: exact.reason, decided: false };
    } else {
      const possible =
        decision === undefined && fuzzy
          ? matchCandidates({ name: draft.name, kind: draft.kind }, context.known).find(
              // Exact levels were looked up above; several same-named entities leave only possibles.
              (candidate) => !isExactMatch(candidate.match) || candidate.match === 'exact-name',
            )
          : undefined;
      if (possible) outcome = { kind: 'possible-duplicate', entityId: possible.id, reason: possible.reason };
      entityId = uniqueId(proposedId, draft);
      const entity = newEntity(draft, entityId, context.sourceOf(draft.file), problems);
      if (!entity) {
        for (const value of [draft.fileId, draft.name]) {
          if (value !== undefined) leftOut.set(value.trim().toLowerCase(), `${draft.file}, ${draft.at}`);
        }
        continue;
      }
      entities.push(entity);
    }
    usedIds.add(entityId);
    stakeholders.push({ row: draft.row, name: draft.name, kind: draft.kind, entityId, outcome });
    placed.push({ draft, entityId });
    if (draft.fileId !== undefined) byFileId.set(draft.fileId, entityId);
    for (const identifier of draftIdentifiers(draft)) {
      byCode.set(identifierKey(identifier), entityId);
      byCode.set(identifierKey(identifier.slice(identifier.indexOf(':') + 1)), entityId);
    }
    const nameKey = draft.name.trim().toLowerCase();
    byName.set(nameKey, [...(byName.get(nameKey) ?? []), entityId]);
  }

  const resolveEnd = endResolver({ byFileId, byName, byCode }, context.known, knownById, exactIndex);
  return { entities, stakeholders, placed, resolveEnd, lookedForDuplicates: fuzzy };
}
