/**
 * The network as the export formats write it: the filtered map (the same reads as the API's
 * `network` query) with every entity's full record, names over time and citations, and the
 * sources they cite. The query string carries the view's filters.
 */
import type { ExportAlias, ExportCitation, ExportFilters, ExportGraph } from '../../core/export/graph.ts';
import { InputError } from '../../core/errors.ts';
import { citationsOf, type StoredCitations } from '../../core/storage.ts';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../core/vocabulary.ts';
import type { Executor } from '../repositories/executor.ts';
import { getEntities } from '../repositories/entity-lookup.ts';
import { toGraphFilter, type FilterInput } from '../repositories/filters.ts';
import { wholeNetwork } from '../repositories/graph.ts';
import { getSources } from '../repositories/sources.ts';
import type { SourceRow } from '../repositories/types.ts';

const PARAMETERS = ['asOf', 'families', 'types', 'minConfidence'];

/** Values of a list parameter, comma-separated or repeated (families=A,B or families=A&families=B). */
function listOf(params: URLSearchParams, name: string): string[] | null {
  const values = params.getAll(name);
  if (values.length === 0) return null;
  const items = values
    .flatMap((value) => value.split(','))
    .map((item) => item.trim().toUpperCase())
    .filter((item) => item !== '');
  if (items.length === 0) throw new InputError(name, 'must name at least one value when given');
  return items;
}

function singleOf(params: URLSearchParams, name: string): string | null {
  const values = params.getAll(name);
  if (values.length > 1) throw new InputError(name, 'must be given once');
  return values[0] ?? null;
}

/** The filters of an export's query string, validated; throws InputError naming the parameter. */
export function exportFilterInput(params: URLSearchParams): FilterInput {
  for (const name of new Set(params.keys())) {
    if (!PARAMETERS.includes(name)) {
      throw new InputError(name, `unknown parameter (known: ${PARAMETERS.join(', ')})`);
    }
  }
  const confidence = singleOf(params, 'minConfidence');
  let minConfidence: number | null = null;
  if (confidence !== null) {
    minConfidence = confidence.trim() === '' ? NaN : Number(confidence);
    if (!Number.isFinite(minConfidence)) throw new InputError('minConfidence', 'must be a number between 0 and 1');
  }
  const input: FilterInput = {
    asOf: singleOf(params, 'asOf'),
    families: listOf(params, 'families'),
    types: listOf(params, 'types'),
    minConfidence,
  };
  toGraphFilter(input); // validates every parameter before anything is read
  return input;
}

const orUndefined = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

function citations(stored: StoredCitations): ExportCitation[] {
  return citationsOf(stored).map(({ source, quote, note }) => ({ source, quote, ...(note ? { note } : {}) }));
}

function sourceRecord(row: SourceRow): ExportGraph['sources'][number] {
  const { id, title, publisher, kind, url, fileName, date, dateEstimated, dateNote } = row;
  return {
    id,
    title,
    publisher,
    kind: kind as ExportGraph['sources'][number]['kind'],
    ...(url ? { url } : {}),
    ...(fileName ? { fileName } : {}),
    date,
    dateEstimated,
    ...(dateNote ? { dateNote } : {}),
  };
}

/** Reads the network under the filters with the records behind it. */
export async function readExportGraph(executor: Executor, input: FilterInput): Promise<ExportGraph> {
  const filter = toGraphFilter(input);
  const { nodes, edges } = await wholeNetwork(executor, filter);
  const records = await getEntities(
    executor,
    nodes.map((node) => node.id),
  );
  const entities = nodes.flatMap((node, index) => {
    const row = records[index];
    if (!row) return []; // retired or deleted between the two reads
    const aliases: ExportAlias[] = row.aliases.map((alias) => ({
      name: alias.name,
      kind: alias.kind,
      ...(alias.validFrom ? { validFrom: alias.validFrom } : {}),
      ...(alias.validTo ? { validTo: alias.validTo } : {}),
      citations: citations(alias),
    }));
    return [
      {
        id: row.id,
        kind: row.kind,
        name: row.name,
        label: node.name,
        type: orUndefined(row.type),
        sector: orUndefined(row.sector),
        validFrom: orUndefined(row.validFrom),
        validTo: orUndefined(row.validTo),
        description: orUndefined(row.description),
        ...(row.identifiers?.length ? { identifiers: [...row.identifiers] } : {}),
        aliases,
        citations: citations(row),
      },
    ];
  });
  const relationships = edges.map((edge) => ({
    id: edge.id,
    type: edge.type,
    family: RELATIONSHIP_TYPES[edge.type as RelationshipType].family,
    from: edge.source,
    to: edge.target,
    role: orUndefined(edge.role),
    validFrom: orUndefined(edge.validFrom),
    validTo: orUndefined(edge.validTo),
    dateBasis: edge.dateBasis,
    confidence: edge.confidence,
    citations: citations(edge),
  }));
  const cited = new Set(
    [...entities.flatMap((entity) => [entity, ...entity.aliases]), ...relationships].flatMap((record) =>
      record.citations.map((citation) => citation.source),
    ),
  );
  const sources = (await getSources(executor, [...cited].sort())).flatMap((row) => (row ? [sourceRecord(row)] : []));
  const filters: ExportFilters = {
    ...(input.asOf ? { asOf: input.asOf } : {}),
    ...(input.families ? { families: [...input.families] } : {}),
    ...(input.types ? { types: [...input.types] } : {}),
    ...(input.minConfidence ? { minConfidence: input.minConfidence } : {}),
  };
  return { filters, entities, relationships, sources };
}
