/**
 * The embedded Neo4j: starts the launcher built from neo4j/ as a child JVM with Bolt on 127.0.0.1,
 * waits until it is ready, and stops it with the app. The JVM also stops by itself when its stdin
 * closes, so even a killed Node process leaves no JVM behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Log } from '../log.ts';
import { ensureLauncherBuilt, LAUNCHER_DIR } from './build.ts';
import { Neo4jLaunchError } from './errors.ts';
import { assertPortFree } from './ports.ts';

const READY_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 8_000;

export interface EmbeddedNeo4j {
  uri: string;
  port: number;
  dataDir: string;
  /** The JVM's process id. */
  pid: number;
  /** Stops the database cleanly (SIGTERM, then SIGKILL after a grace period). Safe to call twice. */
  stop(): Promise<void>;
  /** Resolves when the JVM has exited, for whatever reason. */
  readonly exited: Promise<number | null>;
}

function tail(path: string, lines: number): string {
  try {
    return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return `(no log at ${path})`;
  }
}

/** Starts the embedded Neo4j and resolves once Bolt accepts connections. */
export async function startEmbeddedNeo4j(options: { port: number; dataDir: string; log: Log }): Promise<EmbeddedNeo4j> {
  const { port, log } = options;
  const dataDir = resolve(options.dataDir);
  await ensureLauncherBuilt(log);
  await assertPortFree(port, 'NEO4J_BOLT_PORT');
  mkdirSync(dataDir, { recursive: true });

  const classPath = [join(LAUNCHER_DIR, 'target', 'classes'), join(LAUNCHER_DIR, 'target', 'lib', '*')].join(':');
  const child: ChildProcess = spawn(
    'java',
    ['-Xms256m', '-Xmx1g', '-cp', classPath, 'atlas.neo4j.Launcher', '--port', String(port), '--data-dir', dataDir],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Neo4jLaunchError('Could not start java for the embedded Neo4j.');

  const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
  const stderr: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => stderr.push(line));
  const stdout = createInterface({ input: child.stdout! });

  // If Node exits without calling stop(), still take the JVM down (stdin EOF covers SIGKILL).
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);

  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Neo4jLaunchError(`Neo4j did not become ready within ${READY_TIMEOUT_MS / 1000} s. ${logHint()}`));
    }, READY_TIMEOUT_MS);
    const logHint = () =>
      `Last lines of ${join(dataDir, 'logs', 'debug.log')}:\n${tail(join(dataDir, 'logs', 'debug.log'), 20)}\n` +
      `Java's error output:\n${stderr.slice(-15).join('\n') || '(none)'}`;
    stdout.on('line', (line) => {
      if (line.startsWith('NEO4J_READY')) {
        clearTimeout(timer);
        ready();
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      const portTaken = stderr.some((line) => /Address already in use|BindException/.test(line));
      fail(
        new Neo4jLaunchError(
          portTaken
            ? `Neo4j could not bind Bolt to 127.0.0.1:${port} (in use). Set NEO4J_BOLT_PORT to a free port.`
            : `Neo4j exited with code ${code} before it was ready. ${logHint()}`,
        ),
      );
    });
  });

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin?.end();
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    })());

  return { uri: `bolt://127.0.0.1:${port}`, port, dataDir, pid, stop, exited };
}
