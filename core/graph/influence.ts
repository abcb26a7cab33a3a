/**
 * Influence metrics over a network, computed with graphology (Neo4j Community has no graph
 * algorithms): degree, betweenness and PageRank, each score with the links that explain it.
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { RELATIONSHIP_TYPES, type InfluenceMetric, type RelationshipType } from '../vocabulary.ts';
import { betweennessCentrality } from './betweenness.ts';
import type { GraphEdge, GraphNode } from './types.ts';

const STRONGEST = 3;

const byConfidence = (a: GraphEdge, b: GraphEdge) => b.confidence - a.confidence || a.id.localeCompare(b.id);
const otherEnd = (edge: GraphEdge, id: string) => (edge.source === id ? edge.target : edge.source);

export interface InfluenceScores<E extends GraphEdge = GraphEdge> {
  scores: Map<string, number>;
  /** The links behind each entity's score, strongest first, and a sentence about it. */
  explain(id: string): { explanation: string; strongestLinks: E[] };
}

/** What every metric starts from: the network, each entity's links, and links said in words. */
interface Network<E extends GraphEdge> {
  nodes: readonly GraphNode[];
  edges: readonly E[];
  edgesOf: Map<string, E[]>;
  /** "chairs Local CIO Council" for a link from the entity, "Socitm supports it" for one to it. */
  describe: (id: string, links: E[]) => string;
}

/** Pure: the scores of one metric over nodes and edges. */
export function computeInfluence<E extends GraphEdge>(
  metric: InfluenceMetric,
  nodes: readonly GraphNode[],
  edges: readonly E[],
): InfluenceScores<E> {
  const names = new Map(nodes.map((node) => [node.id, node.name]));
  const edgesOf = new Map<string, E[]>(nodes.map((node) => [node.id, []]));
  for (const edge of edges) {
    edgesOf.get(edge.source)?.push(edge);
    edgesOf.get(edge.target)?.push(edge);
  }
  const describe = (id: string, links: E[]) =>
    links
      .map((edge) => {
        const verb = edge.type.toLowerCase().replace(/_/g, ' ');
        const other = names.get(otherEnd(edge, id));
        return edge.source === id ? `${verb} ${other}` : `${other} ${verb} it`;
      })
      .join('; ');
  const network: Network<E> = { nodes, edges, edgesOf, describe };
  if (metric === 'DEGREE') return degreeScores(network);
  if (metric === 'BETWEENNESS') return betweennessScores(network);
  return pageRankScores(network);
}

/** Degree: how many relationships, by family, the most certain named. */
function degreeScores<E extends GraphEdge>({ nodes, edgesOf, describe }: Network<E>): InfluenceScores<E> {
  const scores = new Map(nodes.map((node) => [node.id, edgesOf.get(node.id)!.length]));
  return {
    scores,
    explain: (id) => {
      const links = [...edgesOf.get(id)!].sort(byConfidence);
      const families = new Map<string, number>();
      for (const edge of links) {
        const family = RELATIONSHIP_TYPES[edge.type as RelationshipType].family.toLowerCase();
        families.set(family, (families.get(family) ?? 0) + 1);
      }
      const breakdown = [...families].sort((a, b) => b[1] - a[1]).map(([family, count]) => `${count} ${family}`);
      return {
        explanation: `${links.length} relationships (${breakdown.join(', ') || 'none'}); most certain: ${describe(id, links.slice(0, STRONGEST)) || 'none'}.`,
        strongestLinks: links.slice(0, STRONGEST),
      };
    },
  };
}

/** Betweenness: the share of shortest routes through an entity, its links to the best brokers named. */
function betweennessScores<E extends GraphEdge>({ nodes, edges, edgesOf, describe }: Network<E>): InfluenceScores<E> {
  const graph = new UndirectedGraph();
  for (const node of nodes) graph.addNode(node.id);
  for (const edge of edges) {
    if (!graph.hasEdge(edge.source, edge.target)) graph.addEdge(edge.source, edge.target);
  }
  const raw = betweennessCentrality(graph);
  const scores = new Map(nodes.map((node) => [node.id, raw[node.id] ?? 0]));
  return {
    scores,
    explain: (id) => {
      // The links to the best-connected brokers carry most of the routes through this entity.
      const links = [...edgesOf.get(id)!].sort(
        (a, b) => (scores.get(otherEnd(b, id)) ?? 0) - (scores.get(otherEnd(a, id)) ?? 0) || byConfidence(a, b),
      );
      const share = ((scores.get(id) ?? 0) * 100).toFixed(1);
      return {
        explanation: `Lies on ${share}% of the shortest routes between other pairs of entities; its bridges run through: ${describe(id, links.slice(0, STRONGEST)) || 'none'}.`,
        strongestLinks: links.slice(0, STRONGEST),
      };
    },
  };
}

/** PageRank, the links an entity draws most standing from named. */
function pageRankScores<E extends GraphEdge>({ nodes, edges, describe }: Network<E>): InfluenceScores<E> {
  // PageRank: standing flows along each relationship to the end the vocabulary says it favours
  // (a chair gains from the body it chairs, a body from its members), weighted by confidence.
  const graph = new DirectedGraph();
  for (const node of nodes) graph.addNode(node.id);
  const lends = new Map<string, E[]>(nodes.map((node) => [node.id, []]));
  const addFlow = (from: string, to: string, edge: E) => {
    lends.get(to)?.push(edge);
    if (graph.hasEdge(from, to)) {
      graph.updateEdgeAttribute(graph.edge(from, to)!, 'weight', (weight: number) => weight + edge.confidence);
    } else {
      graph.addEdge(from, to, { weight: edge.confidence });
    }
  };
  for (const edge of edges) {
    const { standing } = RELATIONSHIP_TYPES[edge.type as RelationshipType];
    if (standing !== 'from') addFlow(edge.source, edge.target, edge);
    if (standing !== 'to') addFlow(edge.target, edge.source, edge);
  }
  const raw = pagerank(graph, { getEdgeWeight: 'weight' });
  const scores = new Map(nodes.map((node) => [node.id, raw[node.id] ?? 0]));
  // Memoised: explaining every entity (the snapshot's standing) sorts each one's links by it.
  const outWeights = new Map<string, number>();
  const outWeight = (id: string) => {
    let weight = outWeights.get(id);
    if (weight === undefined) {
      weight = graph.outEdges(id).reduce((sum, edge) => sum + (graph.getEdgeAttribute(edge, 'weight') as number), 0);
      outWeights.set(id, weight);
    }
    return weight;
  };
  return {
    scores,
    explain: (id) => {
      const contribution = (edge: E) => {
        const giver = otherEnd(edge, id);
        return ((scores.get(giver) ?? 0) * edge.confidence) / Math.max(outWeight(giver), 1e-9);
      };
      const links = [...(lends.get(id) ?? [])].sort((a, b) => contribution(b) - contribution(a) || byConfidence(a, b));
      return {
        explanation: links.length
          ? `Draws standing from ${links.length} relationships; most from: ${describe(id, links.slice(0, STRONGEST))}.`
          : 'Draws standing from no relationship under these filters; its score is the baseline every entity gets.',
        strongestLinks: links.slice(0, STRONGEST),
      };
    },
  };
}
