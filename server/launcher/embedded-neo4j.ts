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
import { DEFAULT_NEO4J_MEMORY, type Neo4jMemory } from './memory.ts';
import { assertPortFree } from './ports.ts';

/** A cold JVM start and recovery take tens of seconds, and up to three minutes were seen on a busy 2-core machine. */
const READY_TIMEOUT_MS = 300_000;
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
  readonly exited: Promise<ExitStatus>;
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** "exit code 1", "signal SIGKILL": for log lines. */
export function describeExit({ code, signal }: ExitStatus): string {
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

export interface EmbeddedNeo4jOptions {
  port: number;
  dataDir: string;
  log: Log;
  /** Heap and page cache; DEFAULT_NEO4J_MEMORY when left out. */
  memory?: Neo4jMemory;
  /** Aborting stops a start still in progress (the app stopping meanwhile). */
  signal?: AbortSignal;
}

function tail(path: string, lines: number): string {
  try {
    return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return `(no log at ${path})`;
  }
}

/** The launcher's JVM, with Bolt on 127.0.0.1:`port` and its data in `dataDir`. */
function spawnLauncher(port: number, dataDir: string, memory: Neo4jMemory): ChildProcess & { pid: number } {
  const classPath = [join(LAUNCHER_DIR, 'target', 'classes'), join(LAUNCHER_DIR, 'target', 'lib', '*')].join(':');
  const child: ChildProcess = spawn(
    'java',
    [
      `-Xms${memory.heap}`,
      `-Xmx${memory.heap}`,
      '-cp',
      classPath,
      'atlas.neo4j.Launcher',
      '--port',
      String(port),
      '--data-dir',
      dataDir,
      '--page-cache',
      memory.pageCache,
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  if (child.pid === undefined) throw new Neo4jLaunchError('Could not start java for the embedded Neo4j.');
  return child as ChildProcess & { pid: number };
}

interface StartingJvm {
  child: ChildProcess;
  exited: Promise<ExitStatus>;
  /** Java's last lines on stderr. */
  stderr: string[];
  port: number;
  dataDir: string;
  signal: AbortSignal | undefined;
}

/** Resolves on the launcher's NEO4J_READY; fails (the JVM killed) on exit, timeout or abort. */
function untilReady({ child, exited, stderr, port, dataDir, signal }: StartingJvm): Promise<void> {
  const stdout = createInterface({ input: child.stdout! });
  const abandon = () => {
    child.stdin?.end();
    child.kill('SIGKILL');
  };
  const logHint = () =>
    `last lines of ${join(dataDir, 'logs', 'debug.log')}:\n${tail(join(dataDir, 'logs', 'debug.log'), 20)}\n` +
    `Java's error output:\n${stderr.slice(-15).join('\n') || '(none)'}`;
  return new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => {
      abandon();
      fail(
        new Neo4jLaunchError(
          `Neo4j did not become ready within ${READY_TIMEOUT_MS / 1000} s. The machine may be too busy or the ` +
            `data too large to recover in time; ${logHint()}`,
        ),
      );
    }, READY_TIMEOUT_MS);
    const onAbort = () => {
      clearTimeout(timer);
      abandon();
      fail(new Neo4jLaunchError('The start of Neo4j was stopped: the app is stopping.'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    stdout.on('line', (line) => {
      if (line.startsWith('NEO4J_READY')) {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        ready();
      }
    });
    void exited.then((status) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      fail(new Neo4jLaunchError(whyItFailed(status, port, stderr, logHint)));
    });
  });
}

/** stop(): SIGTERM (and stdin closed), SIGKILL after the grace period; once, however often it is called. */
function createStop(child: ChildProcess, exited: Promise<ExitStatus>, killOnExit: () => void): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () =>
    (stopping ??= (async () => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin?.end();
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    })());
}

/** Starts the embedded Neo4j and resolves once Bolt accepts connections. */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const { port, log, memory = DEFAULT_NEO4J_MEMORY, signal } = options;
  const dataDir = resolve(options.dataDir);
  await ensureLauncherBuilt(log);
  await assertPortFree(port, 'NEO4J_BOLT_PORT');
  mkdirSync(dataDir, { recursive: true });

  signal?.throwIfAborted();
  const child = spawnLauncher(port, dataDir, memory);
  const exited = new Promise<ExitStatus>((resolveExit) =>
    // 'close' rather than 'exit': Java's last words on stderr are read by then.
    child.on('close', (code, exitSignal) => resolveExit({ code, signal: exitSignal })),
  );
  const stderr: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    if (stderr.push(line) > 200) stderr.shift();
  });

  // If Node exits without calling stop(), still take the JVM down (stdin EOF covers SIGKILL).
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  void exited.then(() => process.removeListener('exit', killOnExit));

  try {
    await untilReady({ child, exited, stderr, port, dataDir, signal });
  } catch (error) {
    await exited;
    throw error;
  }
  const stop = createStop(child, exited, killOnExit);
  return { uri: `bolt://127.0.0.1:${port}`, port, dataDir, pid: child.pid, stop, exited };
}

/** The reason a JVM that exited before it was ready gives, and what to do about it. */
function whyItFailed(status: ExitStatus, port: number, stderr: string[], logHint: () => string): string {
  const said = (pattern: RegExp) => stderr.some((line) => pattern.test(line));
  if (said(/Address already in use|BindException/))
    return `Neo4j could not bind Bolt to 127.0.0.1:${port} (in use). Set NEO4J_BOLT_PORT to a free port.`;
  if (said(/Could not reserve enough space|Invalid (maximum|initial) heap size|Cannot allocate memory/))
    return (
      `Java could not get the memory asked for Neo4j (${describeExit(status)}). Lower NEO4J_HEAP and ` +
      `NEO4J_PAGECACHE (docs/operations.md#memory), or free memory. Java said:\n${stderr.slice(-5).join('\n')}`
    );
  if (said(/OutOfMemoryError/))
    return `Neo4j ran out of heap while starting (${describeExit(status)}). Raise NEO4J_HEAP (docs/operations.md#memory).`;
  return (
    `Neo4j exited (${describeExit(status)}) before it was ready. A full disk, a data directory written by a ` +
    `newer Neo4j or one another Neo4j holds open are the usual causes; ${logHint()}`
  );
}
