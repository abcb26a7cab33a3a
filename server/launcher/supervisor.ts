/**
 * Keeps the embedded Neo4j running: when its JVM exits without being asked to, it is started again
 * on the same port and data directory (so the driver reconnects to the same URI and Neo4j's
 * transaction log restores every committed write), after a growing pause, with one log line per
 * attempt. After repeated crashes without a stable run in between it gives up and says so.
 */
import { describeExit, startEmbeddedNeo4j, type EmbeddedNeo4j, type EmbeddedNeo4jOptions } from './embedded-neo4j.ts';

export interface RestartPolicy {
  /** The pause before each restart attempt; their number is how many attempts are made. */
  delaysMs: readonly number[];
  /** A JVM that ran this long counts as stable: the next crash starts the attempts afresh. */
  stableAfterMs: number;
}

/** Quick first attempt (a one-off crash heals in the time Neo4j takes to start), then backing off. */
export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  delaysMs: [500, 2_000, 5_000, 10_000, 20_000],
  stableAfterMs: 60_000,
};

export interface SupervisedNeo4j {
  readonly uri: string;
  readonly port: number;
  readonly dataDir: string;
  /** The running JVM's process id; undefined while there is none. */
  readonly pid: number | undefined;
  /** Why Neo4j cannot answer now (restarting, given up), or undefined while it runs. */
  unavailableReason(): string | undefined;
  /** Stops Neo4j, and any restart in progress, for good. */
  stop(): Promise<void>;
}

type State =
  | { kind: 'running'; neo4j: EmbeddedNeo4j; since: number }
  | { kind: 'restarting'; reason: string }
  | { kind: 'given-up'; reason: string }
  | { kind: 'stopped' };

/** Starts the embedded Neo4j (a failed first start throws, as before) and watches it from then on. */
export async function superviseEmbeddedNeo4j(
  options: EmbeddedNeo4jOptions & { policy?: RestartPolicy },
): Promise<SupervisedNeo4j> {
  const { log, policy = DEFAULT_RESTART_POLICY } = options;
  const abort = new AbortController();
  const first = await startEmbeddedNeo4j(options);
  let state: State = { kind: 'running', neo4j: first, since: Date.now() };
  /** Crashes and failed starts since the last stable run. */
  let failures = 0;
  let restarting: Promise<void> | undefined;

  const watch = (neo4j: EmbeddedNeo4j) => {
    void neo4j.exited.then((status) => {
      if (state.kind !== 'running' || state.neo4j !== neo4j) return; // stopped on purpose
      if (Date.now() - state.since >= policy.stableAfterMs) failures = 0;
      restarting = restartAfter(`it exited with ${describeExit(status)}`, Date.now());
    });
  };

  const restartAfter = async (what: string, downSince: number): Promise<void> => {
    failures += 1;
    if (failures > policy.delaysMs.length) {
      const reason =
        `Neo4j stopped unexpectedly ${failures} times in a row (last: ${what}) and is not restarted again. ` +
        `Look for the cause in ${options.dataDir}/logs/debug.log (memory: NEO4J_HEAP; disk space), then restart Stakeholder Atlas.`;
      state = { kind: 'given-up', reason };
      log(reason);
      return;
    }
    const delay = policy.delaysMs[failures - 1]!;
    const attempt = `attempt ${failures} of ${policy.delaysMs.length}`;
    state = { kind: 'restarting', reason: `Neo4j stopped unexpectedly (${what}) and is restarting (${attempt})` };
    log(`Neo4j stopped unexpectedly (${what}); restarting it in ${(delay / 1000).toFixed(1)} s (${attempt})`);
    try {
      await pause(delay, abort.signal);
      const neo4j = await startEmbeddedNeo4j({ ...options, signal: abort.signal });
      if (abort.signal.aborted) return void (await neo4j.stop()); // stop() came as it got ready
      state = { kind: 'running', neo4j, since: Date.now() };
      log(
        `Neo4j is back at ${neo4j.uri} (pid ${neo4j.pid}), ${((Date.now() - downSince) / 1000).toFixed(1)} s after it stopped`,
      );
      watch(neo4j);
    } catch (error) {
      if (abort.signal.aborted) return;
      const firstLine = (error as Error).message.split('\n')[0];
      await restartAfter(`it could not start: ${firstLine}`, downSince);
    }
  };

  watch(first);
  let stopping: Promise<void> | undefined;
  return {
    uri: first.uri,
    port: first.port,
    dataDir: first.dataDir,
    get pid() {
      return state.kind === 'running' ? state.neo4j.pid : undefined;
    },
    unavailableReason: () => (state.kind === 'restarting' || state.kind === 'given-up' ? state.reason : undefined),
    stop: () =>
      (stopping ??= (async () => {
        const running = state.kind === 'running' ? state.neo4j : undefined;
        state = { kind: 'stopped' };
        abort.abort();
        await restarting;
        await running?.stop();
      })()),
  };
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolveLater, reject) => {
    const timer = setTimeout(resolveLater, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });
}
