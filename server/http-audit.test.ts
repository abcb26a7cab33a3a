/**
 * graphql-http's GraphQL-over-HTTP audits against the real HTTP server (node:http, the same
 * listener `npm start` serves) on the real Neo4j.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import type { Executor } from './db/executor.ts';
import { seededExecutor } from './testing/database.ts';

let executor: Executor;
let server: Server;
let url: string;

beforeAll(async () => {
  executor = await seededExecutor();
  server = createServer(createApp({ executor }).listener);
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise((closed) => server.close(closed));
  await executor.close();
});

// The CSRF guard asks GET requests for a header that browsers cannot send cross-site; a client
// that speaks GraphQL over HTTP sends it.
const fetchWithCsrfHeader: typeof fetch = (input, init = {}) => {
  const headers = new Headers(init.headers);
  headers.set('x-graphql-yoga-csrf', '1');
  return fetch(input, { ...init, headers });
};

describe('GraphQL over HTTP audits', () => {
  it('passes every audit', async () => {
    const results = await Promise.all(
      serverAudits({ url, fetchFn: fetchWithCsrfHeader }).map(async (audit) => ({
        ...(await audit.fn()),
        name: audit.name,
      })),
    );
    const failed = results
      .filter((result) => result.status !== 'ok')
      .map((result) => `${result.status}: ${result.name}: ${'reason' in result ? result.reason : ''}`);
    expect(results.length).toBeGreaterThan(20);
    expect(failed).toEqual([]);
  });
});
