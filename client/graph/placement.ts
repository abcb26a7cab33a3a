/**
 * Where new nodes go when the graph grows: next to the neighbours already on the map, so the
 * picture the reader knows stays put. Nodes with no placed neighbour line up beside the drawing.
 */
import type { Core, NodeSingular } from 'cytoscape';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const RING = 70;

/** Places the given new nodes; returns false when nothing else was placed (a full layout is due). */
export function placeNewNodes(cy: Core, newIds: readonly string[], random: () => number): boolean {
  const pending = new Set(newIds.filter((id) => cy.getElementById(id).isNode()));
  const placed = new Set(
    cy
      .nodes()
      .map((node) => node.id())
      .filter((id) => !pending.has(id)),
  );
  if (placed.size === 0 || pending.size === 0) return placed.size > 0;

  // How many new nodes already sit around each anchor, to spread the next one on the ring.
  const crowding = new Map<string, number>();
  cy.batch(() => {
    let progress = true;
    while (progress && pending.size > 0) {
      progress = false;
      for (const id of [...pending]) {
        const node = cy.getElementById(id) as NodeSingular;
        const anchors = node.neighborhood('node').filter((other) => placed.has(other.id()));
        if (anchors.empty()) continue;
        const centre = { x: 0, y: 0 };
        for (const anchor of anchors) {
          centre.x += anchor.position('x') / anchors.length;
          centre.y += anchor.position('y') / anchors.length;
        }
        const key = anchors.map((anchor) => anchor.id()).join('|');
        const index = crowding.get(key) ?? 0;
        crowding.set(key, index + 1);
        const angle = index * GOLDEN_ANGLE + random() * 0.3;
        const radius = RING * (1 + 0.35 * Math.sqrt(index)) + random() * 10;
        node.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
        pending.delete(id);
        placed.add(id);
        progress = true;
      }
    }
    if (pending.size === 0) return;
    const box = cy
      .nodes()
      .filter((node) => placed.has(node.id()))
      .boundingBox({});
    const columns = Math.max(1, Math.ceil(Math.sqrt(pending.size)));
    [...pending].forEach((id, index) => {
      cy.getElementById(id).position({
        x: box.x2 + 80 + (index % columns) * 70,
        y: box.y1 + Math.floor(index / columns) * 70,
      });
    });
  });
  return true;
}
