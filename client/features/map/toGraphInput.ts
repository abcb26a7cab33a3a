/** The API's nodes and edges as the graph view's input, with influence scores when the overlay is on. */
import type { MapEdgeFragment, MapNodeFragment } from '../../api/generated/operations.ts';
import type { GraphEdgeInput, GraphNodeInput } from '../../graph/types.ts';

export function toNodeInput(
  node: MapNodeFragment,
  scores: ReadonlyMap<string, number> | null,
  stances: ReadonlyMap<string, string> | null = null,
  communities: ReadonlyMap<string, number> | null = null,
): GraphNodeInput {
  return {
    id: node.id,
    label: node.name,
    kind: node.kind,
    type: node.type,
    sector: node.sector,
    degree: node.degree,
    score: scores ? (scores.get(node.id) ?? 0) : null,
    stance: stances?.get(node.id) ?? null,
    // Coloured by community: 0 (grey) for those outside the largest communities.
    ...(communities ? { community: communities.get(node.id) ?? 0 } : {}),
  };
}

export function toEdgeInput(
  edge: MapEdgeFragment,
  communities: ReadonlyMap<string, number> | null = null,
): GraphEdgeInput {
  const community = communities?.get(edge.source);
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    family: edge.family,
    confidence: edge.confidence,
    // Coloured by community: the shared community, 0 (grey) for links between communities.
    ...(communities ? { community: community && community === communities.get(edge.target) ? community : 0 } : {}),
  };
}
