import { cellOf } from './grid.ts';
import type { Movement } from '../../../core/engagement-history.ts';

export interface Moved {
  id: string;
  name: string;
  movement: Movement;
}

/**
 * Arrows from where each stakeholder stood on the chosen day to where it stands now, over the grid
 * (one unit per cell, so cell centres are at half units).
 */
export function MovementArrows({ movements, since }: { movements: Moved[]; since: string }) {
  if (movements.length === 0) return null;
  const centre = (position: { power: number; interest: number }) => {
    const { row, column } = cellOf(position.power, position.interest);
    return { x: column + 0.5, y: row + 0.5 };
  };
  return (
    <svg className="movement-arrows" viewBox="0 0 5 5" preserveAspectRatio="none" aria-hidden="true">
      <defs>
        <marker id="movement-head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0,0L10,5L0,10z" className="movement-head" />
        </marker>
      </defs>
      {movements.map(({ id, name, movement }) => {
        const from = centre(movement.from);
        const to = centre(movement.to);
        return (
          <line
            key={id}
            data-testid={`movement-${id}`}
            x1={from.x}
            y1={from.y}
            x2={to.x}
            y2={to.y}
            className="movement-arrow"
            markerEnd="url(#movement-head)"
            vectorEffect="non-scaling-stroke"
          >
            <title>{`${name}: from power ${movement.from.power}, interest ${movement.from.interest} on ${since}`}</title>
          </line>
        );
      })}
    </svg>
  );
}
