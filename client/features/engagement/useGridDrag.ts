/**
 * Dragging a stakeholder on the grid with the pointer: it follows the pointer once moved past a few
 * pixels, and dropping it on another cell moves it there (a press without moving is a click).
 */
import { useState, type PointerEvent, type RefObject } from 'react';
import type { Profile } from './register.ts';

const DRAG_THRESHOLD = 4;

export interface Drag {
  id: string;
  pointer: number;
  x: number;
  y: number;
  dx: number;
  dy: number;
  moved: boolean;
}

export type GridDrag = ReturnType<typeof useGridDrag>;

export function useGridDrag(
  grid: RefObject<HTMLDivElement | null>,
  move: (profile: Profile, power: number, interest: number) => Promise<void>,
) {
  const [drag, setDrag] = useState<Drag | null>(null);

  function onPointerDown(event: PointerEvent<HTMLButtonElement>, profile: Profile) {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrag({
      id: profile.entity.id,
      pointer: event.pointerId,
      x: event.clientX,
      y: event.clientY,
      dx: 0,
      dy: 0,
      moved: false,
    });
  }

  function onPointerMove(event: PointerEvent<HTMLButtonElement>) {
    if (!drag || event.pointerId !== drag.pointer) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    setDrag({ ...drag, dx, dy, moved: drag.moved || Math.hypot(dx, dy) > DRAG_THRESHOLD });
  }

  function onPointerUp(event: PointerEvent<HTMLButtonElement>, profile: Profile) {
    if (!drag || event.pointerId !== drag.pointer) return;
    setDrag(null);
    if (!drag.moved) return; // a click: onClick selects
    const target = document
      .elementsFromPoint(event.clientX, event.clientY)
      .map((element) => (element as HTMLElement).closest<HTMLElement>('[data-cell]'))
      .find((cell) => cell && grid.current?.contains(cell));
    if (!target) return;
    const power = Number(target.dataset.power);
    const interest = Number(target.dataset.interest);
    if (power !== profile.power || interest !== profile.interest) void move(profile, power, interest);
  }

  return { drag, onPointerDown, onPointerMove, onPointerUp, onPointerCancel: () => setDrag(null) };
}
