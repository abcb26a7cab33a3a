import { describe, expect, it } from 'vitest';
import { generateNational } from '../synthetic/national.ts';
import { INFLUENCE_METRIC_NAMES, type EntityKind } from '../vocabulary.ts';
import { computeInfluence } from './influence.ts';
import { influenceSnapshot, rankFromSnapshot, suggestedPower } from './snapshot.ts';
import type { GraphEdge, GraphNode } from './types.ts';

const synthetic = generateNational('small', 5);
const nodes: GraphNode[] = synthetic.entities.map(({ id, name, kind }) => ({ id, name, kind }));
const edges: GraphEdge[] = synthetic.relationships.map(({ id, type, from, to, confidence }) => ({
  id,
  type,
  source: from,
  target: to,
  confidence,
}));
const snapshot = influenceSnapshot(nodes, edges);

/** The ranking as the influence query computed it on every request before the snapshot. */
function direct(metric: (typeof INFLUENCE_METRIC_NAMES)[number], kinds: EntityKind[] | null, first: number) {
  const { scores, explain } = computeInfluence(metric, nodes, edges);
  return nodes
    .filter((node) => !kinds || kinds.includes(node.kind))
    .sort((a, b) => (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0) || a.name.localeCompare(b.name))
    .slice(0, first)
    .map((node, index) => ({
      entityId: node.id,
      rank: index + 1,
      score: Math.round((scores.get(node.id) ?? 0) * 1e6) / 1e6,
      ...explain(node.id),
    }));
}

describe('influenceSnapshot', () => {
  it.each(INFLUENCE_METRIC_NAMES)('ranks by %s as computing on every request does, for any kinds', (metric) => {
    for (const kinds of [null, ['PERSON'], ['BODY', 'PROGRAMME']] as (EntityKind[] | null)[]) {
      for (const first of [1, 20, 200]) {
        expect(rankFromSnapshot(snapshot, metric, kinds, first)).toEqual(direct(metric, kinds, first));
      }
    }
  });

  it('puts every entity in exactly one community, largest first, each led by its most central members', () => {
    const members = snapshot.communities.flatMap((community) => community.memberIds);
    expect(members.sort()).toEqual(nodes.map((node) => node.id).sort());
    expect(snapshot.communities.map((community) => community.id)).toEqual(
      snapshot.communities.map((_, index) => index + 1),
    );
    const sizes = snapshot.communities.map((community) => community.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    // A linked network falls into several communities, not one and not one per entity.
    expect(snapshot.communities.length).toBeGreaterThan(2);
    expect(snapshot.communities.length).toBeLessThan(nodes.length / 5);
    const pagerank = computeInfluence('PAGERANK', nodes, edges).scores;
    for (const community of snapshot.communities) {
      const scores = community.central.map((member) => member.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(community.central[0]!.score).toBe(Math.max(...community.memberIds.map((id) => pagerank.get(id)!)));
    }
  });

  it('draws the same communities every time, in whatever order the network comes', () => {
    expect(influenceSnapshot(nodes, edges).communities).toEqual(snapshot.communities);
    // Louvain visits nodes in the order it is given them: a reversed network must not regroup
    // (PageRank's scores may differ in their last digit, summed in another order).
    const membersOf = (communities: typeof snapshot.communities) =>
      communities.map(({ id, memberIds }) => ({ id, memberIds }));
    expect(membersOf(influenceSnapshot([...nodes].reverse(), [...edges].reverse()).communities)).toEqual(
      membersOf(snapshot.communities),
    );
  });

  it('places every entity by PageRank for suggested power, top fifth 5, bottom fifth 1', () => {
    const ranking = direct('PAGERANK', null, nodes.length);
    expect(Object.keys(snapshot.standing)).toHaveLength(nodes.length);
    for (const { entityId, rank, explanation } of ranking) {
      expect(snapshot.standing[entityId]).toEqual({ place: rank, explanation });
    }
    expect(suggestedPower(snapshot, ranking[0]!.entityId).power).toBe(5);
    expect(suggestedPower(snapshot, ranking.at(-1)!.entityId).power).toBe(1);
    expect(suggestedPower(snapshot, 'body:nowhere')).toEqual({
      power: 1,
      reason: 'Not in the current network (retired or unknown), so no standing to measure.',
    });
  });
});
