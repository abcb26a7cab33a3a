/**
 * The power/interest grid: every profiled stakeholder in its cell, quadrants named, with its contact
 * health. Drag a stakeholder to another cell (pointer) or move it with the arrow keys to change its
 * scores; selecting one selects it on the map too. Choose a day to see arrows from where each
 * stakeholder stood then to now, and to keep only those whose stance changed since. Turn on
 * suggestions to see, dashed, where the atlas would place everyone else in view
 * (SuggestedPositions.tsx), and accept them one by one.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { SetEngagementDocument, type Quadrant } from '../../api/generated/operations.ts';
import { mutate } from '../../api/queries.ts';
import { STANCE_COLOURS } from '../../graph/palette.ts';
import { dispatch, useAtlasState } from '../../state/store.ts';
import { ConflictDialog, actualVersion, isConflict, type Conflict } from '../../ui/ConflictDialog.tsx';
import { useSession } from '../../session/session.ts';
import { reloadEngagement, updateProfile, useProfiles, type Profile } from './register.ts';
import { PlanExport } from './PlanExport.tsx';
import { quadrantOf } from '../../../core/engagement.ts';
import { STANCE_LABELS } from '../../ui/format.ts';
import { QUADRANT_LABELS, SCORES, cellOf, moveByKey } from './grid.ts';
import { movementSince, stanceChangedSince, type Movement } from '../../../core/engagement-history.ts';
import { HEALTH_LABELS, HealthBadge } from './Health.tsx';
import { historyOf } from './history.ts';
import { SuggestedItem, acceptSuggestion, useSuggestions } from './SuggestedPositions.tsx';
import { inCell, type Suggestion } from './suggestions.ts';

const DRAG_THRESHOLD = 4;
/** Quadrants as areas of the 5×5 grid (rows from the top, columns from the left; 1-based, end exclusive). */
const AREAS: { quadrant: Quadrant; rows: string; columns: string }[] = [
  { quadrant: 'KEEP_SATISFIED', rows: '1 / 3', columns: '1 / 4' },
  { quadrant: 'MANAGE_CLOSELY', rows: '1 / 3', columns: '4 / 6' },
  { quadrant: 'MONITOR', rows: '3 / 6', columns: '1 / 4' },
  { quadrant: 'KEEP_INFORMED', rows: '3 / 6', columns: '4 / 6' },
];

interface Drag {
  id: string;
  pointer: number;
  x: number;
  y: number;
  dx: number;
  dy: number;
  moved: boolean;
}

