/**
 * API benchmark: neighbourhood (depth 1 and 2) and search through the real HTTP server, against the
 * same Cypher through the bare driver, at 1 and 50 concurrent clients, measured in alternating
 * rounds in the same run. The clients run in a worker thread; this thread only serves.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { createApp } from '../server/app.ts';
import type { Executor } from '../server/db/executor.ts';
import type { LoadJob } from './load-worker.ts';
import { SCENARIOS } from './scenarios.ts';
import { summarise, type Stats } from './stats.ts';

const ROUNDS = 5;

export async function benchApi(executor: Executor, uri: string, log: (line: string) => void): Promise<string[]> {
  const server = createServer(createApp({ executor, production: true }).listener);
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), { workerData: { url, uri } });
  const pending = new Map<number, { resolve: (stats: Stats) => void; reject: (error: Error) => void }>();
  worker.on('message', (message: { id: number; stats: Stats }) => pending.get(message.id)?.resolve(message.stats));
  worker.on('error', (error) => pending.forEach(({ reject }) => reject(error)));
  let nextId = 0;
  const runJob = (job: Omit<LoadJob, 'id'>) => {
    const id = nextId++;
    return new Promise<Stats>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...job, id });
    }).finally(() => pending.delete(id));
  };

  const lines: string[] = [];
  try {
    for (const scenario of SCENARIOS) {
      for (const concurrency of [1, 50]) {
        log(`api: ${scenario.name}, ${concurrency} client(s)...`);
        const total = concurrency === 1 ? 60 : 200; // per round
        const bare: Stats[] = [];
        const api: Stats[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          const warmup = round === 0 ? 20 : 0;
          bare.push(await runJob({ scenario: scenario.name, via: 'driver', total, concurrency, warmup }));
          api.push(await runJob({ scenario: scenario.name, via: 'http', total, concurrency, warmup }));
        }
        const [b, a] = [summarise(bare), summarise(api)];
        lines.push(
          `${scenario.name.padEnd(24)} ${String(concurrency).padStart(2)} client(s) | ` +
            `p50 ${a.p50.toFixed(2)} ms vs ${b.p50.toFixed(2)} ms = ${(a.p50 / b.p50).toFixed(2)}x | ` +
            `p95 ${a.p95.toFixed(2)} ms vs ${b.p95.toFixed(2)} ms = ${(a.p95 / b.p95).toFixed(2)}x | ` +
            `throughput ${a.throughput.toFixed(0)}/s vs ${b.throughput.toFixed(0)}/s = ${(a.throughput / b.throughput).toFixed(2)}x`,
        );
      }
    }
  } finally {
    worker.postMessage('close');
    await new Promise((closed) => server.close(closed));
  }
  return lines;
}
