/** A plain-data picture of what the view draws: for tests (window.__atlas) and diagnostics. */
import type { Core } from 'cytoscape';
import type { LabelledNode } from './map-labels.ts';
import type { SelectionHighlight } from './selection-layer.ts';
import type { LayoutName, Viewport } from './types.ts';

/** What the tests and the export feature can read about the drawing. */
export interface GraphSnapshot {
  /** aggregate: how many stakeholders an aggregate node stands for (0 for a stakeholder). */
  nodes: {
    id: string;
    label: string;
    kind: string;
    x: number;
    y: number;
    classes: string[];
    aggregate: number;
    /** The fill colour drawn, as Cytoscape gives it ("rgb(78,121,167)"). */
    colour: string;
  }[];
  edges: { id: string; source: string; target: string; family: string; classes: string[] }[];
  selected: string[];
  /** On a large map, what the selection layer draws: the selection and its neighbours. */
  highlighted: string[];
  /** Names drawn on the map now, best first (influence order). */
  labelled: string[];
  /** Where those names are drawn, in CSS pixels of the map: none overlap. */
  labelBoxes: { id: string; label: string; x1: number; y1: number; x2: number; y2: number }[];
  viewport: Viewport;
  layout: LayoutName;
}

/**
 * highlight: the selection layer's, on a large map (the selection is then not Cytoscape's);
 * labelled: the names drawn (map-labels.ts).
 */
export function snapshotOf(
  cy: Core,
  layout: LayoutName,
  highlight: SelectionHighlight | null,
  labelled: readonly LabelledNode[],
): GraphSnapshot {
  const pan = cy.pan();
  return {
    nodes: cy.nodes().map((node) => ({
      id: node.id(),
      label: node.data('label') as string,
      kind: node.data('kind') as string,
      x: node.position('x'),
      y: node.position('y'),
      classes: node.classes(),
      aggregate: (node.data('aggregate') as number | undefined) ?? 0,
      colour: node.style('background-color') as string,
    })),
    edges: cy.edges().map((edge) => ({
      id: edge.id(),
      source: edge.data('source') as string,
      target: edge.data('target') as string,
      family: edge.data('family') as string,
      classes: edge.classes(),
    })),
    selected: highlight ? [highlight.id] : cy.elements(':selected').map((element) => element.id()),
    highlighted: highlight ? [...(highlight.selected ? [highlight.selected] : []), ...highlight.neighbours] : [],
    labelled: labelled.map((node) => node.label),
    labelBoxes: labelled.map(({ id, label, box }) => ({ id, label, ...box })),
    viewport: { zoom: cy.zoom(), pan: { x: pan.x, y: pan.y } },
    layout,
  };
}
