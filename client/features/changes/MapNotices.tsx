/** Notices over the map while it shows something other than today's record: a period's changes, or the map as recorded on a day. */
import { useDiff } from '../../state/hooks.ts';
import { markOf } from '../../state/diff.ts';
import { dispatch, useAtlasState } from '../../state/store.ts';

const formatDay = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

export function MapNotices() {
  const recordedAt = useAtlasState((state) => state.recordedAt);
  const period = useAtlasState((state) => state.diff);
  const lines = useDiff().data?.networkDiff.entries;
  const count = (mark: string) => lines?.filter((line) => markOf(line.change) === mark).length ?? 0;
  if (!recordedAt && !period) return null;
  return (
    <div className="period-notices">
      {recordedAt && (
        <p className="period-notice recorded-notice" role="status" data-testid="recorded-notice">
          <strong>As recorded on {formatDay(recordedAt)}:</strong> what the atlas held then, before later changes and
          corrections.{' '}
          <button type="button" className="link" onClick={() => dispatch({ type: 'setRecordedAt', day: null })}>
            Back to today’s record
          </button>
        </p>
      )}
      {period && (
        <p className="period-notice diff-notice" role="status" data-testid="diff-notice">
          <strong>
            Changes from {formatDay(period.from)}
            {period.to ? ` to ${formatDay(period.to)}` : ' to today'}:
          </strong>{' '}
          <span className="diff-key diff-gained">{count('gained')} gained</span>{' '}
          <span className="diff-key diff-ended">{count('ended')} ended</span>{' '}
          <span className="diff-key diff-edited">{count('edited')} edited</span>{' '}
          <button type="button" className="link" onClick={() => dispatch({ type: 'setView', view: 'changes' })}>
            List
          </button>{' '}
          <button type="button" className="link" onClick={() => dispatch({ type: 'showDiff', diff: null })}>
            Clear
          </button>
        </p>
      )}
    </div>
  );
}
