/**
 * Cytoscape's canvas renderer, tuned for large maps. Its drawing, its layered texture cache and its
 * pointer hit test go through every element in z-order, drawn or not: at the national size 20,102
 * nodes and 61,080 edges, of which about 860 nodes and 7,800 edges are drawn at the whole-network
 * zoom (levels of detail, detail.ts). Measured there, each full redraw spent most of its 0.15–0.7 s
 * on hidden elements, each mouse move over the map 50–90 ms on the hit test, and each start of a
 * pan or zoom 0.2–1 s on the snapshot it moves (textureOnViewport: the bounding box of every element,
 * and every node drawn again at twice the resolution). So:
 *
 * - the renderer's z-ordered list holds only the drawn elements (nodes without `lod-hidden`, edges
 *   between two of them); the view says when the level of detail changes which those are;
 * - the hit test looks only at the elements whose box is near the pointer;
 * - large maps hide their edges while the viewport moves and draw the nodes in view from their
 *   cached textures each frame, instead of moving a snapshot.
 *
 * These are internals of Cytoscape's canvas renderer (3.34), not its API: each is looked for before
 * use, so a renderer without them (headless) is left as it is; so is the WebGL renderer.
 */
import type { Core, SingularElementArgument } from 'cytoscape';

/** An element's box in model coordinates. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Room around an edge's points for its arrowheads (at most about 50 units, for a route's 6 px
 * edges) and a margin: an edge farther than this from the pointer cannot be hit.
 */
const EDGE_ROOM = 100;
/** Cytoscape's widest hit threshold in screen pixels (an edge under a finger). */
const THRESHOLD_PX = 24;

/** Whether a point lies in a box grown by `pad` on every side. */
export function nearBox(box: Box, x: number, y: number, pad: number): boolean {
  return x >= box.x1 - pad && x <= box.x2 + pad && y >= box.y1 - pad && y <= box.y2 + pad;
}

/**
 * The box of an edge's drawn points (its ends and control points: a curve stays inside them), or of
 * its two ends before the renderer has placed it.
 */
export function edgeBox(points: readonly number[] | undefined, source: Point, target: Point): Box {
  const box = {
    x1: Math.min(source.x, target.x),
    y1: Math.min(source.y, target.y),
    x2: Math.max(source.x, target.x),
    y2: Math.max(source.y, target.y),
  };
  if (!points) return box;
  for (let index = 0; index + 1 < points.length; index += 2) {
    const [x, y] = [points[index]!, points[index + 1]!];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    box.x1 = Math.min(box.x1, x);
    box.y1 = Math.min(box.y1, y);
    box.x2 = Math.max(box.x2, x);
    box.y2 = Math.max(box.y2, y);
  }
  return box;
}

interface Point {
  x: number;
  y: number;
}

/** What the hit test reads of an element. */
interface Internal {
  _private: {
    group: 'nodes' | 'edges';
    position: Point;
    source?: { _private: { position: Point } };
    target?: { _private: { position: Point } };
    rscratch: { allpts?: number[] };
  };
}

/**
 * The elements that may be under the pointer at (x, y), model coordinates: nodes whose box, and
 * edges whose points, come within the hit threshold (and an edge's arrowheads) of it. Node labels
 * are not hit (the stylesheet leaves `text-events` off).
 */
export function hitCandidates<T extends SingularElementArgument>(
  elements: readonly T[],
  x: number,
  y: number,
  zoom: number,
): T[] {
  const threshold = THRESHOLD_PX / zoom;
  return elements.filter((element) => {
    const own = (element as unknown as Internal)._private;
    if (own.group === 'nodes') {
      const node = element as unknown as { outerWidth(): number; outerHeight(): number };
      const [halfWidth, halfHeight] = [node.outerWidth() / 2, node.outerHeight() / 2];
      const { x: px, y: py } = own.position;
      return nearBox(
        { x1: px - halfWidth, y1: py - halfHeight, x2: px + halfWidth, y2: py + halfHeight },
        x,
        y,
        threshold,
      );
    }
    const box = edgeBox(own.rscratch.allpts, own.source!._private.position, own.target!._private.position);
    return nearBox(box, x, y, threshold + EDGE_ROOM);
  });
}

/** Whether the stylesheet draws an element: not a node below its level of detail, nor an edge to one. */
export function isDrawn(element: SingularElementArgument): boolean {
  if (element.isNode()) return !element.hasClass('lod-hidden');
  const edge = element as unknown as { source(): SingularElementArgument; target(): SingularElementArgument };
  return !edge.source().hasClass('lod-hidden') && !edge.target().hasClass('lod-hidden');
}

type ZSorted = SingularElementArgument[] & { interactive: SingularElementArgument[] };

