/**
 * Ready-made layers: public datasets kept under seed/layers/<name>/ (data, licence, layer.yaml),
 * turned into records by core/layers/ and written through the import's writer (importGraph). A
 * layer matches what the atlas has (by identifier, id, then exact name or alias) instead of
 * duplicating it, and writes only what differs from the atlas: importing it again changes nothing,
 * and a newer version of its file updates what changed, which a dry run lists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { layerMetaSchema, ukCouncilRecords, type LayerMeta, type LayerProblem } from '../../core/layers/uk-councils.ts';
import { compactName, identifierKey, type KnownEntity } from '../../core/matching.ts';
import {
  entitySchema,
  identifierText,
  type Entity,
  type GraphRecords,
  type Relationship,
  type SourceRecord,
} from '../../core/records.ts';
import { aliasId, citationsOf } from '../../core/storage.ts';
import type { Executor } from '../repositories/executor.ts';
import { entitiesWithIdentifiers, getEntities, knownEntities } from '../repositories/entity-lookup.ts';
import { importGraph, type ImportProgress } from '../repositories/graph-import.ts';
import { getEdges } from '../repositories/graph.ts';
import { getSources } from '../repositories/sources.ts';
import type { Actor, EdgeRow, EntityRow, SourceRow } from '../repositories/types.ts';
import { withoutNulls } from '../repositories/validation.ts';
import { SEED_DIR } from './seed.ts';

interface LayerDefinition {
  title: string;
  description: string;
  convert: (
    csv: string,
    meta: LayerMeta,
  ) => { records: GraphRecords; problems: LayerProblem[]; leftOut: LayerProblem[] };
}

/** The ready-made layers, by the name `npm run import -- --layer <name>` and the dialog use. */
export const LAYERS: Record<string, LayerDefinition> = {
  'uk-councils': {
    title: 'UK councils',
    description:
      'Every current and former UK council (about 470) with its type, nation, region, GSS code and dates, ' +
      'successions, two-tier districts and combined authorities, from mySociety’s UK local authority names ' +
      'and codes (CC BY 4.0).',
    convert: ukCouncilRecords,
  },
};

export const layerDir = (name: string) => join(SEED_DIR, 'layers', name);

export interface LayerChange {
  action: 'new' | 'update' | 'remove';
  /** An alias is removed when it was the layer's own (it cites only the layer) and its newer file no longer has it. */
  what: 'source' | 'entity' | 'relationship' | 'alias';
  id: string;
  name: string;
  /** For an update, the fields that differ. */
  fields: string[];
}

export interface LayerReport {
  layer: string;
  title: string;
  version: string;
  date: string;
  /** What the layer holds: its stakeholders and relationships. */
  counts: { entities: number; relationships: number };
  problems: LayerProblem[];
  /** Values the layer left out of its records (a damaged alternative name), with the row and why. */
  leftOut: LayerProblem[];
  /** Layer rows that are a stakeholder the atlas had already (other than one the layer made). */
  matched: { layerId: string; entityId: string; name: string; reason: string }[];
  changes: LayerChange[];
  /** Records someone has edited since the layer wrote them: the layer leaves them as they are. */
  keptEdited: string[];
  written: boolean;
}

export interface LayerOptions {
  actor: string | Actor;
  dryRun?: boolean;
  /** Where the layer's files are; seed/layers/<name>/ unless given (tests, a newer download). */
  dir?: string;
  onProgress?: (progress: ImportProgress) => void;
}

/** The layer of that name; own names only, so "constructor" or "__proto__" name none. */
export function layerNamed(name: string): LayerDefinition | undefined {
  return Object.hasOwn(LAYERS, name) ? LAYERS[name] : undefined;
}

export class UnknownLayerError extends Error {
  constructor(name: string) {
    super(`there is no ready-made layer "${name}" (there is: ${Object.keys(LAYERS).join(', ')})`);
  }
}

/** What a layer's layer.yaml says: its dataset's title, publisher, address, version, date and licence. */
export function readLayerMeta(name: string, dir = layerDir(name)): LayerMeta {
  if (!layerNamed(name)) throw new UnknownLayerError(name);
  return layerMetaSchema.parse(parseYaml(readFileSync(join(dir, 'layer.yaml'), 'utf8')));
}

