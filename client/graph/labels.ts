/**
 * Which nodes and labels show at the current zoom. Labels: those that would be at least
 * MIN_LABEL_PIXELS tall on screen, so small nodes lose their labels first as the reader zooms out,
 * plus the selection's neighbours. Large maps also have levels of detail (detail.ts, in the nodes'
 * showFrom and labelFrom data): below its zoom a node is not drawn, or not named. The selection, its
 * neighbours, a route and pinned nodes are always drawn.
 */
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { MIN_LABEL_PIXELS } from './styles.ts';

const ALWAYS_DRAWN = ['context', 'on-path', 'pinned'];

function alwaysDrawn(node: NodeSingular): boolean {
  return node.selected() || ALWAYS_DRAWN.some((name) => node.hasClass(name));
}

/** The classes a node gets at this zoom: lod-hidden below its level of detail, small-label. */
export function detailClasses(
  data: { fontSize: number; showFrom?: number; labelFrom?: number },
  zoom: number,
): { hidden: boolean; small: boolean } {
  return {
    hidden: (data.showFrom ?? 0) > zoom,
    small: data.fontSize < MIN_LABEL_PIXELS / zoom || (data.labelFrom ?? 0) > zoom,
  };
}

/**
 * Updates the given nodes (all by default: after a zoom; a selection's context after a selection).
 * True when it changed which nodes are drawn.
 */
export function updateLabelVisibility(cy: Core, nodes: NodeCollection = cy.nodes()): boolean {
  const zoom = cy.zoom();
  let drawnChanged = false;
  cy.batch(() => {
    for (const node of nodes) {
      const { hidden, small } = detailClasses(node.data() as { fontSize: number }, zoom);
      const drawnAnyway = (hidden || node.hasClass('lod-hidden')) && alwaysDrawn(node);
      const lodHidden = hidden && !drawnAnyway;
      if (lodHidden !== node.hasClass('lod-hidden')) {
        node.toggleClass('lod-hidden', lodHidden);
        drawnChanged = true;
      }
      if (small !== node.hasClass('small-label')) node.toggleClass('small-label', small);
    }
  });
  return drawnChanged;
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
