/**
 * Load benchmark (`npm run bench -- load`): `clients` concurrent clients (default 100) send the
 * client's mix (bench/mix.ts: 90 % reads, 10 % logInteraction) to the real server for `seconds`
 * (default 60), with the production settings: write rate limit and slow-request log as `npm start`
 * has them. Twice: each client with its own editor token, then all through one shared token (one
 * rate-limit counter for all, as an integration serving many people would be). Then the same Cypher
 * through the bare driver, in the same run: reads replay the queries the API ran for them
 * (bench/recording.ts), the write runs logInteraction's Cypher. Target: 0 errors and p99 <= 1 s at
 * 100 clients, reads and writes, in both variants. `variants` picks which run and in which order (the
 * first runs on the coldest app), and each variant's writes are timed stage by stage on the
 * server's side (bench/write-stages.ts).
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
import { noStageTimes, stageLines, timedExecutor, timedLimiter, type StageTimes } from './write-stages.ts';

export const LOAD_VARIANTS = ['per-client', 'shared'] as const;
export type LoadVariant = (typeof LOAD_VARIANTS)[number];
const VARIANT_NAMES: Record<LoadVariant, string> = {
  'per-client': 'API, token per client',
  shared: 'API, one shared token',
};

export interface LoadOptions {
  clients: number;
  seconds: number;
  /** Which variants run, in this order. */
  variants: LoadVariant[];
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const figuresLine = (figures: Figures) =>
  `${String(figures.requests).padStart(6)} requests | p50 ${ms(figures.p50).padStart(7)} | ` +
  `p95 ${ms(figures.p95).padStart(7)} | p99 ${ms(figures.p99).padStart(7)} | max ${ms(figures.max).padStart(7)}`;

/** The stage times of the writes since the mix started measuring (the worker says when). */
interface StageClock {
  current: StageTimes;
}

/** The real server with the production settings: a token per client and one shared, rate limit, slow-request log. */
async function startLoadServer(executor: Executor, clients: number, log: (line: string) => void, stages: StageClock) {
  const tokens = Array.from({ length: clients }, (_, client) => `load-client-${client}-0123456789abcdef`);
  const shared = 'load-shared-token-0123456789abcdef';
  const config = readConfig({
    AUTH_TOKENS: [...tokens, shared].map((token) => `editor:${token}`).join(','),
    // The shared token serves every client: it has their budgets together (still counted on every write).
    WRITE_RATE_LIMIT: String(readConfig({}).WRITE_RATE_LIMIT * clients),
  });
  const slow: string[] = [];
  const timedDatabase = timedExecutor(executor, () => stages.current);
  const app = createApp({
    executor: timedDatabase,
    production: true,
    authTokens: config.AUTH_TOKENS,
    rateLimiter: timedLimiter(
      new RateLimiter(timedDatabase.withMetadata(backgroundWork('rate-limits')), rateLimits(config)),
      () => stages.current,
    ),
    slowRequestMs: config.SLOW_REQUEST_MS,
    log: (line) => (line.startsWith('slow request') ? slow.push(line) : log(line)),
  });
  const server = createServer(app.listener);
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const close = async () => {
    // As the server shuts down (server/runtime.ts): no feed polling a database about to close.
    app.feed.close();
    await new Promise((closed) => server.close(closed));
    await app.influence.close();
  };
  return { app, url, config, tokens, shared, slow, close };
}

/** The worker that runs the mix's clients; `run` sends it a job and resolves with its figures. */
function startMixWorker(workerData: Record<string, unknown>, stages: StageClock) {
  const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), { workerData });
  const run = (job: MixJob) =>
    new Promise<MixResult>((resolve, reject) => {
      const listener = (message: MixResult | 'measuring') => {
        if (message === 'measuring') {
          stages.current = noStageTimes();
          return;
        }
        worker.off('message', listener);
        resolve(message);
      };
      worker.on('message', listener);
      worker.once('error', reject);
      worker.postMessage(job);
    });
  return { run, close: () => worker.postMessage('close') };
}

interface LoadResults {
  variants: LoadVariant[];
  results: { variant: LoadVariant; api: MixResult; stages: StageTimes }[];
  bare: MixResult;
  slow: string[];
  slowRequestMs: number;
}

