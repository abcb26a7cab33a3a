/**
 * What the reader picked out: the selection and a route. Large maps draw the selection on a layer
 * of their own (selection-layer.ts) and leave Cytoscape's elements alone, since restyling any of
 * them costs a redraw of the whole scene; small maps use Cytoscape's selection and the stylesheet's
 * :selected and .context rules.
 */
import type { Core } from 'cytoscape';
import type { PlacedLabel } from './label-placement.ts';
import { markSelectionContext } from './labels.ts';
import { createSelectionLayer, type HeldSelection, type SelectionHighlight } from './selection-layer.ts';

export interface SelectionDisplay {
  /**
   * Shows the selection; `detailed` says the map is large. `held` names the aggregate drawn for a
   * selected stakeholder it holds (large maps only).
   */
  show(selection: string | null, detailed: boolean, held?: HeldSelection): void;
  /** Draws the placed names over the map (the overlay of selection-layer.ts). */
  showLabels(labels: readonly PlacedLabel[]): void;
  /** Rings the stakeholder the keyboard is on (null: none). */
  showCursor(id: string | null): void;
  /** The large map's highlight, for snapshots. */
  highlight(): SelectionHighlight | null;
  destroy(): void;
}

export function createSelectionDisplay(cy: Core): SelectionDisplay {
  const layer = createSelectionLayer(cy);
  /** The element selected in Cytoscape (small maps), to unselect without searching every element. */
  let selectedInCore: string | null = null;

  return {
    show(selection, detailed, held) {
      // On a large map a tap must not select in Cytoscape either: the app's select() comes back here.
      cy.autounselectify(detailed);
      if (detailed) {
        if (selectedInCore !== null) {
          cy.getElementById(selectedInCore).unselect();
          markSelectionContext(cy, null);
          selectedInCore = null;
        }
        // A stakeholder inside an aggregate is shown by its aggregate: expanding it would restyle and
        // redraw the whole map. It is drawn as itself once the map is redrawn for another reason.
        layer.show(selection, held);
        return;
      }
      layer.show(null);
      if (selectedInCore === selection && (selection === null || cy.getElementById(selection).selected())) return;
      cy.batch(() => {
        cy.elements(':selected').unselect();
        if (selection) cy.getElementById(selection).select();
      });
      selectedInCore = selection;
      markSelectionContext(cy, selection);
    },
    showLabels: (labels) => layer.showLabels(labels),
    showCursor: (id) => layer.showCursor(id),
    highlight: () => layer.highlight(),
    destroy: () => layer.destroy(),
  };
}

/** How a stakeholder or relationship changed over a period, as the map marks it. */
export type DiffMark = 'gained' | 'ended' | 'edited';

export const DIFF_CLASSES = ['diff-gained', 'diff-ended', 'diff-edited'] as const;

/** Marks the elements a period changed (class diff-gained, diff-ended, diff-edited); an empty map clears them. */
export function markDiff(cy: Core, marks: ReadonlyMap<string, DiffMark>): void {
  cy.batch(() => {
    cy.elements(DIFF_CLASSES.map((name) => `.${name}`).join(', ')).removeClass(DIFF_CLASSES.join(' '));
    for (const [id, mark] of marks) cy.getElementById(id).addClass(`diff-${mark}`);
  });
}

/** Emphasises a route (its nodes and edges) and fades the rest; empty lists clear the emphasis. */
export function markRoute(cy: Core, nodeIds: readonly string[], edgeIds: readonly string[]): void {
  cy.batch(() => {
    cy.elements().removeClass('on-path faded');
    if (nodeIds.length === 0 && edgeIds.length === 0) return;
    const onPath = cy.collection();
    for (const id of [...nodeIds, ...edgeIds]) onPath.merge(cy.getElementById(id));
    onPath.addClass('on-path');
    cy.elements().difference(onPath).addClass('faded');
  });
}
