/**
 * The small graph the pure algorithms work on: what they need of a stakeholder and of a
 * relationship, nothing more. Server rows and client fragments both satisfy these shapes.
 */
import type { EntityKind } from '../vocabulary.ts';

export interface GraphNode {
  id: string;
  name: string;
  kind: EntityKind;
}

export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  confidence: number;
}

/** A graph as lists: each node and edge once. */
export interface GraphData<N extends { id: string }, E extends { id: string; source: string; target: string }> {
  nodes: N[];
  edges: E[];
}
