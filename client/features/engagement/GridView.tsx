/**
 * The power/interest grid: every profiled stakeholder in its cell, quadrants named, with its contact
 * health. Drag a stakeholder to another cell (pointer) or move it with the arrow keys to change its
 * scores; selecting one selects it on the map too. Choose a day to see arrows from where each
 * stakeholder stood then to now, and to keep only those whose stance changed since. Turn on
 * suggestions to see, dashed, where the atlas would place everyone else in view
 * (SuggestedPositions.tsx), and accept them one by one. The parts: GridItem.tsx (a stakeholder),
 * useGridDrag.ts (the pointer), useGridSaves.ts (the writes), MovementArrows.tsx.
 */
import { useRef, useState } from 'react';
import type { Quadrant } from '../../api/generated/operations.ts';
import { dispatch, useAtlasState } from '../../state/store.ts';
import { ConflictDialog } from '../../ui/ConflictDialog.tsx';
import { useSession } from '../../session/session.ts';
import { useProfiles, type Profile } from './register.ts';
import { PlanExport } from './PlanExport.tsx';
import { QUADRANT_LABELS, SCORES, cellOf } from './grid.ts';
import { movementSince, stanceChangedSince } from '../../../core/engagement-history.ts';
import { historyOf } from './history.ts';
import { SuggestedItem, useSuggestions } from './SuggestedPositions.tsx';
import { inCell, type Suggestion } from './suggestions.ts';
import { GridItem, type GridItemProps } from './GridItem.tsx';
import { MovementArrows, type Moved } from './MovementArrows.tsx';
import { useGridDrag } from './useGridDrag.ts';
import { useGridSaves } from './useGridSaves.ts';

/** Quadrants as areas of the 5×5 grid (rows from the top, columns from the left; 1-based, end exclusive). */
const AREAS: { quadrant: Quadrant; rows: string; columns: string }[] = [
  { quadrant: 'KEEP_SATISFIED', rows: '1 / 3', columns: '1 / 4' },
  { quadrant: 'MANAGE_CLOSELY', rows: '1 / 3', columns: '4 / 6' },
  { quadrant: 'MONITOR', rows: '3 / 6', columns: '1 / 4' },
  { quadrant: 'KEEP_INFORMED', rows: '3 / 6', columns: '4 / 6' },
];

function select(id: string) {
  dispatch({ type: 'select', id, focus: true });
}

export function GridView() {
  const selection = useAtlasState((state) => state.selection);
  const profiles = useProfiles();
  const { registerError } = useSession();
  const filters = useGridFilters();
  const { since, changedOnly, suggesting } = filters;
  const suggested = useSuggestions(suggesting, profiles);
  const saves = useGridSaves(profiles);
  const grid = useRef<HTMLDivElement>(null);
  const drag = useGridDrag(grid, saves.move);
  const { shown, placed, unplaced, movements } = gridContents(profiles, since, changedOnly);
  const movedFrom = new Map(movements.map(({ id, movement }) => [id, movement.from]));

  function itemProps(profile: Profile): GridItemProps {
    const id = profile.entity.id;
    return {
      profile,
      selected: selection === id,
      movedFrom: movedFrom.get(id),
      since,
      drag,
      onSelect: select,
      onKeyMove: saves.moveByKeyTo,
    };
  }

  return (
    <section className="grid-view" aria-labelledby="grid-title" data-testid="grid-view">
      <GridHeading filters={filters} />
      {suggesting && <SuggestionsNote {...suggested} />}
      {registerError && (
        <p className="error" role="alert">
          Could not load the register: {registerError}
        </p>
      )}
      <div className="grid-frame">
        <div className="grid-axis grid-axis-y" aria-hidden="true">
          Power →
        </div>
        <div className="pi-grid" ref={grid} role="group" aria-label="Stakeholders by power and interest">
          <QuadrantAreas />
          {[...SCORES]
            .reverse()
            .map((power) =>
              SCORES.map((interest) => (
                <GridCell
                  key={`${power}-${interest}`}
                  power={power}
                  interest={interest}
                  items={placed
                    .filter((profile) => profile.power === power && profile.interest === interest)
                    .map(itemProps)}
                  suggestions={inCell(suggested.suggestions, power, interest)}
                  onAccept={(suggestion) => void saves.accept(suggestion)}
                />
              )),
            )}
          <MovementArrows movements={movements} since={since} />
        </div>
        <div className="grid-axis grid-axis-x" aria-hidden="true">
          Interest →
        </div>
      </div>
      <p className="grid-status" role="status" data-testid="grid-status">
        {saves.status}
      </p>
      <NotYetScored profiles={unplaced} />
      {profiles.length === 0 && !registerError && (
        <p className="empty">No stakeholder has a profile yet. Select one and add a profile in its details.</p>
      )}
      <PlanExport profiles={shown} changedSince={since && changedOnly ? since : null} />
      {saves.conflict && <ConflictDialog conflict={saves.conflict} onClose={saves.closeConflict} />}
    </section>
  );
}

