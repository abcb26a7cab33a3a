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

/**
 * Measures a and b in alternating rounds, so that drift in the machine's load (other processes,
 * JIT warm-up, Neo4j caches) falls on both alike.
 */
export async function compare(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  total: number,
  concurrency: number,
  rounds = 5,
): Promise<[Stats, Stats]> {
  const results: [Stats[], Stats[]] = [[], []];
  const perRound = Math.max(concurrency, Math.ceil(total / rounds));
  for (let round = 0; round < rounds; round++) {
    results[0].push(await measure(a, perRound, concurrency, round === 0 ? 20 : 0));
    results[1].push(await measure(b, perRound, concurrency, round === 0 ? 20 : 0));
  }
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
  const summary = (stats: Stats[]): Stats => ({
    p50: median(stats.map((s) => s.p50)),
    p95: median(stats.map((s) => s.p95)),
    throughput: median(stats.map((s) => s.throughput)),
  });
  return [summary(results[0]), summary(results[1])];
}
