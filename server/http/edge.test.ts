/**
 * The HTTP edge over real HTTP, route by route: every answer carries the security headers and the
 * strict Content-Security-Policy (GraphiQL its own), API answers are never stored, HSTS only behind an
 * https PUBLIC_URL, and CORS answers only the origins in CORS_ORIGINS.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type AppOptions } from '../app.ts';
import { freePort } from '../launcher/ports.ts';
import { createCspReportRoute } from './csp-report.ts';
import { seededExecutor, type Executor } from '../testing/database.ts';
import { oidcSettingsFor, startTestProvider, type TestProvider } from '../testing/oidc-provider.ts';
import { closeServer, CookieJar, listenOnLoopback, signInOverHttp } from '../testing/sign-in.ts';

const DASHBOARD = 'https://dashboard.example.org';
const CYTOSCAPE_RULE_HASH = `'sha256-${createHash('sha256')
  .update('.__________cytoscape_container { position: relative; }')
  .digest('base64')}'`;
const EVIL = 'https://evil.example';

let executor: Executor;
let provider: TestProvider;
let clientDir: string;
const servers: Server[] = [];
const devLog: string[] = [];
/** A development instance (GraphiQL on, no sign-in), a production one with sign-in, one behind https. */
let dev: string;
let prod: string;
let https: string;

