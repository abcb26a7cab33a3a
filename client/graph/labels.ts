/**
 * Which node labels show: those that would be at least MIN_LABEL_PIXELS tall on screen, so small
 * nodes lose their labels first as the reader zooms out, plus the selection's neighbours.
 */
import type { Core } from 'cytoscape';
import { MIN_LABEL_PIXELS } from './styles.ts';

export function updateLabelVisibility(cy: Core): void {
  const smallest = MIN_LABEL_PIXELS / cy.zoom();
  cy.batch(() => {
    for (const node of cy.nodes()) {
      const small = (node.data('fontSize') as number) < smallest;
      if (small !== node.hasClass('small-label')) node.toggleClass('small-label', small);
    }
  });
}

/** Above this many neighbours, naming them all would bury the map in text. */
const MAX_CONTEXT_LABELS = 40;

/** Marks the neighbours of the selected node, whose names then always show. */
export function markSelectionContext(cy: Core, id: string | null): void {
  cy.batch(() => {
    cy.nodes('.context').removeClass('context');
    if (!id) return;
    const element = cy.getElementById(id);
    // A node's neighbours, or the two ends of an edge.
    const context = element.isNode() ? element.neighborhood('node') : cy.edges().$id(id).connectedNodes();
    if (context.length <= MAX_CONTEXT_LABELS) context.addClass('context');
  });
}
