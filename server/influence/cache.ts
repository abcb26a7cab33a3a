/**
 * Influence off the request path: a worker thread computes the whole network's snapshot (every
 * metric, every kind, the communities) and this cache keeps the last one per filter, keyed by the
 * graph version in Neo4j (server/repositories/graph-version.ts). A request reads the version (one
 * small query) and answers at once from the cache, saying how fresh the answer is; when the
 * version has moved it is marked stale and a recomputation starts in the background. Each app
 * instance keeps its own cache; the version they compare against is the database's.
 */
import { Worker } from 'node:worker_threads';
import type { Community } from '../../core/graph/communities.ts';
import type { InfluenceSnapshot, SuggestedPower } from '../../core/graph/snapshot.ts';
import type { Executor } from '../repositories/executor.ts';
import { wholeNetwork } from '../repositories/graph.ts';
import type { GraphIndexCache } from '../repositories/graph-index.ts';
import { readGraphVersion } from '../repositories/graph-version.ts';
import type { EdgeRow, GraphFilter, InfluenceRow, NodeRow } from '../repositories/types.ts';

export interface Freshness {
  /** The graph version the answer was computed for. */
  graphVersion: string;
  /** When it was computed, ISO 8601. */
  computedAt: string;
  /** The graph has changed since; a recomputation is under way. */
  stale: boolean;
}

export type CachedInfluenceRow = InfluenceRow & { freshness: Freshness };
export type SuggestedPowerRow = SuggestedPower & { freshness: Freshness };
export type CommunityRow = Community;
export type CommunityMemberRow = Community['central'][number];
export interface CommunitiesRow {
  freshness: Freshness;
  total: number;
  communities: Community[];
}

interface Entry {
  version: string;
  computedAt: string;
  snapshot: InfluenceSnapshot<EdgeRow>;
}
interface Slot {
  filter: GraphFilter;
  entry?: Entry;
  running?: Promise<Entry>;
}

export interface InfluenceCacheOptions {
  /** How often to check the graph version and recompute the unfiltered network's snapshot; 0 never. */
  pollMs?: number;
  /** How many filters' snapshots to keep, least recently used dropped first. */
  maxFilters?: number;
  /** How long the worker thread outlives its last job (default 5 s). */
  workerIdleMs?: number;
  /**
   * The app's graph index: the network is taken from it (waiting for its build at the version)
   * instead of read once more from Neo4j, so the whole graph is held once, not twice, meanwhile.
   */
  graphIndex?: GraphIndexCache | null;
  log?: (line: string) => void;
}

/** One cache entry per filter: the same types, date and confidence are the same network. */
export const keyOf = (filter: GraphFilter) =>
  JSON.stringify([[...filter.types].sort(), filter.asOf, filter.minConfidence]);

export class InfluenceCache {
  private readonly slots = new Map<string, Slot>();
  private worker?: Worker;
  private readonly jobs = new Map<
    number,
    { resolve: (snapshot: InfluenceSnapshot) => void; reject: (error: Error) => void }
  >();
  private nextJob = 0;
  private timer?: NodeJS.Timeout;
  private idleTimer?: NodeJS.Timeout;

  constructor(
    private readonly executor: Executor,
    private readonly options: InfluenceCacheOptions = {},
  ) {}

  /** The snapshot for a filter with how fresh it is; computes it (and waits) only the first time. */
  async answer(filter: GraphFilter): Promise<{ snapshot: InfluenceSnapshot<EdgeRow>; freshness: Freshness }> {
    const key = keyOf(filter);
    const version = await readGraphVersion(this.executor);
    const slot = this.slots.get(key) ?? { filter };
    // Most recently used last, so the first is the one to drop.
    this.slots.delete(key);
    this.slots.set(key, slot);
    while (this.slots.size > (this.options.maxFilters ?? 8)) this.slots.delete(this.slots.keys().next().value!);
    this.startPolling();

    const entry = slot.entry ?? (await this.refresh(slot, version));
    const stale = entry.version !== version;
    if (stale)
      this.refresh(slot, version).catch((error: unknown) =>
        this.log(`influence recomputation failed: ${String(error)}`),
      );
    return {
      snapshot: entry.snapshot,
      freshness: { graphVersion: entry.version, computedAt: entry.computedAt, stale },
    };
  }

