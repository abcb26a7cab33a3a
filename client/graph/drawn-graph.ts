/**
 * The graph the app asked for and the graph drawn from it: leaves aggregated (supernodes.ts) unless
 * expanded or kept (pinned, on a route, selected), each node with its level of detail (detail.ts).
 */
import type { Core } from 'cytoscape';
import { groupingOf, type CommunityGrouping } from './community-layout.ts';
import { detailLevels, type NodeDetail } from './detail.ts';
import type { HeldSelection } from './selection-layer.ts';
import { aggregateHolding, aggregateLeaves, type Aggregate } from './supernodes.ts';
import type { GraphEdgeInput, GraphNodeInput } from './types.ts';

export interface Drawable {
  nodes: GraphNodeInput[];
  edges: GraphEdgeInput[];
  levels: Map<string, NodeDetail>;
}

export interface DrawnGraph {
  /** Records what the app asked to draw, before aggregation. */
  want(nodes: readonly GraphNodeInput[], edges: readonly GraphEdgeInput[]): void;
  /** The wanted graph as drawn, with `kept` ids never inside an aggregate. */
  drawable(kept: ReadonlySet<string>): Drawable;
  aggregates(): readonly Aggregate[];
  /** The wanted graph, before aggregation, as the layout finds communities in it (layout-job.ts). */
  grouping(): CommunityGrouping;
  isAggregate(id: string): boolean;
  /** Draws an aggregate's members from the next drawable() on. */
  expand(id: string): void;
  /** Expands the aggregates holding any of the ids; false when none holds any. */
  expandHolders(ids: readonly string[]): boolean;
  /** The aggregate drawn instead of a stakeholder it holds (none when the stakeholder is drawn). */
  drawnHolder(cy: Core, id: string): Aggregate | undefined;
  /** The aggregate drawn for a stakeholder it holds, with the stakeholder's name. */
  heldBy(cy: Core, id: string): HeldSelection | undefined;
}

export function createDrawnGraph(onAggregates?: (aggregates: readonly Aggregate[]) => void): DrawnGraph {
  let wanted: { nodes: readonly GraphNodeInput[]; edges: readonly GraphEdgeInput[] } = { nodes: [], edges: [] };
  let aggregates: Aggregate[] = [];
  const expanded = new Set<string>();

  const drawn: DrawnGraph = {
    want(nodes, edges) {
      wanted = { nodes, edges };
    },
    grouping: () => groupingOf(wanted.nodes, wanted.edges),
    drawable(kept) {
      const graph = aggregateLeaves(wanted.nodes, wanted.edges, { expanded, keep: kept });
      const changed = graph.aggregates.map((each) => each.id).join() !== aggregates.map((each) => each.id).join();
      aggregates = graph.aggregates;
      if (changed) onAggregates?.(aggregates);
      return { ...graph, levels: detailLevels(graph.nodes) };
    },
    aggregates: () => aggregates,
    isAggregate: (id) => aggregates.some((aggregate) => aggregate.id === id),
    expand(id) {
      expanded.add(id);
    },
    expandHolders(ids) {
      const holders = ids.map((id) => aggregateHolding(aggregates, id)).filter((holder) => holder !== undefined);
      for (const holder of holders) expanded.add(holder.id);
      return holders.length > 0;
    },
    drawnHolder(cy, id) {
      return cy.getElementById(id).empty() ? aggregateHolding(aggregates, id) : undefined;
    },
    heldBy(cy, id) {
      const holder = drawn.drawnHolder(cy, id);
      const label = wanted.nodes.find((node) => node.id === id)?.label;
      return holder && label !== undefined ? { aggregate: holder.id, label } : undefined;
    },
  };
  return drawn;
}
