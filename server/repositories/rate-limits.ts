/**
 * Per-client rate limits shared by every instance of the app over one database, without a node
 * that every request locks. Each instance counts its own requests in memory (exact within the
 * instance: decisions for one client are taken one at a time) and keeps them in a counter node of
 * its own per client (`RateLimit {key, instance}`), written after each allowed request (one write
 * in flight per client and instance, shared by the requests meanwhile) and read back by the others
 * with their own writes. A request far from the limit is decided in memory with the others' counts
 * as last read and answered at once; near it (see farFromLimit), the instance first writes its
 * count and reads the others', and answers once this request's count is written. The others' counts
 * of every client are read together by one query (readOthers), in the background while requests
 * keep coming, so a client that writes rarely (a token per person) does not wait for a read of its
 * own: only an instance whose view is over a second old, idle meanwhile, reads before deciding.
 * Across instances a client may so get up to a twentieth of its limit (at least one request) more
 * per other instance: what that instance answered but had not yet written, or counted since this
 * one last read (docs/operations.md#limits). A sliding window of `windowMs`: the current fixed
 * window's requests plus the previous window's, weighted by how much of it still overlaps. Writes
 * use the bucket "writes"; sign-in uses "sign-in": `await limiter.take('sign-in', clientKey)` and
 * answer 429 when it is not allowed (server/schema/security.ts has `tooManyRequests`).
 */
import { randomUUID } from 'node:crypto';
import { SharedRun } from '../../core/shared-run.ts';
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

/** How recent the other instances' counts must be for a request to be decided without reading them again. */
const FRESH_MS = 1_000;
/** How old the view of every client may grow before a request starts reading it again, without waiting. */
const REFRESH_MS = FRESH_MS / 2;

/** Counts in one fixed window and the one before it. */
interface WindowCounts {
  windowStart: number;
  current: number;
  previous: number;
}

/** The other instances' counts for one client, and when they were read. */
type OtherCounts = WindowCounts & { instances: number; readAt: number };

/** One client's counts in this instance: its own, what of them it last wrote, and the other instances' as last read. */
interface ClientCounter {
  mine: WindowCounts;
  written: WindowCounts | undefined;
  /** As read with this client's own last sync; the view of every client (readOthers) may be newer. */
  others: OtherCounts | undefined;
  /** Decisions for this client, one after another. */
  decisions: Promise<unknown>;
  /** One write-and-read in flight, the next shared by the requests meanwhile. */
  sync: SharedRun<void>;
}

/** `counts` as seen from the window starting at `windowStart`. */
function rolled(counts: WindowCounts, windowStart: number, windowMs: number): WindowCounts {
  if (counts.windowStart === windowStart) return counts;
  const previous = counts.windowStart === windowStart - windowMs ? counts.current : 0;
  return { windowStart, current: 0, previous };
}