  /** Waits for the recomputations under way (for tests, and before shutting down). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.slots.values()].map((slot) => slot.running));
  }

  /**
   * Computes a network's snapshot in the worker thread. The worker gets only what the metrics read
   * (ids, names, kinds, types, confidence): the relationships' citations and dates stay here, and
   * the strongest links of the answer are the full relationships again.
   */
  async compute(nodes: NodeRow[], edges: EdgeRow[]): Promise<InfluenceSnapshot<EdgeRow>> {
    const worker = this.startWorker();
    const id = this.nextJob++;
    const computed = await new Promise<InfluenceSnapshot>((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      worker.postMessage({
        id,
        nodes: nodes.map(({ id, name, kind }) => ({ id, name, kind })),
        edges: edges.map(({ id, type, source, target, confidence }) => ({ id, type, source, target, confidence })),
      });
    }).finally(() => {
      this.jobs.delete(id);
      if (this.jobs.size === 0) this.endWorkerWhenIdle();
    });
    const full = new Map(edges.map((edge) => [edge.id, edge]));
    for (const byKind of Object.values(computed.rankings)) {
      for (const candidates of Object.values(byKind)) {
        for (const candidate of candidates)
          candidate.strongestLinks = candidate.strongestLinks.map((link) => full.get(link.id)!);
      }
    }
    return computed as InfluenceSnapshot<EdgeRow>;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    clearTimeout(this.idleTimer);
    this.timer = undefined;
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private refresh(slot: Slot, version: string): Promise<Entry> {
    slot.running ??= (async () => {
      const index = (await this.options.graphIndex?.current(version)) ?? null;
      const { nodes, edges } = await wholeNetwork(this.executor, slot.filter, index);
      const snapshot = await this.compute(nodes, edges);
      slot.entry = { version, computedAt: new Date().toISOString(), snapshot };
      return slot.entry;
    })().finally(() => {
      slot.running = undefined;
    });
    return slot.running;
  }

  /** Whether a worker thread is running (tests). */
  get workerRunning(): boolean {
    return this.worker !== undefined;
  }

  /**
   * Ends the worker once it has had no job for a while: at national size its heap holds hundreds of
   * megabytes after a computation, which only ending the thread gives back. A new one starts with
   * the next job (a fraction of a second, beside computations of seconds).
   */
  private endWorkerWhenIdle(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.jobs.size > 0 || !this.worker) return;
      const worker = this.worker;
      this.worker = undefined;
      void worker.terminate();
    }, this.options.workerIdleMs ?? 5000);
    this.idleTimer.unref();
  }

  private startWorker(): Worker {
    clearTimeout(this.idleTimer);
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./worker.mjs', import.meta.url));
    // The worker never keeps the process alive: shutting down needs no goodbye.
    worker.unref();
    worker.on('message', (message: { id: number; snapshot?: InfluenceSnapshot; error?: string }) => {
      const job = this.jobs.get(message.id);
      if (message.error !== undefined) job?.reject(new Error(`influence worker: ${message.error}`));
      else job?.resolve(message.snapshot!);
    });
    const fail = (error: Error) => {
      // A worker ended on purpose (idle, closing) is no longer this.worker and fails no job.
      if (this.worker !== worker) return;
      this.worker = undefined;
      for (const job of this.jobs.values()) job.reject(error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`influence worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  /** Once anything has been asked, recompute what is cached when the version moves, before it is asked again. */
  private startPolling(): void {
    const every = this.options.pollMs ?? 0;
    if (every <= 0 || this.timer) return;
    this.timer = setInterval(() => {
      readGraphVersion(this.executor).then(
        (version) => {
          for (const slot of this.slots.values()) {
            if (slot.entry && slot.entry.version !== version) {
              this.refresh(slot, version).catch((error: unknown) =>
                this.log(`influence recomputation failed: ${String(error)}`),
              );
            }
          }
        },
        () => {},
      );
    }, every);
    this.timer.unref();
  }

  private log(line: string): void {
    (this.options.log ?? ((text: string) => console.error(`[atlas] ${text}`)))(line);
  }
}
