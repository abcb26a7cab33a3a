/**
 * The community overview: each community one bubble, named after its leading members ("Socitm,
 * LGA +120"), its area by membership, placed where its members are on the map (so the overview and
 * the map agree), and links between bubbles as wide as the relationships between the two
 * communities are many. Pure geometry in screen pixels; the app draws it.
 */
import { separateDiscs } from './community-layout.ts';

export interface OverviewCommunity {
  id: number;
  size: number;
  /** Its leading members' names, most central first. */
  leading: readonly string[];
}

export interface Bubble {
  id: number;
  label: string;
  /** Its leading members' names, most central first (shorter labels are made of them). */
  leading: readonly string[];
  size: number;
  /** Centre and radius in pixels of the overview's box. */
  x: number;
  y: number;
  radius: number;
}

export interface OverviewLink {
  from: number;
  to: number;
  /** Relationships between the two communities. */
  count: number;
}

/** Longest name in a bubble's label; longer ones are cut with an ellipsis. */
const NAME_UP_TO = 24;

/** "Socitm, LGA +120": the first two leading members, and how many more the community holds. */
export function bubbleLabel(leading: readonly string[], size: number): string {
  const named = leading
    .slice(0, 2)
    .map((name) => (name.length > NAME_UP_TO ? `${name.slice(0, NAME_UP_TO - 1).trimEnd()}…` : name));
  const more = size - named.length;
  return `${named.join(', ')}${more > 0 ? ` +${more.toLocaleString('en-GB')}` : ''}`;
}

/** Relationships between communities, by pair (the smaller id first), largest first. */
export function overviewLinks(
  communityOf: ReadonlyMap<string, number>,
  edges: readonly { source: string; target: string }[],
): OverviewLink[] {
  const counts = new Map<string, OverviewLink>();
  for (const edge of edges) {
    const a = communityOf.get(edge.source);
    const b = communityOf.get(edge.target);
    if (a === undefined || b === undefined || a === b || a === 0 || b === 0) continue;
    const [from, to] = a < b ? [a, b] : [b, a];
    const key = `${from}-${to}`;
    const link = counts.get(key) ?? { from, to, count: 0 };
    link.count++;
    counts.set(key, link);
  }
  return [...counts.values()].sort((x, y) => y.count - x.count || x.from - y.from || x.to - y.to);
}

/** Share of the box the bubbles cover together. */
const COVER = 0.3;
const MIN_RADIUS = 18;
const PADDING = 24;
/** Room at the top for the overview's bar. */
export const OVERVIEW_TOP = 40;
/** Pixels between two bubbles. */
const GAP = 36;

/**
 * Bubbles in a box of the given size: each where its members' centre is on the map (a community the
 * map does not show yet in the middle), areas by membership, pushed apart until none overlap, then
 * the whole scaled into the box.
 */
export function placeBubbles(
  shown: readonly OverviewCommunity[],
  centres: ReadonlyMap<number, { x: number; y: number }>,
  box: { width: number; height: number },
): Bubble[] {
  // Communities none of whose members is on the map (stakeholders without a link shown) are left out.
  const communities = centres.size > 0 ? shown.filter((community) => centres.has(community.id)) : shown;
  if (communities.length === 0) return [];
  const total = communities.reduce((sum, community) => sum + community.size, 0);
  const area = COVER * box.width * box.height;
  const radii = communities.map((community) =>
    Math.max(MIN_RADIUS, Math.sqrt((area * community.size) / total / Math.PI)),
  );
  // Map places, scaled so the largest distance between two centres is about the box's width.
  const places = communities.map((community) => ({ ...(centres.get(community.id) ?? { x: 0, y: 0 }) }));
  const xs = places.map((place) => place.x);
  const ys = places.map((place) => place.y);
  const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) || 1;
  const scale = Math.min(box.width, box.height) / span;
  for (const place of places) {
    place.x *= scale;
    place.y *= scale;
  }
  separateDiscs(places, radii, GAP);
  // Fit the bubbles, rims included, into the box; the radii stay as they are unless they cannot fit.
  const x1 = Math.min(...places.map((place, index) => place.x - radii[index]!));
  const x2 = Math.max(...places.map((place, index) => place.x + radii[index]!));
  const y1 = Math.min(...places.map((place, index) => place.y - radii[index]!));
  const y2 = Math.max(...places.map((place, index) => place.y + radii[index]!));
  const fit = Math.min(
    1,
    (box.width - 2 * PADDING) / (x2 - x1 || 1),
    (box.height - OVERVIEW_TOP - 2 * PADDING) / (y2 - y1 || 1),
  );
  return communities.map((community, index) => ({
    id: community.id,
    label: bubbleLabel(community.leading, community.size),
    leading: community.leading,
    size: community.size,
    x: box.width / 2 + (places[index]!.x - (x1 + x2) / 2) * fit,
    y: OVERVIEW_TOP + (box.height - OVERVIEW_TOP) / 2 + (places[index]!.y - (y1 + y2) / 2) * fit,
    radius: radii[index]! * fit,
  }));
}

/** The middle of each group's nodes, from their places (those in no group left out). */
export function groupCentres(
  places: Iterable<{ id: string; x: number; y: number }>,
  groupOf: ReadonlyMap<string, number>,
): Map<number, { x: number; y: number }> {
  const sums = new Map<number, { x: number; y: number; count: number }>();
  for (const place of places) {
    const group = groupOf.get(place.id);
    if (group === undefined) continue;
    const sum = sums.get(group) ?? { x: 0, y: 0, count: 0 };
    sum.x += place.x;
    sum.y += place.y;
    sum.count++;
    sums.set(group, sum);
  }
  return new Map([...sums].map(([group, sum]) => [group, { x: sum.x / sum.count, y: sum.y / sum.count }]));
}