function readLayer(name: string, dir: string) {
  const meta = readLayerMeta(name, dir);
  const definition = layerNamed(name)!;
  const { records, problems, leftOut } = definition.convert(readFileSync(join(dir, meta.file), 'utf8'), meta);
  return { definition, meta, records, problems, leftOut };
}

/** An entity as stored, as a record (what the layer compares its own with). */
export function recordOf(row: EntityRow): Entity {
  const citations = (stored: Parameters<typeof citationsOf>[0]) => citationsOf(stored);
  return entitySchema.parse(
    withoutNulls({
      id: row.id,
      kind: row.kind,
      name: row.name,
      description: row.description,
      ...(row.kind === 'PERSON' ? {} : { type: row.type, validFrom: row.validFrom, validTo: row.validTo }),
      ...(row.kind === 'BODY' ? { sector: row.sector } : {}),
      aliases: row.aliases.map((alias) => ({
        name: alias.name,
        kind: alias.kind,
        validFrom: alias.validFrom,
        validTo: alias.validTo,
        citations: citations(alias),
      })),
      identifiers: row.identifiers ?? [],
      citations: citations(row),
    }),
  ) as Entity;
}

const ENTITY_FIELDS = ['name', 'description', 'type', 'sector', 'validFrom', 'validTo', 'identifiers', 'aliases'];

/** The fields in which two records differ (aliases compared as a set, by name). */
function differingFields(before: Record<string, unknown>, after: Record<string, unknown>, fields: string[]): string[] {
  const comparable = (record: Record<string, unknown>, field: string) => {
    const value = record[field];
    if (field === 'aliases' && Array.isArray(value)) {
      return JSON.stringify([...value].sort((a, b) => String(a.name).localeCompare(String(b.name))));
    }
    if (field === 'identifiers' && Array.isArray(value)) return JSON.stringify(value.map(identifierText));
    return JSON.stringify(value ?? null);
  };
  return fields.filter((field) => comparable(before, field) !== comparable(after, field));
}

/** Whether an alias is the layer's own: it cites the layer's source and nothing else (a user's cites another). */
const layerOwn = (alias: Entity['aliases'][number], sourceId: string) =>
  alias.citations.length > 0 && alias.citations.every((citation) => citation.source === sourceId);

/**
 * The stakeholder's aliases after the layer: the layer's own that its file still has (as the file
 * now has them), every other alias as it is, and the file's new ones; and the layer's own it dropped.
 */
function layerAliases(current: Entity, layer: Entity, sourceId: string) {
  const inFile = new Set(layer.aliases.map((alias) => compactName(alias.name)));
  const kept = current.aliases.filter((alias) => !layerOwn(alias, sourceId));
  const dropped = current.aliases.filter((alias) => layerOwn(alias, sourceId) && !inFile.has(compactName(alias.name)));
  const names = new Set([current.name, ...kept.map((alias) => alias.name)].map(compactName));
  return { aliases: [...kept, ...layer.aliases.filter((alias) => !names.has(compactName(alias.name)))], dropped };
}

/** A stakeholder the atlas had, with the layer's facts added: identifiers, names, its type and dates where it had none. */
function enriched(current: Entity, layer: Entity, sourceId: string): Entity {
  const keys = new Set(current.identifiers.map((identifier) => identifierKey(identifierText(identifier))));
  const cites = current.citations.some((citation) => citation.source === sourceId);
  const record = {
    ...current,
    identifiers: [
      ...current.identifiers,
      ...layer.identifiers.filter((identifier) => !keys.has(identifierKey(identifierText(identifier)))),
    ],
    aliases: layerAliases(current, layer, sourceId).aliases,
    citations: cites
      ? current.citations.map((citation) => (citation.source === sourceId ? layer.citations[0]! : citation))
      : [...current.citations, ...layer.citations],
  } as Entity;
  if (record.kind === 'BODY' && layer.kind === 'BODY') {
    if (record.type === 'council') record.type = layer.type;
    record.validFrom ??= layer.validFrom;
    record.validTo ??= layer.validTo;
  }
  return record;
}

