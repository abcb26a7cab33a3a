/**
 * GraphML (Gephi, yEd, NetworkX's read_graphml, igraph): typed keys, directed edges. Names over
 * time and citations go in twice: as text to read and as a JSON string, so nothing is lost.
 */
import { entityAttributes, relationshipAttributes, type ExportGraph } from './graph.ts';
import { attributes, xmlDocument, type XmlNode } from './xml.ts';

type KeyType = 'string' | 'double';
interface Key {
  name: string;
  type: KeyType;
}

const GRAPH_KEYS: Key[] = [
  { name: 'asOf', type: 'string' },
  { name: 'families', type: 'string' },
  { name: 'types', type: 'string' },
  { name: 'minConfidence', type: 'double' },
  { name: 'sourcesJson', type: 'string' },
];
const NODE_KEYS: Key[] = [
  { name: 'label', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'kind', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'sector', type: 'string' },
  { name: 'validFrom', type: 'string' },
  { name: 'validTo', type: 'string' },
  { name: 'description', type: 'string' },
  { name: 'identifiers', type: 'string' },
  { name: 'names', type: 'string' },
  { name: 'namesJson', type: 'string' },
  { name: 'citations', type: 'string' },
  { name: 'citationsJson', type: 'string' },
];
const EDGE_KEYS: Key[] = [
  { name: 'label', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'family', type: 'string' },
  { name: 'role', type: 'string' },
  { name: 'validFrom', type: 'string' },
  { name: 'validTo', type: 'string' },
  { name: 'dateBasis', type: 'string' },
  { name: 'confidence', type: 'double' },
  { name: 'weight', type: 'double' },
  { name: 'citations', type: 'string' },
  { name: 'citationsJson', type: 'string' },
];

const PREFIX = { graph: 'g', node: 'n', edge: 'e' } as const;

function keyElements(target: keyof typeof PREFIX, keys: Key[]): XmlNode[] {
  return keys.map((key) => ({
    '@_id': `${PREFIX[target]}_${key.name}`,
    '@_for': target,
    '@_attr.name': key.name,
    '@_attr.type': key.type,
  }));
}

/** <data> elements for the values present (GraphML has no null: a missing value is no element). */
function data(target: keyof typeof PREFIX, values: Record<string, string | number | undefined>): XmlNode[] {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => ({ '@_key': `${PREFIX[target]}_${name}`, '#text': value }));
}

export function graphml(graph: ExportGraph): string {
  const { filters } = graph;
  return xmlDocument({
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation':
        'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
      key: [...keyElements('graph', GRAPH_KEYS), ...keyElements('node', NODE_KEYS), ...keyElements('edge', EDGE_KEYS)],
      graph: {
        '@_id': 'stakeholder-atlas',
        '@_edgedefault': 'directed',
        data: data('graph', {
          asOf: filters.asOf,
          families: filters.families?.join(','),
          types: filters.types?.join(','),
          minConfidence: filters.minConfidence,
          sourcesJson: JSON.stringify(graph.sources),
        }),
        node: graph.entities.map((entity) => ({
          ...attributes({ id: entity.id }),
          data: data('node', { label: entity.label, ...entityAttributes(entity, graph.sources) }),
        })),
        edge: graph.relationships.map((relationship) => ({
          ...attributes({ id: relationship.id, source: relationship.from, target: relationship.to }),
          data: data('edge', {
            label: relationship.type,
            ...relationshipAttributes(relationship, graph.sources),
            weight: relationship.confidence,
          }),
        })),
      },
    },
  });
}
