/** Someone else changed the record first (CONFLICT): reload theirs, or save mine over it. */
import { useEffect, useRef } from 'react';

export interface Conflict {
  what: string;
  message: string;
  /** Present when "keep mine" makes sense (saves again over the newer version). */
  keepMine?: () => void;
  reload: () => void;
}

export function ConflictDialog({ conflict, onClose }: { conflict: Conflict; onClose: () => void }) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="conflict-title"
        aria-describedby="conflict-text"
        data-testid="conflict-dialog"
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
      >
        <h2 id="conflict-title">Someone else changed {conflict.what} first</h2>
        <p id="conflict-text">
          Your change was not saved: {conflict.message} Reload to see their version, or keep yours and save it over
          theirs.
        </p>
        <div className="action-row">
          <button
            ref={first}
            type="button"
            className="primary"
            onClick={() => {
              conflict.reload();
              onClose();
            }}
          >
            Reload their version
          </button>
          {conflict.keepMine && (
            <button
              type="button"
              onClick={() => {
                conflict.keepMine?.();
                onClose();
              }}
            >
              Keep mine
            </button>
          )}
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}

/** The version the server holds now, from a CONFLICT error (for "keep mine"). */
export function actualVersion(error: unknown): number | null {
  const extensions = (error as { extensions?: { actualVersion?: unknown } }).extensions;
  return typeof extensions?.actualVersion === 'number' ? extensions.actualVersion : null;
}

export function isConflict(error: unknown): boolean {
  return (error as { code?: string }).code === 'CONFLICT';
}
