import { UndirectedGraph } from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { syntheticRecords } from '../synthetic/records.ts';
import { betweennessCentrality, sampledBrandes } from './betweenness.ts';

function smallNetwork(): UndirectedGraph {
  const records = syntheticRecords('small');
  const graph = new UndirectedGraph();
  for (const entity of records.entities) graph.addNode(entity.id);
  for (const { from, to } of records.relationships) if (!graph.hasEdge(from, to)) graph.addEdge(from, to);
  return graph;
}

const top = (scores: Record<string, number>, count: number) =>
  Object.entries(scores)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, count)
    .map(([id]) => id);

describe('betweenness centrality', () => {
  const graph = smallNetwork();
  const exact = betweenness(graph, { normalized: true, getEdgeWeight: null });
  const ids = graph.nodes().sort();

  it('from every source is exactly graphology’s Brandes', () => {
    const all = sampledBrandes(
      graph,
      ids,
      ids.map((_, index) => index),
    );
    for (const id of ids) expect(all[id], id).toBeCloseTo(exact[id]!, 12);
  });

  it('is exact for networks up to the sample size, and estimated from a sample above it', () => {
    expect(betweennessCentrality(graph)).toEqual(exact);
    // A sample of a quarter of the sources still finds most of the ten best brokers.
    const estimated = betweennessCentrality(graph, Math.ceil(ids.length / 4));
    expect(estimated).not.toEqual(exact);
    const found = top(estimated, 10).filter((id) => top(exact, 10).includes(id));
    expect(found.length).toBeGreaterThanOrEqual(7);
  });
});
