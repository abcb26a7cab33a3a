import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from './app.ts';
import type { Executor } from './db/executor.ts';
import { testExecutor } from './testing/database.ts';

let executor: Executor;
let app: App;
let server: Server;
let base: string;

beforeAll(async () => {
  executor = await testExecutor();
  app = createApp({ executor });
  server = createServer(app.listener);
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((closed) => server.close(closed));
  await executor.close();
});

describe('HTTP surface', () => {
  it('answers GraphQL in process through yoga.fetch', async () => {
    const response = await app.yoga.fetch('http://atlas/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ version }' }),
    });
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(await response.json()).toEqual({ data: { version } });
  });

  it('rejects a malformed query with a GraphQL error', async () => {
    const response = await app.yoga.fetch('http://atlas/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ version' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toMatch(/Syntax Error/);
  });

  it('reports /health and /ready over real HTTP', async () => {
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('says how to build the client when it is missing', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('npm run build');
  });
});
