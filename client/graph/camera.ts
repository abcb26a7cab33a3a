/**
 * Camera moves: fitting and bringing an element into view. Every move of the viewport makes
 * Cytoscape redraw the whole scene, a long task at 20,000 nodes without a GPU, so a large map moves
 * only when the reader needs it to.
 */
import type { Core, SingularElementArgument } from 'cytoscape';

/** Share of the view's width and height kept clear at each side: a node inside is "in view". */
export const IN_VIEW_MARGIN = 0.15;

/**
 * Whether a point on screen (CSS pixels of the map) is well inside a view of the given size, away
 * from its edges, so that centring on it would move the map for nothing.
 */
export function wellInView(
  point: { x: number; y: number },
  view: { width: number; height: number },
  margin = IN_VIEW_MARGIN,
): boolean {
  const [dx, dy] = [view.width * margin, view.height * margin];
  return point.x >= dx && point.x <= view.width - dx && point.y >= dy && point.y <= view.height - dy;
}

/** Fitting never zooms in beyond this: a small graph or a short route should not fill the screen. */
export const FIT_MAX_ZOOM = 1.25;
const FIT_PADDING = 40;

/** Fits the camera on the given places before anything is drawn there. */
export function fitToPlaces(cy: Core, places: Iterable<{ x: number; y: number }>, padding = FIT_PADDING): void {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of places) {
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  }
  if (!Number.isFinite(x1)) return;
  const width = Math.max(1, cy.width() - 2 * padding);
  const height = Math.max(1, cy.height() - 2 * padding);
  const zoom = Math.min(
    FIT_MAX_ZOOM,
    Math.max(cy.minZoom(), Math.min(width / (x2 - x1 || 1), height / (y2 - y1 || 1))),
  );
  cy.viewport({
    zoom,
    pan: { x: cy.width() / 2 - (zoom * (x1 + x2)) / 2, y: cy.height() / 2 - (zoom * (y1 + y2)) / 2 },
  });
}

/** Fits the given elements (all when none are given) in view, never beyond FIT_MAX_ZOOM. */
export function fitElements(cy: Core, ids: readonly string[] | undefined, animate: boolean): void {
  let elements = cy.elements();
  if (ids && ids.length > 0) {
    elements = cy.collection();
    for (const id of ids) elements.merge(cy.getElementById(id));
  }
  if (elements.empty()) return;
  const padding = ids && ids.length > 0 ? 80 : FIT_PADDING;
  // Nodes below their level of detail are not displayed, and Cytoscape's fit leaves them out (it
  // would fit a large map's frame only): fit every node's place instead.
  if (elements.nodes('.lod-hidden').nonempty()) {
    fitToPlaces(
      cy,
      elements.nodes().map((node) => node.position()),
      padding,
    );
    return;
  }
  const maxZoom = cy.maxZoom();
  cy.maxZoom(FIT_MAX_ZOOM);
  if (animate) {
    cy.animate({ fit: { eles: elements, padding } }, { duration: 300, complete: () => cy.maxZoom(maxZoom) });
  } else {
    cy.fit(elements, padding);
    cy.maxZoom(maxZoom);
  }
}

/**
 * Brings an element into view. A large map (`detailed`) only pans, and only when the element is not
 * already well in view: any move redraws the whole scene, a new zoom (or an animation's frames)
 * restyles every node in view too. A small map centres and zooms in to read it.
 */
export function bringIntoView(
  cy: Core,
  element: SingularElementArgument,
  options: { detailed: boolean; animate: boolean },
): void {
  if (options.detailed) {
    const box = element.renderedBoundingBox({ includeLabels: false });
    const target = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
    if (!wellInView(target, { width: cy.width(), height: cy.height() })) cy.center(element);
    return;
  }
  const zoom = Math.max(cy.zoom(), 1.2);
  if (options.animate) cy.animate({ center: { eles: element }, zoom }, { duration: 350 });
  else {
    cy.zoom(zoom);
    cy.center(element);
  }
}

/** Within this time, a frame back at the size it had before its last change is bouncing. */
const BOUNCE_MS = 1_000;

/**
 * Tells a frame bouncing between two sizes: a refit changes the names, the names the summary's
 * height under the map, and that the frame's size, which could refit again without end. A size seen
 * two changes ago, within BOUNCE_MS of the last, is not refitted.
 */
export function createBounceGuard(now: () => number = () => performance.now()): {
  bouncing(width: number, height: number): boolean;
} {
  let sizes: string[] = [];
  let last = -Infinity;
  return {
    bouncing(width, height) {
      const size = `${width}x${height}`;
      const bouncing = sizes[0] === size && now() - last < BOUNCE_MS;
      sizes = [sizes[1] ?? '', size];
      if (!bouncing) last = now();
      return bouncing;
    },
  };
}
