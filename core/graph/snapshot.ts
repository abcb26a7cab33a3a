/**
 * Everything influence answers need, computed once for a whole network: for each metric the best
 * entities overall and of each kind, with their explanations, and the communities with their most
 * central members. The server computes it off the request path (a worker thread) and caches it per
 * graph version; requests then only pick from it (`rankFromSnapshot`).
 */
import { suggestPower } from '../engagement-suggestions.ts';
import { ENTITY_KINDS, INFLUENCE_METRIC_NAMES, type EntityKind, type InfluenceMetric } from '../vocabulary.ts';
import { detectCommunities, type Community } from './communities.ts';
import { computeInfluence } from './influence.ts';
import type { GraphEdge, GraphNode } from './types.ts';

/** The most an influence answer may list (the API's `first` is 1 to 200). */
export const MAX_RANKED = 200;

export interface RankedScore<E extends GraphEdge = GraphEdge> {
  entityId: string;
  rank: number;
  score: number;
  explanation: string;
  strongestLinks: E[];
}

interface Candidate<E extends GraphEdge> extends Omit<RankedScore<E>, 'rank'> {
  name: string;
  /** The unrounded score, which orders the ranking. */
  raw: number;
}

export interface InfluenceSnapshot<E extends GraphEdge = GraphEdge> {
  /** Per metric and kind, the best MAX_RANKED entities of that kind, best first. */
  rankings: Record<InfluenceMetric, Record<EntityKind, Candidate<E>[]>>;
  communities: Community[];
  /** Every entity's PageRank place (1 for the highest) and what explains it, for suggested power. */
  standing: Record<string, { place: number; explanation: string }>;
  nodes: number;
  edges: number;
}

const better = (a: { raw: number; name: string }, b: { raw: number; name: string }) =>
  b.raw - a.raw || a.name.localeCompare(b.name);

export function influenceSnapshot<E extends GraphEdge>(
  nodes: readonly GraphNode[],
  edges: readonly E[],
): InfluenceSnapshot<E> {
  const rankings = {} as InfluenceSnapshot<E>['rankings'];
  let pagerank = new Map<string, number>();
  const standing: InfluenceSnapshot<E>['standing'] = {};
  for (const metric of INFLUENCE_METRIC_NAMES) {
    const { scores, explain } = computeInfluence(metric, nodes, edges);
    if (metric === 'PAGERANK') {
      pagerank = scores;
      nodes
        .map((node) => ({ node, raw: scores.get(node.id) ?? 0, name: node.name }))
        .sort(better)
        .forEach(({ node }, index) => {
          standing[node.id] = { place: index + 1, explanation: explain(node.id).explanation };
        });
    }
    rankings[metric] = {} as Record<EntityKind, Candidate<E>[]>;
    for (const kind of ENTITY_KINDS) {
      rankings[metric][kind] = nodes
        .filter((node) => node.kind === kind)
        .map((node) => ({ node, raw: scores.get(node.id) ?? 0, name: node.name }))
        .sort(better)
        .slice(0, MAX_RANKED)
        .map(({ node, raw }) => ({
          entityId: node.id,
          name: node.name,
          raw,
          score: Math.round(raw * 1e6) / 1e6,
          ...explain(node.id),
        }));
    }
  }
  return {
    rankings,
    communities: detectCommunities(nodes, edges, pagerank),
    standing,
    nodes: nodes.length,
    edges: edges.length,
  };
}

export interface SuggestedPower {
  /** 1 to 5, as the register's power. */
  power: number;
  reason: string;
}

/**
 * Power suggested by the network: the entity's PageRank percentile among all entities, in fifths
 * (top fifth: 5). The reason names the place and the links that carry it.
 */
export function suggestedPower(snapshot: InfluenceSnapshot, entityId: string): SuggestedPower {
  const standing = snapshot.standing[entityId];
  if (!standing)
    return { power: 1, reason: 'Not in the current network (retired or unknown), so no standing to measure.' };
  const share = (standing.place - 1) / snapshot.nodes; // 0 for the top entity
  return {
    power: suggestPower({ place: standing.place, of: snapshot.nodes }).score,
    reason: `PageRank ${standing.place} of ${snapshot.nodes} (top ${Math.max(1, Math.ceil(share * 100))}%). ${standing.explanation}`,
  };
}

/** The best `first` entities of the given kinds (all when none), ranked as `computeInfluence` ranks them. */
export function rankFromSnapshot<E extends GraphEdge>(
  snapshot: InfluenceSnapshot<E>,
  metric: InfluenceMetric,
  kinds: readonly EntityKind[] | null | undefined,
  first: number,
): RankedScore<E>[] {
  return [...new Set(kinds ?? ENTITY_KINDS)]
    .flatMap((kind) => snapshot.rankings[metric][kind])
    .sort(better)
    .slice(0, first)
    .map(({ entityId, score, explanation, strongestLinks }, index) => ({
      entityId,
      rank: index + 1,
      score,
      explanation,
      strongestLinks,
    }));
}
