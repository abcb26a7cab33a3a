/**
 * The names on the map, kept in step with the view: when the viewport rests (150 ms after the last
 * pan or zoom step), after a layout or a drawing and when the selection changes, levels of detail
 * follow the zoom (labels.ts), edges fade at the overview zoom (edge-detail.ts) and the names are placed afresh (label-placement.ts) and drawn on the
 * overlay. While the viewport moves the names placed last move with their nodes; restyling nodes on
 * every wheel step would throw away what keeps panning and zooming fluid.
 */
import type { Core } from 'cytoscape';
import type { CanvasTuning } from './canvas-tuning.ts';
import { updateEdgeDetail } from './edge-detail.ts';
import { createMeasure, labelBox, NAMED } from './label-layer.ts';
import { placeLabels, type PlacedLabel } from './label-placement.ts';
import { labelCandidates, updateDetailVisibility, type LabelFocus } from './labels.ts';

const PLACE_AFTER_MOVE_MS = 150;
/** A headless view (tests, Node) has no size: names are placed as in a window of this size. */
export const HEADLESS_VIEW = { width: 800, height: 600 };

function viewSize(cy: Core): { width: number; height: number } {
  return cy.container() ? { width: cy.width(), height: cy.height() } : HEADLESS_VIEW;
}
/** At most this many names at once: more is a wall of text, and placing stays fast. */
export const MAX_LABELS = 150;

/** A named stakeholder in view, for the summary and keyboard navigation. */
export interface LabelledNode {
  id: string;
  label: string;
  /** Its label's box on screen (CSS pixels of the map). */
  box: { x1: number; y1: number; x2: number; y2: number };
  /** Its node's centre on screen. */
  x: number;
  y: number;
}

export interface MapLabels {
  /** Levels of detail for the current zoom and names placed for the current view, now. */
  follow(): void;
  /** The names placed now, best first. */
  placed(): readonly PlacedLabel[];
  /** The named stakeholders in view, best first, with where they are on screen. */
  labelled(): LabelledNode[];
  /** Runs `draw` with Cytoscape naming the nodes named on screen (exports), then stops. */
  withNamesDrawn<T>(draw: () => Promise<T>): Promise<T>;
  destroy(): void;
}

export interface MapLabelsOptions {
  /** Where the names are drawn (the overlay). */
  show: (labels: readonly PlacedLabel[]) => void;
  /** What the names favour now. */
  focus: () => LabelFocus;
  /** The names placed changed. */
  onPlaced?: () => void;
}

export function createMapLabels(cy: Core, canvas: CanvasTuning, options: MapLabelsOptions): MapLabels {
  const measure = createMeasure();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let placed: PlacedLabel[] = [];
  let key = '';

  function follow(): void {
    clearTimeout(timer);
    if (cy.destroyed()) return;
    if (updateDetailVisibility(cy)) canvas.drawnChanged();
    updateEdgeDetail(cy);
    const view = viewSize(cy);
    placed = placeLabels(labelCandidates(cy, options.focus(), view), view, measure, MAX_LABELS);
    options.show(placed);
    const next = placed.map((label) => label.id).join('\n');
    if (next !== key) {
      key = next;
      options.onPlaced?.();
    }
  }
  const onViewport = () => {
    clearTimeout(timer);
    timer = setTimeout(follow, PLACE_AFTER_MOVE_MS);
  };
  cy.on('viewport resize', onViewport);

  return {
    follow,
    placed: () => placed,
    labelled() {
      const zoom = cy.zoom();
      const pan = cy.pan();
      return placed.flatMap((label) => {
        const box = labelBox(cy, label);
        if (!box) return [];
        const position = cy.getElementById(label.id).position();
        return [{ id: label.id, label: label.label, box, x: position.x * zoom + pan.x, y: position.y * zoom + pan.y }];
      });
    },
    async withNamesDrawn(draw) {
      const named = cy.collection();
      for (const label of placed) named.merge(cy.getElementById(label.id));
      named.addClass(NAMED);
      try {
        return await draw();
      } finally {
        named.removeClass(NAMED);
      }
    },
    destroy() {
      clearTimeout(timer);
      cy.off('viewport resize', onViewport);
    },
  };
}
