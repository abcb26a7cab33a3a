/**
 * Kumu's JSON import ("blueprint"): { elements, connections }. Kumu's documented blueprint names
 * elements by label and connections by from/to; we give each element an id and point from/to at
 * ids, since labels need not be unique. Other fields become Kumu fields shown in the profile.
 */
import { RELATIONSHIP_TYPES, type RelationshipType } from '../vocabulary.ts';
import { aliasesText, citationsText, KIND_TITLES, type ExportGraph } from './graph.ts';

function withoutEmpty(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(
      ([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

export function kumuJson(graph: ExportGraph): string {
  const blueprint = {
    elements: graph.entities.map((entity) =>
      withoutEmpty({
        id: entity.id,
        label: entity.label,
        type: KIND_TITLES[entity.kind],
        description: entity.description,
        tags: [entity.type, entity.sector].filter(Boolean),
        name: entity.name,
        identifiers: entity.identifiers?.join('; '),
        'names over time': aliasesText(entity.aliases),
        'valid from': entity.validFrom,
        'valid to': entity.validTo,
        citations: citationsText(entity.citations, graph.sources),
      }),
    ),
    connections: graph.relationships.map((relationship) =>
      withoutEmpty({
        id: relationship.id,
        from: relationship.from,
        to: relationship.to,
        type: relationship.type,
        direction: 'directed',
        description: RELATIONSHIP_TYPES[relationship.type as RelationshipType]?.reads,
        tags: [relationship.family],
        family: relationship.family,
        role: relationship.role,
        'valid from': relationship.validFrom,
        'valid to': relationship.validTo,
        'date basis': relationship.dateBasis,
        confidence: relationship.confidence,
        citations: citationsText(relationship.citations, graph.sources),
      }),
    ),
  };
  return `${JSON.stringify(blueprint, null, 2)}\n`;
}
