/**
 * Gives committed changes their numbers in the feed. Writes never wait on a shared node: each
 * creates its own :Unsequenced audit entry, and is answered once committed. The sequencer of each
 * instance then numbers what is committed, in batches, under the one lock only sequencers take (so
 * they serialise among themselves, briefly, never with writes), as soon as a local commit tells it,
 * and on a poll for the changes of other processes (an instance that stopped before numbering its
 * own, a CLI import). The poll backs off while it finds nothing, up to `maxPollMs`. A change is
 * numbered only once its commit is visible, so a reader of `seq > last` never misses one.
 */
import { SharedRun } from '../../core/shared-run.ts';
import type { Executor } from '../repositories/executor.ts';
import { CHANGES_COMMITTED, hasUnsequencedChanges, numberChanges } from '../repositories/feed.ts';

export interface SequencerOptions {
  /** How soon to look again for changes other processes committed after finding some; 0: only when asked. */
  pollMs: number;
  /** The longest wait between looks while none are found (the poll doubles up to it); 4 × pollMs by default. */
  maxPollMs?: number;
  /** Changes numbered per transaction (per lock). */
  batch?: number;
  /** Told the last number given after each batch (the local tailer reads at once). */
  onNumbered?: (last: number) => void;
  log: (line: string) => void;
}

export class Sequencer {
  private readonly runs = new SharedRun<number>();
  private timer: NodeJS.Timeout | undefined;
  private polling = false;
  /** The wait before the next look: pollMs after finding changes, doubling while there are none. */
  private delayMs: number;
  private readonly unlisten: () => void;
  private failing = false;

  constructor(
    private readonly executor: Executor,
    private readonly options: SequencerOptions,
  ) {
    this.delayMs = options.pollMs;
    // The write is answered once committed: numbering follows at once, but it does not wait for it.
    this.unlisten = executor.listenAfterCommit(CHANGES_COMMITTED, async () => {
      void this.settle().catch(() => {});
    });
  }

  /** Starts the poll (idempotent). */
  start(): void {
    if (this.polling || this.options.pollMs <= 0) return;
    this.polling = true;
    this.schedule();
  }

  /** How long the poll now waits between looks (it grows while nothing is found). */
  get pollDelayMs(): number {
    return this.delayMs;
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.settle()
        .then((numbered) => {
          const maxPollMs = this.options.maxPollMs ?? 4 * this.options.pollMs;
          this.delayMs = numbered > 0 ? this.options.pollMs : Math.min(this.delayMs * 2, maxPollMs);
        })
        .catch(() => {})
        .finally(() => this.polling && this.schedule());
    }, this.delayMs);
    this.timer.unref();
  }

  /**
   * Numbers every change committed before this call; resolves to how many the run numbered. One
   * run at a time in this instance; a call made while one runs (which may have looked before this
   * caller's commit) waits for one more.
   */
  settle(): Promise<number> {
    return this.runs.run(() => this.run());
  }

  close(): void {
    this.polling = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.unlisten();
  }

  private async run(): Promise<number> {
    const batch = this.options.batch ?? 500;
    let total = 0;
    try {
      while (await hasUnsequencedChanges(this.executor)) {
        const { numbered, last } = await numberChanges(this.executor, batch);
        total += numbered;
        if (numbered > 0) this.options.onNumbered?.(last);
        if (numbered < batch) break;
      }
      if (this.failing) this.options.log('The change feed is numbering changes again');
      this.failing = false;
      return total;
    } catch (error) {
      // One line per outage, not one per poll.
      if (!this.failing) this.options.log(`The change feed could not number changes: ${(error as Error).message}`);
      this.failing = true;
      throw error;
    }
  }
}
