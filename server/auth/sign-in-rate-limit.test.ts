/**
 * SIGN_IN_RATE_LIMIT over real HTTP: two atlas instances over the test Neo4j, the real OpenID
 * provider of the sign-in tests, and attempts at /auth/login and /auth/callback from one address.
 */
import type { Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { rateLimits, readConfig } from '../config.ts';
import { freePort } from '../launcher/ports.ts';
import { RateLimiter } from '../repositories/rate-limits.ts';
import { seededExecutor, type Executor } from '../testing/database.ts';
import { oidcSettingsFor, startTestProvider, type TestProvider } from '../testing/oidc-provider.ts';
import { closeServer, CookieJar, listenOnLoopback, signInOverHttp, visit } from '../testing/sign-in.ts';

let executor: Executor;
let provider: TestProvider;
const servers: Server[] = [];
let firstUrl: string;
let secondUrl: string;

/** The limiters' clock: a fixed instant at the start of a minute, so Retry-After is exact. */
const clock = () => Date.UTC(2031, 0, 1, 12, 0, 0);

async function serve(port: number, publicUrl: string): Promise<void> {
  const app = createApp({
    executor,
    oidc: oidcSettingsFor(provider, { publicUrl, adminEmails: [], adminGroups: [], editorGroups: [], sessionHours: 8 }),
    // Each instance has its own limiter, as two processes would; only the database is shared.
    rateLimiter: new RateLimiter(executor, rateLimits(readConfig({ SIGN_IN_RATE_LIMIT: '3' })), { clock }),
    log: () => {},
  });
  servers.push(await listenOnLoopback(app.listener, port));
}

beforeAll(async () => {
  executor = await seededExecutor();
  const [firstPort, secondPort] = [await freePort(), await freePort()];
  firstUrl = `http://127.0.0.1:${firstPort}`;
  secondUrl = `http://127.0.0.1:${secondPort}`;
  provider = await startTestProvider(firstUrl, secondUrl);
  await serve(firstPort, firstUrl);
  await serve(secondPort, secondUrl);
}, 120_000);

afterAll(async () => {
  for (const server of servers) await closeServer(server);
  await provider?.stop();
  await executor?.close();
});

beforeEach(() => executor.write('rate-limits/delete-expired-rate-limits', { now: Number.MAX_SAFE_INTEGER }));

describe('the sign-in rate limit', () => {
  it('refuses the attempt after the limit with 429, Retry-After and why, on every instance over one Neo4j', async () => {
    // A whole sign-in at the first instance: /auth/login and /auth/callback, two attempts.
    const signedIn = await signInOverHttp(new CookieJar(), firstUrl, 'ada');
    expect(signedIn.status, signedIn.body).toBe(303);
    expect(signedIn.setCookies.some((line) => line.startsWith('atlas-session='))).toBe(true);
    // The third, at the second instance, is still allowed: off to the provider.
    const third = await visit(new CookieJar(), `${secondUrl}/auth/login`);
    expect(third.status).toBe(302);
    expect(third.location).toContain(provider.issuer);

    // The fourth is refused, at either instance and at either path: the count is in Neo4j.
    for (const url of [`${firstUrl}/auth/login`, `${secondUrl}/auth/login`, `${firstUrl}/auth/callback?code=x`]) {
      const response = await fetch(url, { redirect: 'manual' });
      expect(response.status, url).toBe(429);
      // 3 in this minute: the limit allows the next once a third of the next minute has passed.
      expect(response.headers.get('retry-after')).toBe('80');
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await response.text()).toBe('Too many sign-in attempts: at most 3 a minute. Try again in 80 s.\n');
    }
  });

  it('counts attempts by address, under one key that both instances count against', async () => {
    await visit(new CookieJar(), `${firstUrl}/auth/login`);
    await visit(new CookieJar(), `${secondUrl}/auth/login`);
    const rows = await executor.read<{ labels: string[]; properties: { key: string } }>('import/dump-graph');
    const keys = rows.filter((row) => row.labels.includes('RateLimit')).map((row) => row.properties.key);
    // Each instance writes a counter of its own under the key, and reads the other's.
    expect([...new Set(keys)]).toEqual([expect.stringMatching(/^sign-in address (::ffff:)?127\.0\.0\.1$/)]);
  });

  it('leaves the rest of the atlas alone when sign-in is limited', async () => {
    for (let attempt = 0; attempt < 4; attempt++) await visit(new CookieJar(), `${firstUrl}/auth/login`);
    expect((await fetch(`${firstUrl}/auth/login`, { redirect: 'manual' })).status).toBe(429);
    expect((await fetch(`${firstUrl}/health`)).status).toBe(200);
    const me = await fetch(`${firstUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { signedIn } }' }),
    });
    expect(me.status).toBe(200);
  });
});
