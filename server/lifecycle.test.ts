/**
 * The process lifecycle on real processes: the embedded Neo4j going away and coming back, a Bolt
 * port already taken, and `npm start` leaving no JVM behind however it is stopped.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { createDriver } from './db/driver.ts';
import { Executor } from './db/executor.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './launcher/embedded-neo4j.ts';
import { Neo4jLaunchError } from './launcher/errors.ts';
import { freePort } from './launcher/ports.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const tempDirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-lifecycle-'));
  tempDirs.push(dir);
  return dir;
};
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const silent = () => {};

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolveLater) => setTimeout(resolveLater, 100));
  }
  return condition();
}

describe('/ready follows the database', () => {
  it('goes 200 → 503 when Neo4j stops and back to 200 when it returns', async () => {
    const port = await freePort();
    const dataDir = tempDir();
    let neo4j: EmbeddedNeo4j = await startEmbeddedNeo4j({ port, dataDir, log: silent });
    const executor = new Executor(createDriver({ uri: neo4j.uri }), 'neo4j', neo4j.uri);
    const server = createHttpServer(createApp({ executor }).listener);
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const ready = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ready`;
    try {
      expect((await fetch(ready)).status).toBe(200);

      await neo4j.stop();
      const down = await fetch(ready);
      expect(down.status).toBe(503);
      const body = (await down.json()) as { status: string; reason: string };
      expect(body.status).toBe('unavailable');
      expect(body.reason).toContain(neo4j.uri);

      neo4j = await startEmbeddedNeo4j({ port, dataDir, log: silent });
      expect(await waitUntil(async () => (await fetch(ready)).status === 200, 15_000)).toBe(true);
    } finally {
      await new Promise((closed) => server.close(closed));
      await executor.close();
      await neo4j.stop();
    }
  }, 600_000); // two JVM starts: minutes on a busy machine
});

describe('embedded Neo4j start-up errors', () => {
  it('names the taken Bolt port and the variable that changes it', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((listening) => blocker.listen(0, '127.0.0.1', listening));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const error = await startEmbeddedNeo4j({ port, dataDir: tempDir(), log: silent }).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(Neo4jLaunchError);
      expect((error as Error).message).toContain(`Port ${port}`);
      expect((error as Error).message).toContain('NEO4J_BOLT_PORT');
    } finally {
      blocker.close();
    }
  });
});

describe('npm start', () => {
  /** Starts the app as `node --import tsx server/main.ts`, or through `npm start` itself. */
  async function startApp(how: 'node' | 'npm' = 'node') {
    const port = await freePort();
    const env = {
      ...process.env,
      PORT: String(port),
      NEO4J_BOLT_PORT: String(await freePort()),
      NEO4J_DATA_DIR: tempDir(),
      NEO4J_URI: '',
    };
    const child: ChildProcess =
      how === 'npm'
        ? spawn('npm', ['start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
        : spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
            cwd: ROOT,
            env,
            stdio: ['ignore', 'pipe', 'pipe'],
          });
    const output: string[] = [];
    let jvmPid = 0;
    let appPid = 0;
    const ready = new Promise<void>((resolveReady, reject) => {
      for (const stream of [child.stdout!, child.stderr!]) {
        createInterface({ input: stream }).on('line', (line) => {
          output.push(line);
          const started = /Neo4j is ready at .* \(pid (\d+)\)/.exec(line);
          if (started) jvmPid = Number(started[1]);
          const serving = /Ready in .*; pid (\d+)\)/.exec(line);
          if (serving) {
            appPid = Number(serving[1]);
            resolveReady();
          }
        });
      }
      child.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output.join('\n')}`)));
    });
    await ready;
    const exited = new Promise<number | null>((resolveExit) => {
      if (child.exitCode !== null) resolveExit(child.exitCode);
      child.on('exit', (code) => resolveExit(code));
    });
    return { child, base: `http://127.0.0.1:${port}`, jvmPid, appPid, exited, output };
  }

  it('serves health, GraphQL and the client, and SIGTERM stops it and Neo4j within 10 s', async () => {
    const app = await startApp();
    expect(isAlive(app.jvmPid)).toBe(true);
    expect((await fetch(`${app.base}/health`)).status).toBe(200);
    expect((await fetch(`${app.base}/ready`)).status).toBe(200);
    const graphql = await fetch(`${app.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ version }' }),
    });
    expect(((await graphql.json()) as { data: { version: string } }).data.version).toMatch(/^\d+\.\d+\.\d+/);
    const page = await fetch(`${app.base}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Stakeholder Atlas</title>');

    const stoppedAt = Date.now();
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    expect(await waitUntil(() => !isAlive(app.jvmPid), 10_000 - (Date.now() - stoppedAt))).toBe(true);
    expect(Date.now() - stoppedAt).toBeLessThan(10_000);
  }, 600_000); // npm start builds the client and starts a JVM: minutes on a busy machine

  it('leaves no JVM behind even when the Node process is killed outright', async () => {
    const app = await startApp();
    expect(isAlive(app.jvmPid)).toBe(true);
    app.child.kill('SIGKILL');
    await app.exited;
    // The launcher notices its stdin close and shuts Neo4j down by itself.
    expect(await waitUntil(() => !isAlive(app.jvmPid), 10_000)).toBe(true);
  }, 600_000);

  it('SIGTERM to the npm process alone stops the app and Neo4j', async () => {
    const app = await startApp('npm');
    expect(app.appPid).not.toBe(app.child.pid);
    expect(isAlive(app.appPid) && isAlive(app.jvmPid)).toBe(true);
    app.child.kill('SIGTERM');
    await app.exited;
    expect(await waitUntil(() => !isAlive(app.appPid), 10_000)).toBe(true);
    expect(await waitUntil(() => !isAlive(app.jvmPid), 10_000)).toBe(true);
  }, 600_000); // npm start builds the client and starts a JVM: minutes on a busy machine

  it('stops, Neo4j with it, when the npm process is killed outright', async () => {
    const app = await startApp('npm');
    expect(isAlive(app.appPid) && isAlive(app.jvmPid)).toBe(true);
    app.child.kill('SIGKILL');
    await app.exited;
    // The app notices that its parent is gone and stops; the JVM follows.
    expect(await waitUntil(() => !isAlive(app.appPid), 12_000)).toBe(true);
    expect(await waitUntil(() => !isAlive(app.jvmPid), 10_000)).toBe(true);
  }, 600_000);
});