function useGridFilters() {
  const [since, setSince] = useState('');
  const [changedOnly, setChangedOnly] = useState(false);
  const [suggesting, setSuggesting] = useState(false);
  return { since, setSince, changedOnly, setChangedOnly, suggesting, setSuggesting };
}

/** The title, how to move stakeholders, and what to show: movement since a day, suggestions. */
function GridHeading({ filters }: { filters: ReturnType<typeof useGridFilters> }) {
  return (
    <>
      <div className="grid-heading">
        <h2 id="grid-title">Power / interest grid</h2>
        <p className="muted" id="grid-help">
          Drag a stakeholder to another cell, or focus it and use the arrow keys: up and down change power, left and
          right change interest. Rings show stance.
        </p>
      </div>
      <div className="field-row grid-since">
        <label className="field">
          <span className="field-label">Movement since</span>
          <input type="date" value={filters.since} onChange={(event) => filters.setSince(event.target.value)} />
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={filters.changedOnly}
            disabled={!filters.since}
            onChange={(event) => filters.setChangedOnly(event.target.checked)}
          />{' '}
          Only stakeholders whose stance changed since then
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={filters.suggesting}
            onChange={(event) => filters.setSuggesting(event.target.checked)}
          />{' '}
          Suggest positions for all in view
        </label>
      </div>
    </>
  );
}

/**
 * Which profiles the grid shows (only those whose stance changed since the chosen day, when asked),
 * which of them have both scores, and how those moved since that day.
 */
function gridContents(profiles: Profile[], since: string, changedOnly: boolean) {
  const shown =
    since && changedOnly ? profiles.filter((profile) => stanceChangedSince(historyOf(profile), since)) : profiles;
  const placed = shown.filter((profile) => profile.power !== null && profile.interest !== null);
  const unplaced = shown.filter((profile) => profile.power === null || profile.interest === null);
  const movements: Moved[] = since
    ? placed.flatMap((profile) => {
        const movement = movementSince(historyOf(profile), since);
        return movement ? [{ id: profile.entity.id, name: profile.entity.name, movement }] : [];
      })
    : [];
  return { shown, placed, unplaced, movements };
}

function QuadrantAreas() {
  return AREAS.map((area) => (
    <div
      key={area.quadrant}
      className={`quadrant quadrant-${area.quadrant.toLowerCase().replace('_', '-')}`}
      style={{ gridRow: area.rows, gridColumn: area.columns }}
    >
      <span className="quadrant-label">{QUADRANT_LABELS[area.quadrant]}</span>
    </div>
  ));
}

/** One cell: its stakeholders by name, then the positions suggested there. */
function GridCell({
  power,
  interest,
  items,
  suggestions,
  onAccept,
}: {
  power: number;
  interest: number;
  items: GridItemProps[];
  suggestions: Suggestion[];
  onAccept: (suggestion: Suggestion) => void;
}) {
  const { row, column } = cellOf(power, interest);
  return (
    <div
      className="pi-cell"
      data-cell=""
      data-power={power}
      data-interest={interest}
      data-testid={`cell-${power}-${interest}`}
      style={{ gridRow: row + 1, gridColumn: column + 1 }}
    >
      {items
        .sort((a, b) => a.profile.entity.name.localeCompare(b.profile.entity.name))
        .map((item) => (
          <GridItem key={item.profile.entity.id} {...item} />
        ))}
      {suggestions.map((suggestion) => (
        <SuggestedItem key={suggestion.entity.id} suggestion={suggestion} onAccept={() => onAccept(suggestion)} />
      ))}
    </div>
  );
}

function NotYetScored({ profiles }: { profiles: Profile[] }) {
  if (profiles.length === 0) return null;
  return (
    <section aria-labelledby="unplaced-title">
      <h3 id="unplaced-title">Not yet scored</h3>
      <ul className="chips">
        {profiles.map((profile) => (
          <li key={profile.entity.id}>
            <button type="button" className="link" onClick={() => select(profile.entity.id)}>
              {profile.entity.name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the suggestions cover, and how to read them. */
function SuggestionsNote({ suggestions, asked, unplaced, loading, error }: ReturnType<typeof useSuggestions>) {
  if (error) {
    return (
      <p className="error" role="alert">
        Could not suggest positions: {error.message}
      </p>
    );
  }
  const capped =
    unplaced > asked
      ? ` (the first ${asked.toLocaleString('en-GB')} of ${unplaced.toLocaleString('en-GB')}: narrow the view for the rest)`
      : '';
  return (
    <p className="muted suggestions-note" data-testid="suggestions-note">
      {loading
        ? 'Suggesting positions…'
        : asked === 0
          ? 'Everyone in view has a position.'
          : `Dashed: ${suggestions.length.toLocaleString('en-GB')} suggested positions for stakeholders in view without one${capped}. Power from influence, interest from recent interactions and the register’s topics; hover or focus one for its reasons, click it to accept.`}
    </p>
  );
}
