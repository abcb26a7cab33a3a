/**
 * How well the map's force layout keeps communities apart, the new layout (grouped by community:
 * client/graph/community-layout.ts on large maps, community-aware fcose on small ones) against the
 * current one (`byCommunity: false`, the layout as it was) on the same job: the mean silhouette of
 * node positions by community (core/graph/silhouette.ts), the communities being the server's
 * (core/graph/communities.ts over the whole network, as "Community colours" shows them). The job is
 * the one the map lays out: the graph as drawn (one-link leaves aggregated), its frame first on
 * large maps. Runs in Node: the same computation as the layout worker's.
 */
import { groupingOf } from '../../client/graph/community-layout.ts';
import { detailLevels } from '../../client/graph/detail.ts';
import { registerLayouts } from '../../client/graph/extensions.ts';
import { computeLayout, type LayoutJob } from '../../client/graph/layout-job.ts';
import { aggregateLeaves } from '../../client/graph/supernodes.ts';
import type { GraphEdgeInput, GraphNodeInput } from '../../client/graph/types.ts';
import { detectCommunities } from '../../core/graph/communities.ts';
import { byId } from '../../core/graph/order.ts';
import { meanSilhouette } from '../../core/graph/silhouette.ts';
import { readSeed } from '../../server/import/seed.ts';
import { synthetic, toEdgeInputs } from './networks.ts';

type Network = { nodes: GraphNodeInput[]; edges: GraphEdgeInput[] };

/** The seed as the map shows it by default: stakeholders with at least one relationship. */
function seedNetwork(): Network {
  const { records } = readSeed();
  const degree = new Map<string, number>();
  for (const record of records.relationships)
    for (const end of [record.from, record.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const nodes = records.entities
    .filter((entity) => degree.has(entity.id))
    .map((entity): GraphNodeInput => ({
      id: entity.id,
      label: entity.name,
      kind: entity.kind,
      type: 'type' in entity ? ((entity.type as string | undefined) ?? null) : null,
      sector: null,
      degree: degree.get(entity.id)!,
    }));
  return { nodes, edges: toEdgeInputs(records.relationships) };
}

/** The force layout's job for a network, as the map builds it (layout-job.ts, progressive.ts). */
function forceJob({ nodes, edges }: Network, byCommunity: boolean): LayoutJob {
  const drawn = aggregateLeaves(nodes, edges);
  const levels = detailLevels(drawn.nodes);
  return {
    name: 'force',
    byCommunity,
    // As the map does: communities found in the graph before aggregation (drawn-graph.ts).
    grouping: groupingOf(nodes, edges),
    randomize: true,
    fixed: [],
    seed: 20160701,
    nodes: [...drawn.nodes]
      .sort(byId)
      .map((node) => ({ id: node.id, width: 24, height: 24, x: 0, y: 0, degree: node.degree, score: null })),
    edges: [...drawn.edges]
      .sort(byId)
      .map(({ id, source, target, confidence }) => ({ id, source, target, confidence })),
    ...(levels.size > 0
      ? { core: drawn.nodes.filter((node) => levels.get(node.id)?.showFrom === 0).map((node) => node.id) }
      : {}),
  };
}

/** One line per network: the silhouette of the new layout and of the current one, and their times. */
export async function layoutSilhouettes(sizes: readonly number[], log: (line: string) => void): Promise<string[]> {
  await registerLayouts();
  const lines: string[] = [];
  const networks: [string, () => Network][] = [
    ['seed', seedNetwork],
    ...sizes.map((size): [string, () => Network] => [size.toLocaleString('en-GB'), () => synthetic(size)]),
  ];
  for (const [name, build] of networks) {
    log(`client: community separation of the layout, ${name}...`);
    const network = build();
    const communities = detectCommunities(
      network.nodes.map((node) => ({ id: node.id, name: node.label, kind: node.kind })),
      network.edges,
      new Map(),
      0,
    );
    const communityOf = new Map<string, number>();
    for (const community of communities) for (const id of community.memberIds) communityOf.set(id, community.id);
    const measure = (byCommunity: boolean) => {
      const started = performance.now();
      const positions = computeLayout(forceJob(network, byCommunity));
      const ms = performance.now() - started;
      // Aggregates stand for several stakeholders: scored by their members' places would need them drawn.
      const placed = positions
        .filter(([id]) => communityOf.has(id))
        .map(([id, x, y]) => ({ x, y, community: communityOf.get(id)! }));
      return { silhouette: meanSilhouette(placed), ms };
    };
    const current = measure(false);
    const grouped = measure(true);
    lines.push(
      `${name.padStart(6)} nodes, ${communities.length} communities | layout silhouette by community ` +
        `${grouped.silhouette.toFixed(2)} vs ${current.silhouette.toFixed(2)} before (target ≥ 0.30) | ` +
        `force layout ${grouped.ms.toFixed(0)} ms vs ${current.ms.toFixed(0)} ms before`,
    );
  }
  return lines;
}
