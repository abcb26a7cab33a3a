/**
 * Per-client rate limits kept in Neo4j, so that every instance of the app over one database counts
 * against the same limit: one counter node per bucket and client (`RateLimit {key}`), a sliding
 * window of `windowMs` (cypher/rate-limits/take-rate-limit.cypher). Writes use the bucket "writes";
 * sign-in uses "sign-in": `await limiter.take('sign-in', clientKey)` and answer 429 when it is not
 * allowed (server/schema/security.ts has `tooManyRequests`).
 */
import type { Executor } from './executor.ts';

export interface RateLimit {
  /** Requests allowed per window; 0 turns the bucket's limit off. */
  limit: number;
  windowMs: number;
}

export interface RateDecision {
  allowed: boolean;
  bucket: string;
  limit: number;
  /** Whole seconds until a request would be allowed again; 0 when this one was. */
  retryAfterSeconds: number;
}

export interface RateLimiterOptions {
  /** Milliseconds since the epoch; the instances' clocks need only agree to a second or so. */
  clock?: () => number;
  log?: (line: string) => void;
}

/** When the sliding window's estimate drops low enough for one more request, in ms from now. */
export function retryAfterMs(
  state: { current: number; previous: number },
  limit: number,
  windowMs: number,
  windowStart: number,
  now: number,
): number {
  const { current, previous } = state;
  // The current window alone is full: wait for the next, until enough of this one has slid out.
  if (current + 1 > limit) {
    const fraction = current === 0 ? 0 : Math.max(0, 1 - (limit - 1) / current);
    return windowStart + windowMs + fraction * windowMs - now;
  }
  // Otherwise the previous window's share must shrink.
  const fraction = previous === 0 ? 0 : Math.max(0, 1 - (limit - 1 - current) / previous);
  return Math.max(0, windowStart + fraction * windowMs - now);
}

export class RateLimiter {
  private readonly clock: () => number;
  private readonly log: (line: string) => void;
  private lastCleanup = 0;

  constructor(
    private readonly executor: Executor,
    private readonly buckets: Readonly<Record<string, RateLimit>>,
    options: RateLimiterOptions = {},
  ) {
    this.clock = options.clock ?? Date.now;
    this.log = options.log ?? (() => {});
  }

  /** True when the bucket limits anyone (it is known and its limit is not 0). */
  limits(bucket: string): boolean {
    return (this.buckets[bucket]?.limit ?? 0) > 0;
  }

  /**
   * Counts one request of `clientKey` (a token's name, an address) in `bucket`, unless the client
   * has used up its limit; then the decision says when to try again.
   */
  async take(bucket: string, clientKey: string): Promise<RateDecision> {
    const rate = this.buckets[bucket];
    if (!rate) throw new Error(`Unknown rate-limit bucket "${bucket}"`);
    if (rate.limit <= 0) return { allowed: true, bucket, limit: 0, retryAfterSeconds: 0 };
    const now = this.clock();
    const windowStart = Math.floor(now / rate.windowMs) * rate.windowMs;
    this.cleanUp(now);
    const [row] = await this.executor.write<{ allowed: boolean; current: number; previous: number }>(
      'rate-limits/take-rate-limit',
      { key: `${bucket} ${clientKey}`, limit: rate.limit, windowMs: rate.windowMs, windowStart, now },
    );
    if (!row) throw new Error('The rate-limit counter returned nothing');
    if (row.allowed) return { allowed: true, bucket, limit: rate.limit, retryAfterSeconds: 0 };
    const wait = retryAfterMs(row, rate.limit, rate.windowMs, windowStart, now);
    return { allowed: false, bucket, limit: rate.limit, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
  }

  /** Deletes counters whose windows have ended, at most once a minute per instance, off the request's path. */
  private cleanUp(now: number): void {
    if (now - this.lastCleanup < 60_000) return;
    this.lastCleanup = now;
    this.executor.write('rate-limits/delete-expired-rate-limits', { now }).catch((error: Error) => {
      this.log(`rate limits: cleaning up expired counters failed: ${error.message}`);
    });
  }
}
