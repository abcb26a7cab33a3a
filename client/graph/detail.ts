/**
 * Level of detail for large maps (semantic zoom). At the whole-network zoom a 20,000-node map shows
 * its frame: bodies (councils, associations, departments), aggregates and the best-linked hubs of
 * every kind. People and programmes come in as the reader zooms in, the better linked first. Each
 * node gets the zoom from which it is drawn; a pure function of the graph, computed once per
 * drawing. Which are named is decided where they are drawn (labels.ts: as many as fit, by influence).
 */
import type { GraphNodeInput } from './types.ts';

/** Below this many nodes everything is drawn at every zoom. */
export const SEMANTIC_ZOOM_FROM = 2_500;
/** The most-linked nodes of any kind drawn at every zoom. */
const HUBS_ALWAYS_SHOWN = 300;
/** People and programmes are all drawn from this zoom on. */
const ALL_SHOWN_AT = 0.9;
export const FIRST_SHOWN_AT = 0.25;

export interface NodeDetail {
  /** Zoom from which the node is drawn (0: always). */
  showFrom: number;
}

/** Detail levels by node id; an empty map when the map is small enough to draw whole. */
export function detailLevels(nodes: readonly GraphNodeInput[]): Map<string, NodeDetail> {
  const levels = new Map<string, NodeDetail>();
  if (nodes.length < SEMANTIC_ZOOM_FROM) return levels;
  // Best linked first; ties by id so the same graph always gets the same levels.
  const ranked = [...nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
  // The zoom range is shared out by rank among the nodes that are not always drawn.
  const optional = ranked.filter((node, rank) => !alwaysShown(node, rank)).length;
  let optionalRank = 0;
  ranked.forEach((node, rank) => {
    if (alwaysShown(node, rank)) {
      levels.set(node.id, { showFrom: 0 });
      return;
    }
    const showFrom = FIRST_SHOWN_AT + ((ALL_SHOWN_AT - FIRST_SHOWN_AT) * ++optionalRank) / optional;
    levels.set(node.id, { showFrom });
  });
  return levels;
}

function alwaysShown(node: GraphNodeInput, rank: number): boolean {
  return node.kind === 'BODY' || node.aggregate !== undefined || rank < HUBS_ALWAYS_SHOWN;
}
