/** Latency and throughput of a batch of timed calls. */
export interface Stats {
  p50: number;
  p95: number;
  /** Calls per second over the whole batch. */
  throughput: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/** Runs `total` calls with `concurrency` in flight, after `warmup` untimed calls. */
export async function measure(
  call: () => Promise<unknown>,
  total: number,
  concurrency: number,
  warmup = 20,
): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await call();
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const begin = performance.now();
        await call();
        latencies.push(performance.now() - begin);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), throughput: total / elapsed };
}

/** The median of each figure over several rounds of the same measurement. */
export function summarise(rounds: Stats[]): Stats {
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
  return {
    p50: median(rounds.map((stats) => stats.p50)),
    p95: median(rounds.map((stats) => stats.p95)),
    throughput: median(rounds.map((stats) => stats.throughput)),
  };
}
