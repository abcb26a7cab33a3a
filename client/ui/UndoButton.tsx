/**
 * Undo one change of the feed (revertChange), for editors: on a live notice of one's own change,
 * and wherever a change is listed (the Changes view, a stakeholder's history). A refusal (the
 * record changed since: who and when) is shown beside the button; nothing was changed then.
 */
import { useState } from 'react';
import { RevertChangeDocument } from '../api/generated/operations.ts';
import { mutate } from '../api/queries.ts';
import { useSession } from '../session/session.ts';

export function UndoButton({ seq, onDone }: { seq: number; onDone?: (undoneBy: number) => void }) {
  const { canEdit } = useSession();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!canEdit) return null;
  if (done)
    return (
      <span className="muted" role="status">
        Undone
      </span>
    );

  async function undo() {
    setBusy(true);
    setError(null);
    try {
      const { revertChange } = await mutate(RevertChangeDocument, { seq }, ['graph', 'inbox']);
      setDone(true);
      onDone?.(revertChange.seq);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="undo-change">
      <button type="button" onClick={() => void undo()} disabled={busy} aria-label={`Undo change ${seq}`}>
        {busy ? 'Undoing…' : 'Undo'}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
