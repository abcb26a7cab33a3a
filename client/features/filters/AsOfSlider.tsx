/** "As of" year: the network as it stood in one year, or across all time. */
import { useEffect, useId, useState } from 'react';
import { dispatch, useAtlasState } from '../../state/store.ts';
import type { YearRange } from './useYearRange.ts';

const DEBOUNCE_MS = 250;

export function AsOfSlider({ range }: { range: YearRange }) {
  const state = useAtlasState((value) => value);
  const id = useId();
  const allTime = state.asOf === null;
  const [year, setYear] = useState(state.asOf ?? range.min);

  // Follow changes from elsewhere (Undo, a shared link).
  useEffect(() => {
    if (state.asOf !== null) setYear(state.asOf);
  }, [state.asOf]);

  useEffect(() => {
    if (allTime || year === state.asOf) return;
    const timer = setTimeout(() => dispatch({ type: 'setAsOf', year }), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [year, allTime]);

  const clamped = Math.min(Math.max(year, range.min), range.max);
  return (
    <fieldset className="as-of" data-testid="as-of">
      <legend>As of</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={allTime}
          onChange={(event) => dispatch({ type: 'setAsOf', year: event.target.checked ? null : clamped })}
        />
        All time
      </label>
      <div className="slider-row">
        <label htmlFor={`${id}-year`} className="visually-hidden">
          Year
        </label>
        <input
          id={`${id}-year`}
          type="range"
          min={range.min}
          max={range.max}
          step={1}
          value={clamped}
          disabled={allTime}
          aria-valuetext={allTime ? 'all time' : String(clamped)}
          onChange={(event) => setYear(Number(event.target.value))}
        />
        <output htmlFor={`${id}-year`} className="year" aria-live="polite">
          {allTime ? 'All time' : clamped}
        </output>
      </div>
      <p className="hint">Shows relationships valid in that year, with names as used then.</p>
    </fieldset>
  );
}
