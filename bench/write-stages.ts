/**
 * Where the load benchmark's writes spend their time, on the server's side: the wait for the rate
 * limit's decision, the rate-limit counter's transactions (before a decision, or after the answer)
 * and its reads of every client's counts, the write's own transaction (from asking for a session to
 * its commit and follow-ups) and the change feed's background transactions. Taken by proxies around the limiter and the executor the
 * bench hands to the app, so nothing in the server is changed to measure it.
 */
import type { Executor, TransactionMetadata } from '../server/db/executor.ts';
import type { RateLimiter } from '../server/repositories/rate-limits.ts';
import { percentile } from './stats.ts';

/** The mutation whose stages are timed: the load mix's one write. */
const WRITE_OPERATION = 'LogInteraction';
const SYNC_QUERY = 'rate-limits/sync-rate-limit';
const VIEW_QUERY = 'rate-limits/read-other-counts';

export interface StageTimes {
  /** Each write's wait for its rate-limit decision (`take`), including any counter sync it waited for. */
  rateLimit: number[];
  /** Each rate-limit counter transaction (write the count, read the other instances'). */
  counterSyncs: number[];
  /** Each read of every client's counts on the other instances (the limiter's view). */
  viewReads: number[];
  /** Each write's own transaction, commit and after-commit work included. */
  writeTransaction: number[];
  /** Each transaction of the change feed's background work (numbering, polling). */
  feed: number[];
}

export const noStageTimes = (): StageTimes => ({
  rateLimit: [],
  counterSyncs: [],
  viewReads: [],
  writeTransaction: [],
  feed: [],
});

/** Runs `call`, adding how long it took to `into`, whether it succeeds or fails. */
async function timed<T>(into: number[], call: () => Promise<T>): Promise<T> {
  const begin = performance.now();
  try {
    return await call();
  } finally {
    into.push(performance.now() - begin);
  }
}

/** The limiter, timing each decision into `times().rateLimit`. */
export function timedLimiter(limiter: RateLimiter, times: () => StageTimes): RateLimiter {
  return new Proxy(limiter, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      if (prop === 'take')
        return (...args: Parameters<RateLimiter['take']>) => timed(times().rateLimit, () => target.take(...args));
      return (value as () => unknown).bind(target);
    },
  });
}

/**
 * The executor, timing the counter syncs (any executor), the load mix's write transactions (the
 * executors bound to its requests) and the change feed's transactions.
 */
export function timedExecutor(
  executor: Executor,
  times: () => StageTimes,
  metadata: TransactionMetadata | null = null,
): Executor {
  return new Proxy(executor, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      const call = value as (...args: unknown[]) => Promise<unknown>;
      if (prop === 'withMetadata')
        return (bound: TransactionMetadata) => timedExecutor(target.withMetadata(bound), times, bound);
      if (prop === 'write' || prop === 'read')
        return (name: string, ...rest: unknown[]) => {
          const stage = name === SYNC_QUERY ? 'counterSyncs' : name === VIEW_QUERY ? 'viewReads' : null;
          return stage
            ? timed(times()[stage], () => call.call(target, name, ...rest))
            : call.call(target, name, ...rest);
        };
      const into =
        metadata?.operation === WRITE_OPERATION && prop === 'writeTransaction'
          ? () => times().writeTransaction
          : metadata?.actor === 'change-feed' && /^(read|write)(Transaction)?$/.test(String(prop))
            ? () => times().feed
            : null;
      if (into) return (...args: unknown[]) => timed(into(), () => call.apply(target, args));
      return call.bind(target);
    },
  });
}

const figure = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const ms = (value: number) => (Number.isNaN(value) ? '-' : `${value.toFixed(0)} ms`);
  return `${sorted.length} × p50 ${ms(percentile(sorted, 50))} p99 ${ms(percentile(sorted, 99))}`;
};

/** The stages as lines of the report. */
export function stageLines(times: StageTimes): string[] {
  return [
    `  write stages (server side): rate-limit decision ${figure(times.rateLimit)}; ` +
      `counter syncs ${figure(times.counterSyncs)}; view reads ${figure(times.viewReads)}`,
    `    write transaction ${figure(times.writeTransaction)}; feed transactions ${figure(times.feed)}`,
  ];
}
