/**
 * The grid's writes: moving a stakeholder to other scores (with the conflict dialog when someone
 * else saved first) and accepting a suggested position, with the status line they report to.
 */
import { useEffect, useRef, useState } from 'react';
import { SetEngagementDocument } from '../../api/generated/operations.ts';
import { mutate } from '../../api/queries.ts';
import { actualVersion, isConflict, type Conflict } from '../../ui/ConflictDialog.tsx';
import { quadrantOf } from '../../../core/engagement.ts';
import { reloadEngagement, updateProfile, type Profile } from './register.ts';
import { QUADRANT_LABELS } from './grid.ts';
import { acceptSuggestion } from './SuggestedPositions.tsx';
import type { Suggestion } from './suggestions.ts';
import { itemId } from './GridItem.tsx';

export function useGridSaves(profiles: readonly Profile[]) {
  const [status, setStatus] = useState('');
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const focusWhenShown = useFocusWhenShown();

  async function move(profile: Profile, power: number, interest: number, version = profile.version) {
    const name = profile.entity.name;
    setStatus(`Saving ${name}…`);
    try {
      const result = await mutate(
        SetEngagementDocument,
        { entityId: profile.entity.id, expectedVersion: version, input: { power, interest } },
        ['engagement'],
      );
      updateProfile(result.setEngagement);
      setStatus(`${name}: power ${power}, interest ${interest} (${QUADRANT_LABELS[quadrantOf(power, interest)]}).`);
    } catch (error) {
      if (isConflict(error)) {
        setStatus('');
        const actual = actualVersion(error);
        setConflict({
          what: `${name}'s profile`,
          message: (error as Error).message,
          reload: reloadEngagement,
          keepMine: actual === null ? undefined : () => void move(profile, power, interest, actual),
        });
      } else setStatus(`Could not save ${name}: ${(error as Error).message}`);
    }
  }

  async function accept(suggestion: Suggestion) {
    const { id, name } = suggestion.entity;
    setStatus(`Accepting the suggestion for ${name}…`);
    try {
      const profile = profiles.find((candidate) => candidate.entity.id === id);
      await acceptSuggestion(suggestion, profile);
      const where = `power ${suggestion.power}, interest ${suggestion.interest}`;
      setStatus(`${name}: suggestion accepted as an assessment (${where}, ${QUADRANT_LABELS[suggestion.quadrant]}).`);
      // The focus follows the stakeholder to its assessed place.
      focusWhenShown(id);
    } catch (error) {
      setStatus(`Could not accept the suggestion for ${name}: ${(error as Error).message}`);
    }
  }

  /** Arrow keys move the stakeholder one cell, and the focus stays on it in its new cell. */
  function moveByKeyTo(profile: Profile, next: { power: number; interest: number }) {
    void move(profile, next.power, next.interest).then(() => focusWhenShown(profile.entity.id));
  }

  return { status, conflict, closeConflict: () => setConflict(null), move, accept, moveByKeyTo };
}

/**
 * Moves the focus to a stakeholder's item once it is drawn in its (new) cell: the answer of a save
 * can come before the render that places it, so the focus waits for the item (checked after each
 * render). Returns the request.
 */
function useFocusWhenShown(): (id: string) => void {
  const wanted = useRef<string | null>(null);
  useEffect(() => {
    const id = wanted.current;
    const item = id === null ? null : document.getElementById(itemId(id));
    if (!item) return;
    item.focus();
    if (document.activeElement === item) wanted.current = null;
  });
  const [, rendered] = useState(0);
  return (id) => {
    wanted.current = id;
    rendered((count) => count + 1);
  };
}
