/**
 * GraphML (Gephi, yEd, NetworkX, igraph, our own export): a node is an element row, an edge a
 * connection row. A node's id is the column "id"; an edge's ends are "source" and "target", its id
 * "id"; every <key> is a column named by its attr.name (its id when it has none), with the key's
 * <default> where a node or edge gives no value. Data holding markup (yEd's graphics) is skipped.
 */
import type { ImportTable } from '../table.ts';
import { failedTable, TableBuilder, type SectionName } from './table-builder.ts';
import { decodeText } from './text.ts';
import { attribute, children, parseXml, textOf, type XmlElement } from './xml.ts';

interface Key {
  column: string;
  default?: string;
}

/** The keys for one kind of element ("node" or "edge"; "all" keys count for both), by key id. */
function keysFor(root: XmlElement, target: 'node' | 'edge'): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const key of children(root, 'key')) {
    const id = attribute(key, 'id');
    const forWhat = attribute(key, 'for') ?? 'all';
    if (!id || (forWhat !== target && forWhat !== 'all')) continue;
    const defaultValue = children(key, 'default')
      .map(textOf)
      .find((value) => value !== undefined);
    keys.set(id, { column: attribute(key, 'attr.name') ?? id, default: defaultValue });
  }
  return keys;
}

function cellsOf(element: XmlElement, keys: Map<string, Key>, fixed: [string, string | undefined][]) {
  const cells = new Map<string, string>();
  for (const [column, value] of fixed) if (value !== undefined) cells.set(column, value);
  for (const key of keys.values()) if (key.default !== undefined) cells.set(key.column, key.default);
  for (const data of children(element, 'data')) {
    const keyId = attribute(data, 'key');
    const value = textOf(data);
    if (!keyId || value === undefined) continue;
    cells.set(keys.get(keyId)?.column ?? keyId, value);
  }
  return cells;
}

/** Every <graph>, nested ones (a node's subgraph) included, in document order. */
function graphsIn(element: XmlElement): XmlElement[] {
  return children(element, 'graph').flatMap((graph) => [
    graph,
    ...children(graph, 'node').flatMap((node) => graphsIn(node)),
  ]);
}

export function readGraphml(file: string, bytes: Uint8Array): ImportTable {
  const decoded = decodeText(file, bytes);
  if (decoded.text === undefined) return failedTable(file, 'graphml', decoded.problems);
  const builder = new TableBuilder(file, 'graphml', { checkFormulas: false });
  const document = parseXml(builder, decoded.text, ['key', 'graph', 'node', 'edge', 'data', 'default']);
  if (!document) return builder.build();
  const root = document.graphml as XmlElement | undefined;
  if (!root || typeof root !== 'object') {
    builder.problem('', '', 'is not GraphML: its root element is not <graphml>');
    return builder.build();
  }
  const nodeKeys = keysFor(root, 'node');
  const edgeKeys = keysFor(root, 'edge');
  const declare = (section: SectionName, fixed: string[], keys: Map<string, Key>) => {
    for (const column of [...fixed, ...[...keys.values()].map((key) => key.column)]) builder.addColumn(section, column);
  };
  declare('elements', ['id'], nodeKeys);
  declare('connections', ['source', 'target', 'id'], edgeKeys);
  let nodeNumber = 0;
  let edgeNumber = 0;
  read: for (const graph of graphsIn(root)) {
    for (const node of children(graph, 'node')) {
      nodeNumber += 1;
      const id = attribute(node, 'id');
      const at = id ? `node ${id}` : `node #${nodeNumber}`;
      if (!id) builder.problem(at, 'id', 'has no id; give every <node> an id attribute');
      if (!builder.addRow('elements', at, cellsOf(node, nodeKeys, [['id', id]]))) break read;
    }
    for (const edge of children(graph, 'edge')) {
      edgeNumber += 1;
      const id = attribute(edge, 'id');
      const fixed: [string, string | undefined][] = [
        ['source', attribute(edge, 'source')],
        ['target', attribute(edge, 'target')],
        ['id', id],
      ];
      if (!builder.addRow('connections', id ? `edge ${id}` : `edge #${edgeNumber}`, cellsOf(edge, edgeKeys, fixed)))
        break read;
    }
  }
  if (builder.rows === 0 && !builder.isFull) builder.problem('', '', 'has no nodes or edges');
  return builder.build();
}
