/**
 * Influence benchmark: loads a synthetic network (core/synthetic/national.ts; BENCH_SIZE small,
 * national or large, default small), then measures the cached influence answer through GraphQL
 * against what answering without the cache costs: the same network read through the bare driver
 * (the Cypher the API runs) and PageRank computed on the spot. Also times the import and one whole
 * recomputation in the worker.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { computeInfluence } from '../core/graph/influence.ts';
import type { GraphEdge, GraphNode } from '../core/graph/types.ts';
import { generateNational, syntheticFiles } from '../core/synthetic/national.ts';
import { SYNTHETIC_SIZE_NAMES, type SyntheticSize } from '../core/synthetic/national-sizes.ts';
import { createApp } from '../server/app.ts';
import { loadQueries } from '../server/db/cypher.ts';
import type { Executor } from '../server/db/executor.ts';
import { importFiles } from '../server/import/pipeline.ts';
import { InfluenceCache } from '../server/influence/cache.ts';
import { toGraphFilter } from '../server/repositories/filters.ts';
import { wholeNetwork } from '../server/repositories/graph.ts';
import { measure } from './stats.ts';

const QUERY = `query { influence(metric: PAGERANK, first: 20) { rank score entity { id name } freshness { stale } } }`;

export async function benchInfluence(executor: Executor, uri: string, log: (line: string) => void): Promise<string[]> {
  const size = (process.env.BENCH_SIZE ?? 'small') as SyntheticSize;
  if (!SYNTHETIC_SIZE_NAMES.includes(size))
    throw new Error(`BENCH_SIZE must be one of ${SYNTHETIC_SIZE_NAMES.join(', ')}`);
  const lines: string[] = [];
  const folder = mkdtempSync(join(tmpdir(), 'atlas-bench-synthetic-'));
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  const cache = new InfluenceCache(executor, { pollMs: 0 });
  try {
    const synthetic = generateNational(size, 1);
    for (const file of syntheticFiles(synthetic)) writeFileSync(join(folder, file.name), JSON.stringify(file.content));
    log(`influence: importing the ${size} synthetic network...`);
    let started = performance.now();
    await importFiles(executor, [folder], { sourceDir: folder, actor: 'bench' });
    lines.push(
      `import ${size}: ${synthetic.entities.length} entities, ${synthetic.relationships.length} relationships in ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const { nodes, edges } = await wholeNetwork(executor, toGraphFilter({}));
    started = performance.now();
    await cache.compute(nodes, edges);
    lines.push(
      `whole snapshot in the worker (3 metrics, Louvain): ${((performance.now() - started) / 1000).toFixed(2)} s`,
    );

    const app = createApp({ executor, influence: cache });
    const ask = async () => {
      const response = await app.yoga.fetch('http://atlas.bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1' },
        body: JSON.stringify({ query: QUERY }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
    log('influence: cached answers...');
    const cached = await measure(ask, 100, 1, 5);

    const queries = loadQueries();
    const filter = toGraphFilter({});
    const names = nodes.map((node): GraphNode => ({ id: node.id, name: node.name, kind: node.kind }));
    const bare = async () => {
      const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
      try {
        const records = (
          await session.executeRead((tx: ManagedTransaction) => tx.run(queries.get('graph/list-edges')!, filter))
        ).records;
        const read = records.map((record) => record.get('edge') as GraphEdge);
        computeInfluence('PAGERANK', names, read);
      } finally {
        await session.close();
      }
    };
    log('influence: bare driver and PageRank on the spot...');
    const uncached = await measure(bare, size === 'small' ? 20 : 5, 1, 1);
    lines.push(
      `influence PAGERANK first 20, ${nodes.length} nodes, ${edges.length} edges: cached GraphQL p50 ${cached.p50.toFixed(2)} ms ` +
        `(p95 ${cached.p95.toFixed(2)} ms) vs bare driver read + PageRank p50 ${uncached.p50.toFixed(1)} ms = ` +
        `${(uncached.p50 / cached.p50).toFixed(1)}x faster`,
    );
  } finally {
    await cache.close();
    await driver.close();
    rmSync(folder, { recursive: true, force: true });
  }
  return lines;
}
