/**
 * Warming up before /ready: the instance says ready only once the graph index is built at the
 * current version and the hot queries have run, and warming up writes nothing.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp, type App } from './app.ts';
import { countGraph } from './repositories/graph-import.ts';
import { GraphIndexCache } from './repositories/graph-index.ts';
import { readGraphVersion } from './repositories/graph-version.ts';
import { seededExecutor, type Executor } from './testing/database.ts';

/** A graph index whose waiting callers (the warm-up) wait until the test opens the gate. */
class GatedGraphIndex extends GraphIndexCache {
  open!: () => void;
  private readonly gate = new Promise<void>((opened) => (this.open = opened));

  override async current(version: string) {
    await this.gate;
    return super.current(version);
  }
}

let executor: Executor;
let index: GatedGraphIndex;
let app: App;
let server: Server;
let ready: string;

beforeAll(async () => {
  executor = await seededExecutor();
  index = new GatedGraphIndex(executor);
  app = createApp({ executor, graphIndex: index, log: () => {} });
  server = createServer(app.listener);
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  ready = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ready`;
});
afterAll(async () => {
  await new Promise((closed) => server.close(closed));
  app.feed.close();
  await app.influence.close();
  await executor.close();
});

it('answers /ready 503 "warming up" until the graph index is built and the hot queries have run, writing nothing', async () => {
  const before = await countGraph(executor);
  const version = await readGraphVersion(executor);
  const warming = app.warmUp();
  const whileWarming = await fetch(ready);
  expect(whileWarming.status).toBe(503);
  expect(await whileWarming.json()).toEqual({
    status: 'warming up',
    reason: 'the server is warming up (building the graph index and query plans)',
  });
  expect((await fetch(`${ready.replace('/ready', '/health')}`)).status).toBe(200);

  index.open();
  await warming;
  // Ready, with the index already built at the version: the first reads come from memory.
  const after = await fetch(ready);
  expect(after.status).toBe(200);
  expect(index.at(version)).not.toBeNull();
  // The writes' queries ran in a transaction rolled back: nothing recorded, counted or moved.
  expect(await countGraph(executor)).toEqual(before);
  expect(await readGraphVersion(executor)).toBe(version);
  // Once: a second call is the same warm-up.
  expect(app.warmUp()).toBe(warming);
});