type Match = { entity: KnownEntity; reason: string };

/** The atlas's stakeholder each layer record is: the same identifier, the same id, or the same name or alias. */
async function matchLayer(executor: Executor, entities: readonly Entity[]): Promise<Map<string, Match>> {
  const texts = entities.flatMap((entity) => entity.identifiers.map(identifierText));
  const [byIdentifier, known] = await Promise.all([
    entitiesWithIdentifiers(executor, texts, ['BODY']),
    knownEntities(executor, ['BODY']),
  ]);
  const knownById = new Map(known.map((entity) => [entity.id, entity]));
  // Exact names and aliases only (compared as core/matching.ts does): a layer never guesses.
  const byName = new Map<string, KnownEntity[]>();
  const byAlias = new Map<string, KnownEntity[]>();
  const index = (map: Map<string, KnownEntity[]>, name: string, entity: KnownEntity) =>
    map.set(compactName(name), [...(map.get(compactName(name)) ?? []), entity]);
  for (const entity of known) {
    index(byName, entity.name, entity);
    for (const alias of entity.aliases) index(byAlias, alias.name, entity);
  }
  const holders = new Map<string, KnownEntity[]>();
  for (const entity of byIdentifier) {
    for (const identifier of entity.identifiers ?? []) {
      holders.set(identifierKey(identifier), [...(holders.get(identifierKey(identifier)) ?? []), entity]);
    }
  }
  const taken = new Set<string>();
  const matches = new Map<string, Match>();
  // A stakeholder with another row's dataset code is that row's, whatever its name.
  const otherCode = (candidate: KnownEntity, layer: Entity) => {
    const own = layer.identifiers.filter((identifier) => identifier.scheme === 'la-code').map(identifierText);
    return (candidate.identifiers ?? []).some(
      (identifier) => identifier.startsWith('la-code:') && !own.includes(identifier),
    );
  };
  const offer = (layer: Entity, entity: KnownEntity | undefined, reason: string) => {
    if (!entity || taken.has(entity.id) || otherCode(entity, layer)) return false;
    taken.add(entity.id);
    matches.set(layer.id, { entity, reason });
    return true;
  };
  const unmatched: Entity[] = [];
  for (const layer of entities) {
    const found = layer.identifiers.flatMap(
      (identifier) => holders.get(identifierKey(identifierText(identifier))) ?? [],
    );
    const ids = new Set(found.map((entity) => entity.id));
    if (ids.size === 1 && offer(layer, found[0], `same identifier as ${found[0]!.name}`)) continue;
    unmatched.push(layer);
  }
  for (const layer of unmatched) {
    const same = knownById.get(layer.id);
    if (same && offer(layer, same, `same id as ${same.name}`)) continue;
    const key = compactName(layer.name);
    const sameName = byName.get(key) ?? [];
    const best = sameName.length > 0 ? sameName : (byAlias.get(key) ?? []);
    if (new Set(best.map((entity) => entity.id)).size === 1) {
      const reason = sameName.length > 0 ? `same name as ${best[0]!.name}` : `a name of ${best[0]!.name}`;
      offer(layer, best[0], reason);
    }
  }
  return matches;
}

function edgeRecord(row: EdgeRow): Record<string, unknown> {
  return withoutNulls({
    type: row.type,
    from: row.source,
    to: row.target,
    role: row.role,
    validFrom: row.validFrom,
    validTo: row.validTo,
    dateBasis: row.dateBasis,
    confidence: row.confidence,
    citations: citationsOf(row),
  }) as Record<string, unknown>;
}

const RELATIONSHIP_FIELDS = [
  'type',
  'from',
  'to',
  'role',
  'validFrom',
  'validTo',
  'dateBasis',
  'confidence',
  'citations',
];
const SOURCE_FIELDS = ['title', 'publisher', 'kind', 'url', 'date', 'dateEstimated'];

function sourceChanges(source: SourceRecord, row: SourceRow | null): LayerChange | null {
  if (!row) return { action: 'new', what: 'source', id: source.id, name: source.title, fields: [] };
  const fields = differingFields(withoutNulls(row) as Record<string, unknown>, source, SOURCE_FIELDS);
  return fields.length ? { action: 'update', what: 'source', id: source.id, name: source.title, fields } : null;
}

