/** What the graph view draws, in its own terms: no GraphQL, no React. */
import type { EntityKind, Family } from '../../core/vocabulary.ts';

export interface GraphNodeInput {
  id: string;
  label: string;
  kind: EntityKind;
  /** Body or programme type; null for people. */
  type: string | null;
  sector: string | null;
  degree: number;
  /** Influence score under the chosen metric, when the overlay is on. */
  score?: number | null;
  /** Engagement stance (CHAMPION … OPPONENT) when the stakeholder has a profile: drawn as a ring. */
  stance?: string | null;
  /** Community number (1 = the largest), for colouring by community. */
  community?: number | null;
  /** For an aggregate node (supernodes.ts): how many stakeholders it stands for. */
  aggregate?: number;
}

export interface GraphEdgeInput {
  id: string;
  source: string;
  target: string;
  /** Relationship type, e.g. CHAIRS. */
  type: string;
  family: Family;
  confidence: number;
  /**
   * Coloured by community: the community both ends share (0 when they are in different ones, or
   * outside the coloured communities), so links within a community take its colour, faded, and
   * the rest fade to grey.
   */
  community?: number | null;
}

export const LAYOUT_NAMES = ['force', 'concentric', 'hierarchy'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export interface StyleOptions {
  /** What node size stands for: the number of relationships, or the influence score. */
  sizeBy: 'degree' | 'score';
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export interface DiffResult {
  added: string[];
  removed: string[];
  updated: string[];
}

/** How far a large map's first drawing is: its layout, then adding its elements (0 to 1 each). */
export interface DrawingProgress {
  phase: 'layout' | 'drawing';
  done: number;
}
