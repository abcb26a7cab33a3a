/**
 * What a ready-made layer (layers.ts) changes in the atlas: each of its records compared with what
 * the atlas holds (the stakeholder it matched, the relationship and source of the same id), the
 * record to write where they differ, and the change listed for the report. A stakeholder the layer
 * made takes the layer's record; one the atlas had keeps its own facts and gains the layer's; one
 * someone has edited since is left as it is.
 */
import { compactName, identifierKey } from '../../core/matching.ts';
import { entitySchema, identifierText, type Entity, type Relationship, type SourceRecord } from '../../core/records.ts';
import { aliasId, citationsOf } from '../../core/storage.ts';
import type { EdgeRow, EntityRow, SourceRow } from '../repositories/types.ts';
import { withoutNulls } from '../repositories/validation.ts';
import type { LayerMatch } from './layer-matching.ts';

export interface LayerChange {
  action: 'new' | 'update' | 'remove';
  /** An alias is removed when it was the layer's own (it cites only the layer) and its newer file no longer has it. */
  what: 'source' | 'entity' | 'relationship' | 'alias';
  id: string;
  name: string;
  /** For an update, the fields that differ. */
  fields: string[];
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

export function sourceChanges(source: SourceRecord, row: SourceRow | null): LayerChange | null {
  if (!row) return { action: 'new', what: 'source', id: source.id, name: source.title, fields: [] };
  const fields = differingFields(withoutNulls(row) as Record<string, unknown>, source, SOURCE_FIELDS);
  return fields.length ? { action: 'update', what: 'source', id: source.id, name: source.title, fields } : null;
}

/** A layer row that is a stakeholder the atlas had already (other than one the layer made). */
export interface MatchedStakeholder {
  layerId: string;
  entityId: string;
  name: string;
  reason: string;
}

/** The layer's stakeholders against the atlas's: what to write, and what the report lists. */
export function entityChanges(
  layerEntities: readonly Entity[],
  atlas: {
    /** The atlas's id for a layer record's id (the stakeholder it matched, else its own). */
    idOf: (layerId: string) => string;
    current: ReadonlyMap<string, EntityRow>;
    matches: ReadonlyMap<string, LayerMatch>;
    sourceId: string;
  },
) {
  const { idOf, current, matches, sourceId } = atlas;
  const entities: Entity[] = [];
  const removedAliases: string[] = [];
  const changes: LayerChange[] = [];
  const matched: MatchedStakeholder[] = [];
  const keptEdited: string[] = [];
  for (const layer of layerEntities) {
    const id = idOf(layer.id);
    const row = current.get(id);
    if (!row) {
      entities.push(layer);
      changes.push({ action: 'new', what: 'entity', id, name: layer.name, fields: [] });
      continue;
    }
    const before = recordOf(row);
    const owned = before.citations.every((citation) => citation.source === sourceId);
    if (!owned)
      matched.push({
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
      keptEdited.push(id);
      continue;
    }
    entities.push(after as Entity);
    changes.push({ action: 'update', what: 'entity', id, name: before.name, fields });
    for (const alias of dropped) {
      removedAliases.push(aliasId(id, alias));
      changes.push({ action: 'remove', what: 'alias', id: aliasId(id, alias), name: alias.name, fields: [] });
    }
  }
  return { entities, removedAliases, changes, matched, keptEdited };
}

/** The layer's relationships (ends already the atlas's ids) against the atlas's of the same ids. */
export function relationshipChanges(relationships: readonly Relationship[], edges: ReadonlyMap<string, EdgeRow>) {
  const changes: LayerChange[] = [];
  const keptEdited: string[] = [];
  const changed = relationships.filter((relationship) => {
    const row = edges.get(relationship.id);
    const fields = row ? differingFields(edgeRecord(row), relationship, RELATIONSHIP_FIELDS) : [];
    if (row && fields.length === 0) return false;
    if (row && row.version > 1) {
      keptEdited.push(relationship.id);
      return false;
    }
    const name = `${relationship.from} ${relationship.type} ${relationship.to}`;
    changes.push({ action: row ? 'update' : 'new', what: 'relationship', id: relationship.id, name, fields });
    return true;
  });
  return { relationships: changed, changes, keptEdited };
}
