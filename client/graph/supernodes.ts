/**
 * Supernodes: a hub with many leaf neighbours of one kind and type (a national body that every
 * council belongs to and nothing else links, say) is drawn with one aggregate node, "412 councils",
 * instead of 412 nodes around it. Drawing stays light and the hub readable; the reader expands an
 * aggregate on demand. A pure function of the graph, so the app, the engine and the tests agree.
 */
import type { GraphEdgeInput, GraphNodeInput } from './types.ts';

/** A hub needs at least this many leaves of one kind and type before they are aggregated. */
export const AGGREGATE_FROM = 12;
/** Ids of aggregate nodes start with this, so nothing else can take them for a stakeholder. */
export const AGGREGATE_PREFIX = 'aggregate:';

export interface Aggregate {
  id: string;
  hub: string;
  kind: GraphNodeInput['kind'];
  type: string | null;
  /** The leaves it stands for, sorted. */
  members: string[];
}

export interface AggregatedGraph {
  nodes: GraphNodeInput[];
  edges: GraphEdgeInput[];
  aggregates: Aggregate[];
}

export function aggregateId(hub: string, kind: string, type: string | null): string {
  return `${AGGREGATE_PREFIX}${hub}|${kind}|${type ?? ''}`;
}

export function isAggregateId(id: string): boolean {
  return id.startsWith(AGGREGATE_PREFIX);
}

const KIND_WORDS: Record<GraphNodeInput['kind'], [string, string]> = {
  BODY: ['body', 'bodies'],
  PERSON: ['person', 'people'],
  PROGRAMME: ['programme', 'programmes'],
};

/** "412 councils", "30 people", "15 programmes": what the aggregate stands for. */
export function aggregateLabel(count: number, kind: GraphNodeInput['kind'], type: string | null): string {
  const amount = count.toLocaleString('en-GB');
  if (kind === 'BODY' && type) {
    const words = type.replace(/-/g, ' ');
    return `${amount} ${words.endsWith('y') ? `${words.slice(0, -1)}ies` : `${words}s`}`;
  }
  return `${amount} ${KIND_WORDS[kind][count === 1 ? 0 : 1]}`;
}

/**
 * Replaces each group of at least `from` leaves (one link, to the same hub, same kind and type) by
 * an aggregate joined to the hub. Groups whose aggregate id is in `expanded` stay as they are, and
 * so does any group holding one of `keep` (the selection, a route, pinned nodes).
 */
export function aggregateLeaves(
  nodes: readonly GraphNodeInput[],
  edges: readonly GraphEdgeInput[],
  options: { expanded?: ReadonlySet<string>; keep?: ReadonlySet<string>; from?: number } = {},
): AggregatedGraph {
  const from = options.from ?? AGGREGATE_FROM;
  const ids = new Set(nodes.map((node) => node.id));
  const linksOf = new Map<string, GraphEdgeInput[]>();
  for (const edge of edges) {
    if (!ids.has(edge.source) || !ids.has(edge.target) || edge.source === edge.target) continue;
    for (const end of [edge.source, edge.target]) {
      const list = linksOf.get(end);
      if (list) list.push(edge);
      else linksOf.set(end, [edge]);
    }
  }
  const groups = new Map<string, { hub: string; leaves: GraphNodeInput[]; edges: GraphEdgeInput[] }>();
  for (const node of nodes) {
    const links = linksOf.get(node.id);
    if (!links || links.length !== 1) continue;
    const link = links[0]!;
    const hub = link.source === node.id ? link.target : link.source;
    // A leaf of a leaf is a pair, not a hub's crowd.
    if ((linksOf.get(hub)?.length ?? 0) < from) continue;
    const id = aggregateId(hub, node.kind, node.type);
    const group = groups.get(id) ?? { hub, leaves: [], edges: [] };
    group.leaves.push(node);
    group.edges.push(link);
    groups.set(id, group);
  }
  const hidden = new Set<string>();
  const aggregates: Aggregate[] = [];
  const sampleLink = new Map<string, GraphEdgeInput>();
  for (const [id, group] of groups) {
    if (group.leaves.length < from || options.expanded?.has(id)) continue;
    if (options.keep && group.leaves.some((leaf) => options.keep!.has(leaf.id))) continue;
    const first = group.leaves[0]!;
    aggregates.push({
      id,
      hub: group.hub,
      kind: first.kind,
      type: first.type,
      members: group.leaves.map((leaf) => leaf.id).sort(),
    });
    sampleLink.set(id, group.edges[0]!);
    for (const leaf of group.leaves) hidden.add(leaf.id);
    for (const edge of group.edges) hidden.add(edge.id);
  }
  if (aggregates.length === 0) return { nodes: [...nodes], edges: [...edges], aggregates };
  aggregates.sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    nodes: [
      ...nodes.filter((node) => !hidden.has(node.id)),
      ...aggregates.map((aggregate): GraphNodeInput => ({
        id: aggregate.id,
        label: aggregateLabel(aggregate.members.length, aggregate.kind, aggregate.type),
        kind: aggregate.kind,
        type: aggregate.type,
        sector: null,
        degree: aggregate.members.length,
        aggregate: aggregate.members.length,
      })),
    ],
    edges: [
      ...edges.filter((edge) => !hidden.has(edge.id)),
      ...aggregates.map((aggregate): GraphEdgeInput => {
        // The aggregate's link reads like its members' (the first one's type and direction).
        const sample = sampleLink.get(aggregate.id)!;
        const inward = sample.target === aggregate.hub;
        return {
          id: `${aggregate.id}|link`,
          source: inward ? aggregate.id : aggregate.hub,
          target: inward ? aggregate.hub : aggregate.id,
          type: sample.type,
          family: sample.family,
          confidence: sample.confidence,
        };
      }),
    ],
    aggregates,
  };
}

/** The aggregate that holds a stakeholder, if any. */
export function aggregateHolding(aggregates: readonly Aggregate[], id: string): Aggregate | undefined {
  return aggregates.find((aggregate) => aggregate.members.includes(id));
}
