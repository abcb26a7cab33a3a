/**
 * One attempt at a transaction: the named queries `work` runs in it, streamed or not, and what it
 * asks to happen after its commit, then the commit, or the rollback when anything fails.
 */
import type { Transaction } from 'neo4j-driver';
import { toPlain } from './records.ts';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Runs named queries inside one transaction. */
export interface QueryRunner {
  run<R extends Row = Row>(name: string, params?: Params): Promise<R[]>;
  /**
   * Streams a query's rows one at a time, awaiting `onRow` before the next (for results too big to
   * hold, such as a backup of everything); resolves to the number of rows. Once a row has reached
   * `onRow`, the transaction is no longer retried after a passing fault: it fails with
   * TransactionNotRetriedError, since a retry would deliver the same rows again.
   */
  each<R extends Row = Row>(name: string, params: Params, onRow: (row: R) => void | Promise<void>): Promise<number>;
  /**
   * Runs a query in a transaction of its own once this one has committed: never if it does not,
   * once however often it is asked with the same parameters, and once for all the transactions of
   * this process that ask for it at about the same time (each waits for a run that started after
   * its commit). Neo4j applies a commit to its store record by record and to its indexes last while
   * readers go on, so a reader can see part of a transaction; a write made after the commit
   * returned is seen only with all of it.
   */
  afterCommit(name: string, params?: Params): void;
  /**
   * Once this transaction has committed, calls the listeners of `topic` (Executor.listenAfterCommit)
   * and waits for them before its caller is answered; never if it does not commit; once per topic.
   * A listener's failure is logged, not thrown: the change is committed whatever happens after it.
   */
  notifyAfterCommit(topic: string): void;
}

/** A query a transaction asked to run after its commit (QueryRunner.afterCommit). */
export type FollowUp = [name: string, params: Params];

/** What one transaction's attempts have done so far: its latest query, and rows streamed to callers. */
export interface AttemptProgress {
  query: string;
  rowsDelivered: number;
}

/** What an attempt records for its transaction: progress across attempts, and what to do after commit. */
export interface AttemptRecord {
  progress: AttemptProgress;
  followUps: FollowUp[];
  topics: Set<string>;
}

/**
 * Runs `work` in `tx` and commits; `textOf` gives a named query's Cypher (throwing for an unknown
 * name). Rolls back whatever did not commit.
 */
export async function runAttempt<T>(
  tx: Transaction,
  textOf: (name: string) => string,
  work: (tx: QueryRunner) => Promise<T>,
  { progress, followUps, topics }: AttemptRecord,
): Promise<T> {
  try {
    const result = await work({
      run: async <R extends Row>(name: string, params: Params = {}) => {
        progress.query = name;
        const ran = await tx.run(textOf(name), params);
        return ran.records.map((record) => toPlain(record.toObject()) as R);
      },
      each: async <R extends Row>(name: string, params: Params, onRow: (row: R) => void | Promise<void>) => {
        progress.query = name;
        let rows = 0;
        for await (const record of tx.run(textOf(name), params)) {
          // Counted before the callback: a row it has seen, even if it then throws, is delivered.
          progress.rowsDelivered += 1;
          await onRow(toPlain(record.toObject()) as R);
          rows += 1;
        }
        return rows;
      },
      afterCommit: (name: string, params: Params = {}) => {
        textOf(name); // an unknown query fails now, inside the transaction
        const asked = JSON.stringify(params);
        if (!followUps.some(([other, otherParams]) => other === name && JSON.stringify(otherParams) === asked))
          followUps.push([name, params]);
      },
      notifyAfterCommit: (topic) => void topics.add(topic),
    });
    await tx.commit();
    return result;
  } finally {
    if (tx.isOpen()) await tx.rollback().catch(() => {});
  }
}
