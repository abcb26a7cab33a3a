/**
 * Warming up before /ready: the instance says ready only once the graph index is built at the
 * current version, the hot queries have run and so have the client's own queries, and warming up
 * changes nothing in the database (no audit entry, no feed entry, no rate-limit counter).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp, type App } from '../app.ts';
import { databaseChecksum } from '../repositories/backup.ts';
import { readFeedHead } from '../repositories/feed.ts';
import { GraphIndexCache } from '../repositories/graph-index.ts';
import { readGraphVersion } from '../repositories/graph-version.ts';
import { seededExecutor, type Executor } from '../testing/database.ts';

/** A graph index whose waiting callers (the warm-up) wait until the test opens the gate. */
class GatedGraphIndex extends GraphIndexCache {
  open!: () => void;
  private readonly gate = new Promise<void>((opened) => (this.open = opened));

  override async current(version: string) {
    await this.gate;
    return super.current(version);
  }
}

/** The operations of client/api/*.graphql, read from the files themselves, not from the generated code. */
function clientDocumentOperations(): { name: string; kind: string }[] {
  const folder = new URL('../../client/api/', import.meta.url);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.graphql'))
    .flatMap((file) => parse(readFileSync(new URL(file, folder), 'utf8')).definitions)
    .filter((node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION)
    .map((node) => ({ name: node.name!.value, kind: node.operation }));
}

let executor: Executor;
let index: GatedGraphIndex;
let app: App;
let server: Server;
let ready: string;
const logged: string[] = [];

beforeAll(async () => {
  executor = await seededExecutor();
  index = new GatedGraphIndex(executor);
  // Each query twice, however long that takes on this machine.
  const warmUp = { repeatMs: Number.MAX_SAFE_INTEGER, maxRuns: 2, budgetMs: Number.MAX_SAFE_INTEGER };
  app = createApp({ executor, graphIndex: index, warmUp, log: (line) => logged.push(line) });
  // As at start (server/runtime.ts): changes committed before the instance ran (the seed) join the feed.
  await app.feed.catchUp();
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

it("answers /ready 503 until warmed up: the graph index, the hot queries, then the client's queries as a reader, changing nothing", async () => {
  const before = await databaseChecksum(executor);
  const version = await readGraphVersion(executor);
  const feedHead = await readFeedHead(executor);
  const warming = app.warmUp();
  const whileWarming = await fetch(ready);
  expect(whileWarming.status).toBe(503);
  expect(await whileWarming.json()).toEqual({
    status: 'warming up',
    reason: "the server is warming up (building the graph index, planning queries, running the client's queries)",
  });
  expect((await fetch(`${ready.replace('/ready', '/health')}`)).status).toBe(200);

  index.open();
  const report = await warming;
  // Ready, with the index already built at the version: the first reads come from memory.
  expect((await fetch(ready)).status).toBe(200);
  expect(index.at(version)).not.toBeNull();

  // Every query of the client's documents ran, twice each; mutations and subscriptions did not.
  expect(report).not.toBeNull();
  const operations = clientDocumentOperations();
  const queries = operations.filter((operation) => operation.kind === 'query').map((operation) => operation.name);
  expect(queries.length).toBeGreaterThan(30);
  expect(report!.operations.map((operation) => operation.name).sort()).toEqual([...queries].sort());
  expect(report!.cutShort).toBe(false);
  for (const operation of report!.operations) expect(operation.runs, operation.name).toBe(2);
  expect(report!.notRun.map((operation) => operation.name).sort()).toEqual(
    operations
      .filter((operation) => operation.kind !== 'query')
      .map((operation) => operation.name)
      .sort(),
  );
  // The map's queries answered, with their made-up variables, in both runs (they are what a
  // restart's first requests are); an editor's query was refused to the reader.
  const byName = new Map(report!.operations.map((operation) => [operation.name, operation]));
  for (const name of ['Search', 'Neighbourhood', 'Paths', 'EntityDetails', 'Network', 'Me', 'FeedHead']) {
    expect(byName.get(name), name).toMatchObject({ answered: 2, errorCodes: [] });
  }
  expect(logged.some((line) => /^Warmed up in .* the client's \d+ queries/.test(line))).toBe(true);

  // Nothing written: no audit entry, no feed entry, no rate-limit counter, the same graph version.
  expect(await databaseChecksum(executor)).toEqual(before);
  expect(await readGraphVersion(executor)).toBe(version);
  expect(await readFeedHead(executor)).toBe(feedHead);
  // Once: a second call is the same warm-up.
  expect(app.warmUp()).toBe(warming);
});
