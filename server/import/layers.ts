/**
 * Ready-made layers: public datasets kept under seed/layers/<name>/ (data, licence, layer.yaml),
 * turned into records by core/layers/ and written through the import's writer (importGraph). A
 * layer matches what the atlas has (by identifier, id, then exact name or alias) instead of
 * duplicating it, and writes only what differs from the atlas: importing it again changes nothing,
 * and a newer version of its file updates what changed, which a dry run lists. The matching is
 * layer-matching.ts, the comparison with the atlas layer-changes.ts; this file reads and writes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { layerMetaSchema, ukCouncilRecords, type LayerMeta, type LayerProblem } from '../../core/layers/uk-councils.ts';
import type { GraphRecords, Relationship } from '../../core/records.ts';
import type { Executor } from '../repositories/executor.ts';
import { getEntities } from '../repositories/entity-lookup.ts';
import { importGraph, type ImportProgress } from '../repositories/graph-import.ts';
import { getEdges } from '../repositories/graph.ts';
import { getSources } from '../repositories/sources.ts';
import type { Actor } from '../repositories/types.ts';
import {
  entityChanges,
  relationshipChanges,
  sourceChanges,
  type LayerChange,
  type MatchedStakeholder,
} from './layer-changes.ts';
import { matchLayer } from './layer-matching.ts';
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
  matched: MatchedStakeholder[];
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
  const planned = entityChanges(records.entities, { idOf, current, matches, sourceId });
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
  const linked = relationshipChanges(relationships, edges);
  report.matched.push(...planned.matched);
  report.changes.push(...planned.changes, ...linked.changes);
  report.keptEdited.push(...planned.keptEdited, ...linked.keptEdited);

  const [source] = records.sources;
  const sourceChange = sourceChanges(source!, (await getSources(executor, [sourceId]))[0] ?? null);
  if (sourceChange) report.changes.unshift(sourceChange);
  if (options.dryRun || report.changes.length === 0) return report;

  await importGraph(
    executor,
    { sources: sourceChange ? [source!] : [], entities: planned.entities, relationships: linked.relationships },
    {
      actor: options.actor,
      onProgress: options.onProgress,
      removeAliases: planned.removedAliases,
      changeSet: {
        action: 'importLayer',
        targetId: sourceId,
        entityIds: [sourceId],
        before: null,
        after: {
          layer: name,
          version: meta.version,
          changes: report.changes.length,
          removedAliases: planned.removedAliases,
        },
      },
    },
  );
  return { ...report, written: true };
}
