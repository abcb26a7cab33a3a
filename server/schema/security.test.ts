import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, LIMITS, type App } from '../app.ts';
import { readConfig } from '../config.ts';
import { executorWithoutQueries, seededExecutor, type Executor } from '../testing/database.ts';
import { data, errorOf, gql, TEST_AUTH_TOKENS, TEST_TOKENS } from '../testing/graphql.ts';

const TOKENS = TEST_TOKENS;
let executor: Executor;
let secured: App;
let local: App;
let production: App;

beforeAll(async () => {
  executor = await seededExecutor();
  const config = readConfig({ AUTH_TOKENS: TEST_AUTH_TOKENS });
  secured = createApp({ executor, authTokens: config.AUTH_TOKENS });
  local = createApp({ executor });
  production = createApp({ executor, production: true, log: () => {} });
});
afterAll(() => executor.close());

const CREATE = `mutation ($name: String!) { createEntity(input: { kind: PERSON, name: $name, citations: [{ source: "source:socitm-local-digital-coalition", quote: "Vicky Sargent, Socitm Press Office" }] }) { id } }`;
const AUDIT = '{ auditLog(entityId: "body:socitm") { entries { action } } }';

function post(app: App, body: string, headers: Record<string, string> = {}) {
  return app.yoga.fetch('http://atlas.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers },
    body,
  });
}

describe('bearer tokens and roles', () => {
  it('answers 401 without a valid token', async () => {
    const none = await gql(secured, '{ version }');
    expect(none.status).toBe(401);
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await gql(secured, '{ version }', {}, { token: 'not-a-real-token-at-all' });
    expect(wrong.status).toBe(401);
    const response = await post(secured, JSON.stringify({ query: '{ version }' }));
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('lets viewers read but not write', async () => {
    const graph = await data<{ network: { nodes: unknown[] } }>(
      secured,
      '{ network { nodes { id } } }',
      {},
      { token: TOKENS.viewer },
    );
    expect(graph.network.nodes.length).toBeGreaterThan(0);
    expect(await errorOf(secured, CREATE, { name: 'Viewer Attempt' }, { token: TOKENS.viewer })).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await errorOf(secured, AUDIT, {}, { token: TOKENS.viewer })).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets editors write, records them as the actor, and keeps the audit log for admins', async () => {
    const created = await data<{ createEntity: { id: string } }>(
      secured,
      CREATE,
      { name: 'Editor Made' },
      { token: TOKENS.editor },
    );
    expect(await errorOf(secured, AUDIT, {}, { token: TOKENS.editor })).toMatchObject({ code: 'FORBIDDEN' });
    const log = await data<{ auditLog: { entries: { actor: string; action: string }[] } }>(
      secured,
      'query ($id: ID!) { auditLog(entityId: $id) { entries { actor action } } }',
      { id: created.createEntity.id },
      { token: TOKENS.admin },
    );
    expect(log.auditLog.entries).toEqual([{ actor: 'editor#1', action: 'createEntity' }]);
  });

  it('treats a local instance without tokens as its single admin user', async () => {
    expect((await gql(local, AUDIT)).errors).toBeUndefined();
  });

  it('keeps /health and /ready open while /graphql needs a token', async () => {
    const server: Server = createServer(secured.listener);
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect((await fetch(`${base}/health`)).status).toBe(200);
      expect((await fetch(`${base}/ready`)).status).toBe(200);
      const graphql = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ version }"}',
      });
      expect(graphql.status).toBe(401);
    } finally {
      await new Promise((closed) => server.close(closed));
    }
  });
});

