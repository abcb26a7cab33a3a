/**
 * The networks the client benchmark draws, as the graph view's input: a synthetic network of a
 * given size (preferential attachment), or from NATIONAL_FROM nodes the synthetic national one.
 * Shared by the page (main.ts) and the layout measurements in Node (structure.ts).
 */
import type { GraphEdgeInput, GraphNodeInput } from '../../client/graph/types.ts';
import { syntheticLinks } from '../../core/graph/synthetic.ts';
import { generateNational } from '../../core/synthetic/national.ts';
import { ENTITY_KINDS, RELATIONSHIP_TYPES, type RelationshipType } from '../../core/vocabulary.ts';

/** From this size the network is the synthetic national one (councils, people, programmes). */
export const NATIONAL_FROM = 10_000;

/** The synthetic national network (about 20,000 stakeholders, 61,000 relationships) as the view's input. */
function national(): { nodes: GraphNodeInput[]; edges: GraphEdgeInput[] } {
  const network = generateNational('national', 1);
  const degree = new Map<string, number>();
  for (const record of network.relationships)
    for (const end of [record.from, record.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const nodes = network.entities.map((entity): GraphNodeInput => ({
    id: entity.id,
    label: entity.name,
    kind: entity.kind,
    type: 'type' in entity ? ((entity.type as string | undefined) ?? null) : null,
    sector: null,
    degree: degree.get(entity.id) ?? 0,
  }));
  return { nodes, edges: toEdgeInputs(network.relationships) };
}

/** Relationship records as the view's edges (the national network's here, the seed's in structure.ts). */
export function toEdgeInputs(
  relationships: readonly { id: string; from: string; to: string; type: string; confidence: number }[],
): GraphEdgeInput[] {
  return relationships.map((record) => ({
    id: record.id,
    source: record.from,
    target: record.to,
    type: record.type,
    family: RELATIONSHIP_TYPES[record.type as RelationshipType].family,
    confidence: record.confidence,
  }));
}

export function synthetic(size: number): { nodes: GraphNodeInput[]; edges: GraphEdgeInput[] } {
  if (size >= NATIONAL_FROM) return national();
  const types = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];
  const nodes: GraphNodeInput[] = Array.from({ length: size }, (_, index) => {
    const kind = ENTITY_KINDS[index % ENTITY_KINDS.length]!;
    return {
      id: `n${index}`,
      label: `Stakeholder ${index}`,
      kind,
      type: kind === 'PERSON' ? null : 'council',
      sector: null,
      degree: 0,
    };
  });
  const edges = syntheticLinks(size).map(([from, to], index): GraphEdgeInput => {
    const type = types[index % types.length]!;
    nodes[from]!.degree++;
    nodes[to]!.degree++;
    return {
      id: `e${index}`,
      source: `n${from}`,
      target: `n${to}`,
      type,
      family: RELATIONSHIP_TYPES[type].family,
      confidence: 0.4 + (0.6 * ((index * 7) % 10)) / 10,
    };
  });
  return { nodes, edges };
}
