/**
 * "As recorded": the map as the atlas recorded it on a day (what we believed then), beside "as of"
 * (how the world was then). Both may be set: as of 2026 as recorded on 28 February.
 */
import { useId } from 'react';
import { dispatch, useAtlasState } from '../../state/store.ts';

export function RecordedAtControl() {
  const recordedAt = useAtlasState((state) => state.recordedAt);
  const id = useId();
  const today = new Date().toISOString().slice(0, 10);
  return (
    <fieldset className="recorded-at" data-testid="recorded-at">
      <legend>As recorded</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={recordedAt === null}
          onChange={(event) => dispatch({ type: 'setRecordedAt', day: event.target.checked ? null : today })}
        />
        Today’s record
      </label>
      <label htmlFor={`${id}-day`} className="visually-hidden">
        Recorded on
      </label>
      <input
        id={`${id}-day`}
        type="date"
        max={today}
        value={recordedAt ?? ''}
        disabled={recordedAt === null}
        onChange={(event) => dispatch({ type: 'setRecordedAt', day: event.target.value || null })}
      />
      <p className="hint">What the atlas held on that day, before later edits and corrections.</p>
    </fieldset>
  );
}
