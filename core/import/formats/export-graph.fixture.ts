/**
 * A small network as our exports write it, for the readers' round-trip tests: every attribute an
 * export carries is set at least once, with text that needs escaping in XML, JSON and CSV.
 */
import type { ExportGraph } from '../../export/graph.ts';

export const EXPORTED: ExportGraph = {
  filters: {},
  sources: [
    {
      id: 'source:digital-strategy',
      title: 'Digital strategy <2016–2019> & "beyond"',
      publisher: 'Kent County Council',
      kind: 'report',
      fileName: 'digital-strategy.txt',
      date: '2016',
      dateEstimated: false,
    },
  ],
  entities: [
    {
      id: 'body:kent-county-council',
      kind: 'BODY',
      name: 'Kent County Council',
      label: 'Kent County Council',
      type: 'council',
      sector: 'local-government',
      validFrom: '1889',
      description: 'Upper-tier council for Kent; "county" & <district> tiers',
      identifiers: ['gss:E10000016'],
      aliases: [
        {
          name: 'KCC',
          kind: 'acronym',
          validFrom: '1974',
          citations: [{ source: 'source:digital-strategy', quote: 'KCC', note: 'used throughout' }],
        },
      ],
      citations: [{ source: 'source:digital-strategy', quote: 'Kent County Council' }],
    },
    {
      id: 'person:alex-fenwick',
      kind: 'PERSON',
      name: 'Alex Fenwick',
      label: 'Alex Fenwick',
      validFrom: '2014-04',
      validTo: '2019-03-31',
      aliases: [],
      citations: [{ source: 'source:digital-strategy', quote: 'Alex Fenwick, Chief Information Officer' }],
    },
  ],
  relationships: [
    {
      id: 'rel:alex-fenwick-holds-role-at-kent',
      type: 'HOLDS_ROLE_AT',
      family: 'MEMBERSHIP',
      from: 'person:alex-fenwick',
      to: 'body:kent-county-council',
      role: 'Chief Information Officer',
      validFrom: '2014-04',
      validTo: '2019-03',
      dateBasis: 'stated',
      confidence: 0.8,
      citations: [{ source: 'source:digital-strategy', quote: 'Alex Fenwick, Chief Information Officer' }],
    },
  ],
};

/** Values as an export writes them: text cells, leaving out what it leaves out (undefined, empty). */
export function asCells(values: Record<string, string | number | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([name, value]) => [name, String(value)]),
  );
}

/** The columns a reader gives an entity of our GraphML and GEXF exports, in the writers' order. */
export const ENTITY_COLUMNS = [
  'id',
  'label',
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
