/**
 * Cytoscape.js JSON ({ elements: { nodes, edges } }, as cy.json() reads it; Cytoscape desktop and
 * NetworkX's cytoscape_graph read it too). Names over time and citations stay nested, so the file
 * holds every record whole and readCytoscapeJson gives the graph back.
 */
import { readCytoscapeDocument } from '../import/formats/cyjs.ts';
import type { SourceRecord } from '../records.ts';
import type {
  ExportAlias,
  ExportCitation,
  ExportEntity,
  ExportFilters,
  ExportGraph,
  ExportRelationship,
} from './graph.ts';

export const CYJS_FORMAT = 'stakeholder-atlas/cyjs-1';

export interface CytoscapeJson {
  format: typeof CYJS_FORMAT;
  /** Graph attributes (NetworkX keeps them as graph.graph). */
  data: { name: string; filters: ExportFilters; sources: SourceRecord[] };
  /** What NetworkX's cytoscape_graph needs to build a directed multigraph. */
  directed: true;
  multigraph: true;
  elements: {
    nodes: { data: ExportEntity & { value: string } }[];
    edges: { data: Omit<ExportRelationship, 'from' | 'to'> & { source: string; target: string; key: string } }[];
  };
}

export function cytoscapeJson(graph: ExportGraph): string {
  const document: CytoscapeJson = {
    format: CYJS_FORMAT,
    data: { name: 'Stakeholder Atlas', filters: graph.filters, sources: graph.sources },
    directed: true,
    multigraph: true,
    elements: {
      // NetworkX names nodes by data.value and parallel edges by data.key.
      nodes: graph.entities.map((entity) => ({ data: { ...entity, value: entity.id } })),
      edges: graph.relationships.map(({ from, to, ...relationship }) => ({
        data: { ...relationship, source: from, target: to, key: relationship.id },
      })),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function citations(value: unknown): ExportCitation[] {
  return (value as ExportCitation[]).map(({ source, quote, note }) => ({
    source,
    quote,
    ...(note === undefined ? {} : { note }),
  }));
}

/** Keeps only the keys that are present, in a fixed order, so read records compare equal to written ones. */
function present<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

/** Reads a Cytoscape JSON export back into the records it was written from (through the import's reader). */
export function readCytoscapeJson(text: string): ExportGraph {
  const document = readCytoscapeDocument('network.cyjs', text);
  const [problem] = document.problems;
  if (problem) throw new Error(problem.reason);
  const graph = document.graph as Pick<CytoscapeJson, 'format' | 'data'>;
  if (graph.format !== CYJS_FORMAT) throw new Error(`not a Stakeholder Atlas Cytoscape export (${CYJS_FORMAT})`);
  const nodes = document.nodes as unknown as CytoscapeJson['elements']['nodes'][number]['data'][];
  const edges = document.edges as unknown as CytoscapeJson['elements']['edges'][number]['data'][];
  return {
    filters: graph.data.filters,
    sources: graph.data.sources,
    entities: nodes.map((data) =>
      present<ExportEntity>({
        id: data.id,
        kind: data.kind,
        name: data.name,
        label: data.label,
        type: data.type,
        sector: data.sector,
        validFrom: data.validFrom,
        validTo: data.validTo,
        description: data.description,
        identifiers: data.identifiers,
        aliases: data.aliases.map((alias: ExportAlias) =>
          present<ExportAlias>({ ...alias, citations: citations(alias.citations) }),
        ),
        citations: citations(data.citations),
      }),
    ),
    relationships: edges.map((data) =>
      present<ExportRelationship>({
        id: data.id,
        type: data.type,
        family: data.family,
        from: data.source,
        to: data.target,
        role: data.role,
        validFrom: data.validFrom,
        validTo: data.validTo,
        dateBasis: data.dateBasis,
        confidence: data.confidence,
        citations: citations(data.citations),
      }),
    ),
  };
}
