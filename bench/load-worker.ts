/**
 * The benchmark's clients, in a thread of their own so that the load they generate does not share
 * the server's event loop: one job at a time, either GraphQL over HTTP or the bare driver.
 */
import { parentPort, workerData } from 'node:worker_threads';
import neo4j from 'neo4j-driver';
import { SCENARIOS } from './scenarios.ts';
import { measure } from './stats.ts';

export interface LoadJob {
  id: number;
  scenario: string;
  via: 'http' | 'driver';
  total: number;
  concurrency: number;
  warmup: number;
}

const { url, uri } = workerData as { url: string; uri: string };
const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true, maxConnectionPoolSize: 100 });

parentPort!.on('message', async (job: LoadJob | 'close') => {
  if (job === 'close') {
    await driver.close();
    process.exit(0);
  }
  const scenario = SCENARIOS.find((candidate) => candidate.name === job.scenario)!;
  const body = JSON.stringify(scenario.graphql);
  const viaHttp = async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const result = (await response.json()) as { errors?: unknown };
    if (!response.ok || result.errors) throw new Error(`API error: ${JSON.stringify(result)}`);
  };
  const stats = await measure(
    job.via === 'http' ? viaHttp : () => scenario.bare(driver),
    job.total,
    job.concurrency,
    job.warmup,
  );
  parentPort!.postMessage({ id: job.id, stats });
});
