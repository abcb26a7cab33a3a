/**
 * The Cytoscape stylesheet: node shape and colour by kind and body type, edge colour and line style
 * by family, arrows for direction, width by confidence; node names only for exports and layouts (on
 * screen labels.ts places them). Built from selectors (not style functions) so the exported
 * Cytoscape JSON carries it.
 */
import type { StylesheetJson, StylesheetStyle } from 'cytoscape';
import { ENTITY_KINDS, FAMILIES } from '../../core/vocabulary.ts';
import { OVERVIEW_EDGE } from './edge-detail.ts';
import {
  BODY_TYPE_COLOURS,
  FAMILY_STYLES,
  HIGHLIGHT_COLOUR,
  KIND_SHAPES,
  OVERVIEW_EDGE_COLOUR,
  PERSON_COLOUR,
  PROGRAMME_COLOUR,
  SELECTED_COLOUR,
  STANCE_COLOURS,
  UNKNOWN_BODY_COLOUR,
} from './palette.ts';

/** The plain node border; layouts count it in a node's box. */
export const NODE_BORDER_WIDTH = 1.5;
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

const nodeBase: StylesheetStyle = {
  selector: 'node',
  style: {
    width: 'data(size)',
    height: 'data(size)',
    // Names are drawn over the map, placed so that none overlap (labels.ts, label-layer.ts); the
    // stylesheet names nodes only to measure them for a layout and in exports (`named`).
    label: '',
    'font-family': FONT_FAMILY,
    'font-size': 'data(fontSize)',
    color: '#1a202c',
    'text-valign': 'bottom',
    'text-halign': 'center',
    'text-margin-y': 3,
    'text-wrap': 'wrap',
    'text-max-width': '120px',
    'text-outline-color': '#ffffff',
    'text-outline-width': 2,
    'text-outline-opacity': 0.9,
    'border-width': NODE_BORDER_WIDTH,
    'border-color': '#ffffff',
    'background-color': UNKNOWN_BODY_COLOUR,
    'overlay-padding': 4,
    'transition-property': 'opacity',
    'transition-duration': 150,
  },
};

const kindStyles: StylesheetStyle[] = ENTITY_KINDS.map((kind) => ({
  selector: `node[kind = "${kind}"]`,
  style: {
    shape: KIND_SHAPES[kind],
    ...(kind === 'PERSON' ? { 'background-color': PERSON_COLOUR } : {}),
    ...(kind === 'PROGRAMME' ? { 'background-color': PROGRAMME_COLOUR, 'border-color': '#4a5568' } : {}),
  },
}));

const bodyTypeStyles: StylesheetStyle[] = Object.entries(BODY_TYPE_COLOURS).map(([type, colour]) => ({
  selector: `node[kind = "BODY"][type = "${type}"]`,
  style: { 'background-color': colour },
}));

/** A ring in the stance's colour for stakeholders with an engagement profile. */
const stanceStyles: StylesheetStyle[] = Object.entries(STANCE_COLOURS).map(([stance, colour]) => ({
  selector: `node[stance = "${stance}"]`,
  style: { 'border-width': 3.5, 'border-color': colour },
}));

const edgeBase: StylesheetStyle = {
  selector: 'edge',
  style: {
    width: 'data(width)',
    'curve-style': 'bezier',
    'target-arrow-shape': 'triangle',
    'arrow-scale': 0.9,
    opacity: 0.85,
    // Edge labels only when zoomed in far enough to read them.
    label: 'data(label)',
    'font-family': FONT_FAMILY,
    'font-size': 7,
    // Cytoscape tests this at the zoom rounded up to a power of two: edge labels show beyond zoom 2.
    'min-zoomed-font-size': 15,
    color: '#2d3748',
    'text-rotation': 'autorotate',
    'text-background-color': '#ffffff',
    'text-background-opacity': 0.85,
    'text-background-padding': '1px',
  },
};

const familyStyles: StylesheetStyle[] = FAMILIES.map((family) => {
  const { colour, lineStyle, dashPattern } = FAMILY_STYLES[family];
  return {
    selector: `edge[family = "${family}"]`,
    style: {
      'line-color': colour,
      'target-arrow-color': colour,
      'line-style': lineStyle,
      ...(lineStyle === 'dashed' ? { 'line-dash-pattern': dashPattern } : {}),
    },
  };
});

