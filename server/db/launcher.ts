/**
 * The embedded Neo4j: builds the small Maven launcher in neo4j/ when its sources changed, starts it
 * as a child JVM with Bolt on 127.0.0.1, and stops it with the app. The JVM also stops by itself
 * when its stdin closes, so even a killed Node process leaves no JVM behind.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { hashInputs, isFresh, writeStamp } from '../build/stamp.ts';
import { Neo4jLaunchError } from './errors.ts';

export const LAUNCHER_DIR = fileURLToPath(new URL('../../neo4j/', import.meta.url));
const STAMP = join(LAUNCHER_DIR, 'target', 'atlas-build.sha256');
const READY_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 8_000;

export type Log = (line: string) => void;

function javaMajorVersion(): number | null {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) return null;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  if (!match) return null;
  // "1.8.0" style for Java 8 and older
  return match[1] === '1' ? Number(match[2]) : Number(match[1]);
}

function requireJava(): void {
  const major = javaMajorVersion();
  if (major === null) {
    throw new Neo4jLaunchError(
      'Java was not found on PATH. The embedded Neo4j needs Java 17 or later: install a JDK ' +
        '(e.g. `apt-get install openjdk-17-jdk-headless`), or set NEO4J_URI to use an existing Neo4j server.',
    );
  }
  if (major < 17) {
    throw new Neo4jLaunchError(
      `Java ${major} was found, but Neo4j 5.26 needs Java 17 or later. Install a newer JDK and put it first on PATH, ` +
        'or set NEO4J_URI to use an existing Neo4j server.',
    );
  }
}

/** Builds neo4j/ with Maven unless the last build was of the same sources. */
export async function ensureLauncherBuilt(log: Log): Promise<void> {
  requireJava();
  const hash = hashInputs(LAUNCHER_DIR, ['pom.xml', 'src']);
  if (isFresh(STAMP, hash)) return;

  if (spawnSync('mvn', ['--version'], { encoding: 'utf8' }).error) {
    throw new Neo4jLaunchError(
      'Maven (mvn) was not found on PATH. It builds the embedded Neo4j launcher on first start: install Maven 3.8+ ' +
        '(e.g. `apt-get install maven`), or set NEO4J_URI to use an existing Neo4j server.',
    );
  }
  log('Building the Neo4j launcher with Maven (the first build downloads Neo4j from Maven Central)...');
  const started = Date.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((resolveExit, reject) => {
    const child = spawn('mvn', ['-B', '-DskipTests', 'package'], {
      cwd: LAUNCHER_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.on('error', reject);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        output.push(line);
        // Downloads and phase headers show progress; the rest stays in the failure report.
        if (/Download(ing|ed) from|BUILD|ERROR|--- .* ---/.test(line))
          log(`  [maven] ${line.replace(/^\[\w+\]\s*/, '')}`);
      });
    }
    child.on('close', resolveExit);
  });
  if (code !== 0) {
    throw new Neo4jLaunchError(
      `Building the Neo4j launcher failed (mvn exited with ${code}). Last lines of Maven's output:\n` +
        output.slice(-25).join('\n') +
        '\nCheck that Maven Central is reachable, then run `npm run build` again.',
    );
  }
  writeStamp(STAMP, hash);
  log(`Neo4j launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Resolves when nothing listens on 127.0.0.1:port. */
export function assertPortFree(port: number, variable: string): Promise<void> {
  return new Promise((resolveFree, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Neo4jLaunchError(
              `Port ${port} on 127.0.0.1 is already in use, so Neo4j's Bolt connector cannot listen there. ` +
                `Stop the program using it (e.g. another Neo4j: \`ss -ltnp | grep :${port}\`) or set ${variable} to a free port.`,
            )
          : error,
      );
    });
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolveFree()));
  });
}

/** Asks the OS for a port that is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

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
