/**
 * Other tools' files as the import reads them, before any mapping: a table of elements
 * (stakeholders) and a table of connections, each row with its place in the file and its cells as
 * text. Every reader in ./formats/ produces one; the mapping (./mapping.ts) turns the rows into
 * Atlas records. Kumu sheets are tables already; for graph formats (GraphML, GEXF, Cytoscape.js
 * JSON, Kumu JSON) a node is an element row and an edge a connection row, their attributes the
 * columns.
 */
import type { Problem } from './problems.ts';

export const TABLE_FORMATS = ['csv', 'xlsx', 'graphml', 'gexf', 'cyjs', 'kumu-json'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export const TABLE_FORMAT_TITLES: Record<TableFormat, string> = {
  csv: 'CSV (Kumu-style elements or connections)',
  xlsx: 'Excel workbook (Kumu-style Elements and Connections sheets)',
  graphml: 'GraphML',
  gexf: 'GEXF',
  cyjs: 'Cytoscape.js JSON',
  'kumu-json': 'Kumu JSON blueprint',
};

/** One element or connection as the file has it. */
export interface TableRow {
  /** Where it is, for the report and for provenance: "row 12", "Connections row 4", "node n3", "edge e7". */
  at: string;
  /** Column (or attribute) name → the cell as text, trimmed; empty cells are left out. */
  values: Record<string, string>;
}

export interface TableSection {
  /** The columns (attribute names) in the file's order. */
  columns: string[];
  rows: TableRow[];
}

export interface ImportTable {
  /** The file as the user named it. */
  file: string;
  format: TableFormat;
  elements: TableSection;
  connections: TableSection;
  /** Problems of reading: empty file, wrong encoding, oversized cell, hostile content, bad syntax… */
  problems: Problem[];
}

export const emptySection = (): TableSection => ({ columns: [], rows: [] });
