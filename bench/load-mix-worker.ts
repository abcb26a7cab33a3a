/**
 * The load benchmark's clients (bench/load.ts), in a thread of their own so that they do not share
 * the server's event loop: `clients` loops, each sending the mix one request after another for
 * `seconds`, over HTTP (each client with its own bearer token) or through the bare driver.
 */
import { parentPort, workerData } from 'node:worker_threads';
import neo4j from 'neo4j-driver';
import { loadQueries } from '../server/db/cypher.ts';
import { bareWrite, mixRequest, MIX_OPERATIONS, type MixOperation, type MixRequest } from './mix.ts';
import { replay, type Recorded } from './recording.ts';
import { percentile } from './stats.ts';

export interface MixJob {
  via: 'http' | 'driver';
  /** The bearer tokens over HTTP, client i sending tokens[i % length]: one each, or one shared by all. */
  tokens: string[];
  clients: number;
  seconds: number;
  warmupSeconds: number;
}

export interface Figures {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface MixResult {
  via: MixJob['via'];
  seconds: number;
  throughput: number;
  errors: number;
  errorSamples: string[];
  all: Figures;
  /** Every read of the mix together. */
  reads: Figures;
  byOperation: Record<MixOperation, Figures>;
}

/** A read of the mix with the queries the API ran for it (bench/load.ts records them). */
export interface RecordedRead {
  operation: MixOperation;
  recorded: Recorded[];
}

const { url, uri, entityIds, reads } = workerData as {
  reads: RecordedRead[];
  url: string;
  uri: string;
  entityIds: string[];
};
const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true, maxConnectionPoolSize: 200 });
const queries = loadQueries();
const replays = Object.fromEntries(
  MIX_OPERATIONS.map((operation) => [
    operation,
    reads.filter((read) => read.operation === operation).map((read) => replay(driver, read.recorded, queries)),
  ]),
) as Record<MixOperation, (() => Promise<void>)[]>;

/** The request through the bare driver: a read as one of the API's recorded reads of its kind, the write as its Cypher. */
function viaDriver(request: MixRequest): Promise<void> {
  if (request.operation === 'logInteraction') return bareWrite(driver, request);
  const recorded = replays[request.operation];
  return recorded[Math.floor(Math.random() * recorded.length)]!();
}

function figures(latencies: number[]): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
  };
}

async function viaHttp(token: string, query: string, variables: Record<string, unknown>): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  const result = JSON.parse(text) as { errors?: unknown };
  if (result.errors) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors).slice(0, 200)}`);
}

async function run(job: MixJob): Promise<MixResult> {
  const latencies = Object.fromEntries(MIX_OPERATIONS.map((operation) => [operation, [] as number[]])) as Record<
    MixOperation,
    number[]
  >;
  let errors = 0;
  const errorSamples: string[] = [];
  // A few requests one at a time first, so that Neo4j has planned every query before the crowd comes.
  for (let i = 0; i < 20; i++) {
    const request = mixRequest(entityIds);
    await (job.via === 'http' ? viaHttp(job.tokens[0]!, request.query, request.variables) : viaDriver(request)).catch(
      () => {},
    );
  }
  const warmupEnds = performance.now() + job.warmupSeconds * 1000;
  // The server side's stage timings (bench/write-stages.ts) start over when the measured time does.
  setTimeout(() => parentPort!.postMessage('measuring'), job.warmupSeconds * 1000);
  const ends = warmupEnds + job.seconds * 1000;
  await Promise.all(
    Array.from({ length: job.clients }, async (_, client) => {
      while (performance.now() < ends) {
        const request = mixRequest(entityIds);
        const begin = performance.now();
        let failed = false;
        try {
          if (job.via === 'http')
            await viaHttp(job.tokens[client % job.tokens.length]!, request.query, request.variables);
          else await viaDriver(request);
        } catch (error) {
          failed = true;
          if (begin >= warmupEnds) {
            errors++;
            if (errorSamples.length < 5) errorSamples.push(`${request.operation}: ${(error as Error).message}`);
          }
        }
        if (begin >= warmupEnds && !failed) latencies[request.operation].push(performance.now() - begin);
      }
    }),
  );
  const all = figures(Object.values(latencies).flat());
  return {
    via: job.via,
    seconds: job.seconds,
    throughput: (all.requests + errors) / job.seconds,
    errors,
    errorSamples,
    all,
    reads: figures(
      MIX_OPERATIONS.filter((operation) => operation !== 'logInteraction').flatMap((operation) => latencies[operation]),
    ),
    byOperation: Object.fromEntries(
      MIX_OPERATIONS.map((operation) => [operation, figures(latencies[operation])]),
    ) as Record<MixOperation, Figures>,
  };
}

parentPort!.on('message', async (job: MixJob | 'close') => {
  if (job === 'close') {
    await driver.close();
    process.exit(0);
  }
  parentPort!.postMessage(await run(job));
});
