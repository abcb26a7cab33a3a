/**
 * The map's overlay: a canvas of its own over Cytoscape's, holding the names placed on the map
 * (label-layer.ts) at every size and, on a large map, the selection. Selecting in Cytoscape restyles
 * the selection and its neighbours, and any restyle makes Cytoscape redraw the whole scene: seconds
 * at 20,000 nodes on a software canvas. This layer fades the map under a white veil and draws a few
 * dozen shapes over it (the selected node, its neighbours, the links between them) and is redrawn
 * from the viewport in a millisecond or two, so a selection costs Cytoscape nothing. Drawn at any
 * zoom, whatever the level of detail hides.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { drawLabels } from './label-layer.ts';
import type { PlacedLabel } from './label-placement.ts';
import { SELECTED_COLOUR } from './palette.ts';
/** Links drawn for a hub's selection: beyond this the lines are a solid fan that says no more. */
const MAX_LINKS = 2_000;
/** Rings stay visible however far the map is zoomed out. */
const MIN_RADIUS_PX = 5;
const RING_GAP_PX = 3;
const HALO_COLOUR = 'rgba(255,255,255,0.85)';
/** The keyboard's ring: the page's focus colour. */
const CURSOR_COLOUR = '#1d4ed8';
/** The white veil that fades the rest of a large map around a selection. */
const VEIL_COLOUR = 'rgba(255,255,255,0.78)';

/** What the layer draws for a selection: ids, in Cytoscape's terms. */
export interface SelectionHighlight {
  /** The selection, a stakeholder or a relationship. */
  id: string;
  /** The node drawn as selected (an aggregate for a stakeholder it holds), or null for an edge. */
  selected: string | null;
  /** The selected stakeholder's name when it is held in an aggregate (the aggregate's is not it). */
  selectedLabel?: string;
  /** The selected node's neighbours, or an edge's two ends. */
  neighbours: string[];
  /** The links between the selection and its neighbours (the selected edge itself). */
  edges: string[];
}

/** A selected stakeholder that a large map keeps inside an aggregate (supernodes.ts). */
export interface HeldSelection {
  label: string;
  aggregate: string;
}

/**
 * The selection's context on the map, or null when the id is not drawn. A stakeholder held in an
 * aggregate is shown by its aggregate, named after it, with the aggregate's link to the hub.
 */
export function selectionHighlight(cy: Core, id: string | null, held?: HeldSelection): SelectionHighlight | null {
  if (!id) return null;
  const element = cy.getElementById(id);
  if (element.empty()) {
    const aggregate = held ? cy.getElementById(held.aggregate) : element;
    if (!held || aggregate.empty()) return null;
    const standIn = selectionHighlight(cy, held.aggregate)!;
    return { ...standIn, id, selectedLabel: held.label };
  }
  if (element.isEdge()) {
    const ends = element.connectedNodes().map((node) => node.id());
    return { id, selected: null, neighbours: ends, edges: [id] };
  }
  const node = element as NodeSingular;
  const neighbours = node.neighborhood('node').map((neighbour) => neighbour.id());
  const edges = node
    .connectedEdges()
    .slice(0, MAX_LINKS)
    .map((edge) => edge.id());
  return { id, selected: id, neighbours, edges };
}

export interface ScreenNode {
  id: string;
  x: number;
  y: number;
  /** Radius of the ring around the node, in CSS pixels. */
  radius: number;
  /** The node's fill, drawn when Cytoscape does not draw the node at this zoom. */
  colour: string;
  /** Whether Cytoscape draws it now (under the veil): the layer draws every highlighted node again. */
  drawnByMap: boolean;
  selected: boolean;
}

export interface ScreenLink {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  selected: boolean;
}

/** The highlight in screen coordinates (CSS pixels of the container) at the current viewport. */
export function projectHighlight(
  cy: Core,
  highlight: SelectionHighlight,
): { nodes: ScreenNode[]; links: ScreenLink[] } {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const toScreen = (node: NodeSingular) => {
    const { x, y } = node.position();
    return { x: x * zoom + pan.x, y: y * zoom + pan.y };
  };
  const screenNode = (id: string, selected: boolean): ScreenNode | null => {
    const node = cy.getElementById(id);
    if (node.empty() || !node.isNode()) return null;
    const size = (node.data('size') as number | undefined) ?? 20;
    return {
      id,
      ...toScreen(node),
      radius: Math.max(MIN_RADIUS_PX, (size * zoom) / 2) + RING_GAP_PX,
      colour: (node.data('communityColour') as string | undefined) ?? (node.style('background-color') as string),
      drawnByMap: node.visible(),
      selected,
    };
  };
  const nodes = [
    ...highlight.neighbours.map((id) => screenNode(id, false)),
    ...(highlight.selected ? [screenNode(highlight.selected, true)] : []),
  ].filter((node): node is ScreenNode => node !== null);
  const links: ScreenLink[] = [];
  for (const id of highlight.edges) {
    const edge = cy.getElementById(id);
    if (edge.empty() || !edge.isEdge()) continue;
    const source = toScreen(edge.source());
    const target = toScreen(edge.target());
    links.push({ x1: source.x, y1: source.y, x2: target.x, y2: target.y, selected: highlight.selected === null });
  }
  return { nodes, links };
}

/**
 * Draws the projected highlight on a 2D context already scaled to CSS pixels, over a veil that fades
 * the rest of the map: the highlighted nodes are drawn again over it.
 */
