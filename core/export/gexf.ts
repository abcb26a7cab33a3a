/**
 * GEXF 1.3 (Gephi, Gephi Lite): attributes declared per class, and each period as start/end so
 * Gephi's timeline works. GEXF dates are whole days: a period starting "2016" starts 2016-01-01,
 * one ending "2011" ends 2011-12-31 (partial dates cover their whole year or month).
 */
import { entityAttributes, relationshipAttributes, type ExportGraph } from './graph.ts';
import { attributes, xmlDocument, type XmlNode } from './xml.ts';

/** The first day a partial date covers. */
export function gexfStart(date: string | undefined): string | undefined {
  if (!date) return undefined;
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date;
}

/** The last day a partial date covers. */
export function gexfEnd(date: string | undefined): string | undefined {
  if (!date) return undefined;
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) {
    // Day 0 of the next month is the last day of this one.
    const lastDay = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return `${date}-${String(lastDay).padStart(2, '0')}`;
  }
  return date;
}

const NODE_ATTRIBUTES = [
  'name',
  'kind',
  'type',
  'sector',
  'validFrom',
  'validTo',
  'description',
  'identifiers',
  'names',
  'namesJson',
  'citations',
  'citationsJson',
];
const EDGE_ATTRIBUTES: [string, 'string' | 'double'][] = [
  ['type', 'string'],
  ['family', 'string'],
  ['role', 'string'],
  ['validFrom', 'string'],
  ['validTo', 'string'],
  ['dateBasis', 'string'],
  ['confidence', 'double'],
  ['citations', 'string'],
  ['citationsJson', 'string'],
];

function attvalues(values: Record<string, string | number | undefined>): XmlNode {
  const present = Object.entries(values).filter(([, value]) => value !== undefined && value !== '');
  return { attvalue: present.map(([name, value]) => ({ '@_for': name, '@_value': value })) };
}

export function gexf(graph: ExportGraph): string {
  const { filters } = graph;
  const chosen = [
    filters.asOf && `as of ${filters.asOf}`,
    filters.families && `families ${filters.families.join(', ')}`,
    filters.types && `types ${filters.types.join(', ')}`,
    filters.minConfidence && `confidence at least ${filters.minConfidence}`,
  ].filter(Boolean);
  return xmlDocument({
    gexf: {
      '@_xmlns': 'http://gexf.net/1.3',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation': 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd',
      '@_version': '1.3',
      meta: {
        creator: 'Stakeholder Atlas',
        description: `Stakeholder network${chosen.length ? ` (${chosen.join('; ')})` : ''}`,
      },
      graph: {
        '@_defaultedgetype': 'directed',
        '@_mode': 'dynamic',
        '@_timeformat': 'date',
        '@_timerepresentation': 'interval',
        attributes: [
          {
            '@_class': 'node',
            '@_mode': 'static',
            attribute: NODE_ATTRIBUTES.map((name) => ({ '@_id': name, '@_title': name, '@_type': 'string' })),
          },
          {
            '@_class': 'edge',
            '@_mode': 'static',
            attribute: EDGE_ATTRIBUTES.map(([name, type]) => ({ '@_id': name, '@_title': name, '@_type': type })),
          },
        ],
        nodes: {
          node: graph.entities.map((entity) => ({
            ...attributes({
              id: entity.id,
              label: entity.label,
              start: gexfStart(entity.validFrom),
              end: gexfEnd(entity.validTo),
            }),
            attvalues: attvalues(entityAttributes(entity, graph.sources)),
          })),
        },
        edges: {
          edge: graph.relationships.map((relationship) => ({
            ...attributes({
              id: relationship.id,
              source: relationship.from,
              target: relationship.to,
              label: relationship.type,
              weight: relationship.confidence,
              start: gexfStart(relationship.validFrom),
              end: gexfEnd(relationship.validTo),
            }),
            attvalues: attvalues(relationshipAttributes(relationship, graph.sources)),
          })),
        },
      },
    },
  });
}
