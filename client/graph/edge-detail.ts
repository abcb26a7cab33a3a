/**
 * Edges at the overview zoom. A large map seen whole draws thousands of edges over each other: the
 * membership links' blue fills the picture and hides the nodes' colours (types or communities). So,
 * from FADE_EDGES_FROM nodes and below OVERVIEW_ZOOM (where a large map shows only its frame,
 * detail.ts), every edge is `overview`: thin, pale grey, without arrows (styles.ts); zooming in past
 * it brings their colours and arrows back. Follows the zoom when the viewport rests (map-labels.ts).
 */
import type { Core } from 'cytoscape';
import { FIRST_SHOWN_AT } from './detail.ts';

/** The class of an edge drawn faded at the overview zoom. */
export const OVERVIEW_EDGE = 'overview';
/** Maps of fewer nodes keep their edges as they are at every zoom: they do not blur into a ball. */
export const FADE_EDGES_FROM = 1_500;
/** Below this zoom a large map is seen whole (its frame only): its edges fade. */
export const OVERVIEW_ZOOM = FIRST_SHOWN_AT;

/** Whether a map of this many nodes, at this zoom, draws its edges faded. */
export function edgesFaded(nodes: number, zoom: number): boolean {
  return nodes >= FADE_EDGES_FROM && zoom < OVERVIEW_ZOOM;
}

/** Fades or restores the edges for the current zoom; true when any edge changed. */
export function updateEdgeDetail(cy: Core): boolean {
  const faded = edgesFaded(cy.nodes().length, cy.zoom());
  const changing = cy.edges().filter((edge) => edge.hasClass(OVERVIEW_EDGE) !== faded);
  if (changing.empty()) return false;
  cy.batch(() => {
    if (faded) changing.addClass(OVERVIEW_EDGE);
    else changing.removeClass(OVERVIEW_EDGE);
  });
  return true;
}
