import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../app.ts';
import { rateLimits, readConfig } from '../config.ts';
import { seededExecutor, type Executor } from '../testing/database.ts';
import { as, gql, TEST_AUTH_TOKENS } from '../testing/graphql.ts';
import { RateLimiter, retryAfterMs } from './rate-limits.ts';

let executor: Executor;
beforeAll(async () => {
  executor = await seededExecutor();
});
afterAll(() => executor.close());

const MINUTE = 60_000;
/** A clock the test moves: the start of a minute far from any other test's windows. */
let now = 0;
const clock = () => now;
beforeEach(async () => {
  now = Date.UTC(2030, 0, 1, 12, 0, 0);
  await executor.write('rate-limits/delete-expired-rate-limits', { now: Number.MAX_SAFE_INTEGER });
});

/** The keys of the counters in the database. */
async function counterKeys(): Promise<string[]> {
  const rows = await executor.read<{ labels: string[]; properties: { key: string } }>('import/dump-graph');
  return rows.filter((row) => row.labels.includes('RateLimit')).map((row) => row.properties.key);
}

const limiter = (limit: number) => new RateLimiter(executor, { writes: { limit, windowMs: MINUTE } }, { clock });

describe('RateLimiter', () => {
  it('allows a client its limit per window, then refuses with the seconds to wait', async () => {
    const writes = limiter(3);
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await writes.take('writes', 'token editor#1'));
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, false]);
    // The window is full: the next one starts in 60 s, and a third of it must pass for 3 × 2/3 + 1 ≤ 3.
    expect(decisions[3]).toMatchObject({ allowed: false, limit: 3, retryAfterSeconds: 80 });
    // Another client has its own limit.
    expect((await writes.take('writes', 'token editor#2')).allowed).toBe(true);
  });

  it('slides: the previous window counts in proportion to how much of it is still within the last minute', async () => {
    const writes = limiter(4);
    for (let i = 0; i < 4; i++) expect((await writes.take('writes', 'address 10.0.0.1')).allowed).toBe(true);
    now += MINUTE; // the next window begins: all four still count
    expect((await writes.take('writes', 'address 10.0.0.1')).allowed).toBe(false);
    now += MINUTE / 4; // three quarters of the old window remain: 3 + 1 ≤ 4
    expect((await writes.take('writes', 'address 10.0.0.1')).allowed).toBe(true);
    expect((await writes.take('writes', 'address 10.0.0.1')).allowed).toBe(false);
    now += 2 * MINUTE; // long quiet: a fresh start
    for (let i = 0; i < 4; i++) expect((await writes.take('writes', 'address 10.0.0.1')).allowed).toBe(true);
  });

  it('counts concurrent requests once each', async () => {
    const writes = limiter(10);
    const decisions = await Promise.all(Array.from({ length: 25 }, () => writes.take('writes', 'token editor#1')));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(10);
  });

  it('counts a client on two instances against one limit, each instance writing only a counter of its own', async () => {
    const [first, second] = [limiter(10), limiter(10)];
    const decisions = [];
    // Far from the limit each decides from what it last read; near it, each reads the other first.
    for (let i = 0; i < 7; i++) {
      decisions.push(await first.take('writes', 'token shared'));
      decisions.push(await second.take('writes', 'token shared'));
    }
    const allowed = decisions.filter((decision) => decision.allowed).length;
    // One twentieth of the limit (at least one) over, at most, per other instance (docs/operations.md#limits).
    expect(allowed).toBeGreaterThanOrEqual(10);
    expect(allowed).toBeLessThanOrEqual(11);
    expect(decisions.slice(allowed).every((decision) => !decision.allowed)).toBe(true);
    const rows = await executor.read<{
      labels: string[];
      properties: { key: string; instance: string; count: number };
    }>('import/dump-graph');
    const counters = rows.filter((row) => row.labels.includes('RateLimit')).map((row) => row.properties);
    expect(counters).toHaveLength(2);
    expect(new Set(counters.map((counter) => counter.instance)).size).toBe(2);
    expect(counters.reduce((sum, counter) => sum + counter.count, 0)).toBe(allowed);
  });

  it('keeps a client within a share of its limit when bursts alternate between instances and writes are slow', async () => {
    // Each write takes up to 40 ms, so a count is often still in flight when the other instance decides.
    const slow: Executor = Object.assign(Object.create(executor) as Executor, {
      write: async (name: string, params?: Record<string, unknown>) => {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20));
        const result = await executor.write(name, params);
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20));
        return result;
      },
    });
    const patterns = ['ab'.repeat(25), 'abbbbbbbbbaaaaaaaaaabbbbbbbbbbbbbbbbbbbbbaaaaaaaaaaaa', 'aabbb'.repeat(10)];
    for (const [run, pattern] of patterns.entries()) {
      const make = () => new RateLimiter(slow, { writes: { limit: 40, windowMs: MINUTE } }, { clock });
      const instances = { a: make(), b: make() };
      let allowed = 0;
      for (const name of pattern) {
        if ((await instances[name as 'a' | 'b'].take('writes', `token burst ${run}`)).allowed) allowed += 1;
      }
      expect(allowed, pattern).toBeGreaterThanOrEqual(40);
      expect(allowed, pattern).toBeLessThanOrEqual(42);
    }
  });

  it('reads the others again before deciding when their counts are more than a second old', async () => {
    const [first, second] = [limiter(10), limiter(10)];
    await first.take('writes', 'token idle');
    // The other instance uses up the limit while the first sits idle.
    for (let i = 0; i < 9; i++) expect((await second.take('writes', 'token idle')).allowed).toBe(true);
    now += 2_000;
    expect((await first.take('writes', 'token idle')).allowed).toBe(false);
  });

  it('decides clients new to an instance after one read of every client’s counts, not a write each', async () => {
    const events: string[] = [];
    const watched: Executor = Object.assign(Object.create(executor) as Executor, {
      read: async (name: string, params?: Record<string, unknown>) => {
        events.push(`read ${name}`);
        return executor.read(name, params);
      },
      write: async (name: string, params?: Record<string, unknown>) => {
        const result = await executor.write(name, params);
        if (name === 'rate-limits/sync-rate-limit') events.push(`written ${name}`);
        return result;
      },
    });
    const other = limiter(100);
    for (let i = 0; i < 5; i++) await other.take('writes', 'token roaming');
    await vi.waitFor(
      async () => {
        const rows = await executor.read<{ labels: string[]; properties: { key: string; count: number } }>(
          'import/dump-graph',
        );
        const counter = rows.find(
          (row) => row.labels.includes('RateLimit') && row.properties.key === 'writes token roaming',
        );
        expect(counter?.properties.count).toBe(5);
      },
      { timeout: 15_000 },
    );
    const writesLimiter = new RateLimiter(watched, { writes: { limit: 100, windowMs: MINUTE } }, { clock });
    // Twenty clients (a token each, as people use the app), none seen by this instance before.
    const decisions = await Promise.all(
      Array.from({ length: 20 }, (_, client) =>
        writesLimiter.take('writes', `token person#${client}`).then((decision) => {
          events.push('decided');
          return decision;
        }),
      ),
    );
    expect(decisions.every((decision) => decision.allowed)).toBe(true);
    // One read for all of them, and every answer before any count was written.
    expect(events.slice(0, 21)).toEqual(['read rate-limits/read-other-counts', ...Array(20).fill('decided')]);
    // The read brought what the other instance counted for a client it had not seen either.
    const roaming = new RateLimiter(watched, { writes: { limit: 6, windowMs: MINUTE } }, { clock });
    expect((await roaming.take('writes', 'token roaming')).allowed).toBe(true);
    expect((await roaming.take('writes', 'token roaming')).allowed).toBe(false);
  });

  it('reads every client’s counts again in the background while busy, and waits for the read only when idle', async () => {
    let reads = 0;
    let readsDone = 0;
    const counting: Executor = Object.assign(Object.create(executor) as Executor, {
      read: async (name: string, params?: Record<string, unknown>) => {
        if (name !== 'rate-limits/read-other-counts') return executor.read(name, params);
        reads += 1;
        const rows = await executor.read(name, params);
        readsDone += 1;
        return rows;
      },
    });
    const busy = new RateLimiter(counting, { writes: { limit: 100, windowMs: MINUTE } }, { clock });
    await busy.take('writes', 'token first');
    expect(reads).toBe(1);
    // Half a second on, still fresh: answered from the view, which is read again meanwhile.
    now += 600;
    const decided = busy.take('writes', 'token second');
    expect(reads).toBe(2);
    expect((await decided).allowed).toBe(true);
    await vi.waitFor(() => expect(readsDone).toBe(2));
    // Idle for over a second: the next decision reads first (shown by the test above on two instances).
    now += 1_500;
    expect((await busy.take('writes', 'token third')).allowed).toBe(true);
    expect(reads).toBe(3);
  });

  it('far from the limit, writes a client’s count once for many concurrent requests, not once each', async () => {
    let writes = 0;
    const counting: Executor = Object.assign(Object.create(executor) as Executor, {
      write: (name: string, params?: Record<string, unknown>) => {
        writes += 1;
        return executor.write(name, params);
      },
    });
    const writesLimiter = new RateLimiter(counting, { writes: { limit: 1000, windowMs: MINUTE } }, { clock });
    const decisions = await Promise.all(Array.from({ length: 40 }, () => writesLimiter.take('writes', 'token many')));
    expect(decisions.every((decision) => decision.allowed)).toBe(true);
    // Answered at once; the count follows in Neo4j, every request in it.
    await vi.waitFor(
      async () => {
        const rows = await executor.read<{ labels: string[]; properties: { key: string; count: number } }>(
          'import/dump-graph',
        );
        const counter = rows.find(
          (row) => row.labels.includes('RateLimit') && row.properties.key === 'writes token many',
        );
        expect(counter?.properties.count).toBe(40);
      },
      { timeout: 15_000 },
    );
    // The first read, then one write in flight and one waiting, shared by everyone meanwhile.
    expect(writes).toBeLessThanOrEqual(4);
  });

  it('counts concurrent requests on two instances at most once over the limit per other instance', async () => {
    const [first, second] = [limiter(10), limiter(10)];
    const decisions = await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 ? first : second).take('writes', 'token busy')),
    );
    const allowed = decisions.filter((decision) => decision.allowed).length;
    expect(allowed).toBeGreaterThanOrEqual(10);
    expect(allowed).toBeLessThanOrEqual(11);
  });

  it('deletes counters whose windows have ended, and none that still count', async () => {
    const writes = limiter(5);
    await writes.take('writes', 'token old');
    // Far from the limit the count is written after the answer: wait for it.
    await vi.waitFor(async () => expect(await counterKeys()).toEqual(['writes token old']), { timeout: 15_000 });
    now += 3 * MINUTE;
    // The limiter cleans up in the background at most once a minute; here the test does it itself.
    await writes.take('writes', 'token new');
    await vi.waitFor(async () => expect(await counterKeys()).toContain('writes token new'), { timeout: 15_000 });
    await executor.write('rate-limits/delete-expired-rate-limits', { now });
    expect(await counterKeys()).toEqual(['writes token new']);
  });

  it('turns a bucket off with limit 0, and refuses unknown buckets', async () => {
    const off = limiter(0);
    expect(off.limits('writes')).toBe(false);
    expect((await off.take('writes', 'anyone')).allowed).toBe(true);
    await expect(off.take('sign-in', 'anyone')).rejects.toThrow(/Unknown rate-limit bucket/);
  });

  it('computes when a request would be allowed again', () => {
    // Full current window of 10: next window, plus 10% of it (10 × 0.9 + 1 ≤ 10).
    expect(retryAfterMs({ current: 10, previous: 0 }, 10, MINUTE, 0, 30_000)).toBe(36_000);
    // 5 now, 10 before, at 6 s in: 10 × (1 − f) + 5 + 1 ≤ 10 once f ≥ 0.6, at 36 s.
    expect(retryAfterMs({ current: 5, previous: 10 }, 10, MINUTE, 0, 6_000)).toBe(30_000);
  });
});

