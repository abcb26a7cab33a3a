/**
 * One stakeholder on the power/interest grid: a button ringed in its stance colour that selects it,
 * moves with the arrow keys and drags to another cell (useGridDrag.ts).
 */
import type { KeyboardEvent } from 'react';
import { STANCE_COLOURS } from '../../graph/palette.ts';
import { quadrantOf } from '../../../core/engagement.ts';
import type { Movement } from '../../../core/engagement-history.ts';
import { STANCE_LABELS } from '../../ui/format.ts';
import { QUADRANT_LABELS, moveByKey } from './grid.ts';
import { HEALTH_LABELS, HealthBadge } from './Health.tsx';
import type { Profile } from './register.ts';
import type { GridDrag } from './useGridDrag.ts';

export interface GridItemProps {
  profile: Profile;
  selected: boolean;
  /** Where it stood on the chosen day, when it has moved since. */
  movedFrom: Movement['from'] | undefined;
  since: string;
  drag: GridDrag;
  onSelect: (id: string) => void;
  onKeyMove: (profile: Profile, next: { power: number; interest: number }) => void;
}

export function GridItem({ profile, selected, movedFrom, since, drag, onSelect, onKeyMove }: GridItemProps) {
  const id = profile.entity.id;
  const dragging = drag.drag?.id === id && drag.drag.moved ? drag.drag : null;
  const stance = profile.stance;

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const next = moveByKey(event.key, profile.power ?? 3, profile.interest ?? 3);
    if (!next) return;
    event.preventDefault();
    onKeyMove(profile, next);
  }

  return (
    <button
      id={itemId(id)}
      type="button"
      className={`pi-item${selected ? ' selected' : ''}${dragging ? ' dragging' : ''}`}
      data-testid={`grid-item-${id}`}
      aria-pressed={selected}
      aria-describedby="grid-help"
      aria-label={itemLabel(profile, movedFrom, since)}
      style={{
        borderColor: stance ? STANCE_COLOURS[stance] : undefined,
        transform: dragging ? `translate(${dragging.dx}px, ${dragging.dy}px)` : undefined,
      }}
      onClick={() => onSelect(id)}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => drag.onPointerDown(event, profile)}
      onPointerMove={drag.onPointerMove}
      onPointerUp={(event) => drag.onPointerUp(event, profile)}
      onPointerCancel={drag.onPointerCancel}
    >
      {profile.entity.name}
      {profile.health && profile.health.state !== 'ON_TRACK' && <HealthBadge health={profile.health} compact />}
    </button>
  );
}

/** What a screen reader says of a placed stakeholder: name, scores, quadrant, stance, health, movement. */
function itemLabel(profile: Profile, movedFrom: Movement['from'] | undefined, since: string): string {
  const power = profile.power ?? 3;
  const interest = profile.interest ?? 3;
  const parts = [
    `${profile.entity.name}: power ${power}`,
    `interest ${interest}`,
    QUADRANT_LABELS[quadrantOf(power, interest)],
  ];
  if (profile.stance) parts.push(STANCE_LABELS[profile.stance]);
  if (profile.health) parts.push(HEALTH_LABELS[profile.health.state]);
  if (movedFrom) parts.push(`moved from power ${movedFrom.power}, interest ${movedFrom.interest} since ${since}`);
  return parts.join(', ');
}

/** The DOM id of a stakeholder's item, so the focus can follow it to its new cell. */
export function itemId(entityId: string): string {
  return `grid-item-${entityId.replace(/[^a-z0-9-]/gi, '-')}`;
}
