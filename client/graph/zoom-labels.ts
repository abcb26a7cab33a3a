/**
 * Labels and levels of detail follow the zoom (labels.ts) once the reader stops zooming: restyling
 * nodes on every wheel step would throw away the snapshot that keeps panning and zooming fluid
 * (textureOnViewport).
 */
import type { Core } from 'cytoscape';
import type { CanvasTuning } from './canvas-tuning.ts';
import { updateLabelVisibility } from './labels.ts';

const LABELS_AFTER_ZOOM_MS = 150;

export interface ZoomLabels {
  /** Labels and levels of detail for the current zoom, now. */
  follow(): void;
  destroy(): void;
}

export function followZoomWithLabels(cy: Core, canvas: CanvasTuning): ZoomLabels {
  let timer: ReturnType<typeof setTimeout> | undefined;
  function follow(): void {
    clearTimeout(timer);
    if (updateLabelVisibility(cy)) canvas.drawnChanged();
  }
  cy.on('zoom', () => {
    clearTimeout(timer);
    timer = setTimeout(follow, LABELS_AFTER_ZOOM_MS);
  });
  return {
    follow,
    destroy: () => clearTimeout(timer),
  };
}
