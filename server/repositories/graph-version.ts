/**
 * The graph version: one :GraphVersion node in Neo4j, moved on in the transaction of every audited
 * change and every import. Several app instances may share the database, so the version lives
 * there; each instance keys its cached influence by it (server/influence/).
 */
import type { Executor, QueryRunner } from './executor.ts';

/**
 * Moves the version on with the change, and once more after it has committed. Neo4j lets readers
 * see a commit while it is being applied: the version node's new value before the new nodes are in
 * the label index. A cache that read the version then would hold a partial graph under the version
 * of the whole one; the second move, made once all of it is visible, marks that cache stale. The
 * first move alone still tells every cache of the change if the second never runs.
 */
export async function bumpGraphVersion(tx: QueryRunner): Promise<void> {
  await tx.run('influence/bump-graph-version');
  tx.afterCommit('influence/bump-graph-version');
}

/** "epoch:counter", or "none" before the first change. */
export async function readGraphVersion(executor: Executor): Promise<string> {
  const [row] = await executor.read<{ version: string }>('influence/get-graph-version');
  return row?.version ?? 'none';
}
