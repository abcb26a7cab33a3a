/**
 * The change feed of one app instance: its sequencer (numbers committed changes) and its tailer
 * (hands new ones to this instance's subscribers), and the stream of one subscription.
 */
import { Repeater } from 'graphql-yoga';
import { mayRead, type ChangeRole } from '../../core/changes.ts';
import { UnauthenticatedError } from '../../core/errors.ts';
import type { Executor } from '../repositories/executor.ts';
import { readFeed, type ChangeRow } from '../repositories/feed.ts';
import { isUserClosed } from '../repositories/users.ts';
import { Sequencer } from './sequencer.ts';
import { FeedTailer } from './tailer.ts';

export interface FeedOptions {
  /** How often each instance looks for changes committed elsewhere (numbering and tailing). */
  pollMs?: number;
  /** Changes one subscriber may have waiting before it is told to resubscribe (a client that stopped reading). */
  maxQueued?: number;
  log: (line: string) => void;
}

const REPLAY_PAGE = 500;

const CLOSED = 'This account was closed by an admin: ask an admin of the atlas to reopen it';

export class Feed {
  readonly sequencer: Sequencer;
  readonly tailer: FeedTailer;
  private readonly maxQueued: number;

  constructor(
    private readonly executor: Executor,
    options: FeedOptions,
  ) {
    const pollMs = options.pollMs ?? 250;
    this.maxQueued = options.maxQueued ?? 10_000;
    this.tailer = new FeedTailer(executor, { pollMs, log: options.log });
    this.sequencer = new Sequencer(executor, { pollMs, log: options.log, onNumbered: () => this.tailer.poke() });
  }

  /** Numbers everything committed so far (before reading the feed), and keeps numbering from now on. */
  async catchUp(): Promise<void> {
    this.sequencer.start();
    await this.sequencer.settle();
  }

  /**
   * The changes `role` may read, numbered after `after` (null: from now on): first those already in
   * the feed, then each new one as this instance's tailer sees it, in order, none missed or twice.
   * A user's stream (`userId`) ends when the change closing their account arrives: every instance
   * tails the feed, so a stream opened anywhere before the closure stops with it (one closed between
   * the request's sign-in check and the stream's start is caught by a check once it listens).
   */
  subscribe(role: ChangeRole, after: number | null, userId: string | null = null): Repeater<ChangeRow> {
    return new Repeater<ChangeRow>(async (push, stop) => {
      let stopped = false;
      void stop.then(() => (stopped = true));
      let last = after ?? 0;
      let live = false;
      let waiting = 0;
      const early: ChangeRow[] = [];
      const deliver = (change: ChangeRow) => {
        if (change.seq <= last) return;
        last = change.seq;
        if (userId !== null && change.action === 'closeUserAccount' && change.targetId === userId) {
          // A closure replayed from before a reopening does not end it: is the account closed now?
          void isUserClosed(this.executor, userId).then(
            (closed) => closed && stop(new UnauthenticatedError(CLOSED)),
            () => {},
          );
        }
        if (!mayRead(role, change.action)) return;
        waiting += 1;
        if (waiting > this.maxQueued) {
          stop(new Error(`This subscription fell behind by ${waiting} changes; subscribe again with after: ${last}`));
        }
        push(change).then(
          () => (waiting -= 1),
          () => {},
        );
      };
      const { head, unlisten } = await this.tailer.listen((changes) =>
        live ? changes.forEach(deliver) : early.push(...changes),
      );
      try {
        if (userId !== null && (await isUserClosed(this.executor, userId))) stop(new UnauthenticatedError(CLOSED));
        if (after === null) last = head;
        this.sequencer.start();
        // What was numbered before the tailer's head (and maybe after it): read from the feed.
        for (let page = await readFeed(this.executor, last, REPLAY_PAGE); !stopped;) {
          for (const change of page) deliver(change);
          if (page.length < REPLAY_PAGE) break;
          page = await readFeed(this.executor, last, REPLAY_PAGE);
        }
        live = true;
        early.forEach(deliver);
        early.length = 0;
        await stop;
      } finally {
        unlisten();
      }
    });
  }

  close(): void {
    this.sequencer.close();
    this.tailer.close();
  }
}
