/** Influence over the filtered network as read from Neo4j; the metrics are core/graph/influence.ts. */
import type { Executor } from './executor.ts';
import { InputError } from '../../core/errors.ts';
import { computeInfluence } from '../../core/graph/influence.ts';
import type { EntityKind, InfluenceMetric } from '../../core/vocabulary.ts';
import { wholeNetwork } from './graph.ts';
import type { GraphFilter, InfluenceRow } from './types.ts';

export async function rankInfluence(
  executor: Executor,
  args: { metric: InfluenceMetric; kinds: readonly EntityKind[] | null | undefined; first: number },
  filter: GraphFilter,
): Promise<InfluenceRow[]> {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > 200) {
    throw new InputError('first', 'must be from 1 to 200');
  }
  const { nodes, edges } = await wholeNetwork(executor, filter);
  const { scores, explain } = computeInfluence(args.metric, nodes, edges);
  return nodes
    .filter((node) => !args.kinds || args.kinds.includes(node.kind))
    .sort((a, b) => (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0) || a.name.localeCompare(b.name))
    .slice(0, args.first)
    .map((node, index) => ({
      entityId: node.id,
      rank: index + 1,
      score: Math.round((scores.get(node.id) ?? 0) * 1e6) / 1e6,
      ...explain(node.id),
    }));
}
