/**
 * Each instance tails the feed in Neo4j while someone listens: it reads `seq > head` when its
 * sequencer has numbered changes and on a short poll (changes other instances numbered), and hands
 * every listener the changes in order, without gaps.
 */
import type { Executor } from '../repositories/executor.ts';
import { readFeed, readFeedHead, type ChangeRow } from '../repositories/feed.ts';

export type ChangeListener = (changes: ChangeRow[]) => void;

export interface TailerOptions {
  pollMs: number;
  /** How long a missing number may stay missing before it is taken as never coming (then skipped). */
  gapWaitMs?: number;
  log: (line: string) => void;
}

const PAGE = 500;

export class FeedTailer {
  /** The last number handed to listeners; null until first read. */
  private head: number | null = null;
  private readonly listeners = new Set<ChangeListener>();
  private timer: NodeJS.Timeout | undefined;
  private reading: Promise<void> | undefined;
  private readAgain = false;
  private gapSince: number | undefined;
  private failing = false;
  private started: Promise<number> | undefined;

  constructor(
    private readonly executor: Executor,
    private readonly options: TailerOptions,
  ) {}

  /**
   * Hands `listener` every change numbered after the head this resolves to, in order; returns the
   * head and the unsubscribe. Changes up to the head are the listener's to read from the feed.
   */
  async listen(listener: ChangeListener): Promise<{ head: number; unlisten: () => void }> {
    this.listeners.add(listener);
    if (!this.timer) {
      this.timer = setInterval(() => this.poke(), this.options.pollMs);
      this.timer.unref();
    }
    const unlisten = () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      clearInterval(this.timer);
      this.timer = undefined;
      // The next listener starts from the head it then reads: no one is owed what happens meanwhile.
      this.head = null;
      this.started = undefined;
    };
    try {
      this.started ??= readFeedHead(this.executor).then((head) => (this.head ??= head));
      return { head: await this.started, unlisten };
    } catch (error) {
      this.started = undefined;
      unlisten();
      throw error;
    }
  }

  get listening(): number {
    return this.listeners.size;
  }

  /** Reads new changes now (the local sequencer numbered some); one read at a time, one more if asked meanwhile. */
  poke(): void {
    if (this.listeners.size === 0 || this.head === null) return;
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = this.readNew()
      .catch((error: unknown) => {
        if (!this.failing) this.options.log(`The change feed could not be read: ${(error as Error).message}`);
        this.failing = true;
      })
      .finally(() => {
        this.reading = undefined;
        if (this.readAgain) {
          this.readAgain = false;
          this.poke();
        }
      });
  }

  close(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.listeners.clear();
  }

  private async readNew(): Promise<void> {
    for (;;) {
      const head = this.head;
      if (head === null) return;
      const rows = await readFeed(this.executor, head, PAGE);
      const next = this.inOrder(head, rows);
      this.failing = false;
      if (next.length > 0 && this.head === head) {
        this.head = next.at(-1)!.seq;
        for (const listener of this.listeners) listener(next);
      }
      if (rows.length < PAGE || next.length === 0) return;
    }
  }

  /**
   * The rows that follow `head` without a gap. Numbers are given without gaps, but a reader may see
   * a batch's numbers appear one by one; a number still missing after gapWaitMs will never come
   * (its entry was deleted), and is skipped.
   */
  private inOrder(head: number, rows: ChangeRow[]): ChangeRow[] {
    let expected = head + 1;
    let count = 0;
    while (count < rows.length && rows[count]!.seq === expected) {
      count += 1;
      expected += 1;
    }
    if (count === rows.length || count > 0) {
      this.gapSince = undefined;
      return rows.slice(0, count);
    }
    this.gapSince ??= Date.now();
    if (Date.now() - this.gapSince < (this.options.gapWaitMs ?? 2_000)) return [];
    this.options.log(`The change feed skipped numbers ${expected} to ${rows[0]!.seq - 1}, missing for too long`);
    this.gapSince = undefined;
    return this.inOrder(rows[0]!.seq - 1, rows);
  }
}
