/**
 * The database going away and coming back, on real processes: the embedded Neo4j killed with SIGKILL
 * under write load (restarted by the supervisor, losing no acknowledged write), the supervisor giving
 * up when Neo4j cannot start again, and an external server (NEO4J_URI) going away and coming back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';
import { createDriver } from './db/driver.ts';
import { Executor } from './db/executor.ts';
import { freePort } from './launcher/ports.ts';
import { superviseEmbeddedNeo4j } from './launcher/supervisor.ts';
import { startAtlas, type Atlas } from './runtime.ts';

const tempDirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-supervision-'));
  tempDirs.push(dir);
  return dir;
};
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** This machine is small and shared: a JVM start can take a minute. The 30 s is the target on a quiet one. */
const RECOVERY_LIMIT_MS = 300_000;
/**
 * "Within about a second". Generous because on the shared 2-core machine (load average near 30 while
 * a JVM restarts) even a request that never reaches the database was seen to take 4 s; the reason in
 * the answer shows it came from the supervisor, not from a timeout.
 */
const FAST_ANSWER_MS = 6_000;

interface Answer {
  ok: boolean;
  id?: string;
  code?: unknown;
  message?: string;
  ms: number;
}

async function graphql(base: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: unknown } }[];
  };
}

const CREATE_SOURCE = `mutation ($title: String!) {
  createSource(input: { title: $title, publisher: "Supervision test", kind: "other", date: "2026" }) { id }
}`;

/** One createSource through the API; acknowledged when it returned an id and no error. */
/** One request and how it was answered: ok with the id \`idOf\` finds in its data, or its error's code. */
async function answer(
  base: string,
  query: string,
  variables: Record<string, unknown>,
  idOf: (data: Record<string, unknown> | null | undefined) => string | undefined,
): Promise<Answer> {
  const started = Date.now();
  try {
    const result = await graphql(base, query, variables);
    const ms = Date.now() - started;
    const id = idOf(result.data);
    if (id && !result.errors) return { ok: true, id, ms };
    const [error] = result.errors ?? [];
    return { ok: false, code: error?.extensions?.code, message: error?.message, ms };
  } catch (error) {
    return { ok: false, code: 'FETCH_FAILED', message: String(error), ms: Date.now() - started };
  }
}

const createSource = (base: string, title: string) =>
  answer(base, CREATE_SOURCE, { title }, (data) => (data?.createSource as { id?: string } | null | undefined)?.id);

/** A read of the graph, which goes through the graph response cache (server/schema/response-cache.ts). */
const search = (base: string) =>
  answer(
    base,
    '{ search(text: "socitm") { id } }',
    {},
    (data) => (data?.search as { id: string }[] | undefined)?.[0]?.id,
  );

async function readiness(base: string): Promise<{ status: number; reason?: string }> {
  const response = await fetch(`${base}/ready`);
  const body = (await response.json()) as { reason?: string };
  return { status: response.status, reason: body.reason };
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition().catch(() => false)) return true;
    await new Promise((resolveLater) => setTimeout(resolveLater, 200));
  }
  return false;
}

async function missingSources(base: string, ids: string[]): Promise<string[]> {
  const result = await graphql(base, '{ sources { id } }');
  expect(result.errors).toBeUndefined();
  const present = new Set((result.data!.sources as { id: string }[]).map((source) => source.id));
  return ids.filter((id) => !present.has(id));
}

