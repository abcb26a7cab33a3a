/**
 * Moving between named stakeholders with the arrow keys: from the one the keyboard is on to the
 * nearest named one in that direction, as a reader's eye would jump. Pure: screen points in, an id out.
 */

export type Direction = 'left' | 'right' | 'up' | 'down';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** The direction of an arrow key (KeyboardEvent.key), or null for any other key. */
export function directionOf(key: string): Direction | null {
  return ARROWS[key] ?? null;
}

const UNIT: Record<Direction, { x: number; y: number }> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/** How far sideways counts against a candidate, against how far ahead. */
const SIDEWAYS_WEIGHT = 2;

/**
 * The candidate nearest `from` in the direction: ahead of it (within 60° either side), the one with
 * the least distance ahead plus twice the distance sideways. Null when there is none that way.
 */
export function nearestInDirection(
  from: { x: number; y: number },
  candidates: readonly { id: string; x: number; y: number }[],
  direction: Direction,
): string | null {
  const unit = UNIT[direction];
  let best: { id: string; cost: number } | null = null;
  for (const candidate of candidates) {
    const dx = candidate.x - from.x;
    const dy = candidate.y - from.y;
    const ahead = dx * unit.x + dy * unit.y;
    const sideways = Math.abs(dx * unit.y - dy * unit.x);
    // Ahead, and within 60° of the direction (tan 60° ≈ 1.73).
    if (ahead <= 0 || sideways > ahead * 1.73) continue;
    const cost = ahead + SIDEWAYS_WEIGHT * sideways;
    if (!best || cost < best.cost) best = { id: candidate.id, cost };
  }
  return best?.id ?? null;
}
