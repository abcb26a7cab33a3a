/**
 * Cytoscape.js JSON (cy.json(), Cytoscape desktop, NetworkX's cytoscape_graph, our own export):
 * { elements: { nodes: [{ data }], edges: [{ data }] } }, or elements as one array whose items say
 * their group ("nodes", "edges"; without one, an item with data.source and data.target is an edge).
 * A node's data keys are an element row's columns, an edge's a connection row's: numbers and
 * booleans as text, lists and objects as JSON text.
 */
import type { Problem } from '../problems.ts';
import type { ImportTable } from '../table.ts';
import { failedTable, TableBuilder } from './table-builder.ts';
import { decodeText, fileProblem, parseJson } from './text.ts';

export type CytoscapeData = Record<string, unknown>;

/** The document as Cytoscape.js holds it: graph data, and each node's and edge's data. */
export interface CytoscapeDocument {
  /** The document's own fields besides elements (our export's format and data.sources). */
  graph: Record<string, unknown>;
  nodes: CytoscapeData[];
  edges: CytoscapeData[];
  problems: Problem[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether parsed JSON has Cytoscape.js's shape (for telling it from a Kumu blueprint). */
export function isCytoscapeJson(value: unknown): boolean {
  const elements = Array.isArray(value) ? value : isRecord(value) ? value.elements : undefined;
  if (isRecord(elements)) return Array.isArray(elements.nodes) || Array.isArray(elements.edges);
  return Array.isArray(elements) && elements.some((item) => isRecord(item) && 'group' in item && 'data' in item);
}

/** The one reader of Cytoscape.js JSON's structure; the table reader and readCytoscapeJson both use it. */
export function readCytoscapeDocument(file: string, text: string): CytoscapeDocument {
  const document: CytoscapeDocument = { graph: {}, nodes: [], edges: [], problems: [] };
  const parsed = parseJson(text);
  if (!parsed.ok) {
    document.problems.push(fileProblem(file, parsed.reason));
    return document;
  }
  const { value } = parsed;
  if (!isCytoscapeJson(value)) {
    document.problems.push(
      fileProblem(
        file,
        'is not Cytoscape.js JSON: expected { "elements": { "nodes": [...], "edges": [...] } } or a list of { "group", "data" }',
      ),
    );
    return document;
  }
  if (isRecord(value)) {
    const { elements: _elements, ...graph } = value;
    document.graph = graph;
  }
  const elements = Array.isArray(value) ? value : (value as { elements: unknown }).elements;
  const dataOf = (item: unknown, where: string): CytoscapeData | undefined => {
    if (isRecord(item) && isRecord(item.data)) return item.data;
    document.problems.push(fileProblem(file, 'has no "data" object; give every element one', where));
    return undefined;
  };
  if (Array.isArray(elements)) {
    for (const [index, item] of elements.entries()) {
      const data = dataOf(item, `element #${index + 1}`);
      if (!data) continue;
      const group = (item as { group?: unknown }).group;
      const isEdge =
        group === 'edges' || (group === undefined && data.source !== undefined && data.target !== undefined);
      (isEdge ? document.edges : document.nodes).push(data);
    }
  } else {
    const { nodes = [], edges = [] } = elements as { nodes?: unknown[]; edges?: unknown[] };
    for (const [index, item] of nodes.entries()) {
      const data = dataOf(item, `node #${index + 1}`);
      if (data) document.nodes.push(data);
    }
    for (const [index, item] of edges.entries()) {
      const data = dataOf(item, `edge #${index + 1}`);
      if (data) document.edges.push(data);
    }
  }
  return document;
}

/** A JSON value as a cell: text as it is, numbers and booleans as text, lists and objects as JSON. */
export function cellText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

const cellsOf = (data: CytoscapeData) =>
  Object.entries(data).flatMap(([key, value]) => {
    const text = cellText(value);
    return text === undefined ? [] : [[key, text] as const];
  });

const labelOf = (data: CytoscapeData) => (typeof data.id === 'string' || typeof data.id === 'number' ? data.id : '');

export function readCyjs(file: string, bytes: Uint8Array): ImportTable {
  const decoded = decodeText(file, bytes);
  if (decoded.text === undefined) return failedTable(file, 'cyjs', decoded.problems);
  const document = readCytoscapeDocument(file, decoded.text);
  const builder = new TableBuilder(file, 'cyjs', { checkFormulas: false });
  builder.problems.push(...document.problems);
  read: {
    for (const [index, data] of document.nodes.entries()) {
      const id = labelOf(data);
      if (!builder.addRow('elements', id === '' ? `node #${index + 1}` : `node ${id}`, cellsOf(data))) break read;
    }
    for (const [index, data] of document.edges.entries()) {
      const id = labelOf(data);
      if (!builder.addRow('connections', id === '' ? `edge #${index + 1}` : `edge ${id}`, cellsOf(data))) break read;
    }
  }
  if (builder.rows === 0 && !builder.isFull && document.problems.length === 0)
    builder.problem('', '', 'has no nodes or edges');
  return builder.build();
}
