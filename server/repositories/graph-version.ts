/**
 * The graph version: one :GraphVersion node in Neo4j, moved on after every committed change to the
 * graph and with every import. Several app instances may share the database, so the version lives
 * there; each instance keys its cached answers, graph index and influence by it.
 */
import { SharedRun } from '../../core/shared-run.ts';
import type { Executor, QueryRunner } from './executor.ts';

/**
 * A change to the graph: the version moves once it has committed, in a small transaction of its
 * own, shared by every change this process commits meanwhile (QueryRunner.afterCommit). The change's
 * transaction itself takes no lock on the version, so graph writes do not queue behind each other.
 * Moving after the commit is also what keeps caches right: Neo4j lets readers see a commit while it
 * is being applied, so a reader could read a new version before the new nodes are in the label
 * index, and hold a partial graph under the version of the whole one. A version moved once all of
 * the change is visible cannot be read before it.
 */
export function moveGraphVersionAfterCommit(tx: QueryRunner): void {
  tx.afterCommit('influence/bump-graph-version');
}

/**
 * An import or a restore: the version moves with it (a restore gives a new epoch once the node is
 * recreated) and once more after it has committed, as above. Imports are rare and the lock is taken
 * at their end, so they hold it only while they commit.
 */
export async function bumpGraphVersion(tx: QueryRunner): Promise<void> {
  await tx.run('influence/bump-graph-version');
  moveGraphVersionAfterCommit(tx);
}

/** "epoch:counter", or "none" before the first change. */
export async function readGraphVersion(executor: Executor): Promise<string> {
  const [row] = await executor.read<{ version: string }>('influence/get-graph-version');
  return row?.version ?? 'none';
}

/**
 * The version as requests must see it: read in a transaction begun after the request asked, but
 * one read for all the requests of this instance that ask meanwhile (core/shared-run.ts). A change
 * is answered only once the version it moved has committed, so a request sees every change
 * answered before it asked, on any instance; under load a hundred cached answers cost a few reads
 * of the version, not a hundred transactions queueing in Neo4j.
 */
export class GraphVersionReads {
  private readonly reads = new SharedRun<string>();

  constructor(private readonly executor: Executor) {}

  read(): Promise<string> {
    return this.reads.run(() => readGraphVersion(this.executor));
  }
}
