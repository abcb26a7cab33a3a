/**
 * Which nodes show and which are named. Large maps have levels of detail (detail.ts, in the nodes'
 * showFrom data): below its zoom a node is not drawn. The selection, its neighbours, a route and
 * pinned nodes are always drawn. Names are placed (label-placement.ts) from the candidates given
 * here, best first: the selection, then a route and pinned nodes, then the selection's neighbours,
 * then every other node in view by influence (score when the influence overlay is on, otherwise its
 * number of relationships). With a node selected, only it and its neighbours are named: the rest of
 * the map fades.
 */
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import type { LabelCandidate } from './label-placement.ts';
import type { SelectionHighlight } from './selection-layer.ts';

const ALWAYS_DRAWN = ['context', 'on-path', 'pinned'];
/** The smallest name on screen, in CSS pixels, for the least node; the best-ranked get up to 4 more. */
export const MIN_LABEL_PX = 11;
/** Names grow with the zoom up to this size. */
const MAX_LABEL_PX = 20;

function alwaysDrawn(node: NodeSingular): boolean {
  return node.selected() || ALWAYS_DRAWN.some((name) => node.hasClass(name));
}

/** Whether a node is below its level of detail at this zoom (class lod-hidden). */
export function detailHidden(data: { showFrom?: number }, zoom: number): boolean {
  return (data.showFrom ?? 0) > zoom;
}

/**
 * Updates the given nodes' levels of detail (all by default: after a zoom). True when it changed
 * which nodes are drawn.
 */
export function updateDetailVisibility(cy: Core, nodes: NodeCollection = cy.nodes()): boolean {
  const zoom = cy.zoom();
  let drawnChanged = false;
  cy.batch(() => {
    for (const node of nodes) {
      const hidden = detailHidden(node.data() as { showFrom?: number }, zoom);
      const drawnAnyway = (hidden || node.hasClass('lod-hidden')) && alwaysDrawn(node);
      const lodHidden = hidden && !drawnAnyway;
      if (lodHidden !== node.hasClass('lod-hidden')) {
        node.toggleClass('lod-hidden', lodHidden);
        drawnChanged = true;
      }
    }
  });
  return drawnChanged;
}

/**
 * Marks the selection's context (small maps): its neighbours (or an edge's two ends) `context`,
 * everything else but the links between them `unfocused`, which fades it.
 */
export function markSelectionContext(cy: Core, id: string | null): void {
  cy.batch(() => {
    cy.nodes('.context').removeClass('context');
    cy.elements('.unfocused').removeClass('unfocused');
    if (!id) return;
    const element = cy.getElementById(id);
    if (element.empty()) return;
    const edge = cy.edges().$id(id);
    const context = element.isNode() ? element.neighborhood('node') : edge.connectedNodes();
    context.addClass('context');
    const links = element.isNode() ? element.connectedEdges() : edge;
    cy.elements().difference(context.union(links).union(element)).addClass('unfocused');
  });
}

/** What the names favour: the selection and its context, a route and pinned nodes. */
export interface LabelFocus {
  /** The selected node (an aggregate for a stakeholder it holds), or null. */
  selected: string | null;
  /** The name shown for the selected node when it stands in for a stakeholder it holds. */
  selectedLabel?: string;
  /** The selection's neighbours: with a selection, only these and the selection are named. */
  context: ReadonlySet<string> | null;
}

/**
 * What the names favour: the selection and its neighbours (only those, while one is selected); on a
 * large map as the selection layer highlights them (`highlight`), on a small one from Cytoscape.
 */
export function labelFocusOf(cy: Core, highlight: SelectionHighlight | null, selection: string | null): LabelFocus {
  if (highlight) {
    return {
      selected: highlight.selected,
      ...(highlight.selectedLabel ? { selectedLabel: highlight.selectedLabel } : {}),
      context: new Set(highlight.neighbours),
    };
  }
  if (!selection || cy.getElementById(selection).empty()) return { selected: null, context: null };
  const node = cy.nodes().$id(selection);
  const context = node.nonempty() ? node.neighborhood('node') : cy.edges().$id(selection).connectedNodes();
  return { selected: node.nonempty() ? selection : null, context: new Set(context.map((each) => each.id())) };
}

/** The node's influence: its score when the overlay gives one, otherwise its relationships. */
export function influenceOf(node: NodeSingular): number {
  const score = node.data('score') as number | null | undefined;
  return typeof score === 'number' ? score : ((node.data('degree') as number | undefined) ?? 0);
}

function tierOf(node: NodeSingular, focus: LabelFocus): number {
  if (node.id() === focus.selected) return 0;
  if (node.hasClass('on-path') || node.hasClass('pinned')) return 1;
  if (focus.context?.has(node.id())) return 2;
  return 3;
}

/**
 * The label candidates in view, best first. Nodes not drawn (levels of detail, waiting for a
 * layout, faded by a route) are not named.
 */
export function labelCandidates(
  cy: Core,
  focus: LabelFocus,
  view: { width: number; height: number },
): LabelCandidate[] {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const { width, height } = view;
  const ranked: { candidate: LabelCandidate; tier: number; influence: number }[] = [];
  for (const node of cy.nodes()) {
    if (node.hasClass('lod-hidden') || node.hasClass('unplaced') || node.hasClass('faded')) continue;
    const tier = tierOf(node, focus);
    if (focus.context && tier === 3) continue;
    const position = node.position();
    const x = position.x * zoom + pan.x;
    const y = position.y * zoom + pan.y;
    if (x < 0 || y < 0 || x > width || y > height) continue;
    const fontSize = (node.data('fontSize') as number | undefined) ?? 10;
    const floor = MIN_LABEL_PX + (fontSize - 10) / 2;
    const candidate: LabelCandidate = {
      id: node.id(),
      label: tier === 0 && focus.selectedLabel ? focus.selectedLabel : (node.data('label') as string),
      x,
      y,
      radius: (((node.data('size') as number | undefined) ?? 20) * zoom) / 2 + 1,
      fontPx: Math.round(Math.min(MAX_LABEL_PX, Math.max(floor, fontSize * zoom)) * 2) / 2,
      bold: tier < 2 || (node.data('aggregate') as number) > 0,
    };
    ranked.push({ candidate, tier, influence: influenceOf(node) });
  }
  ranked.sort(
    (a, b) =>
      a.tier - b.tier ||
      b.influence - a.influence ||
      (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0),
  );
  return ranked.map((entry) => entry.candidate);
}
