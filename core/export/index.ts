/** The network's export formats: one pure writer per format, each (graph) => text. */
import { entitiesCsv, relationshipsCsv } from './csv.ts';
import { cytoscapeJson } from './cyjs.ts';
import { gexf } from './gexf.ts';
import { graphml } from './graphml.ts';
import type { ExportGraph } from './graph.ts';
import { kumuJson } from './kumu.ts';

export interface ExportFormat {
  /** The route's file name: /export/<file>. */
  file: string;
  contentType: string;
  /** What follows stakeholder-atlas[-asOf] in the downloaded file's name. */
  suffix: string;
  write: (graph: ExportGraph) => string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { file: 'network.graphml', contentType: 'application/graphml+xml', suffix: '.graphml', write: graphml },
  { file: 'network.gexf', contentType: 'application/gexf+xml', suffix: '.gexf', write: gexf },
  { file: 'network.cyjs', contentType: 'application/json', suffix: '.cyjs', write: cytoscapeJson },
  { file: 'network.kumu.json', contentType: 'application/json', suffix: '.kumu.json', write: kumuJson },
  { file: 'entities.csv', contentType: 'text/csv', suffix: '-entities.csv', write: entitiesCsv },
  { file: 'relationships.csv', contentType: 'text/csv', suffix: '-relationships.csv', write: relationshipsCsv },
];
