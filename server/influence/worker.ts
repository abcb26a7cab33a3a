/**
 * The influence worker thread: computes a whole network's snapshot (core/graph/snapshot.ts: degree,
 * betweenness, PageRank and Louvain communities) off the request path. Started by cache.ts through
 * worker.mjs; one job at a time, in the order they come.
 */
import { parentPort } from 'node:worker_threads';
import { influenceSnapshot } from '../../core/graph/snapshot.ts';
import type { GraphEdge, GraphNode } from '../../core/graph/types.ts';

export interface SnapshotJob {
  id: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

parentPort!.on('message', (job: SnapshotJob) => {
  try {
    parentPort!.postMessage({ id: job.id, snapshot: influenceSnapshot(job.nodes, job.edges) });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: (error as Error).stack ?? String(error) });
  }
});
