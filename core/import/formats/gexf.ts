/**
 * GEXF 1.2 and 1.3 (Gephi, Gephi Lite, our own export): a node is an element row (id, label, its
 * attvalues by the attribute's title, start and end), an edge a connection row (source, target,
 * id, label, weight, attvalues, start, end). An attribute's <default> fills in where a node or
 * edge gives no value; a dynamic attribute's first value is read.
 */
import type { ImportTable } from '../table.ts';
import { failedTable, TableBuilder, type SectionName } from './table-builder.ts';
import { decodeText } from './text.ts';
import { attribute, children, parseXml, textOf, type XmlElement } from './xml.ts';

interface Attribute {
  title: string;
  default?: string;
}

function attributesFor(graph: XmlElement, target: 'node' | 'edge'): Map<string, Attribute> {
  const declared = new Map<string, Attribute>();
  for (const group of children(graph, 'attributes')) {
    if ((attribute(group, 'class') ?? 'node') !== target) continue;
    for (const each of children(group, 'attribute')) {
      const id = attribute(each, 'id');
      if (id === undefined) continue;
      const defaultValue = children(each, 'default')
        .map(textOf)
        .find((value) => value !== undefined);
      declared.set(id, { title: attribute(each, 'title') ?? id, default: defaultValue });
    }
  }
  return declared;
}

const NODE_FIELDS = ['id', 'label'];
const EDGE_FIELDS = ['source', 'target', 'id', 'label', 'weight'];
const PERIOD = ['start', 'end'];

function cellsOf(element: XmlElement, declared: Map<string, Attribute>, fields: string[]) {
  const cells = new Map<string, string>();
  for (const field of fields) {
    const value = attribute(element, field);
    if (value !== undefined) cells.set(field, value);
  }
  for (const each of declared.values()) if (each.default !== undefined) cells.set(each.title, each.default);
  const seen = new Set<string>();
  for (const container of children(element, 'attvalues')) {
    for (const attvalue of children(container, 'attvalue')) {
      // GEXF 1.1 named the attribute "id"; 1.2 and 1.3 name it "for".
      const id = attribute(attvalue, 'for') ?? attribute(attvalue, 'id');
      const value = attribute(attvalue, 'value');
      if (id === undefined || value === undefined || seen.has(id)) continue;
      seen.add(id);
      cells.set(declared.get(id)?.title ?? id, value);
    }
  }
  for (const field of PERIOD) {
    const value = attribute(element, field);
    if (value !== undefined) cells.set(field, value);
  }
  return cells;
}

export function readGexf(file: string, bytes: Uint8Array): ImportTable {
  const decoded = decodeText(file, bytes);
  if (decoded.text === undefined) return failedTable(file, 'gexf', decoded.problems);
  const builder = new TableBuilder(file, 'gexf', { checkFormulas: false });
  const document = parseXml(builder, decoded.text, [
    'attributes',
    'attribute',
    'default',
    'nodes',
    'node',
    'edges',
    'edge',
    'attvalues',
    'attvalue',
  ]);
  if (!document) return builder.build();
  const graph = (document.gexf as XmlElement | undefined)?.graph as XmlElement | undefined;
  if (!graph || typeof graph !== 'object') {
    builder.problem('', '', 'is not GEXF: it has no <gexf> root with a <graph>');
    return builder.build();
  }
  const nodeAttributes = attributesFor(graph, 'node');
  const edgeAttributes = attributesFor(graph, 'edge');
  const declare = (section: SectionName, fields: string[], declared: Map<string, Attribute>) => {
    const titles = [...declared.values()].map((each) => each.title);
    for (const column of [...fields, ...titles, ...PERIOD]) builder.addColumn(section, column);
  };
  declare('elements', NODE_FIELDS, nodeAttributes);
  declare('connections', EDGE_FIELDS, edgeAttributes);
  read: {
    let nodeNumber = 0;
    for (const node of children(graph, 'nodes').flatMap((nodes) => children(nodes, 'node'))) {
      nodeNumber += 1;
      const id = attribute(node, 'id');
      const at = id === undefined ? `node #${nodeNumber}` : `node ${id}`;
      if (id === undefined) builder.problem(at, 'id', 'has no id; give every <node> an id attribute');
      if (!builder.addRow('elements', at, cellsOf(node, nodeAttributes, NODE_FIELDS))) break read;
    }
    let edgeNumber = 0;
    for (const edge of children(graph, 'edges').flatMap((edges) => children(edges, 'edge'))) {
      edgeNumber += 1;
      const id = attribute(edge, 'id');
      const at = id === undefined ? `edge #${edgeNumber}` : `edge ${id}`;
      if (!builder.addRow('connections', at, cellsOf(edge, edgeAttributes, EDGE_FIELDS))) break read;
    }
  }
  if (builder.rows === 0 && !builder.isFull) builder.problem('', '', 'has no nodes or edges');
  return builder.build();
}
