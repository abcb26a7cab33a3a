/**
 * What repositories need of the database: named queries, alone or in one transaction. The GraphQL
 * layer names this type, never server/db/, so it can run queries only through repositories, with
 * the executor the app bound to its request.
 */
import type { Executor as DatabaseExecutor } from '../db/executor.ts';

import type { QueryRunner } from '../db/query-runner.ts';

export type { QueryRunner };

export type Executor = Pick<
  DatabaseExecutor,
  'read' | 'write' | 'readTransaction' | 'writeTransaction' | 'listenAfterCommit'
>;

/** What a read needs: the executor (a transaction of its own), or one transaction shared by several reads. */
export type Reader = Pick<Executor, 'read'>;

/**
 * The reads of one request in one transaction: one session and one commit instead of one per query,
 * which under load is what a request waits for most.
 */
export function readerOf(tx: QueryRunner): Reader {
  return { read: (name, params) => tx.run(name, params) };
}