export function GridView() {
  const selection = useAtlasState((state) => state.selection);
  const profiles = useProfiles();
  const { registerError } = useSession();
  const [drag, setDrag] = useState<Drag | null>(null);
  const [status, setStatus] = useState('');
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const grid = useRef<HTMLDivElement>(null);
  const [since, setSince] = useState('');
  const [changedOnly, setChangedOnly] = useState(false);
  const [suggesting, setSuggesting] = useState(false);
  const suggested = useSuggestions(suggesting, profiles);
  const focusWhenShown = useFocusWhenShown();

  const shown =
    since && changedOnly ? profiles.filter((profile) => stanceChangedSince(historyOf(profile), since)) : profiles;
  const placed = shown.filter((profile) => profile.power !== null && profile.interest !== null);
  const unplaced = shown.filter((profile) => profile.power === null || profile.interest === null);
  const movements = since
    ? placed.flatMap((profile) => {
        const movement = movementSince(historyOf(profile), since);
        return movement ? [{ id: profile.entity.id, name: profile.entity.name, movement }] : [];
      })
    : [];
  const movedFrom = new Map(movements.map(({ id, movement }) => [id, movement.from]));

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

  function select(id: string) {
    dispatch({ type: 'select', id, focus: true });
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, profile: Profile) {
    const next = moveByKey(event.key, profile.power ?? 3, profile.interest ?? 3);
    if (!next) return;
    event.preventDefault();
    // Keep the focus on the stakeholder once it has moved to its new cell.
    void move(profile, next.power, next.interest).then(() => focusWhenShown(profile.entity.id));
  }

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

  return (
    <section className="grid-view" aria-labelledby="grid-title" data-testid="grid-view">
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
          <input type="date" value={since} onChange={(event) => setSince(event.target.value)} />
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={changedOnly}
            disabled={!since}
            onChange={(event) => setChangedOnly(event.target.checked)}
          />{' '}
          Only stakeholders whose stance changed since then
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={suggesting} onChange={(event) => setSuggesting(event.target.checked)} />{' '}
          Suggest positions for all in view
        </label>
      </div>
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
          {AREAS.map((area) => (
            <div
              key={area.quadrant}
              className={`quadrant quadrant-${area.quadrant.toLowerCase().replace('_', '-')}`}
              style={{ gridRow: area.rows, gridColumn: area.columns }}
            >
              <span className="quadrant-label">{QUADRANT_LABELS[area.quadrant]}</span>
            </div>
          ))}
          {[...SCORES].reverse().map((power) =>
            SCORES.map((interest) => {
              const here = placed.filter((profile) => profile.power === power && profile.interest === interest);
              const { row, column } = cellOf(power, interest);
              return (
                <div
                  key={`${power}-${interest}`}
                  className="pi-cell"
                  data-cell=""
                  data-power={power}
                  data-interest={interest}
                  data-testid={`cell-${power}-${interest}`}
                  style={{ gridRow: row + 1, gridColumn: column + 1 }}
                >
                  {here
                    .sort((a, b) => a.entity.name.localeCompare(b.entity.name))
                    .map((profile) => {
                      const id = profile.entity.id;
                      const dragging = drag?.id === id && drag.moved;
                      const stance = profile.stance;
                      return (
                        <button
                          key={id}
                          id={itemId(id)}
                          type="button"
                          className={`pi-item${selection === id ? ' selected' : ''}${dragging ? ' dragging' : ''}`}
                          data-testid={`grid-item-${id}`}
                          aria-pressed={selection === id}
                          aria-describedby="grid-help"
                          aria-label={`${profile.entity.name}: power ${power}, interest ${interest}, ${QUADRANT_LABELS[quadrantOf(power, interest)]}${stance ? `, ${STANCE_LABELS[stance]}` : ''}${profile.health ? `, ${HEALTH_LABELS[profile.health.state]}` : ''}${movedFrom.has(id) ? `, moved from power ${movedFrom.get(id)!.power}, interest ${movedFrom.get(id)!.interest} since ${since}` : ''}`}
                          style={{
                            borderColor: stance ? STANCE_COLOURS[stance] : undefined,
                            transform: dragging ? `translate(${drag.dx}px, ${drag.dy}px)` : undefined,
                          }}
                          onClick={() => select(id)}
                          onKeyDown={(event) => onKeyDown(event, profile)}
                          onPointerDown={(event) => onPointerDown(event, profile)}
                          onPointerMove={onPointerMove}
                          onPointerUp={(event) => onPointerUp(event, profile)}
                          onPointerCancel={() => setDrag(null)}
                        >
                          {profile.entity.name}
                          {profile.health && profile.health.state !== 'ON_TRACK' && (
                            <HealthBadge health={profile.health} compact />
                          )}
                        </button>
                      );
                    })}
                  {inCell(suggested.suggestions, power, interest).map((suggestion) => (
                    <SuggestedItem
                      key={suggestion.entity.id}
                      suggestion={suggestion}
                      onAccept={() => void accept(suggestion)}
                    />
                  ))}
                </div>
              );
            }),
          )}
          <MovementArrows movements={movements} since={since} />
        </div>
        <div className="grid-axis grid-axis-x" aria-hidden="true">
          Interest →
        </div>
      </div>
      <p className="grid-status" role="status" data-testid="grid-status">
        {status}
      </p>
      {unplaced.length > 0 && (
        <section aria-labelledby="unplaced-title">
          <h3 id="unplaced-title">Not yet scored</h3>
          <ul className="chips">
            {unplaced.map((profile) => (
              <li key={profile.entity.id}>
                <button type="button" className="link" onClick={() => select(profile.entity.id)}>
                  {profile.entity.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {profiles.length === 0 && !registerError && (
        <p className="empty">No stakeholder has a profile yet. Select one and add a profile in its details.</p>
      )}
      <PlanExport profiles={shown} changedSince={since && changedOnly ? since : null} />
      {conflict && <ConflictDialog conflict={conflict} onClose={() => setConflict(null)} />}
    </section>
  );
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

/**
 * Arrows from where each stakeholder stood on the chosen day to where it stands now, over the grid
 * (one unit per cell, so cell centres are at half units).
 */
function MovementArrows({
  movements,
  since,
}: {
  movements: { id: string; name: string; movement: Movement }[];
  since: string;
}) {
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

function itemId(entityId: string): string {
  return `grid-item-${entityId.replace(/[^a-z0-9-]/gi, '-')}`;
}
