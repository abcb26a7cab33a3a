/**
 * Restart under load (`npm run bench -- restart [--clients 100]`): the app as `npm start` runs it,
 * in a process of its own over the bench's Neo4j (NEO4J_URI), with `clients` clients sending the
 * load mix (bench/mix.ts), each with its own editor token. After the warm figures, the app process
 * is stopped (SIGTERM, as a deploy does) and started again while the clients keep going. Neo4j stays
 * up: the bench owns it, and what a restart of the app costs (Node, the graph index, query plans
 * from the app's side: server/warm-up/) is what `/ready` guards; a restart of Neo4j is its own
 * cost, which the embedded launcher's supervisor covers.
 *
 * The clients go through a load balancer of sorts: it polls `/ready` and sends nothing while the
 * app is down or says it is not ready, and takes the app out when a request cannot connect. The
 * first seconds count from the moment `/ready` first answers 200 again. Target: p99 of the first
 * 15 s <= 2 s, printed beside the warm p99 of the same run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Executor } from '../server/db/executor.ts';
import { freePort } from '../server/launcher/ports.ts';
import { mixRequest } from './mix.ts';
import { restartVerdict, windowFigures, type Sample, type WindowFigures } from './restart-window.ts';

export interface RestartOptions {
  clients: number;
}

/** Requests before the warm window, then the warm window, then the window after `/ready` (seconds). */
const SETTLE_S = 10;
const WARM_S = 20;
const FIRST_S = 15;
const TARGET_MS = 2_000;
/** How often the load balancer asks `/ready`. */
const POLL_MS = 100;
const ROOT_DIR = fileURLToPath(new URL('../', import.meta.url));

/** Routes the clients' requests to the app only while `/ready` says so, as a load balancer would. */
class Balancer {
  open = false;
  /** When `/ready` last went from not answering 200 to 200, and when that poll asked. */
  readySince: number | undefined;
  private readyAsked = -Infinity;
  private polling = true;
  private readonly done: Promise<void>;

  constructor(private readonly base: string) {
    this.done = this.poll();
  }

  private async poll(): Promise<void> {
    while (this.polling) {
      const asked = performance.now();
      const ready = await fetch(`${this.base}/ready`, { signal: AbortSignal.timeout(1_000) }).then(
        (response) => response.status === 200,
        () => false,
      );
      if (ready && !this.open) {
        this.readySince = performance.now();
        this.readyAsked = asked;
      }
      this.open = ready;
      await sleep(POLL_MS);
    }
  }

  /** A request could not reach the app: out of rotation until `/ready` answers 200 again. */
  down(): void {
    this.open = false;
  }

  async untilReadyAfter(moment: number): Promise<number> {
    // A poll asked before the moment may have been answered by the app being stopped.
    while (this.readyAsked < moment) await sleep(20);
    return this.readySince!;
  }

  async stop(): Promise<void> {
    this.polling = false;
    await this.done;
  }
}

/** The app as `npm start` runs it; its progress lines are passed on, its slow-request lines counted. */
function startApp(env: NodeJS.ProcessEnv, log: (line: string) => void, slow: { count: number }): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT_DIR,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pass = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      if (line.includes('slow request')) slow.count++;
      else if (/Ready in|Could not start|stopping|Stopped|error/i.test(line)) log(`restart: app ${child.pid}: ${line}`);
    }
  };
  child.stdout!.on('data', pass);
  child.stderr!.on('data', pass);
  return child;
}

