/**
 * Two app instances over one Neo4j, each with its own driver and HTTP server, and a subscriber on
 * each over real HTTP Server-Sent Events: a change made through one reaches both; a subscriber whose
 * connection drops resumes from the last seq it saw and misses nothing.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../app.ts';
import { readConfig } from '../config.ts';
import { createEntity } from '../repositories/entities.ts';
import { seededExecutor, testExecutor, type Executor } from '../testing/database.ts';
import { as, data, TEST_AUTH_TOKENS, TEST_TOKENS } from '../testing/graphql.ts';
import { subscribe, type SseStream } from '../testing/sse.ts';

interface Instance {
  executor: Executor;
  app: App;
  server: Server;
  url: string;
}

const instances: Instance[] = [];

async function startInstance(executor: Executor): Promise<Instance> {
  const app = createApp({
    executor,
    authTokens: readConfig({ AUTH_TOKENS: TEST_AUTH_TOKENS }).AUTH_TOKENS,
    log: () => {},
  });
  const server = createServer(app.listener);
  await new Promise<void>((resolveListening) => server.listen(0, '127.0.0.1', resolveListening));
  const instance = { executor, app, server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
  instances.push(instance);
  return instance;
}

let a: Instance;
let b: Instance;

beforeAll(async () => {
  // Two drivers, as two processes would have: a commit through A tells only A's sequencer.
  a = await startInstance(await seededExecutor());
  b = await startInstance(await testExecutor());
});
afterAll(async () => {
  for (const { app, server, executor } of instances) {
    app.feed.close();
    server.closeAllConnections();
    await new Promise((resolveClosed) => server.close(resolveClosed));
    await executor.close();
  }
});

const SUBSCRIBE = `subscription ($after: Int) { changes(after: $after) { seq action targetId actor } }`;
type Event = { changes: { seq: number; action: string; targetId: string; actor: string } };
const CITE = {
  source: 'source:socitm-local-digital-coalition',
  quote: 'Martin Ferguson, Director of Policy and Research at Socitm',
};

let programmes = 0;
/** Creates a programme through instance A; resolves to its id. */
async function createProgramme(): Promise<string> {
  programmes += 1;
  const { createEntity } = await data<{ createEntity: { id: string } }>(
    a.app,
    `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }`,
    {
      input: { kind: 'PROGRAMME', name: `Shared Atlas Programme ${programmes}`, type: 'programme', citations: [CITE] },
    },
    as('editor'),
  );
  return createEntity.id;
}

const head = async (instance: Instance) =>
  (await data<{ changes: { head: number } }>(instance.app, `{ changes(first: 1) { head } }`, {}, as('viewer'))).changes
    .head;

const open = (instance: Instance, after: number) =>
  subscribe(fetch, instance.url, SUBSCRIBE, { after }, TEST_TOKENS.viewer);

/** The next change a stream sends; waits generously (the machine may be busy), not as a speed test. */
async function nextChange(stream: SseStream) {
  const result = await stream.nextResult<Event>(15_000);
  expect(result.errors).toBeUndefined();
  return result.data!.changes;
}

describe('two instances over one Neo4j', () => {
  it('deliver a change made through A to subscribers of A and of B, in the same order with the same numbers', async () => {
    const start = await head(a);
    const onA = await open(a, start);
    const onB = await open(b, start);
    try {
      const first = await createProgramme();
      const second = await createProgramme();
      const fromA = [await nextChange(onA), await nextChange(onA)];
      const fromB = [await nextChange(onB), await nextChange(onB)];
      expect(fromA.map((change) => change.targetId)).toEqual([first, second]);
      expect(fromB).toEqual(fromA);
      expect(fromA[1]!.seq).toBe(fromA[0]!.seq + 1);
      expect(fromA[0]).toMatchObject({ action: 'createEntity', actor: 'editor#1' });
      // Through B's feed the same numbers are read back.
      expect(await head(b)).toBe(fromA[1]!.seq);
    } finally {
      await onA.close();
      await onB.close();
    }
  });

  it('resume after a dropped connection from the last seq seen, missing nothing and repeating nothing', async () => {
    let stream = await open(b, await head(b));
    const seen: string[] = [];
    const made = [await createProgramme()];
    const firstChange = await nextChange(stream);
    seen.push(firstChange.targetId);
    await stream.close();
    // Changes made while the subscriber is away.
    made.push(await createProgramme(), await createProgramme());
    // B's tailer stops when its last subscriber has gone.
    await vi.waitFor(() => expect(b.app.feed.tailer.listening).toBe(0), { timeout: 15_000 });
    stream = await open(b, firstChange.seq);
    try {
      made.push(await createProgramme());
      for (let i = 0; i < 3; i++) seen.push((await nextChange(stream)).targetId);
      expect(seen).toEqual(made);
      expect(stream.heartbeats).toBeGreaterThan(0);
    } finally {
      await stream.close();
    }
  });

  it('number a change committed by a process with no sequencer (a CLI) on their poll, which backs off while idle', async () => {
    const stream = await open(b, await head(b));
    const cli = await testExecutor();
    try {
      // Idle: the poll waits longer and longer, up to its longest wait.
      await vi.waitFor(() => expect(b.app.feed.sequencer.pollDelayMs).toBe(1_000), { timeout: 15_000 });
      const id = await createEntity(
        cli,
        { kind: 'PROGRAMME', name: 'Programme imported by a CLI', type: 'programme', citations: [CITE] },
        { id: null, name: 'cli' },
      );
      expect((await nextChange(stream)).targetId).toBe(id);
    } finally {
      await stream.close();
      await cli.close();
    }
  });
});
