/**
 * What an instance does before `/ready` says ready, so that the first requests a load balancer
 * sends it do not pay for a cold start (issue 26: after a restart under 100 clients, the first 5 s
 * ran at p99 5 s, against 0.7 s warm). First the database's part (./database.ts: the graph index,
 * the hot Cypher); then the client's own queries (./client-operations.ts) through the app's GraphQL
 * in process, as a signed-in reader, a few at a time, pass after pass with other records: that fills
 * the parse, validation and graphql-jit caches with the client's documents, and lets V8 compile and
 * optimise the request path (yoga, resolvers, the graph index's walks, serialisation), which one run
 * would leave in its interpreter. Mutations and subscriptions are not run: a mutation writes (and
 * counts against a rate limit) and rolling one back is not something GraphQL can do; their Cypher is
 * warmed up, rolled back, by ./database.ts. Bounded in time: passes stop starting `repeatMs` after the first, and
 * whatever is still running after `budgetMs` is left to finish on its own.
 */
import type { GraphQLSchema, OperationTypeNode } from 'graphql';
import type { Executor } from '../repositories/executor.ts';
import type { GraphIndexCache } from '../repositories/graph-index.ts';
import { clientOperations, sampleVariables, type ClientOperation } from './client-operations.ts';
import { warmUpDatabase } from './database.ts';

