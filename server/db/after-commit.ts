/**
 * What runs once a transaction has committed (QueryRunner.afterCommit and notifyAfterCommit),
 * shared by an executor and every one made from it (withMetadata, withAvailability): the listeners
 * of commits by topic, and the follow-up queries running or waiting to run (by name and
 * parameters), so that follow-ups asked by concurrent transactions run once for all of them. The
 * change itself is committed whatever happens here, so a failure is logged, not thrown: the caller
 * must not take a done change for a failed one.
 */
import { SharedRuns } from '../../core/shared-run.ts';
import type { FollowUp, Params } from './query-runner.ts';

/** Runs one follow-up query in a write transaction of its own. */
export type FollowUpWriter = (name: string, params: Params) => Promise<unknown>;

export class AfterCommitWork {
  private readonly commitListeners = new Map<string, Set<() => Promise<void>>>();
  /** A follow-up runs in a transaction begun after the commit that asked, shared by every commit meanwhile. */
  private readonly followUps = new SharedRuns<void>();

  /** Calls `listener` after every committed transaction that notified `topic`; returns the unsubscribe. */
  listen(topic: string, listener: () => Promise<void>): () => void {
    const listeners = this.commitListeners.get(topic) ?? new Set();
    this.commitListeners.set(topic, listeners);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }

  /** The queries a committed transaction asked to run after it, one after another. */
  async runFollowUps(followUps: FollowUp[], write: FollowUpWriter): Promise<void> {
    for (const [name, params] of followUps) {
      await this.followUp(name, params, write).catch((error: unknown) =>
        console.error(`[atlas] "${name}" after a commit failed: ${(error as Error).message}`),
      );
    }
  }

  /**
   * Runs a follow-up in a transaction that starts after this call, but once for every transaction
   * that asks for the same one meanwhile (core/shared-run.ts): a burst of commits costs two
   * follow-up transactions per process, not one each queueing on the same node.
   */
  private followUp(name: string, params: Params, write: FollowUpWriter): Promise<void> {
    return this.followUps.run(`${name} ${JSON.stringify(params)}`, () => write(name, params).then(() => {}));
  }

  /** The listeners of the topics a committed transaction notified; logged, not thrown, as follow-ups. */
  async notify(topics: Set<string>): Promise<void> {
    const listeners = [...topics].flatMap((topic) => [...(this.commitListeners.get(topic) ?? [])]);
    await Promise.all(
      listeners.map((listener) =>
        listener().catch((error: unknown) =>
          console.error(`[atlas] a listener after a commit failed: ${(error as Error).message}`),
        ),
      ),
    );
  }
}
