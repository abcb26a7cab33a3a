/**
 * Camera moves on large maps. Every move of the viewport makes Cytoscape redraw the whole scene, a
 * long task at 20,000 nodes without a GPU, so a large map moves only when the reader needs it to.
 */

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
