/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AliasKind =
  | 'ACRONYM'
  /** an informal or shortened name */
  | 'INFORMAL'
  /** a name the entity went by */
  | 'NAME';

/** How a relationship's dates were arrived at. */
export type DateBasis =
  /** read from other facts, explained in a citation's note */
  | 'INFERRED'
  /** the text only attests the fact; the dates are those of the citing source */
  | 'SOURCE_DATE'
  /** the text gives the date */
  | 'STATED';

export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

export type EntityKind =
  | 'BODY'
  | 'PERSON'
  | 'PROGRAMME';

export type Family =
  | 'GOVERNANCE'
  | 'INFLUENCE'
  | 'LIAISON'
  | 'MEMBERSHIP'
  | 'PROGRAMME';

export type InfluenceMetric =
  /** share of shortest routes between others that pass through the entity */
  | 'BETWEENNESS'
  /** number of relationships */
  | 'DEGREE'
  /** PageRank over directed relationships weighted by confidence */
  | 'PAGERANK';

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<
    | { id: string, name: string, kind: EntityKind, aliases: Array<{ name: string, kind: AliasKind }> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<{ name: string, kind: AliasKind }> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<{ name: string, kind: AliasKind }> }
  > };

export type EntityDetailsQueryVariables = Exact<{
  id: string;
  families?: Array<Family> | Family | null | undefined;
  types?: Array<string> | string | null | undefined;
  asOf?: string | null | undefined;
  minConfidence?: number | null | undefined;
}>;


export type EntityDetailsQuery = { entity:
    | { type: string, sector: string, validFrom: string | null, validTo: string | null, id: string, name: string, kind: EntityKind, description: string | null, retiredAt: string | null, aliases: Array<{ name: string, kind: AliasKind, validFrom: string | null, validTo: string | null, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }>, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }
    | { id: string, name: string, kind: EntityKind, description: string | null, retiredAt: string | null, aliases: Array<{ name: string, kind: AliasKind, validFrom: string | null, validTo: string | null, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }>, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }
    | { type: string, validFrom: string | null, validTo: string | null, id: string, name: string, kind: EntityKind, description: string | null, retiredAt: string | null, aliases: Array<{ name: string, kind: AliasKind, validFrom: string | null, validTo: string | null, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }>, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }
   | null, neighbourhood: { nodes: Array<{ id: string, name: string, kind: EntityKind, type: string | null, sector: string | null, degree: number }>, edges: Array<{ id: string, source: string, target: string, type: string, family: Family, role: string | null, validFrom: string | null, validFromPrecision: DatePrecision | null, validTo: string | null, validToPrecision: DatePrecision | null, dateBasis: DateBasis, confidence: number, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }> } };

export type SourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type SourcesQuery = { sources: Array<{ id: string, title: string, date: string, dateEstimated: boolean }> };

export type MapNodeFragment = { id: string, name: string, kind: EntityKind, type: string | null, sector: string | null, degree: number };

export type MapEdgeFragment = { id: string, source: string, target: string, type: string, family: Family, role: string | null, validFrom: string | null, validFromPrecision: DatePrecision | null, validTo: string | null, validToPrecision: DatePrecision | null, dateBasis: DateBasis, confidence: number, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> };

export type CitationFieldsFragment = { quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } };

export type NetworkQueryVariables = Exact<{
  families?: Array<Family> | Family | null | undefined;
  types?: Array<string> | string | null | undefined;
  asOf?: string | null | undefined;
  minConfidence?: number | null | undefined;
}>;


export type NetworkQuery = { network: { truncated: boolean, nodes: Array<{ id: string, name: string, kind: EntityKind, type: string | null, sector: string | null, degree: number }>, edges: Array<{ id: string, source: string, target: string, type: string, family: Family, role: string | null, validFrom: string | null, validFromPrecision: DatePrecision | null, validTo: string | null, validToPrecision: DatePrecision | null, dateBasis: DateBasis, confidence: number, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }> } };

export type NeighbourhoodQueryVariables = Exact<{
  id: string;
  depth: number;
  families?: Array<Family> | Family | null | undefined;
  types?: Array<string> | string | null | undefined;
  asOf?: string | null | undefined;
  minConfidence?: number | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<{ id: string, name: string, kind: EntityKind, type: string | null, sector: string | null, degree: number }>, edges: Array<{ id: string, source: string, target: string, type: string, family: Family, role: string | null, validFrom: string | null, validFromPrecision: DatePrecision | null, validTo: string | null, validToPrecision: DatePrecision | null, dateBasis: DateBasis, confidence: number, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }> } };

export type PathsQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  first?: number | null | undefined;
  avoid?: Array<string> | string | null | undefined;
  families?: Array<Family> | Family | null | undefined;
  asOf?: string | null | undefined;
  minConfidence?: number | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ cost: number, nodes: Array<{ id: string, name: string, kind: EntityKind, type: string | null, sector: string | null, degree: number }>, edges: Array<{ id: string, source: string, target: string, type: string, family: Family, role: string | null, validFrom: string | null, validFromPrecision: DatePrecision | null, validTo: string | null, validToPrecision: DatePrecision | null, dateBasis: DateBasis, confidence: number, citations: Array<{ quote: string, note: string | null, source: { id: string, title: string, date: string, dateEstimated: boolean } }> }> }> };