async function serve(options: Omit<AppOptions, 'executor'>, port?: number): Promise<string> {
  const app = createApp({ executor, clientDir, log: () => {}, corsOrigins: [DASHBOARD], ...options });
  const server = await listenOnLoopback(app.listener, port ?? (await freePort()));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

beforeAll(async () => {
  executor = await seededExecutor();
  // A built client in miniature: sirv serves it as it serves dist/client.
  clientDir = mkdtempSync(join(tmpdir(), 'atlas-edge-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(clientDir, 'assets', 'app.js'), 'export {};\n');
  const prodPort = await freePort();
  prod = `http://127.0.0.1:${prodPort}`;
  provider = await startTestProvider(prod);
  dev = await serve({ log: (line) => devLog.push(line) });
  const common = { adminEmails: ['bea.boss@example.org'], adminGroups: [], editorGroups: [], sessionHours: 8 };
  await serve({ production: true, oidc: oidcSettingsFor(provider, { ...common, publicUrl: prod }) }, prodPort);
  https = await serve({ production: true, publicUrl: 'https://atlas.example.org' });
}, 120_000);

afterAll(async () => {
  for (const server of servers) await closeServer(server);
  await provider?.stop();
  await executor?.close();
  rmSync(clientDir, { recursive: true, force: true });
});

/** The policy as directive name → its sources. */
function policyOf(response: Response): Map<string, string[]> {
  const header = response.headers.get('content-security-policy') ?? '';
  return new Map(
    header
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

const GRAPHQL_POST = {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ version }' }),
};

/** Every route of the app, as [what, path, request]; the answers' status does not matter here. */
const ROUTES: [string, string, RequestInit?][] = [
  ['the HTML shell', '/'],
  ['a deep link (the shell again)', '/some/view'],
  ['a client asset', '/assets/app.js'],
  ['GraphQL (POST)', '/graphql', GRAPHQL_POST],
  ['GraphQL (GET)', '/graphql?query=%7Bversion%7D', { headers: { 'x-graphql-yoga-csrf': '1' } }],
  ['the SDL', '/graphql/schema.graphql'],
  ['a network export', '/export/network.graphml'],
  ['the register export', '/export/register.csv'],
  ['a brief as PDF', '/export/brief.pdf?id=brief:none'],
  ['/health', '/health'],
  ['/ready', '/ready'],
];
const SIGN_IN_ROUTES: [string, string][] = [
  ['sign-in', '/auth/login'],
  ['the sign-in callback (no attempt)', '/auth/callback'],
  ['the sign-out page', '/auth/logout'],
];
const API_PATH = /^\/(graphql|export|auth|health|ready)/;

function expectSecurityHeaders(response: Response, what: string): void {
  const headers = response.headers;
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(headers.get('x-frame-options'), what).toBe('DENY');
  expect(headers.get('referrer-policy'), what).toBe('same-origin');
  expect(headers.get('cross-origin-opener-policy'), what).toBe('same-origin');
  expect(headers.get('x-powered-by'), what).toBeNull();
  expect(headers.get('permissions-policy'), what).toMatch(/(^|, )camera=\(\)/);
  expect(headers.get('permissions-policy'), what).toMatch(/(^|, )geolocation=\(\)/);
}

function expectAppPolicy(response: Response, what: string, formTargets = ["'self'"]): void {
  const policy = policyOf(response);
  expect(policy.get('default-src'), what).toEqual(["'self'"]);
  expect(policy.get('script-src'), what).toEqual(["'self'"]);
  // Besides the built CSS, only Cytoscape's one rule, by its hash.
  expect(policy.get('style-src'), what).toEqual(["'self'", CYTOSCAPE_RULE_HASH]);
  expect(policy.get('img-src'), what).toEqual(["'self'", 'data:', 'blob:']);
  expect(policy.get('connect-src'), what).toEqual(["'self'"]);
  expect(policy.get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(policy.get('base-uri'), what).toEqual(["'none'"]);
  expect(policy.get('object-src'), what).toEqual(["'none'"]);
  expect(policy.get('form-action'), what).toEqual(formTargets);
  expect(policy.get('report-uri'), what).toEqual(['/csp-report']);
  const everySource = [...policy.values()].flat();
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:']) {
    expect(everySource, `${what} allows ${unsafe}`).not.toContain(unsafe);
  }
}

describe('security headers', () => {
  it.each(ROUTES)('%s (%s) carries them, with the strict policy', async (what, path, init) => {
    for (const base of [dev, prod]) {
      const response = await fetch(`${base}${path}`, init);
      await response.arrayBuffer();
      expectSecurityHeaders(response, what);
      expectAppPolicy(response, what, base === prod ? ["'self'", provider.issuer] : ["'self'"]);
      expect(response.headers.get('strict-transport-security'), what).toBeNull();
      if (API_PATH.test(path)) expect(response.headers.get('cache-control'), what).toBe('no-store');
    }
  });

  it.each(SIGN_IN_ROUTES)('%s (%s) carries them; a form may lead only here and to the provider', async (what, path) => {
    const response = await fetch(`${prod}${path}`, { redirect: 'manual' });
    await response.arrayBuffer();
    expectSecurityHeaders(response, what);
    expectAppPolicy(response, what, ["'self'", provider.issuer]);
    expect(response.headers.get('cache-control'), what).toBe('no-store');
  });

  it('the stream of changes (Server-Sent Events) carries them, and is never stored', async () => {
    const stop = new AbortController();
    const response = await fetch(`${dev}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { changes { seq } }' }),
      signal: stop.signal,
    });
    try {
      expect(response.headers.get('content-type')).toContain('text/event-stream');
      expectSecurityHeaders(response, 'the stream of changes');
      expectAppPolicy(response, 'the stream of changes');
      expect(response.headers.get('cache-control')).toContain('no-store');
    } finally {
      stop.abort();
    }
  });

  it('a 404 and a refused request carry them too', async () => {
    const missing = await fetch(`${prod}/assets/missing.js`);
    const refused = await fetch(`${prod}/export/register.csv`);
    expect([missing.status, refused.status]).toEqual([404, 401]);
    for (const [what, response] of [
      ['404', missing],
      ['refused', refused],
    ] as const) {
      expectSecurityHeaders(response, what);
      expectAppPolicy(response, what, ["'self'", provider.issuer]);
    }
  });

  it('GraphiQL, outside production only, runs under its own policy that still forbids framing', async () => {
    const graphiql = await fetch(`${dev}/graphql`, { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toContain('GraphiQL');
    const policy = policyOf(graphiql);
    expect(policy.get('script-src')).toContain("'unsafe-inline'");
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expectSecurityHeaders(graphiql, 'GraphiQL');

    const production = await fetch(`${prod}/graphql`, { headers: { accept: 'text/html' } });
    await production.arrayBuffer();
    expectAppPolicy(production, 'GET /graphql in production', ["'self'", provider.issuer]);
  });

  it('behind an https PUBLIC_URL: HSTS, on every answer', async () => {
    for (const path of ['/', '/graphql?query=%7Bversion%7D', '/health']) {
      const response = await fetch(`${https}${path}`, { headers: { 'x-graphql-yoga-csrf': '1' } });
      await response.arrayBuffer();
      expect(response.headers.get('strict-transport-security'), path).toBe('max-age=31536000; includeSubDomains');
      expectAppPolicy(response, path);
    }
  });
});

const PREFLIGHT = (origin: string) => ({
  method: 'OPTIONS',
  headers: {
    origin,
    'access-control-request-method': 'POST',
    'access-control-request-headers': 'content-type, authorization',
  },
});

function corsHeadersOf(response: Response): string[] {
  return [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));
}

describe('CORS', () => {
  it.each(['/graphql', '/export/network.graphml'])(
    'a preflight to %s from a foreign origin gets no CORS header at all',
    async (path) => {
      for (const base of [dev, prod]) {
        const response = await fetch(`${base}${path}`, PREFLIGHT(EVIL));
        await response.arrayBuffer();
        expect(corsHeadersOf(response), base).toEqual([]);
        expectSecurityHeaders(response, `preflight to ${path}`);
      }
    },
  );

  it('a request from a foreign origin is answered without CORS headers, so its page cannot read it', async () => {
    const response = await fetch(`${dev}/graphql`, {
      ...GRAPHQL_POST,
      headers: { ...GRAPHQL_POST.headers, origin: EVIL },
    });
    await response.arrayBuffer();
    expect(corsHeadersOf(response)).toEqual([]);
  });

  it('an origin in CORS_ORIGINS may call the API with credentials', async () => {
    const preflight = await fetch(`${prod}/graphql`, PREFLIGHT(DASHBOARD));
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(preflight.headers.get('vary')).toMatch(/origin/i);

    const answer = await fetch(`${prod}/export/network.graphml`, { headers: { origin: DASHBOARD } });
    await answer.arrayBuffer();
    expect(answer.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(answer.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('the HTML shell and assets get no CORS headers, whoever asks', async () => {
    for (const path of ['/', '/assets/app.js', '/health']) {
      const response = await fetch(`${prod}${path}`, { headers: { origin: DASHBOARD } });
      await response.arrayBuffer();
      expect(corsHeadersOf(response), path).toEqual([]);
    }
  });

  it('a session cookie works from the app and from CORS_ORIGINS, never from another origin', async () => {
    const jar = new CookieJar();
    await signInOverHttp(jar, prod, 'bea');
    const me = async (origin: string) => {
      const response = await fetch(`${prod}/graphql`, {
        ...GRAPHQL_POST,
        body: JSON.stringify({ query: '{ me { name } }' }),
        headers: { ...GRAPHQL_POST.headers, cookie: jar.header(prod), origin },
      });
      return { status: response.status, body: (await response.json()) as { data?: { me: { name: string } } } };
    };
    expect((await me(prod)).body.data?.me.name).toBe('Bea Boss');
    expect((await me(DASHBOARD)).body.data?.me.name).toBe('Bea Boss');
    expect((await me(EVIL)).status).toBe(403);
  });
});

const REPORT = {
  'csp-report': {
    'document-uri': 'https://atlas.example.org/?sel=person:someone',
    'effective-directive': 'script-src-elem',
    'blocked-uri': 'https://cdn.example.net/x.js?user=someone',
    'source-file': 'https://atlas.example.org/assets/index.js',
    'line-number': 12,
  },
};

describe('Content-Security-Policy reports', () => {
  const post = (body: string, base = dev) =>
    fetch(`${base}/csp-report`, { method: 'POST', headers: { 'content-type': 'application/csp-report' }, body });

  it('logs what a browser reports as blocked, without query strings (they name people)', async () => {
    devLog.length = 0;
    const response = await post(JSON.stringify(REPORT));
    expect(response.status).toBe(204);
    expect(devLog).toEqual([
      'Content-Security-Policy blocked https://cdn.example.net/x.js by script-src-elem in ' +
        'https://atlas.example.org/ (https://atlas.example.org/assets/index.js:12)',
    ]);
    expectSecurityHeaders(response, 'the report answer');
  });

  it('refuses what is not a report, and logs nothing', async () => {
    devLog.length = 0;
    expect((await post('not json')).status).toBe(400);
    expect((await post(JSON.stringify({ other: 1 }))).status).toBe(400);
    expect((await post('x'.repeat(20_000))).status).toBe(413);
    expect((await fetch(`${dev}/csp-report`)).status).toBe(405);
    expect(devLog).toEqual([]);
  });

  it('logs at most 20 reports a minute, then says how many it left out', async () => {
    const lines: string[] = [];
    let clock = 0;
    const server = await listenOnLoopback(
      createCspReportRoute(
        (line) => lines.push(line),
        () => clock,
      ),
      await freePort(),
    );
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/csp-report`;
    try {
      for (let i = 0; i < 25; i++) await fetch(url, { method: 'POST', body: JSON.stringify(REPORT) });
      expect(lines).toHaveLength(20);
      clock = 60_000;
      await fetch(url, { method: 'POST', body: JSON.stringify(REPORT) });
      expect(lines.slice(20)).toEqual([
        '5 more Content-Security-Policy reports were not logged',
        expect.stringContaining('Content-Security-Policy blocked'),
      ]);
    } finally {
      await closeServer(server);
    }
  });
});
