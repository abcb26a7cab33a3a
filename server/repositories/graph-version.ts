/**
 * The graph version: one :GraphVersion node in Neo4j, moved on in the transaction of every audited
 * change and every import. Several app instances may share the database, so the version lives
 * there; each instance keys its cached influence by it (server/influence/).
 */
import type { Executor, QueryRunner } from './executor.ts';

export async function bumpGraphVersion(tx: QueryRunner): Promise<void> {
  await tx.run('influence/bump-graph-version');
}

/** "epoch:counter", or "none" before the first change. */
export async function readGraphVersion(executor: Executor): Promise<string> {
  const [row] = await executor.read<{ version: string }>('influence/get-graph-version');
  return row?.version ?? 'none';
}