/** The parts of the canvas renderer tuned here. */
interface CanvasRenderer {
  hideEdgesOnViewport?: boolean;
  textureOnViewport?: boolean;
  cachedZSortedEles?: ZSorted | null;
  getCachedZSortedEles?: (forceRecalc?: boolean) => ZSorted;
  invalidateCachedZSortedEles?: () => void;
  updateCachedGrabbedEles?: () => void;
  findNearestElements?: (x: number, y: number, interactiveOnly: boolean, isTouch: boolean) => unknown[];
  drawLayeredElements?: (context: unknown, elements: unknown, pixelRatio: number, extent: unknown) => void;
  drawCachedNodes?: (
    context: unknown,
    elements: SingularElementArgument[],
    pixelRatio: number,
    extent: unknown,
  ) => void;
  drawCachedElement?: (
    context: unknown,
    element: SingularElementArgument,
    pixelRatio: number,
    extent: unknown,
    level?: number,
  ) => void;
}

/** Cytoscape's element texture levels: each a power of two of the drawing scale, from 1/16 to 8. */
const [MIN_TEXTURE_LEVEL, MAX_TEXTURE_LEVEL] = [-4, 3];

/** The element texture level Cytoscape draws with at this scale (zoom × pixel ratio). */
export function textureLevel(scale: number): number {
  return Math.min(MAX_TEXTURE_LEVEL, Math.max(MIN_TEXTURE_LEVEL, Math.ceil(Math.log2(scale))));
}

export interface CanvasTuning {
  /** How the renderer moves the viewport: large maps hide edges, and all but small ones skip the snapshot. */
  whileMoving(options: { hideEdges: boolean; snapshot: boolean }): void;
  /** The level of detail changed which nodes are drawn: the renderer's list of drawn elements is rebuilt. */
  drawnChanged(): void;
}

/** Tunes a view's renderer; with WebGL (which draws differently) only its edges hide while moving, as before. */
export function tuneCanvasRenderer(cy: Core, options: { webgl: boolean }): CanvasTuning {
  const renderer = (cy as unknown as { renderer?: () => CanvasRenderer | null }).renderer?.() ?? null;
  if (renderer && options.webgl)
    return { whileMoving: ({ hideEdges }) => void (renderer.hideEdgesOnViewport = hideEdges), drawnChanged: () => {} };
  const tunable =
    renderer !== null &&
    'textureOnViewport' in renderer &&
    typeof renderer.getCachedZSortedEles === 'function' &&
    typeof renderer.invalidateCachedZSortedEles === 'function' &&
    typeof renderer.updateCachedGrabbedEles === 'function' &&
    typeof renderer.findNearestElements === 'function' &&
    typeof renderer.drawLayeredElements === 'function' &&
    typeof renderer.drawCachedNodes === 'function' &&
    typeof renderer.drawCachedElement === 'function';
  if (!renderer || !tunable) return { whileMoving: () => {}, drawnChanged: () => {} };

  const zSortAll = renderer.getCachedZSortedEles!;
  renderer.getCachedZSortedEles = function (this: CanvasRenderer, forceRecalc?: boolean): ZSorted {
    if (forceRecalc || !this.cachedZSortedEles) {
      const all = zSortAll.call(this, true);
      const drawn = all.filter(isDrawn) as ZSorted;
      drawn.interactive = all.interactive.filter(isDrawn);
      this.cachedZSortedEles = drawn;
      this.updateCachedGrabbedEles!();
    }
    return this.cachedZSortedEles;
  };
  renderer.invalidateCachedZSortedEles!();

  const findNearest = renderer.findNearestElements!;
  renderer.findNearestElements = function (this: CanvasRenderer, x, y, interactiveOnly, isTouch) {
    if (!interactiveOnly) return findNearest.call(this, x, y, interactiveOnly, isTouch);
    const sorted = this.getCachedZSortedEles!();
    const interactive = sorted.interactive;
    sorted.interactive = hitCandidates(interactive, x, y, cy.zoom());
    try {
      return findNearest.call(this, x, y, interactiveOnly, isTouch);
    } finally {
      sorted.interactive = interactive;
    }
  };

  // While the viewport moves (edges hidden), nodes are drawn from the textures of the zoom they
  // rested at: a zoom past a power of two would otherwise draw every node in view afresh into new
  // textures, about 1 ms a node on a software canvas, in the middle of the movement. The full drawing
  // at rest uses the textures of its own zoom.
  let restingZoom: number | null = null;
  const drawLayered = renderer.drawLayeredElements!;
  renderer.drawLayeredElements = function (this: CanvasRenderer, context, elements, pixelRatio, extent) {
    restingZoom = cy.zoom();
    drawLayered.call(this, context, elements, pixelRatio, extent);
  };
  renderer.drawCachedNodes = function (this: CanvasRenderer, context, elements, pixelRatio, extent) {
    const level = restingZoom === null ? undefined : textureLevel(restingZoom * pixelRatio);
    for (const element of elements)
      if (element.isNode()) this.drawCachedElement!(context, element, pixelRatio, extent, level);
  };

  return {
    whileMoving({ hideEdges, snapshot }) {
      renderer.hideEdgesOnViewport = hideEdges;
      renderer.textureOnViewport = snapshot;
    },
    drawnChanged() {
      renderer.invalidateCachedZSortedEles!();
    },
  };
}