/** A GraphQL answer as the warm-up reads it. */
export interface WarmUpAnswer {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** How long the client's queries are run (tests run each a set number of times, however long it takes). */
export type WarmUpLimits = Pick<WarmUpOptions, 'repeatMs' | 'maxRuns' | 'budgetMs'>;

export interface WarmUpOptions {
  executor: Executor;
  graphIndex: GraphIndexCache | null;
  schema: GraphQLSchema;
  /** Runs one request through the app's GraphQL in process, as the warm-up's signed-in reader. */
  graphql: (query: string, variables: Record<string, unknown>) => Promise<WarmUpAnswer>;
  /** Passes over the client's queries start until this many ms after the first has answered (which runs whole). */
  repeatMs?: number;
  /** Passes at most. */
  maxRuns?: number;
  /** The client's queries are waited for at most this long (ms) after the database's part. */
  budgetMs?: number;
  /** Today (YYYY-MM-DD), for date variables. */
  today?: string;
}

export interface OperationWarmUp {
  name: string;
  runs: number;
  /** Runs answered without errors. */
  answered: number;
  /** The longest run, in ms. */
  longestMs: number;
  /** The codes of the errors of the other runs (NOT_FOUND, FORBIDDEN for an editor's query…), each once. */
  errorCodes: string[];
}

export interface WarmUpReport {
  databaseMs: number;
  operationsMs: number;
  /** The client's queries, each run at least once (unless cut short), with what they answered. */
  operations: OperationWarmUp[];
  /** The client's operations not run: mutations and subscriptions, by name. */
  notRun: { name: string; kind: OperationTypeNode }[];
  /** The budget ran out before every run answered. */
  cutShort: boolean;
}

const REPEAT_MS = 3_000;
const MAX_RUNS = 100;
const BUDGET_MS = 15_000;

/** Requests the warm-up has under way at once: enough to overlap Neo4j's answers, few enough not to swamp it. */
const CONCURRENCY = 4;

/**
 * Runs the queries in passes, every query once a pass with other variables each pass, by
 * CONCURRENCY workers, so that a slow query holds up one worker, not the others' runs. The first
 * pass runs whole (however slow the machine); later ones for `repeatMs` after it, up to `maxRuns` passes.
 */
async function runPasses(
  queries: ClientOperation[],
  results: OperationWarmUp[],
  variablesOf: (query: ClientOperation, run: number) => Record<string, unknown>,
  graphql: WarmUpOptions['graphql'],
  limits: { repeatMs: number; maxRuns: number },
): Promise<void> {
  if (queries.length === 0) return;
  let next = 0;
  let firstPassLeft = queries.length;
  let repeatUntil = Infinity;
  const worker = async () => {
    for (;;) {
      const task = next++;
      const run = Math.floor(task / queries.length);
      if (run >= limits.maxRuns || (run > 0 && performance.now() >= repeatUntil)) return;
      const query = queries[task % queries.length]!;
      const result = results[task % queries.length]!;
      const started = performance.now();
      const answer = await graphql(query.text, variablesOf(query, run)).catch((error: Error): WarmUpAnswer => ({
        errors: [{ message: error.message, extensions: { code: 'FAILED' } }],
      }));
      result.runs++;
      if (run === 0 && --firstPassLeft === 0) repeatUntil = performance.now() + limits.repeatMs;
      result.longestMs = Math.max(result.longestMs, performance.now() - started);
      if (!answer.errors?.length) result.answered++;
      for (const error of answer.errors ?? []) {
        const code = error.extensions?.code ?? 'ERROR';
        if (!result.errorCodes.includes(code)) result.errorCodes.push(code);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

export async function warmUp(options: WarmUpOptions): Promise<WarmUpReport> {
  const { repeatMs = REPEAT_MS, maxRuns = MAX_RUNS, budgetMs = BUDGET_MS } = options;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const started = performance.now();
  const samples = await warmUpDatabase(options.executor, options.graphIndex);
  const databaseMs = performance.now() - started;

  const operations = clientOperations();
  const queries = operations.filter((operation) => operation.kind === 'query');
  const results = queries.map((query) => ({ name: query.name, runs: 0, answered: 0, longestMs: 0, errorCodes: [] }));
  let timer: NodeJS.Timeout | undefined;
  const outOfTime = new Promise<'out of time'>((resolve) => {
    // Node's timers take at most 2^31 - 1 ms (about 25 days): longer is no limit at all.
    if (budgetMs < 2 ** 31) timer = setTimeout(() => resolve('out of time'), budgetMs);
  });
  const queriesStarted = performance.now();
  const ran = runPasses(
    queries,
    results,
    (query, run) => sampleVariables(options.schema, query, samples, run, today),
    options.graphql,
    { repeatMs, maxRuns },
  );
  const cutShort = (await Promise.race([ran, outOfTime]).finally(() => clearTimeout(timer))) === 'out of time';
  return {
    databaseMs,
    operationsMs: performance.now() - queriesStarted,
    operations: results.map((result) => ({ ...result })),
    notRun: operations
      .filter((operation) => operation.kind !== 'query')
      .map((operation) => ({ name: operation.name, kind: operation.kind })),
    cutShort,
  };
}

/** One line for the log: how long each part took, what ran and what did not. */
export function describeWarmUp(report: WarmUpReport): string {
  const runs = report.operations.reduce((sum, operation) => sum + operation.runs, 0);
  const answered = report.operations.reduce((sum, operation) => sum + operation.answered, 0);
  const codes = new Map<string, string[]>();
  for (const operation of report.operations) {
    for (const code of operation.errorCodes) codes.set(code, [...(codes.get(code) ?? []), operation.name]);
  }
  const slowest = report.operations.reduce<OperationWarmUp | undefined>(
    (longest, operation) => (operation.longestMs > (longest?.longestMs ?? -1) ? operation : longest),
    undefined,
  );
  const errors = [...codes].map(([code, names]) => `${code}: ${names.join(', ')}`).join('; ');
  const count = (kind: string) => report.notRun.filter((operation) => operation.kind === kind).length;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return (
    `Warmed up in ${seconds(report.databaseMs + report.operationsMs)}: graph index and hot queries ${seconds(report.databaseMs)}; ` +
    `the client's ${report.operations.length} queries, ${runs} requests (${answered} answered without errors) ` +
    `${seconds(report.operationsMs)}${report.cutShort ? ` (cut short: the budget ran out)` : ''}` +
    `${slowest ? `, the slowest ${slowest.name} (${slowest.longestMs.toFixed(0)} ms)` : ''}` +
    `${errors ? `; errors (as a reader, with made-up variables): ${errors}` : ''}` +
    `; not run: ${count('mutation')} mutations (they would write), ${count('subscription')} subscriptions (they stay open)`
  );
}