function loadReport({ variants, results, bare, slow, slowRequestMs }: LoadResults): string[] {
  return [
    `machine: ${machine()}, load average at the end ${loadAverage()}; variants in this order: ${variants.join(', ')}`,
    ...results.flatMap(({ variant, api, stages }) => [
      ...variantLines(VARIANT_NAMES[variant], api, bare),
      ...stageLines(stages),
    ]),
    `bare driver ${bare.throughput.toFixed(0).padStart(4)}/s | ${figuresLine(bare.all)} | errors ${bare.errors}`,
    ...MIX_OPERATIONS.map((operation) =>
      [
        ...results.map(({ variant, api }) => `${variant.padEnd(10)} ${figuresLine(api.byOperation[operation])}`),
        `${'bare'.padEnd(10)} ${figuresLine(bare.byOperation[operation])}`,
      ]
        .map((line, index) => `${index === 0 ? `  ${operation.padEnd(15)}` : `    ${''.padEnd(15)}`} ${line}`)
        .join('\n'),
    ),
    `slow requests (over ${slowRequestMs} ms) logged: ${slow.length}${slow.length ? `, e.g. ${slow[0]}` : ''}`,
    ...bare.errorSamples.map((sample) => `bare driver error: ${sample}`),
  ];
}

export async function benchLoad(
  executor: Executor,
  uri: string,
  log: (line: string) => void,
  options: LoadOptions,
): Promise<string[]> {
  const stages: StageClock = { current: noStageTimes() };
  const server = await startLoadServer(executor, options.clients, log, stages);
  // As in production, where `/ready` waits for it (server/runtime.ts): no variant meets a cold app.
  await server.app.warmUp();
  const entityIds = (
    await executor.read<{ id: string }>('graph/list-entity-ids', { asOf: null, after: null, first: 100_000 })
  ).map((row) => row.id);
  const reads = await recordReads(executor, server.app, server.config.AUTH_TOKENS, server.tokens[0]!, entityIds);
  log(`load: recorded the API's queries for ${reads.length} reads of the mix, for the bare driver to replay`);
  const worker = startMixWorker({ module: './load-mix-worker.ts', url: server.url, uri, entityIds, reads }, stages);
  try {
    const warmupSeconds = Math.min(5, options.seconds / 4);
    log(`load: bare driver, ${options.clients} clients, ${options.seconds} s (after ${warmupSeconds} s warm-up)...`);
    const job = { clients: options.clients, seconds: options.seconds, warmupSeconds };
    const bare = await worker.run({ via: 'driver', tokens: [], ...job });
    const results: LoadResults['results'] = [];
    for (const variant of options.variants) {
      log(
        `load: ${VARIANT_NAMES[variant]}, ${options.clients} clients, ${options.seconds} s (load ${loadAverage()})...`,
      );
      const tokens = variant === 'shared' ? [server.shared] : server.tokens;
      const api = await worker.run({ via: 'http', tokens, ...job });
      results.push({ variant, api, stages: stages.current });
    }
    const { slow, config } = server;
    return loadReport({ variants: options.variants, results, bare, slow, slowRequestMs: config.SLOW_REQUEST_MS });
  } finally {
    worker.close();
    await server.close();
  }
}

/** A variant's figures, its ratios to the bare driver's, and whether it met the targets (reads and writes apart). */
function variantLines(name: string, api: MixResult, bare: MixResult): string[] {
  const reads = api.reads;
  const writes = api.byOperation.logInteraction;
  const met = api.errors === 0 && reads.p99 <= 1000 && writes.p99 <= 1000;
  return [
    `${name.padEnd(22)} ${api.throughput.toFixed(0).padStart(5)}/s | ${figuresLine(api.all)} | errors ${api.errors}`,
    `  reads p99 ${ms(reads.p99)}; writes p50 ${ms(writes.p50)} p99 ${ms(writes.p99)}, ` +
      `p50 vs the bare driver's write ${(writes.p50 / bare.byOperation.logInteraction.p50).toFixed(2)}x; ` +
      `all p99 vs bare ${(api.all.p99 / bare.all.p99).toFixed(2)}x, throughput ${(api.throughput / bare.throughput).toFixed(2)}x`,
    ...api.errorSamples.map((sample) => `  error: ${sample}`),
    `  target (0 errors, read and write p99 <= 1000 ms): ${met ? 'met' : 'NOT met'}`,
  ];
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
    // An app of its own per read, so that each records what a first answer runs (no cached answer),
    // closed after it: an app's feed listens to every commit of the executor, and 240 left open made
    // each write of the load run 240 numbering runs of the feed, queued in Neo4j beside the load.
    let body: { errors?: unknown };
    try {
      const response = await recorder.yoga.fetch('http://atlas.bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: request.query, variables: request.variables }),
      });
      body = (await response.json()) as { errors?: unknown };
    } finally {
      recorder.feed.close();
    }
    if (body.errors) throw new Error(`${request.operation}: ${JSON.stringify(body.errors)}`);
    reads.push({ operation: request.operation, recorded });
  }
  return reads;
}

const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

function machine(): string {
  return `${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`;
}