export type InfluenceQueryVariables = Exact<{
  metric: InfluenceMetric;
  families?: Array<Family> | Family | null | undefined;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type InfluenceQuery = { influence: Array<{ rank: number, score: number, explanation: string, entity:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
    , strongestLinks: Array<{ id: string, type: string, source: string, target: string }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MapNodeFragmentDoc = new TypedDocumentString(`
    fragment MapNode on Node {
  id
  name
  kind
  type
  sector
  degree
}
    `, {"fragmentName":"MapNode"}) as unknown as TypedDocumentString<MapNodeFragment, unknown>;
export const CitationFieldsFragmentDoc = new TypedDocumentString(`
    fragment CitationFields on Citation {
  quote
  note
  source {
    id
    title
    date
    dateEstimated
  }
}
    `, {"fragmentName":"CitationFields"}) as unknown as TypedDocumentString<CitationFieldsFragment, unknown>;
export const MapEdgeFragmentDoc = new TypedDocumentString(`
    fragment MapEdge on Edge {
  id
  source
  target
  type
  family
  role
  validFrom
  validFromPrecision
  validTo
  validToPrecision
  dateBasis
  confidence
  citations {
    ...CitationFields
  }
}
    fragment CitationFields on Citation {
  quote
  note
  source {
    id
    title
    date
    dateEstimated
  }
}`, {"fragmentName":"MapEdge"}) as unknown as TypedDocumentString<MapEdgeFragment, unknown>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    id
    name
    kind
    aliases {
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const EntityDetailsDocument = new TypedDocumentString(`
    query EntityDetails($id: ID!, $families: [Family!], $types: [String!], $asOf: String, $minConfidence: Float) {
  entity(id: $id) {
    id
    name
    kind
    description
    retiredAt
    aliases {
      name
      kind
      validFrom
      validTo
      citations {
        ...CitationFields
      }
    }
    citations {
      ...CitationFields
    }
    ... on Body {
      type
      sector
      validFrom
      validTo
    }
    ... on Programme {
      type
      validFrom
      validTo
    }
  }
  neighbourhood(
    id: $id
    depth: 1
    families: $families
    types: $types
    asOf: $asOf
    minConfidence: $minConfidence
  ) {
    nodes {
      ...MapNode
    }
    edges {
      ...MapEdge
    }
  }
}
    fragment MapNode on Node {
  id
  name
  kind
  type
  sector
  degree
}
fragment MapEdge on Edge {
  id
  source
  target
  type
  family
  role
  validFrom
  validFromPrecision
  validTo
  validToPrecision
  dateBasis
  confidence
  citations {
    ...CitationFields
  }
}
fragment CitationFields on Citation {
  quote
  note
  source {
    id
    title
    date
    dateEstimated
  }
}`) as unknown as TypedDocumentString<EntityDetailsQuery, EntityDetailsQueryVariables>;
export const SourcesDocument = new TypedDocumentString(`
    query Sources {
  sources {
    id
    title
    date
    dateEstimated
  }
}
    `) as unknown as TypedDocumentString<SourcesQuery, SourcesQueryVariables>;
export const NetworkDocument = new TypedDocumentString(`
    query Network($families: [Family!], $types: [String!], $asOf: String, $minConfidence: Float) {
  network(
    families: $families
    types: $types
    asOf: $asOf
    minConfidence: $minConfidence
  ) {
    truncated
    nodes {
      ...MapNode
    }
    edges {
      ...MapEdge
    }
  }
}
    fragment MapNode on Node {
  id
  name
  kind
  type
  sector
  degree
}
fragment MapEdge on Edge {
  id
  source
  target
  type
  family
  role
  validFrom
  validFromPrecision
  validTo
  validToPrecision
  dateBasis
  confidence
  citations {
    ...CitationFields
  }
}
fragment CitationFields on Citation {
  quote
  note
  source {
    id
    title
    date
    dateEstimated
  }
}`) as unknown as TypedDocumentString<NetworkQuery, NetworkQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($id: ID!, $depth: Int!, $families: [Family!], $types: [String!], $asOf: String, $minConfidence: Float) {
  neighbourhood(
    id: $id
    depth: $depth
    families: $families
    types: $types
    asOf: $asOf
    minConfidence: $minConfidence
  ) {
    truncated
    nodes {
      ...MapNode
    }
    edges {
      ...MapEdge
    }
  }
}
    fragment MapNode on Node {
  id
  name
  kind
  type
  sector
  degree
}
fragment MapEdge on Edge {
  id
  source
  target
  type
  family
  role
  validFrom
  validFromPrecision
  validTo
  validToPrecision
  dateBasis
  confidence
  citations {
    ...CitationFields
  }
}
fragment CitationFields on Citation {
  quote
  note
  source {
    id
    title
    date
    dateEstimated
  }
}`) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($from: ID!, $to: ID!, $maxHops: Int, $first: Int, $avoid: [ID!], $families: [Family!], $asOf: String, $minConfidence: Float) {
  paths(
    from: $from
    to: $to
    maxHops: $maxHops
    first: $first
    avoid: $avoid
    families: $families
    asOf: $asOf
    minConfidence: $minConfidence
  ) {
    cost
    nodes {
      ...MapNode
    }
    edges {
      ...MapEdge
    }
  }
}
    fragment MapNode on Node {
  id
  name
  kind
  type
  sector
  degree
}
fragment MapEdge on Edge {
  id
  source
  target
  type
  family
  role
  validFrom
  validFromPrecision
  validTo
  validToPrecision
  dateBasis
  confidence
  citations {
    ...CitationFields
  }
}
fragment CitationFields on Citation {
  quote
  note
  source {
    id
    title
    date
    dateEstimated
  }
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const InfluenceDocument = new TypedDocumentString(`
    query Influence($metric: InfluenceMetric!, $families: [Family!], $asOf: String, $first: Int) {
  influence(metric: $metric, families: $families, asOf: $asOf, first: $first) {
    rank
    score
    explanation
    entity {
      id
      name
      kind
    }
    strongestLinks {
      id
      type
      source
      target
    }
  }
}
    `) as unknown as TypedDocumentString<InfluenceQuery, InfluenceQueryVariables>;