export function drawHighlight(
  context: CanvasRenderingContext2D,
  picture: { nodes: ScreenNode[]; links: ScreenLink[] },
  size: { width: number; height: number },
): void {
  context.fillStyle = VEIL_COLOUR;
  context.fillRect(0, 0, size.width, size.height);
  context.lineCap = 'round';
  // Every line and ring over a white halo, so the highlight stands out of a dense map's edges.
  const strokeWithHalo = (width: number) => {
    context.strokeStyle = HALO_COLOUR;
    context.lineWidth = width + 3;
    context.stroke();
    context.strokeStyle = SELECTED_COLOUR;
    context.lineWidth = width;
    context.stroke();
  };
  const strokeLinks = (selected: boolean, width: number) => {
    context.beginPath();
    for (const link of picture.links) {
      if (link.selected !== selected) continue;
      context.moveTo(link.x1, link.y1);
      context.lineTo(link.x2, link.y2);
    }
    strokeWithHalo(width);
  };
  strokeLinks(false, 2);
  strokeLinks(true, 5);
  // Neighbours first, the selected node last, on top.
  const ordered = [...picture.nodes].sort((a, b) => Number(a.selected) - Number(b.selected));
  for (const node of ordered) {
    // Over the veil every highlighted node is drawn again, in its colour.
    context.fillStyle = node.colour;
    context.beginPath();
    context.arc(node.x, node.y, node.radius - RING_GAP_PX, 0, 2 * Math.PI);
    context.fill();
    context.beginPath();
    context.arc(node.x, node.y, node.radius, 0, 2 * Math.PI);
    strokeWithHalo(node.selected ? 4 : 2);
  }
}

/** The keyboard's place on the map: a dashed ring in the focus colour around the node. */
function drawCursor(context: CanvasRenderingContext2D, cy: Core, id: string): void {
  const node = cy.getElementById(id);
  if (node.empty() || !node.isNode()) return;
  const zoom = cy.zoom();
  const pan = cy.pan();
  const { x, y } = node.position();
  const radius = Math.max(MIN_RADIUS_PX, (((node.data('size') as number | undefined) ?? 20) * zoom) / 2) + 6;
  context.beginPath();
  context.arc(x * zoom + pan.x, y * zoom + pan.y, radius, 0, 2 * Math.PI);
  context.setLineDash([5, 3]);
  context.strokeStyle = HALO_COLOUR;
  context.lineWidth = 6;
  context.stroke();
  context.strokeStyle = CURSOR_COLOUR;
  context.lineWidth = 3;
  context.stroke();
  context.setLineDash([]);
}

export interface SelectionLayer {
  /** Shows the given selection (null: none); held: where it is when an aggregate holds it. */
  show(id: string | null, held?: HeldSelection): void;
  /** The map's elements changed: the selection's context is read again. */
  refresh(): void;
  /** Draws these names (placed by label-placement.ts) over the map, following their nodes. */
  showLabels(labels: readonly PlacedLabel[]): void;
  /** Rings the node the keyboard is on with a dashed ring (null: none). */
  showCursor(id: string | null): void;
  /** What is highlighted now (for snapshots and tests). */
  highlight(): SelectionHighlight | null;
  destroy(): void;
}

/**
 * A canvas over Cytoscape's (when the view has a container), redrawn on the next animation frame
 * after the viewport, the container's size or the highlighted nodes' positions change.
 */
export function createSelectionLayer(cy: Core): SelectionLayer {
  const container = cy.container();
  const canvas = container ? document.createElement('canvas') : null;
  if (canvas && container) {
    canvas.dataset.testid = 'map-selection-layer';
    canvas.setAttribute('aria-hidden', 'true');
    Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none', zIndex: '10' });
    // Inside Cytoscape's own positioned wrapper, so the layer lines up with its canvases.
    (container.firstElementChild ?? container).appendChild(canvas);
  }
  let current: SelectionHighlight | null = null;
  /** The highlighted nodes, for the position events of layouts that move thousands of nodes. */
  let watched = new Set<string>();
  let labels: readonly PlacedLabel[] = [];
  let labelled = new Set<string>();
  let cursor: string | null = null;
  let frame: number | null = null;

  function draw(): void {
    frame = null;
    if (!canvas || cy.destroyed()) return;
    const ratio = window.devicePixelRatio || 1;
    const [width, height] = [cy.width(), cy.height()];
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    const context = canvas.getContext('2d');
    if (!context) return;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    if (current) drawHighlight(context, projectHighlight(cy, current), { width, height });
    drawLabels(context, cy, labels);
    if (cursor) drawCursor(context, cy, cursor);
  }
  function schedule(): void {
    if (!canvas || frame !== null) return;
    frame = requestAnimationFrame(draw);
  }
  const onPosition = (event: { target: NodeSingular }) => {
    const id = event.target.id();
    if (watched.has(id) || labelled.has(id) || id === cursor) schedule();
  };
  cy.on('viewport resize', schedule);
  cy.on('position', 'node', onPosition);

  /** The selection asked for, which may not be drawn (yet). */
  let wanted: { id: string | null; held?: HeldSelection } = { id: null };
  function highlightNow(id: string | null, held?: HeldSelection): void {
    wanted = { id, ...(held ? { held } : {}) };
    current = selectionHighlight(cy, id, held);
    watched = new Set(current ? [...current.neighbours, ...(current.selected ? [current.selected] : [])] : []);
    schedule();
  }

  return {
    show: highlightNow,
    showLabels(next) {
      labels = next;
      labelled = new Set(next.map((label) => label.id));
      schedule();
    },
    showCursor(id) {
      cursor = id;
      schedule();
    },
    refresh() {
      if (wanted.id) highlightNow(wanted.id, wanted.held);
    },
    highlight: () => current,
    destroy() {
      if (frame !== null) cancelAnimationFrame(frame);
      cy.off('viewport resize', schedule);
      cy.off('position', 'node', onPosition);
      canvas?.remove();
    },
  };
}
