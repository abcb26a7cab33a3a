/**
 * Colours, shapes and line styles of the map, shared by the Cytoscape stylesheet and the legend so
 * the two never disagree. Families differ by line style as well as colour, for colour-blind readers.
 */
import { BODY_TYPES, type BodyType, type EntityKind, type Family } from '../../core/vocabulary.ts';

export const KIND_SHAPES: Record<EntityKind, 'round-rectangle' | 'ellipse' | 'hexagon'> = {
  BODY: 'round-rectangle',
  PERSON: 'ellipse',
  PROGRAMME: 'hexagon',
};

export const KIND_LABELS: Record<EntityKind, string> = {
  BODY: 'Body',
  PERSON: 'Person',
  PROGRAMME: 'Programme',
};

export const PERSON_COLOUR = '#d53f8c';
export const PROGRAMME_COLOUR = '#a0aec0';
export const UNKNOWN_BODY_COLOUR = '#4a5568';

export const BODY_TYPE_COLOURS: Record<BodyType, string> = {
  council: '#2b6cb0',
  'county-council': '#1a4f8b',
  'non-metropolitan-district': '#4299e1',
  'unitary-authority': '#2a69ac',
  'metropolitan-district': '#3182ce',
  'london-borough': '#63b3ed',
  'city-corporation': '#1e3a5f',
  'combined-authority': '#0987a0',
  'strategic-authority': '#086f83',
  'scottish-unitary-authority': '#5a67d8',
  'welsh-unitary-authority': '#667eea',
  'ni-district': '#7f9cf5',
  'professional-association': '#dd6b20',
  'government-department': '#553c9a',
  'government-agency': '#805ad5',
  'devolved-administration': '#9f7aea',
  'public-body': '#2c7a7b',
  'leadership-council': '#c53030',
  coalition: '#b7791f',
  network: '#d69e2e',
  foundation: '#38a169',
  'trade-body': '#718096',
  publication: '#cbd5e0',
  company: '#2d3748',
  unclassified: '#e2e8f0',
};

export function isBodyType(type: string | null | undefined): type is BodyType {
  return (BODY_TYPES as readonly string[]).includes(type ?? '');
}

/** Fill colour of a node: bodies by type, people and programmes by kind. */
export function nodeColour(kind: EntityKind, type: string | null | undefined): string {
  if (kind === 'PERSON') return PERSON_COLOUR;
  if (kind === 'PROGRAMME') return PROGRAMME_COLOUR;
  return isBodyType(type) ? BODY_TYPE_COLOURS[type] : UNKNOWN_BODY_COLOUR;
}

export interface FamilyStyle {
  colour: string;
  lineStyle: 'solid' | 'dashed' | 'dotted';
  /** Dash and gap lengths for dashed lines. */
  dashPattern: [number, number];
  label: string;
}

export const FAMILY_STYLES: Record<Family, FamilyStyle> = {
  INFLUENCE: { colour: '#c53030', lineStyle: 'solid', dashPattern: [6, 3], label: 'Influence' },
  LIAISON: { colour: '#2c7a7b', lineStyle: 'dotted', dashPattern: [6, 3], label: 'Liaison' },
  MEMBERSHIP: { colour: '#2b6cb0', lineStyle: 'solid', dashPattern: [6, 3], label: 'Membership' },
  GOVERNANCE: { colour: '#6b46c1', lineStyle: 'dashed', dashPattern: [4, 4], label: 'Governance' },
  PROGRAMME: { colour: '#975a16', lineStyle: 'dashed', dashPattern: [10, 4], label: 'Programme' },
};

/** Line width of an edge: a stated link (confidence 1) draws three times as wide as a guess (0). */
export function edgeWidth(confidence: number): number {
  const clamped = Math.min(1, Math.max(0, confidence));
  return 1 + 2.5 * clamped;
}

export const HIGHLIGHT_COLOUR = '#dd6b20';
export const SELECTED_COLOUR = '#1a202c';

/** "CHAIRS" → "chairs", "PROVIDES_SECRETARIAT_FOR" → "provides secretariat for". */
export function relationshipWords(type: string): string {
  return type.toLowerCase().replaceAll('_', ' ');
}

/** "professional-association" → "professional association". */
export function typeWords(type: string): string {
  return type.replaceAll('-', ' ');
}

/** Ring colours for stakeholders with an engagement profile, by stance (map border and legend). */
export const STANCE_COLOURS = {
  CHAMPION: '#1c7c3c',
  SUPPORTER: '#68b36b',
  NEUTRAL: '#a0aec0',
  SCEPTIC: '#d69e2e',
  OPPONENT: '#c53030',
} as const;

/**
 * Colours for communities when the map is coloured by community: the largest first, chosen to stay
 * apart from one another (Tableau 10 and a few more). Smaller communities share OTHER_COMMUNITY.
 */
export const COMMUNITY_COLOURS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#17becf',
  '#8c564b',
  '#bcbd22',
] as const;
export const OTHER_COMMUNITY_COLOUR = '#cbd5e0';

/** The colour of community number `community` (1 = the largest); grey past the palette or for none. */
export function communityColour(community: number | null | undefined): string {
  if (!community || community < 1) return OTHER_COMMUNITY_COLOUR;
  return COMMUNITY_COLOURS[community - 1] ?? OTHER_COMMUNITY_COLOUR;
}

/** Edges at the overview zoom (edge-detail.ts): a pale neutral grey, under every node colour. */
export const OVERVIEW_EDGE_COLOUR = '#a0aec0';
