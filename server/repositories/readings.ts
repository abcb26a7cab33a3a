/**
 * What reading texts keeps in Neo4j: the proposals editors rejected, per source (a list on the
 * source), and, while the graph index (one per graph version) is not built yet, every entity with
 * its names as the index holds them.
 */
import { NotFoundError } from '../../core/errors.ts';
import type { IndexedEntity } from '../../core/graph/graph-index.ts';
import type { Executor } from './executor.ts';

export async function listNamedEntities(executor: Executor): Promise<IndexedEntity[]> {
  return (await executor.read<{ entity: IndexedEntity }>('graph/list-index-entities')).map((row) => row.entity);
}

/** How a proposal is known among a source's rejections. */
export const proposalKey = (proposal: { from: string; type: string; to: string }) =>
  `${proposal.from}|${proposal.type}|${proposal.to}`;

export async function rejectProposal(
  executor: Executor,
  source: string,
  proposal: { from: string; type: string; to: string },
): Promise<void> {
  const rows = await executor.write<{ id: string }>('reading/reject-proposal', { source, key: proposalKey(proposal) });
  if (rows.length === 0) throw new NotFoundError('source', source);
}

export async function rejectedProposals(executor: Executor, source: string): Promise<Set<string>> {
  const [row] = await executor.read<{ keys: string[] }>('reading/get-rejected-proposals', { source });
  return new Set(row?.keys ?? []);
}
