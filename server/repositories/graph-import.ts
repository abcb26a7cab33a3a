/**
 * Writes validated records into Neo4j in UNWIND batches inside one transaction: the import is all
 * or nothing, and importing the same records again changes nothing. The seed uses it; bulk import
 * and editing build on it.
 */
import type { Executor } from '../db/executor.ts';
import type { AliasRecord, Citation, Entity, SourceRecord } from '../../core/records.ts';
import type { z } from 'zod';
import type { relationshipSchema } from '../../core/records.ts';

export type Relationship = z.output<typeof relationshipSchema>;

export interface GraphRecords {
  sources: SourceRecord[];
  entities: Entity[];
  relationships: Relationship[];
}

export interface ImportProgress {
  step: 'sources' | 'entities' | 'aliases' | 'relationships';
  done: number;
  total: number;
}

export interface ImportOptions {
  /** Who the import writes as, recorded on new records (e.g. "seed"). */
  actor: string;
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
}

/** Citations are stored as three parallel lists, since Neo4j properties cannot hold maps. */
export function citationProperties(citations: Citation[]) {
  return {
    citationSources: citations.map((citation) => citation.source),
    citationQuotes: citations.map((citation) => citation.quote),
    citationNotes: citations.map((citation) => citation.note ?? ''),
  };
}

const LABELS = { BODY: 'Body', PERSON: 'Person', PROGRAMME: 'Programme' } as const;

export function aliasId(entityId: string, alias: Pick<AliasRecord, 'name'>): string {
  return `${entityId}#${alias.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

export function entityRow(entity: Entity) {
  return {
    id: entity.id,
    label: LABELS[entity.kind],
    // Every optional property is listed, as null when absent, so a re-import also clears it.
    properties: {
      kind: entity.kind,
      name: entity.name,
      description: entity.description ?? null,
      type: 'type' in entity ? entity.type : null,
      sector: 'sector' in entity ? entity.sector : null,
      validFrom: 'validFrom' in entity ? (entity.validFrom ?? null) : null,
      validTo: 'validTo' in entity ? (entity.validTo ?? null) : null,
      ...citationProperties(entity.citations),
    },
  };
}

export function aliasRows(entity: Entity) {
  return entity.aliases.map((alias) => ({
    id: aliasId(entity.id, alias),
    entityId: entity.id,
    properties: {
      name: alias.name,
      kind: alias.kind,
      validFrom: alias.validFrom ?? null,
      validTo: alias.validTo ?? null,
      ...citationProperties(alias.citations),
    },
  }));
}

export function relationshipRow(relationship: Relationship) {
  return {
    id: relationship.id,
    type: relationship.type,
    from: relationship.from,
    to: relationship.to,
    properties: {
      role: relationship.role ?? null,
      validFrom: relationship.validFrom ?? null,
      validTo: relationship.validTo ?? null,
      dateBasis: relationship.dateBasis,
      confidence: relationship.confidence,
      ...citationProperties(relationship.citations),
    },
  };
}

function sourceRow(source: SourceRecord) {
  const { id, ...rest } = source;
  return { id, properties: { ...rest, dateNote: rest.dateNote ?? null } };
}

export async function importGraph(executor: Executor, records: GraphRecords, options: ImportOptions): Promise<void> {
  const batchSize = options.batchSize ?? 500;
  const steps: [ImportProgress['step'], string, unknown[]][] = [
    ['sources', 'import/merge-sources', records.sources.map(sourceRow)],
    ['entities', 'import/merge-entities', records.entities.map(entityRow)],
    ['aliases', 'import/merge-aliases', records.entities.flatMap(aliasRows)],
    ['relationships', 'import/merge-relationships', records.relationships.map(relationshipRow)],
  ];
  await executor.writeTransaction(async (tx) => {
    for (const [step, query, rows] of steps) {
      for (let start = 0; start < rows.length; start += batchSize) {
        const batch = rows.slice(start, start + batchSize);
        await tx.run(query, { rows: batch, actor: options.actor });
        options.onProgress?.({ step, done: start + batch.length, total: rows.length });
      }
      if (rows.length === 0) options.onProgress?.({ step, done: 0, total: 0 });
    }
  });
}

export interface GraphCounts {
  labels: Record<string, number>;
  types: Record<string, number>;
}

export async function countGraph(executor: Executor): Promise<GraphCounts> {
  const rows = await executor.read<{ what: 'label' | 'type'; name: string; count: number }>('import/count-graph');
  const counts: GraphCounts = { labels: {}, types: {} };
  for (const row of rows) counts[row.what === 'label' ? 'labels' : 'types'][row.name] = row.count;
  return counts;
}

export async function countEntities(executor: Executor): Promise<number> {
  const [row] = await executor.read<{ entities: number }>('import/count-entities');
  return row?.entities ?? 0;
}

export async function deleteEverything(executor: Executor): Promise<void> {
  await executor.write('import/delete-everything');
}
