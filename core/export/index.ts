/** The network's export formats: one pure writer per format, each (graph) => text. */
import { entitiesCsv, relationshipsCsv } from './csv.ts';
import { cytoscapeJson } from './cyjs.ts';
import { EXPORT_FILES, type ExportFileInfo, type ExportFileName } from './formats.ts';
import { gexf } from './gexf.ts';
import { graphml } from './graphml.ts';
import type { ExportGraph } from './graph.ts';
import { kumuJson } from './kumu.ts';

export interface ExportFormat extends ExportFileInfo {
  write: (graph: ExportGraph) => string;
}

const WRITERS: Record<ExportFileName, (graph: ExportGraph) => string> = {
  graphml,
  gexf,
  cyjs: cytoscapeJson,
  kumu: kumuJson,
  entities: entitiesCsv,
  relationships: relationshipsCsv,
};

export const EXPORT_FORMATS: readonly ExportFormat[] = (Object.keys(EXPORT_FILES) as ExportFileName[]).map((name) => ({
  ...EXPORT_FILES[name],
  write: WRITERS[name],
}));