const LOG = `mutation ($input: InteractionInput!) { logInteraction(input: $input) { id } }`;
const INTERACTION = {
  input: { kind: 'CALL', date: '2016-05-01', participants: ['body:socitm'], summary: 'Rate limit test' },
};

describe('the write limit over the API', () => {
  it('is shared by two app instances over one Neo4j, and answered with 429 and Retry-After', async () => {
    const config = readConfig({ AUTH_TOKENS: TEST_AUTH_TOKENS, WRITE_RATE_LIMIT: '3' });
    const instance = () =>
      createApp({
        executor,
        authTokens: config.AUTH_TOKENS,
        rateLimiter: new RateLimiter(executor, rateLimits(config), { clock }),
      });
    const [first, second] = [instance(), instance()];
    const statuses = [];
    for (const app of [first, second, first, second]) {
      statuses.push((await gql(app, LOG, INTERACTION, as('editor'))).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);

    const body = JSON.stringify({ query: LOG, variables: INTERACTION });
    const response = await first.yoga.fetch('http://atlas.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        authorization: `Bearer ${as('editor').token}`,
      },
      body,
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('80');
    const result = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(result.errors).toEqual([
      {
        message: 'Too many writes: at most 3 a minute per client. Try again in 80 s.',
        extensions: { code: 'RATE_LIMITED', retryAfter: 80 },
      },
    ]);

    // Reads are not limited, and another token has a limit of its own.
    expect((await gql(first, '{ version }', {}, as('editor'))).status).toBe(200);
    expect((await gql(second, LOG, INTERACTION, as('admin'))).status).toBe(200);
  });

  it('counts a token-less local instance by the client’s address', async () => {
    const app: App = createApp({
      executor,
      rateLimiter: new RateLimiter(executor, { writes: { limit: 2, windowMs: MINUTE } }, { clock }),
    });
    const server: Server = createServer(app.listener);
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      const statuses = [];
      for (let i = 0; i < 3; i++) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: LOG, variables: INTERACTION }),
        });
        statuses.push(response.status);
        await response.body?.cancel();
      }
      expect(statuses).toEqual([200, 200, 429]);
      expect(await counterKeys()).toEqual([expect.stringMatching(/^writes address (::ffff:)?127\.0\.0\.1$/)]);
    } finally {
      await new Promise((closed) => server.close(closed));
    }
  });
});
