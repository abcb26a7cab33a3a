/**
 * The map from the keyboard: Tab reaches it, the arrow keys move a ring between the named
 * stakeholders (the nearest in that direction, keyboard-nav.ts), Enter selects the one ringed (as a
 * click does; on an aggregate, draws its members) and Escape clears the ring and the selection.
 */
import { useCallback, useState, type KeyboardEvent, type RefObject } from 'react';
import { directionOf, nearestInDirection } from '../../graph/keyboard-nav.ts';
import { isAggregateId } from '../../graph/supernodes.ts';
import type { GraphView } from '../../graph/view.ts';
import { dispatch } from '../../state/store.ts';

export function useMapKeyboard(viewRef: RefObject<GraphView | null>) {
  /** The stakeholder the keyboard is on: its id and name. */
  const [cursor, setCursor] = useState<{ id: string; label: string } | null>(null);

  const moveTo = useCallback(
    (next: { id: string; label: string } | null) => {
      setCursor(next);
      viewRef.current?.setKeyboardFocus(next?.id ?? null);
    },
    [viewRef],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const view = viewRef.current;
      if (!view) return;
      const direction = directionOf(event.key);
      if (direction) {
        event.preventDefault();
        const named = view.labelled();
        const from = cursor ? named.find((each) => each.id === cursor.id) : undefined;
        // From nowhere (or from a stakeholder no longer named), start at the most influential.
        const nextId = from
          ? nearestInDirection(
              from,
              named.filter((each) => each.id !== from.id),
              direction,
            )
          : (named[0]?.id ?? null);
        const next = named.find((each) => each.id === nextId);
        if (next) moveTo({ id: next.id, label: next.label });
      } else if (event.key === 'Enter' && cursor) {
        event.preventDefault();
        if (isAggregateId(cursor.id)) {
          view.expandAggregate(cursor.id);
          moveTo(null);
        } else dispatch({ type: 'select', id: cursor.id });
      } else if (event.key === 'Escape') {
        moveTo(null);
        dispatch({ type: 'select', id: null });
      }
    },
    [cursor, moveTo, viewRef],
  );

  return { cursor, onKeyDown, onBlur: () => moveTo(null) };
}