/** Writers that create sources one after another until stopped, keeping every answer. */
function writeLoad(base: string, writers: number) {
  const answers: Answer[] = [];
  let running = true;
  let serial = 0;
  const loops = Array.from({ length: writers }, async (_, writer) => {
    while (running) {
      const answer = await createSource(base, `Load ${writer}-${serial++}`);
      answers.push(answer);
      // As the client does: retry an unavailable database after a pause, not in a tight loop.
      if (!answer.ok) await new Promise((resolveLater) => setTimeout(resolveLater, 200));
    }
  });
  return {
    answers,
    acknowledged: () => answers.filter((answer) => answer.ok).map((answer) => answer.id!),
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

describe('the embedded Neo4j under supervision', () => {
  it('comes back by itself after SIGKILL under write load, with every acknowledged write', async () => {
    const lines: string[] = [];
    const config = readConfig({
      PORT: String(await freePort()),
      NEO4J_BOLT_PORT: String(await freePort()),
      NEO4J_DATA_DIR: tempDir(),
    });
    const atlas: Atlas = await startAtlas(config, { log: (line) => lines.push(line) });
    const base = atlas.url;
    const load = writeLoad(base, 4);
    try {
      const log = () => `app log:\n${lines.join('\n')}\nlast answers: ${JSON.stringify(load.answers.slice(-3))}`;
      expect(await waitUntil(async () => load.acknowledged().length >= 20, 120_000), log()).toBe(true);
      const pid = atlas.database.neo4j!.pid!;
      const killedAt = Date.now();
      process.kill(pid, 'SIGKILL');
      const beforeKill = load.answers.length;

      // While Neo4j is away: /ready says why, and requests answer SERVICE_UNAVAILABLE fast.
      expect(await waitUntil(async () => (await readiness(base)).status === 503, 10_000), log()).toBe(true);
      // A loaded machine may refuse the driver's connection a moment before the JVM's exit reaches the
      // supervisor ("not reachable"); the reason it gives then must come within a few seconds.
      const says = /stopped unexpectedly \(it exited with signal SIGKILL\) and is restarting/;
      expect(await waitUntil(async () => says.test((await readiness(base)).reason ?? ''), 5_000), log()).toBe(true);
      const duringOutage: Answer[] = [];
      for (let i = 0; i < 5; i++) duringOutage.push(await createSource(base, `During outage ${i}`));
      for (const answer of duringOutage) {
        expect(answer).toMatchObject({ ok: false, code: 'SERVICE_UNAVAILABLE' });
        expect(answer.message).toContain('is restarting');
        expect(answer.ms).toBeLessThan(FAST_ANSWER_MS);
      }

      expect(await waitUntil(async () => (await readiness(base)).status === 200, RECOVERY_LIMIT_MS), log()).toBe(true);
      const recoveredMs = Date.now() - killedAt;
      await new Promise((resolveLater) => setTimeout(resolveLater, 2_000)); // a few writes after recovery
      await load.stop();

      // Every answer of the load was either an acknowledged write or a fast SERVICE_UNAVAILABLE.
      const failures = load.answers.filter((answer) => !answer.ok);
      expect(failures.length).toBeGreaterThan(0);
      for (const failure of failures) {
        expect(failure.code).toBe('SERVICE_UNAVAILABLE');
        expect(failure.ms).toBeLessThan(FAST_ANSWER_MS);
      }
      expect(load.answers.slice(beforeKill).some((answer) => answer.ok)).toBe(true);
      const acknowledged = load.acknowledged();
      expect(await missingSources(base, acknowledged)).toEqual([]);

      expect(lines.filter((line) => line.includes('restarting it in'))).toHaveLength(1);
      expect(lines.filter((line) => line.startsWith('Neo4j is back at'))).toHaveLength(1);
      console.log(
        `[supervision] ${acknowledged.length} acknowledged writes, all present; ` +
          `${failures.length} answered SERVICE_UNAVAILABLE (slowest ${Math.max(...failures.map((f) => f.ms))} ms); ` +
          `ready again ${(recoveredMs / 1000).toFixed(1)} s after SIGKILL`,
      );
    } finally {
      await load.stop();
      await atlas.stop();
    }
  }, 900_000);

  it('gives up after repeated failed restarts, and says so in the log and on /ready', async () => {
    const lines: string[] = [];
    const port = await freePort();
    const neo4j = await superviseEmbeddedNeo4j({
      port,
      dataDir: tempDir(),
      log: (line) => lines.push(line),
      policy: { delaysMs: [2_000, 2_000], stableAfterMs: 60_000 },
    });
    const executor = new Executor(createDriver({ uri: neo4j.uri }), 'neo4j', neo4j.uri).withAvailability(() =>
      neo4j.unavailableReason(),
    );
    const server = createHttpServer(createApp({ executor }).listener);
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    let blocker: Server | undefined;
    try {
      // A JVM just started on a busy machine can take seconds over its first connection.
      expect(await waitUntil(async () => (await readiness(base)).status === 200, 60_000)).toBe(true);
      const pid = neo4j.pid!;
      process.kill(pid, 'SIGKILL');
      // Something else takes the Bolt port as soon as it is free, so every restart fails.
      await waitUntil(async () => {
        blocker = createServer();
        return new Promise<boolean>((bound) => {
          blocker!.once('error', () => bound(false));
          blocker!.listen(port, '127.0.0.1', () => bound(true));
        });
      }, 10_000);
      expect(await waitUntil(async () => lines.some((line) => line.includes('is not restarted again')), 20_000)).toBe(
        true,
      );
      expect(lines.filter((line) => line.includes('restarting it in'))).toHaveLength(2);
      const gaveUp = lines.find((line) => line.includes('is not restarted again'))!;
      expect(gaveUp).toContain('stopped unexpectedly 3 times in a row');
      expect(gaveUp).toContain(`Port ${port}`);
      expect(gaveUp).toContain('restart Stakeholder Atlas');
      const ready = await readiness(base);
      expect(ready.status).toBe(503);
      expect(ready.reason).toContain('is not restarted again');
      expect(neo4j.pid).toBeUndefined();
    } finally {
      blocker?.close();
      await new Promise((closed) => server.close(closed));
      await executor.close();
      await neo4j.stop();
    }
  }, 600_000);
});

/**
 * A TCP path to a real Neo4j that can be cut and restored: for the app, the same as the server going
 * away and coming back (its connections drop, new ones are refused, then accepted again), without
 * the minutes a JVM restart takes on a busy machine.
 */
async function cuttableRoute(target: URL) {
  let server: Server | undefined;
  const sockets = new Set<Socket>();
  const port = await freePort();
  const open = () =>
    new Promise<void>((listening) => {
      server = createServer((client) => {
        const upstream = connect(Number(target.port), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', listening);
    });
  const cut = () =>
    new Promise<void>((closed) => {
      for (const socket of sockets) socket.destroy();
      server!.close(() => closed());
    });
  await open();
  return { port, open, cut };
}

describe('an external Neo4j (NEO4J_URI)', () => {
  it('answers fast and clearly while the server is away, and recovers when it returns', async () => {
    const route = await cuttableRoute(new URL(inject('neo4jUri')));
    const uri = `bolt://127.0.0.1:${route.port}`;
    const atlas = await startAtlas(readConfig({ PORT: String(await freePort()), NEO4J_URI: uri }), { log: () => {} });
    const base = atlas.url;
    try {
      const before = await createSource(base, `Before the outage ${Date.now()}`);
      expect(before.ok).toBe(true);

      await route.cut();
      const down = await readiness(base);
      expect(down.status).toBe(503);
      expect(down.reason).toContain(uri);
      for (let i = 0; i < 5; i++) {
        for (const away of [await createSource(base, `While away ${i}`), await search(base)]) {
          expect(away).toMatchObject({ ok: false, code: 'SERVICE_UNAVAILABLE' });
          expect(away.message).toContain(uri);
          expect(away.ms).toBeLessThan(FAST_ANSWER_MS);
        }
      }

      await route.open();
      expect(await waitUntil(async () => (await readiness(base)).status === 200, 30_000)).toBe(true);
      expect(await waitUntil(async () => (await createSource(base, `After the outage ${Date.now()}`)).ok, 10_000)).toBe(
        true,
      );
      expect(await missingSources(base, [before.id!])).toEqual([]);
    } finally {
      await atlas.stop();
      await route.cut();
    }
  }, 120_000);
});