describe('request hygiene', () => {
  it('requires the CSRF header on GET requests and refuses mutations over GET', async () => {
    const url = `http://atlas.test/graphql?query=${encodeURIComponent('{ version }')}`;
    expect((await local.yoga.fetch(url)).status).toBe(403);
    expect((await local.yoga.fetch(url, { headers: { 'x-graphql-yoga-csrf': '1' } })).status).toBe(200);
    const mutation = `http://atlas.test/graphql?query=${encodeURIComponent('mutation { retireEntity(id: "body:socitm", expectedVersion: 1, reason: "x") { id } }')}`;
    const refused = await local.yoga.fetch(mutation, { headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(refused.status).toBe(405);
    expect(
      (await data<{ entity: { retiredAt: null } }>(local, '{ entity(id: "body:socitm") { retiredAt } }')).entity
        .retiredAt,
    ).toBeNull();
  });

  it('refuses batched requests', async () => {
    const response = await post(local, JSON.stringify([{ query: '{ version }' }, { query: '{ version }' }]));
    expect(response.status).toBe(400);
  });

  it('refuses bodies over the limit and bodies of unknown length', async () => {
    const big = JSON.stringify({ query: `{ version } # ${'x'.repeat(LIMITS.maxBodyBytes)}` });
    expect((await post(local, big)).status).toBe(413);
    // A streamed body has no Content-Length: refused before it is read.
    const server: Server = createServer(local.listener);
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    try {
      const status = await new Promise<number>((resolveStatus, reject) => {
        const request = httpRequest(
          {
            port: (server.address() as AddressInfo).port,
            host: '127.0.0.1',
            path: '/graphql',
            method: 'POST',
            headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
          },
          (response) => {
            response.resume();
            resolveStatus(response.statusCode ?? 0);
          },
        );
        request.on('error', reject);
        request.write('{"query":');
        request.end('"{ version }"}');
      });
      expect(status).toBe(411);
    } finally {
      await new Promise((closed) => server.close(closed));
    }
  });
});

describe('graphql-armor limits', () => {
  it('rejects a query deeper than the depth limit', async () => {
    const realistic = '{ entity(id: "body:socitm") { relationships { citations { source { title } } } } }';
    expect((await gql(local, realistic)).errors).toBeUndefined();
    const nest = (levels: number) =>
      `{ entity(id: "body:socitm") { ${'... on Entity { '.repeat(levels)}id${' }'.repeat(levels)} } }`;
    expect((await gql(local, nest(2))).errors).toBeUndefined();
    const error = (await gql(local, nest(LIMITS.maxDepth))).errors?.[0]?.message;
    expect(error).toMatch(new RegExp(`Query depth limit of ${LIMITS.maxDepth} exceeded`));
  });

  it('rejects more aliases than allowed', async () => {
    const ok = `{ ${Array.from({ length: LIMITS.maxAliases }, (_, i) => `v${i}: version`).join(' ')} }`;
    expect((await gql(local, ok)).errors).toBeUndefined();
    const tooMany = `{ ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `v${i}: version`).join(' ')} }`;
    expect((await gql(local, tooMany)).errors?.[0]?.message).toMatch(/aliases/i);
  });

  it('rejects more directives than allowed', async () => {
    const tooMany = `{ version ${'@include(if: true) '.repeat(LIMITS.maxDirectives + 1)} }`;
    expect((await gql(local, tooMany)).errors?.[0]?.message).toMatch(/directives/i);
  });

  it('rejects more tokens than allowed', async () => {
    const tooMany = `{ version ${'__typename '.repeat(LIMITS.maxTokens)} }`;
    expect((await gql(local, tooMany)).errors?.[0]?.message).toMatch(/token/i);
  });

  it('rejects a query whose cost exceeds the limit', async () => {
    // Ten of the heaviest queries the client sends fit within the cost limit...
    const heavy = `network { nodes { id name kind type sector degree } edges { id source target type family role validFrom validTo confidence citations { quote note source { id title publisher kind fileName date dateEstimated dateNote } } } }`;
    const tenHeavy = `{ ${Array.from({ length: LIMITS.maxAliases }, (_, i) => `n${i}: ${heavy}`).join(' ')} }`;
    expect((await gql(local, tenHeavy)).errors).toBeUndefined();
    // ...while many fields deep in the tree (each costing more the deeper it is) do not.
    const costly = `{ network { edges { citations { source { ${'title '.repeat(1_200)} } } } } }`;
    expect((await gql(local, costly)).errors?.[0]?.message).toMatch(/cost/i);
  });
});

describe('production mode', () => {
  it('turns introspection and field suggestions off', async () => {
    expect((await gql(local, '{ __schema { queryType { name } } }')).errors).toBeUndefined();
    expect((await gql(production, '{ __schema { queryType { name } } }')).errors?.[0]?.message).toMatch(
      /introspection/i,
    );
    expect((await gql(local, '{ versio }')).errors?.[0]?.message).toMatch(/Did you mean/);
    expect((await gql(production, '{ versio }')).errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('masks unexpected errors, logging the cause with the request id it returns', async () => {
    const lines: string[] = [];
    const broken = executorWithoutQueries();
    try {
      const app = createApp({ executor: broken, production: true, log: (line) => lines.push(line) });
      const result = await gql(app, '{ sources { id } }');
      const error = result.errors?.[0];
      expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error?.message).not.toContain('Cypher');
      const requestId = error?.extensions?.requestId as string;
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(
        lines.some((line) => line.includes(requestId) && line.includes('Unknown Cypher query "sources/list-sources"')),
      ).toBe(true);
    } finally {
      await broken.close();
    }
  });
});

describe('configuration', () => {
  it('refuses to expose a token-less instance beyond loopback', () => {
    expect(() => readConfig({ HOST: '0.0.0.0' })).toThrow(/AUTH_TOKENS/);
    expect(readConfig({ HOST: '0.0.0.0', AUTH_TOKENS: `admin:${TOKENS.admin}` }).HOST).toBe('0.0.0.0');
  });

  it('names what is wrong with AUTH_TOKENS', () => {
    expect(() => readConfig({ AUTH_TOKENS: 'root:abcdefghijklmnopqrstu' })).toThrow(/role viewer, editor or admin/);
    expect(() => readConfig({ AUTH_TOKENS: 'admin:short' })).toThrow(/too short/);
    expect(() => readConfig({ AUTH_TOKENS: `admin:${TOKENS.admin},editor:${TOKENS.admin}` })).toThrow(/twice/);
  });
});
