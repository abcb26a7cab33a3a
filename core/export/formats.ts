/** The network's export files: route, content type and file name suffix (the client names downloads the same way). */
export interface ExportFileInfo {
  /** The route's file name: /export/<file>. */
  file: string;
  contentType: string;
  /** What follows stakeholder-atlas[-asOf] in the downloaded file's name. */
  suffix: string;
}

export const EXPORT_FILES = {
  graphml: { file: 'network.graphml', contentType: 'application/graphml+xml', suffix: '.graphml' },
  gexf: { file: 'network.gexf', contentType: 'application/gexf+xml', suffix: '.gexf' },
  cyjs: { file: 'network.cyjs', contentType: 'application/json', suffix: '.cyjs' },
  kumu: { file: 'network.kumu.json', contentType: 'application/json', suffix: '.kumu.json' },
  entities: { file: 'entities.csv', contentType: 'text/csv', suffix: '-entities.csv' },
  relationships: { file: 'relationships.csv', contentType: 'text/csv', suffix: '-relationships.csv' },
} as const satisfies Record<string, ExportFileInfo>;

export type ExportFileName = keyof typeof EXPORT_FILES;

/** The base of an export's file name: stakeholder-atlas, or stakeholder-atlas-2016 under asOf. */
export function exportBaseName(asOf: string | null | undefined): string {
  return `stakeholder-atlas${asOf ? `-${asOf}` : ''}`;
}
