/**
 * The restart bench's arithmetic (bench/restart.ts): figures of the requests that began inside a
 * window of time, and the verdict on the first seconds after `/ready` against the warm figures.
 */
import { percentile } from './stats.ts';

/** One request a client sent: when it began (ms on one clock), how long it took, whether it succeeded. */
export interface Sample {
  begin: number;
  ms: number;
  ok: boolean;
}

export interface WindowFigures {
  /** Requests that succeeded (the latencies count only those). */
  requests: number;
  errors: number;
  /** Requests (succeeded or not) a second over the window. */
  throughput: number;
  p50: number;
  p99: number;
  max: number;
}

/** The figures of the requests that began in [from, to): a request counts by its start, however long it took. */
export function windowFigures(samples: readonly Sample[], from: number, to: number): WindowFigures {
  if (!(to > from)) throw new Error(`The window must end after it starts (from ${from}, to ${to})`);
  const inside = samples.filter((sample) => sample.begin >= from && sample.begin < to);
  const latencies = inside
    .filter((sample) => sample.ok)
    .map((sample) => sample.ms)
    .sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors: inside.length - latencies.length,
    throughput: inside.length / ((to - from) / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
  };
}

export interface RestartVerdict {
  /** The first window's p99 over the warm p99. */
  ratio: number;
  /** p99 of the first window within the target, with no errors and at least one request. */
  met: boolean;
}

export function restartVerdict(first: WindowFigures, warm: WindowFigures, targetMs: number): RestartVerdict {
  return {
    ratio: first.p99 / warm.p99,
    met: first.requests > 0 && first.errors === 0 && first.p99 <= targetMs,
  };
}
