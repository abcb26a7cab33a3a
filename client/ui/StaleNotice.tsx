/** Said in an open form as soon as a colleague's change to the same record arrives, before saving. */
export interface Staleness {
  actor: string;
  at: string;
}

const timeOf = (at: string) =>
  new Date(Date.parse(at.replace(/(\.\d{3})\d+/, '$1'))).toLocaleTimeString(undefined, {
    hour: '2-digit',
    minute: '2-digit',
  });

export function StaleNotice({
  stale,
  reload,
  overwrite,
}: {
  stale: Staleness;
  /** Read their version again (the form takes it, dropping one's unsaved edits). */
  reload: () => void;
  /** Keep one's edits, to save them over theirs (the form now holds their version number). */
  overwrite: () => void;
}) {
  return (
    <div className="notice stale-notice" role="alert" data-testid="stale-notice">
      <span>
        {stale.actor} changed this at {timeOf(stale.at)}: your form shows the version from before.
      </span>
      <div className="action-row">
        <button type="button" onClick={reload}>
          Reload their version
        </button>
        <button type="button" onClick={overwrite}>
          Overwrite with mine
        </button>
      </div>
    </div>
  );
}
