/**
 * Element diffing: brings Cytoscape's elements in line with the wanted nodes and edges by id, so
 * nodes that stay keep their position and identity, gone ones leave and changed data is updated.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { communityColour, edgeWidth, relationshipWords } from './palette.ts';
import type { DiffResult, GraphEdgeInput, GraphNodeInput, StyleOptions } from './types.ts';

type Data = Record<string, unknown>;

export function nodeData(node: GraphNodeInput): Data {
  return {
    id: node.id,
    label: node.label,
    kind: node.kind,
    type: node.type,
    sector: node.sector,
    degree: node.degree,
    score: node.score ?? null,
    stance: node.stance ?? null,
    // Only when colouring by community (community given): null keeps the kind and type colours.
    communityColour: node.community === undefined ? null : communityColour(node.community),
    aggregate: node.aggregate ?? 0,
  };
}

export function edgeData(edge: GraphEdgeInput): Data {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    family: edge.family,
    confidence: edge.confidence,
    width: edgeWidth(edge.confidence),
    communityColour: edge.community === undefined ? null : communityColour(edge.community),
    label: relationshipWords(edge.type),
  };
}

function changedKeys(current: Data, wanted: Data): boolean {
  return Object.keys(wanted).some((key) => current[key] !== wanted[key]);
}

/**
 * Applies the wanted elements in one batch. Edges whose ends are missing are left out rather than
 * failing, since a caller may filter nodes and edges separately. New nodes can come in with a
 * class, e.g. to stay hidden until they are placed.
 */
export function applyElements(
  cy: Core,
  nodes: readonly GraphNodeInput[],
  edges: readonly GraphEdgeInput[],
  newNodeClass?: string,
): DiffResult {
  const result: DiffResult = { added: [], removed: [], updated: [] };
  const wantedNodes = new Map(nodes.map((node) => [node.id, node]));
  const wantedEdges = new Map(
    edges.filter((edge) => wantedNodes.has(edge.source) && wantedNodes.has(edge.target)).map((edge) => [edge.id, edge]),
  );
  cy.batch(() => {
    const gone = cy.elements().filter((element) => {
      const wanted = element.isNode() ? wantedNodes.get(element.id()) : wantedEdges.get(element.id());
      if (!wanted) return true;
      // An edge whose ends changed is a different edge for Cytoscape: re-add it.
      return (
        element.isEdge() &&
        (element.data('source') !== (wanted as GraphEdgeInput).source ||
          element.data('target') !== (wanted as GraphEdgeInput).target)
      );
    });
    for (const element of gone)
      if (!wantedEdges.has(element.id()) && !wantedNodes.has(element.id())) result.removed.push(element.id());
    cy.remove(gone);

    const additions: ElementDefinition[] = [];
    // Sorted, so the same graph always enters Cytoscape in the same order and lays out the same way.
    for (const node of [...wantedNodes.values()].sort((a, b) => a.id.localeCompare(b.id))) {
      const existing = cy.getElementById(node.id);
      const data = nodeData(node);
      if (existing.empty()) {
        additions.push({ group: 'nodes', data, ...(newNodeClass ? { classes: newNodeClass } : {}) });
        result.added.push(node.id);
      } else if (changedKeys(existing.data() as Data, data)) {
        existing.data(data);
        result.updated.push(node.id);
      }
    }
    for (const edge of [...wantedEdges.values()].sort((a, b) => a.id.localeCompare(b.id))) {
      const existing = cy.getElementById(edge.id);
      const data = edgeData(edge);
      if (existing.empty()) {
        additions.push({ group: 'edges', data });
        result.added.push(edge.id);
      } else if (changedKeys(existing.data() as Data, data)) {
        existing.data(data);
        result.updated.push(edge.id);
      }
    }
    cy.add(additions);
  });
  return result;
}

/** Node sizes and label sizes from degree or influence score, relative to the largest in view. */
const weightOf = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : 0);

/** A node's size and label size for its weight (degree or score), given the largest in view. */
export function sizesFor(weight: unknown, largest: number): { size: number; fontSize: number } {
  const share = largest > 0 ? Math.sqrt(weightOf(weight) / largest) : 0;
  return { size: Math.round(16 + 40 * share), fontSize: Math.round((10 + 8 * share) * 10) / 10 };
}

/** The largest weight among the values (0 for none); a loop, since spreading 20,000 overflows the stack. */
export function largestWeight(values: Iterable<unknown>): number {
  let largest = 0;
  for (const value of values) largest = Math.max(largest, weightOf(value));
  return largest;
}

export function applySizes(cy: Core, options: StyleOptions): void {
  const nodes = cy.nodes();
  const key = options.sizeBy === 'score' ? 'score' : 'degree';
  const largest = largestWeight(nodes.map((node) => node.data(key) as unknown));
  cy.batch(() => {
    for (const node of nodes) {
      const { size, fontSize } = sizesFor(node.data(key), largest);
      if (node.data('size') !== size) node.data('size', size);
      if (node.data('fontSize') !== fontSize) node.data('fontSize', fontSize);
    }
  });
}
