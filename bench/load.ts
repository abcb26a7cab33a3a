/**
 * Load benchmark (`npm run bench -- load`): `clients` concurrent clients (default 100), each with
 * its own editor token, send the client's mix (bench/mix.ts: 90 % reads, 10 % logInteraction) to
 * the real server for `seconds` (default 60), with the production settings: write rate limit and
 * slow-request log as `npm start` has them. Then the same Cypher through the bare driver, in the
 * same run: reads replay the queries the API ran for them (bench/recording.ts), the write runs
 * logInteraction's Cypher. Target: 0 errors and p99 <= 1 s at 100 clients.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { createApp, type App, type AppOptions } from '../server/app.ts';
import { rateLimits, readConfig } from '../server/config.ts';
import { backgroundWork, type Executor } from '../server/db/executor.ts';
import { RateLimiter } from '../server/repositories/rate-limits.ts';
import type { Figures, MixJob, MixResult, RecordedRead } from './load-mix-worker.ts';
import { recording, type Recorded } from './recording.ts';
import { MIX_OPERATIONS, mixRequest } from './mix.ts';

export interface LoadOptions {
  clients: number;
  seconds: number;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const figuresLine = (figures: Figures) =>
  `${String(figures.requests).padStart(6)} requests | p50 ${ms(figures.p50).padStart(7)} | ` +
  `p95 ${ms(figures.p95).padStart(7)} | p99 ${ms(figures.p99).padStart(7)} | max ${ms(figures.max).padStart(7)}`;

export async function benchLoad(
  executor: Executor,
  uri: string,
  log: (line: string) => void,
  options: LoadOptions,
): Promise<string[]> {
  const tokens = Array.from({ length: options.clients }, (_, client) => `load-client-${client}-0123456789abcdef`);
  const config = readConfig({ AUTH_TOKENS: tokens.map((token) => `editor:${token}`).join(',') });
  const slow: string[] = [];
  const app = createApp({
    executor,
    production: true,
    authTokens: config.AUTH_TOKENS,
    rateLimiter: new RateLimiter(executor.withMetadata(backgroundWork('rate-limits')), rateLimits(config)),
    slowRequestMs: config.SLOW_REQUEST_MS,
    log: (line) => (line.startsWith('slow request') ? slow.push(line) : log(line)),
  });
  const server = createServer(app.listener);
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const entityIds = (
    await executor.read<{ id: string }>('graph/list-entity-ids', { asOf: null, after: null, first: 100_000 })
  ).map((row) => row.id);
  const reads = await recordReads(executor, app, config.AUTH_TOKENS, tokens[0]!, entityIds);
  log(`load: recorded the API's queries for ${reads.length} reads of the mix, for the bare driver to replay`);
  const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), {
    workerData: { module: './load-mix-worker.ts', url, uri, tokens, entityIds, reads },
  });
  const run = (job: MixJob) =>
    new Promise<MixResult>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage(job);
    });

  try {
    const warmupSeconds = Math.min(5, options.seconds / 4);
    log(`load: bare driver, ${options.clients} clients, ${options.seconds} s (after ${warmupSeconds} s warm-up)...`);
    const bare = await run({ via: 'driver', clients: options.clients, seconds: options.seconds, warmupSeconds });
    log(`load: API over HTTP, ${options.clients} clients, ${options.seconds} s (after ${warmupSeconds} s warm-up)...`);
    const api = await run({ via: 'http', clients: options.clients, seconds: options.seconds, warmupSeconds });
    const lines = [
      `machine: ${machine()}`,
      `API        ${api.throughput.toFixed(0).padStart(5)}/s | ${figuresLine(api.all)} | errors ${api.errors}`,
      `bare driver ${bare.throughput.toFixed(0).padStart(4)}/s | ${figuresLine(bare.all)} | errors ${bare.errors}`,
      ...MIX_OPERATIONS.map(
        (operation) =>
          `  ${operation.padEnd(15)} API ${figuresLine(api.byOperation[operation])}\n` +
          `  ${''.padEnd(15)} bare ${figuresLine(bare.byOperation[operation]).slice(1)}`,
      ),
      `slow requests (over ${config.SLOW_REQUEST_MS} ms) logged: ${slow.length}${slow.length ? `, e.g. ${slow[0]}` : ''}`,
      ...api.errorSamples.map((sample) => `API error: ${sample}`),
      ...bare.errorSamples.map((sample) => `bare driver error: ${sample}`),
      `target (0 errors, p99 <= 1000 ms at 100 clients): ${api.errors === 0 && api.all.p99 <= 1000 ? 'met' : 'NOT met'}`,
    ];
    return lines;
  } finally {
    worker.postMessage('close');
    await new Promise((closed) => server.close(closed));
  }
}

/** Reads of the mix recorded for the bare driver's side: the same mix, as many of each kind. */
const RECORDED_READS = 240;

/**
 * Reads of the mix, each with the queries the API ran to answer it, recorded on an app of its own
 * (so that none is answered from a response cache): the bare driver replays them.
 */
async function recordReads(
  executor: Executor,
  app: App,
  authTokens: AppOptions['authTokens'],
  token: string,
  entityIds: string[],
): Promise<RecordedRead[]> {
  const reads: RecordedRead[] = [];
  while (reads.length < RECORDED_READS) {
    const request = mixRequest(entityIds);
    if (request.operation === 'logInteraction') continue;
    const recorded: Recorded[] = [];
    const recorder = createApp({
      executor: recording(executor, recorded),
      influence: app.influence,
      graphIndex: null,
      authTokens,
    });
    const response = await recorder.yoga.fetch('http://atlas.bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: request.query, variables: request.variables }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(`${request.operation}: ${JSON.stringify(body.errors)}`);
    reads.push({ operation: request.operation, recorded });
  }
  return reads;
}

function machine(): string {
  return `${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`;
}