export class RateLimiter {
  private readonly clock: () => number;
  private readonly log: (line: string) => void;
  /** This instance's name on its counter nodes. */
  private readonly instance = randomUUID();
  private readonly counters = new Map<string, ClientCounter>();
  private lastCleanup = 0;
  /** Every client's counts on the other instances, by key, as last read all together. */
  private view: { readAt: number; others: Map<string, OtherCounts> } | undefined;
  private viewRead: Promise<void> | undefined;

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
    const key = `${bucket} ${clientKey}`;
    const now = this.clock();
    this.cleanUp(now);
    // Busy: read every client's counts again before they are a second old, without waiting.
    if (this.view && now - this.view.readAt > REFRESH_MS)
      this.readOthers().catch((error: Error) => this.log(`rate limits: reading the counts failed: ${error.message}`));
    const counter = this.counterOf(key, Math.floor(now / rate.windowMs) * rate.windowMs);
    const decision = counter.decisions.then(() => this.decide(key, counter, bucket, rate));
    counter.decisions = decision.catch(() => {});
    const { decided, near } = await decision;
    if (!decided.allowed) return decided;
    const written = this.sync(key, counter, rate.windowMs);
    // Near the limit, written before the answer, so that an instance deciding next reads it; far
    // from it, the margin covers what is not written yet.
    if (near) await written;
    else written.catch((error: Error) => this.log(`rate limits: writing a count failed: ${error.message}`));
    return decided;
  }

  private counterOf(key: string, windowStart: number): ClientCounter {
    let counter = this.counters.get(key);
    if (!counter) {
      counter = {
        mine: { windowStart, current: 0, previous: 0 },
        written: undefined,
        others: undefined,
        decisions: Promise.resolve(),
        sync: new SharedRun<void>(),
      };
      this.counters.set(key, counter);
    }
    return counter;
  }

  private async decide(
    key: string,
    counter: ClientCounter,
    bucket: string,
    rate: RateLimit,
  ): Promise<{ decided: RateDecision; near: boolean }> {
    const { limit, windowMs } = rate;
    const estimate = (now: number) => {
      const windowStart = Math.floor(now / windowMs) * windowMs;
      counter.mine = rolled(counter.mine, windowStart, windowMs);
      const seen = this.othersOf(key, counter);
      const others = seen ? rolled(seen, windowStart, windowMs) : { current: 0, previous: 0 };
      const current = counter.mine.current + others.current;
      const previous = counter.mine.previous + others.previous;
      return { windowStart, current, previous, value: previous * (1 - (now - windowStart) / windowMs) + current };
    };
    let now = this.clock();
    // Idle for over a second (or new): read every client's counts on the others first.
    if (now - (this.othersOf(key, counter)?.readAt ?? -Infinity) > FRESH_MS) {
      await this.readOthers();
      now = this.clock();
    }
    let state = estimate(now);
    let near = !this.farFromLimit(key, counter, state.value, limit, now);
    if (near) {
      await this.sync(key, counter, windowMs);
      now = this.clock();
      state = estimate(now);
      near = !this.farFromLimit(key, counter, state.value, limit, now);
    }
    if (state.value + 1 <= limit) {
      counter.mine.current += 1;
      return { decided: { allowed: true, bucket, limit, retryAfterSeconds: 0 }, near };
    }
    const wait = retryAfterMs(state, limit, windowMs, state.windowStart, now);
    return {
      decided: { allowed: false, bucket, limit, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) },
      near,
    };
  }

  /**
   * Whether a request may be decided from the others' counts as last read: read within the last
   * second (an instance idle for longer reads first), and the estimate below the limit by twice a
   * share for each other instance (at least one), a share being a twentieth of the limit: an
   * instance writes and reads again before it lets a share go unwritten, so another instance's count
   * can have grown by about that much twice (a write in flight, and the next) since it was read.
   */
  private farFromLimit(key: string, counter: ClientCounter, value: number, limit: number, now: number): boolean {
    const others = this.othersOf(key, counter);
    if (!others || now - others.readAt > FRESH_MS) return false;
    const share = Math.max(1, Math.floor(limit / 20));
    const written = counter.written?.windowStart === counter.mine.windowStart ? counter.written.current : 0;
    if (counter.mine.current - written >= share) return false;
    return value + 1 + Math.max(1, others.instances) * 2 * share <= limit;
  }

  /** The client's counts on the other instances as last read: with its own sync, or with every client's. */
  private othersOf(key: string, counter: ClientCounter): OtherCounts | undefined {
    const { view } = this;
    if (!view || (counter.others && counter.others.readAt >= view.readAt)) return counter.others;
    const bucket = this.buckets[key.slice(0, key.indexOf(' '))];
    const windowStart = bucket ? Math.floor(view.readAt / bucket.windowMs) * bucket.windowMs : 0;
    return view.others.get(key) ?? { windowStart, current: 0, previous: 0, instances: 0, readAt: view.readAt };
  }

  /**
   * Reads every client's counts on the other instances in one query, summed per client as
   * sync-rate-limit sums them; concurrent calls share the read in flight.
   */
  private readOthers(): Promise<void> {
    this.viewRead ??= this.readAllOthers().finally(() => (this.viewRead = undefined));
    return this.viewRead;
  }

  private async readAllOthers(): Promise<void> {
    const rows = await this.executor.read<{ key: string; windowStart: number; count: number; previousCount: number }>(
      'rate-limits/read-other-counts',
      { now: this.clock(), instance: this.instance },
    );
    const readAt = this.clock();
    const others = new Map<string, OtherCounts>();
    for (const row of rows) {
      const windowMs = this.buckets[row.key.slice(0, row.key.indexOf(' '))]?.windowMs;
      if (!windowMs) continue;
      const windowStart = Math.floor(readAt / windowMs) * windowMs;
      const sum = others.get(row.key) ?? { windowStart, current: 0, previous: 0, instances: 0, readAt };
      if (row.windowStart >= windowStart - windowMs) sum.instances += 1;
      if (row.windowStart === windowStart) {
        sum.current += row.count;
        sum.previous += row.previousCount;
      } else if (row.windowStart === windowStart - windowMs) sum.previous += row.count;
      others.set(row.key, sum);
    }
    this.view = { readAt, others };
  }

  /**
   * Writes this instance's counts for the client and reads the others', in a transaction started
   * after this call; concurrent calls share the next one (one in flight per client and instance).
   */
  private sync(key: string, counter: ClientCounter, windowMs: number): Promise<void> {
    return counter.sync.run(() => this.writeAndRead(key, counter, windowMs));
  }

  private async writeAndRead(key: string, counter: ClientCounter, windowMs: number): Promise<void> {
    const windowStart = Math.floor(this.clock() / windowMs) * windowMs;
    const mine = { ...rolled(counter.mine, windowStart, windowMs) };
    const [row] = await this.executor.write<{ current: number; previous: number; instances: number }>(
      'rate-limits/sync-rate-limit',
      {
        key,
        instance: this.instance,
        windowStart,
        windowMs,
        count: mine.current,
        previousCount: mine.previous,
      },
    );
    if (!row) throw new Error('The rate-limit counter returned nothing');
    counter.written = mine;
    counter.others = {
      windowStart,
      current: row.current,
      previous: row.previous,
      instances: row.instances,
      readAt: this.clock(),
    };
  }

  /**
   * Deletes counters whose windows have ended, at most once a minute per instance, off the
   * request's path, and forgets this instance's clients that no longer count.
   */
  private cleanUp(now: number): void {
    if (now - this.lastCleanup < 60_000) return;
    this.lastCleanup = now;
    for (const [key, counter] of this.counters) {
      const windowMs = this.buckets[key.slice(0, key.indexOf(' '))]?.windowMs ?? 0;
      if (counter.mine.windowStart + 2 * windowMs < now && !counter.sync.busy) this.counters.delete(key);
    }
    this.executor.write('rate-limits/delete-expired-rate-limits', { now }).catch((error: Error) => {
      this.log(`rate limits: cleaning up expired counters failed: ${error.message}`);
    });
  }
}