async function stopApp(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Client loops sending the mix through the balancer until `stop()`; every answered or failed request a sample. */
function startClients(url: string, tokens: string[], entityIds: string[], balancer: Balancer) {
  const samples: (Sample & { error?: string })[] = [];
  /** When each request still waiting for its answer began. */
  const inFlight = new Set<{ begin: number }>();
  let running = true;
  const send = async (token: string) => {
    const request = mixRequest(entityIds);
    const begin = performance.now();
    const pending = { begin };
    inFlight.add(pending);
    let error: string | undefined;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: request.query, variables: request.variables }),
      });
      const text = await response.text();
      if (!response.ok) error = `HTTP ${response.status} ${text.slice(0, 160)}`;
      else if ((JSON.parse(text) as { errors?: unknown }).errors) error = `GraphQL errors: ${text.slice(0, 160)}`;
    } catch (failure) {
      // Not reached (refused or reset): the balancer takes the app out until `/ready` says 200 again.
      // Before `/ready` that is the restart itself; a window counts only requests sent after it.
      balancer.down();
      const cause = (failure as Error & { cause?: Error & { code?: string } }).cause;
      error = `${(failure as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ''}`;
    }
    const ms = performance.now() - begin;
    samples.push(error ? { begin, ms, ok: false, error: `${request.operation}: ${error}` } : { begin, ms, ok: true });
    inFlight.delete(pending);
  };
  const loops = tokens.map(async (token) => {
    while (running) {
      if (balancer.open) await send(token);
      else await sleep(20);
    }
  });
  return {
    samples,
    /** A few of the errors of requests that began in [from, to). */
    errorsBetween: (from: number, to: number) =>
      samples
        .filter((sample) => sample.error && sample.begin >= from && sample.begin < to)
        .map((sample) => sample.error!),
    /** Resolves once every request that began before `moment` has its answer (or failure). */
    async answeredBefore(moment: number) {
      while ([...inFlight].some((pending) => pending.begin < moment)) await sleep(20);
    },
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const line = (name: string, figures: WindowFigures) =>
  `${name.padEnd(26)} ${figures.throughput.toFixed(0).padStart(4)} req/s | ${String(figures.requests).padStart(6)} answered | ` +
  `p50 ${ms(figures.p50).padStart(7)} | p99 ${ms(figures.p99).padStart(7)} | max ${ms(figures.max).padStart(7)} | errors ${figures.errors}`;

export async function benchRestart(
  executor: Executor,
  uri: string,
  log: (line: string) => void,
  options: RestartOptions,
): Promise<string[]> {
  const tokens = Array.from({ length: options.clients }, (_, client) => `restart-client-${client}-0123456789abcdef`);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    NEO4J_URI: uri,
    AUTH_TOKENS: tokens.map((token) => `editor:${token}`).join(','),
    // As the load bench: no client of the mix should meet the write rate limit.
    WRITE_RATE_LIMIT: String(120 * options.clients),
  };
  const entityIds = (
    await executor.read<{ id: string }>('graph/list-entity-ids', { asOf: null, after: null, first: 100_000 })
  ).map((row) => row.id);
  const base = `http://127.0.0.1:${port}`;
  const slow = { count: 0 };
  const balancer = new Balancer(base);
  const clients = startClients(`${base}/graphql`, tokens, entityIds, balancer);
  let app: ChildProcess | undefined;
  try {
    const firstStart = performance.now();
    log(`restart: starting the app on port ${port} over ${uri}, ${options.clients} clients waiting for /ready...`);
    app = startApp(env, log, slow);
    const firstReady = await balancer.untilReadyAfter(firstStart);
    log(
      `restart: ready after ${((firstReady - firstStart) / 1000).toFixed(1)} s; ${SETTLE_S} s to settle, then ${WARM_S} s warm...`,
    );
    const warmFrom = firstReady + SETTLE_S * 1000;
    const warmTo = warmFrom + WARM_S * 1000;
    await sleep(Math.max(0, warmTo - performance.now()));
    // The warm window's last requests are answered before the stop, which would cut them off.
    await clients.answeredBefore(warmTo);
    log('restart: stopping the app (SIGTERM) under load...');
    const stopping = performance.now();
    await stopApp(app);
    const stopped = performance.now();
    log(`restart: stopped in ${((stopped - stopping) / 1000).toFixed(1)} s; starting it again...`);
    app = startApp(env, log, slow);
    const readyAgain = await balancer.untilReadyAfter(stopped);
    log(
      `restart: ready again ${((readyAgain - stopped) / 1000).toFixed(1)} s after the stop; ${FIRST_S} s measured...`,
    );
    await sleep(Math.max(0, readyAgain + FIRST_S * 1000 - performance.now()));
    await clients.stop();
    const warm = windowFigures(clients.samples, warmFrom, warmTo);
    const first = windowFigures(clients.samples, readyAgain, readyAgain + FIRST_S * 1000);
    const verdict = restartVerdict(first, warm, TARGET_MS);
    return [
      `machine: ${os.cpus().length} CPUs, Node ${process.version}, load average at the end ${os.loadavg()[0]!.toFixed(1)}`,
      `app down (stop to /ready 200 again) ${((readyAgain - stopping) / 1000).toFixed(1)} s; first start to /ready ${((firstReady - firstStart) / 1000).toFixed(1)} s`,
      line(`warm (${WARM_S} s before the stop)`, warm),
      line(`first ${FIRST_S} s after /ready`, first),
      // Where in the first seconds the slow requests were: at once (cold) or throughout (load).
      ...Array.from({ length: FIRST_S / 5 }, (_, part) => part * 5).map((from) =>
        line(
          `  ${from}-${from + 5} s after /ready`,
          windowFigures(clients.samples, readyAgain + from * 1000, readyAgain + (from + 5) * 1000),
        ),
      ),
      `requests failed from the stop to /ready (cut off by the stop, or refused): ${
        clients.samples.filter((sample) => !sample.ok && sample.begin >= warmTo && sample.begin < readyAgain).length
      }`,
      `first-${FIRST_S}s p99 / warm p99: ${verdict.ratio.toFixed(2)}x`,
      ...[
        ...clients.errorsBetween(warmFrom, warmTo).slice(0, 3),
        ...clients.errorsBetween(readyAgain, readyAgain + FIRST_S * 1000).slice(0, 3),
      ].map((sample) => `error: ${sample}`),
      `slow requests logged by the app (both runs): ${slow.count}`,
      `target (first ${FIRST_S} s p99 <= ${TARGET_MS} ms, 0 errors): ${verdict.met ? 'met' : 'NOT met'}`,
    ];
  } finally {
    await clients.stop();
    await balancer.stop();
    if (app) await stopApp(app);
  }
}