/**
 * Imports a ready-made layer (or, with dryRun, only reports): what it holds, what it matched in the
 * atlas, and every change it makes. Nothing is written when it finds a problem or nothing to change.
 */
export async function importLayer(executor: Executor, name: string, options: LayerOptions): Promise<LayerReport> {
  const { definition, meta, records, problems, leftOut } = readLayer(name, options.dir ?? layerDir(name));
  const report: LayerReport = {
    layer: name,
    title: definition.title,
    version: meta.version,
    date: meta.date,
    counts: { entities: records.entities.length, relationships: records.relationships.length },
    problems,
    leftOut,
    matched: [],
    changes: [],
    keptEdited: [],
    written: false,
  };
  if (problems.length > 0) return report;
  const sourceId = records.sources[0]!.id;

  const matches = await matchLayer(executor, records.entities);
  const idOf = (layerId: string) => matches.get(layerId)?.entity.id ?? layerId;
  const current = new Map(
    (
      await getEntities(
        executor,
        records.entities.map((entity) => idOf(entity.id)),
      )
    ).flatMap((row) => (row ? [[row.id, row] as const] : [])),
  );
  const entities: Entity[] = [];
  const removedAliases: string[] = [];
  for (const layer of records.entities) {
    const id = idOf(layer.id);
    const row = current.get(id);
    if (!row) {
      entities.push(layer);
      report.changes.push({ action: 'new', what: 'entity', id, name: layer.name, fields: [] });
      continue;
    }
    const before = recordOf(row);
    const owned = before.citations.every((citation) => citation.source === sourceId);
    if (!owned)
      report.matched.push({
        layerId: layer.id,
        entityId: id,
        name: before.name,
        reason: matches.get(layer.id)!.reason,
      });
    const { aliases, dropped } = layerAliases(before, layer, sourceId);
    const after = owned ? { ...layer, id, aliases } : enriched(before, layer, sourceId);
    const fields = differingFields(before, after, [...ENTITY_FIELDS, 'citations']);
    if (fields.length === 0) continue;
    if (row.version > 1) {
      report.keptEdited.push(id);
      continue;
    }
    entities.push(after as Entity);
    report.changes.push({ action: 'update', what: 'entity', id, name: before.name, fields });
    for (const alias of dropped) {
      removedAliases.push(aliasId(id, alias));
      report.changes.push({ action: 'remove', what: 'alias', id: aliasId(id, alias), name: alias.name, fields: [] });
    }
  }

  const relationships = records.relationships.map((relationship) => ({
    ...relationship,
    from: idOf(relationship.from),
    to: idOf(relationship.to),
  })) as Relationship[];
  const edges = new Map(
    (
      await getEdges(
        executor,
        relationships.map((relationship) => relationship.id),
      )
    ).map((row) => [row.id, row]),
  );
  const changedRelationships = relationships.filter((relationship) => {
    const row = edges.get(relationship.id);
    const fields = row ? differingFields(edgeRecord(row), relationship, RELATIONSHIP_FIELDS) : [];
    if (row && fields.length === 0) return false;
    if (row && row.version > 1) {
      report.keptEdited.push(relationship.id);
      return false;
    }
    const name = `${relationship.from} ${relationship.type} ${relationship.to}`;
    report.changes.push({ action: row ? 'update' : 'new', what: 'relationship', id: relationship.id, name, fields });
    return true;
  });

  const [source] = records.sources;
  const sourceChange = sourceChanges(source!, (await getSources(executor, [sourceId]))[0] ?? null);
  if (sourceChange) report.changes.unshift(sourceChange);
  if (options.dryRun || report.changes.length === 0) return report;

  await importGraph(
    executor,
    { sources: sourceChange ? [source!] : [], entities, relationships: changedRelationships },
    {
      actor: options.actor,
      onProgress: options.onProgress,
      removeAliases: removedAliases,
      changeSet: {
        action: 'importLayer',
        targetId: sourceId,
        entityIds: [sourceId],
        before: null,
        after: { layer: name, version: meta.version, changes: report.changes.length, removedAliases },
      },
    },
  );
  return { ...report, written: true };
}