/** Colour by community (when the app gives communities) over the kind and type colours. */
const communityStyles: StylesheetStyle[] = [
  { selector: 'node[?communityColour]', style: { 'background-color': 'data(communityColour)' } },
];

/** After the families' colours, which it replaces. */
const communityEdgeStyles: StylesheetStyle[] = [
  // Links fade so that the communities' colours, not the membership links' blue, fill the picture.
  {
    selector: 'edge[?communityColour]',
    style: { 'line-color': 'data(communityColour)', 'target-arrow-color': 'data(communityColour)', opacity: 0.3 },
  },
];

/** Edges at the overview zoom (edge-detail.ts): pale, thin and plain, so the nodes' colours show. */
const overviewEdgeStyles: StylesheetStyle[] = [
  {
    selector: `edge.${OVERVIEW_EDGE}`,
    style: {
      'line-color': OVERVIEW_EDGE_COLOUR,
      'line-style': 'solid',
      'target-arrow-shape': 'none',
      width: 1,
      opacity: 0.25,
      label: '',
    },
  },
];

/** An aggregate (supernodes.ts) stands for many: a dashed double ring, always named. */
const aggregateStyles: StylesheetStyle[] = [
  {
    selector: 'node[?aggregate]',
    style: {
      'border-style': 'dashed',
      'border-width': 3,
      'border-color': '#2d3748',
      'background-opacity': 0.75,
      'font-weight': 'bold',
    },
  },
];

const stateStyles: StylesheetStyle[] = [
  // Large maps: nodes below the current level of detail (detail.ts) are not drawn, nor their edges.
  { selector: 'node.lod-hidden', style: { display: 'none' } },
  // Nodes waiting for their first layout are not drawn (nor are their edges): a pile at the origin
  // says nothing and costs a full drawing.
  { selector: 'node.unplaced', style: { visibility: 'hidden' } },
  { selector: 'node.named', style: { label: 'data(label)' } },
  // The selection's neighbours stand above the rest; everything else fades (focus, small maps).
  { selector: 'node.context', style: { 'z-index': 15 } },
  { selector: '.unfocused', style: { opacity: 0.15 } },
  {
    selector: 'node:selected',
    style: {
      'border-width': 4,
      'border-color': SELECTED_COLOUR,
      'font-weight': 'bold',
      'z-index': 20,
    },
  },
  { selector: 'edge:selected', style: { opacity: 1, width: 5, 'z-index': 20, 'font-size': 9 } },
  { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#2d3748' } },
  { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0 } },
  {
    selector: 'node.on-path',
    style: {
      'border-width': 4,
      'border-color': HIGHLIGHT_COLOUR,
      'z-index': 30,
      'font-weight': 'bold',
    },
  },
  {
    selector: 'edge.on-path',
    style: {
      'line-color': HIGHLIGHT_COLOUR,
      'target-arrow-color': HIGHLIGHT_COLOUR,
      'line-style': 'solid',
      width: 6,
      opacity: 1,
      'z-index': 30,
      'font-size': 9,
      'min-zoomed-font-size': 0,
    },
  },
];

/** A period's changes (Changes view, "Show on map"): gained green, ended red and dashed, edited amber. */
export const DIFF_COLOURS = { gained: '#2f855a', ended: '#c53030', edited: '#d69e2e' } as const;

const diffStyles: StylesheetStyle[] = Object.entries(DIFF_COLOURS).flatMap(([mark, colour]) => [
  {
    selector: `edge.diff-${mark}`,
    style: {
      'line-color': colour,
      'target-arrow-color': colour,
      'line-style': mark === 'ended' ? 'dashed' : 'solid',
      width: 5,
      opacity: 1,
      'z-index': 25,
    },
  },
  {
    selector: `node.diff-${mark}`,
    style: {
      'border-width': 5,
      'border-color': colour,
      'border-style': mark === 'ended' ? 'dashed' : 'solid',
      'z-index': 25,
    },
  },
]);

export function createStylesheet(): StylesheetJson {
  return [
    nodeBase,
    ...kindStyles,
    ...bodyTypeStyles,
    ...communityStyles,
    ...stanceStyles,
    ...aggregateStyles,
    edgeBase,
    ...familyStyles,
    ...communityEdgeStyles,
    ...overviewEdgeStyles,
    ...diffStyles,
    ...stateStyles,
  ];
}
