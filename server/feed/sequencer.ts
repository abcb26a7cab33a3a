/**
 * Gives committed changes their numbers in the feed. Writes never wait on a shared node: each
 * creates its own :Unsequenced audit entry. The sequencer of each instance then numbers what is
 * committed, in batches, under the one lock only sequencers take (so they serialise among
 * themselves, briefly, never with writes), when a local commit asks and on a short poll for the
 * changes of other processes (another instance, a CLI import). A change is numbered only once its
 * commit is visible, so a reader of `seq > last` never misses one.
 */
import type { Executor } from '../repositories/executor.ts';
import { CHANGES_COMMITTED, hasUnsequencedChanges, numberChanges } from '../repositories/feed.ts';

export interface SequencerOptions {
  /** How often to look for changes other processes committed; 0: only when asked. */
  pollMs: number;
  /** Changes numbered per transaction (per lock). */
  batch?: number;
  /** Longest a local write waits for its number before it is answered anyway (the poll numbers it then). */
  commitWaitMs?: number;
  /** Told the last number given after each batch (the local tailer reads at once). */
  onNumbered?: (last: number) => void;
  log: (line: string) => void;
}

export class Sequencer {
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly unlisten: () => void;
  private failing = false;

  constructor(
    private readonly executor: Executor,
    private readonly options: SequencerOptions,
  ) {
    this.unlisten = executor.listenAfterCommit(CHANGES_COMMITTED, () =>
      this.settleWithin(options.commitWaitMs ?? 1_000),
    );
  }

  /** Starts the poll (idempotent). */
  start(): void {
    if (this.timer || this.options.pollMs <= 0) return;
    this.timer = setInterval(() => void this.settle().catch(() => {}), this.options.pollMs);
    this.timer.unref();
  }

  /**
   * Numbers every change committed before this call. One run at a time in this instance; a call
   * made while one runs (which may have looked before this caller's commit) waits for one more.
   */
  settle(): Promise<void> {
    if (!this.running) {
      this.running = this.run().finally(() => (this.running = undefined));
      return this.running;
    }
    this.queued ??= this.running
      .catch(() => {})
      .then(() => {
        this.queued = undefined;
        return this.settle();
      });
    return this.queued;
  }

  close(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.unlisten();
  }

  /** settle(), but no longer than `ms`: a write's answer must not hang on a slow sequencer. */
  private async settleWithin(ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolveLater) => (timer = setTimeout(resolveLater, ms)));
    try {
      await Promise.race([this.settle().catch(() => {}), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async run(): Promise<void> {
    const batch = this.options.batch ?? 500;
    try {
      while (await hasUnsequencedChanges(this.executor)) {
        const { numbered, last } = await numberChanges(this.executor, batch);
        if (numbered > 0) this.options.onNumbered?.(last);
        if (numbered < batch) break;
      }
      if (this.failing) this.options.log('The change feed is numbering changes again');
      this.failing = false;
    } catch (error) {
      // One line per outage, not one per poll.
      if (!this.failing) this.options.log(`The change feed could not number changes: ${(error as Error).message}`);
      this.failing = true;
      throw error;
    }
  }
}
