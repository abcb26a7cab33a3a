/**
 * The life of an edit to an existing record: read it (and make a draft of it) when editing starts,
 * save or retire with the version read then, and say what happened; a CONFLICT offers to read it
 * again. A colleague's change to the record arriving over the live feed while the form is open is
 * said at once (staleNotice: reload theirs, or overwrite with mine). Built on useSave.
 */
import { createElement, useEffect, useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import { onLiveChange } from '../api/live.ts';
import { useSession } from '../session/session.ts';
import { StaleNotice, type Staleness } from './StaleNotice.tsx';
import { useSave, type Save } from './useSave.tsx';

export interface RecordEditor<R, D> extends Save {
  /** The record as read when editing started; null while not editing. */
  editing: R | null;
  draft: D | null;
  setDraft: Dispatch<SetStateAction<D | null>>;
  /** What the last save or retirement did ("Stakeholder saved."). */
  message: string;
  open: () => Promise<void>;
  /** Runs a write (mutate(), which refreshes what it changed); on success stops editing and says `done`. */
  finish: (action: () => Promise<unknown>, done: string) => Promise<void>;
  cancel: () => void;
  /** Shown in the form while a colleague's newer version waits; render it inside the form. */
  staleNotice: ReactNode;
}

export function useRecordEditor<R, D>(options: {
  /** What the conflict dialog calls the record ("this stakeholder"). */
  what: string;
  load: () => Promise<R>;
  draftOf: (record: R) => D;
  /** The record's id, as the change feed names it (targetId). */
  idOf: (record: R) => string;
}): RecordEditor<R, D> {
  const [editing, setEditing] = useState<R | null>(null);
  const [draft, setDraft] = useState<D | null>(null);
  const [message, setMessage] = useState('');
  const [stale, setStale] = useState<Staleness | null>(null);
  const save = useSave({ what: options.what, reload: () => void open() });
  const { userId, name } = useSession();
  const recordId = editing ? options.idOf(editing) : null;

  useEffect(() => {
    if (recordId === null) return;
    return onLiveChange((change) => {
      if (change.targetId !== recordId) return;
      const own = change.actorId ? change.actorId === userId : change.actor === name;
      if (!own) setStale({ actor: change.actor, at: change.at });
    });
  }, [recordId, userId, name]);

  async function open() {
    setMessage('');
    setStale(null);
    await save.run(async () => {
      const record = await options.load();
      setEditing(record);
      setDraft(options.draftOf(record));
    });
  }

  /** Their version's number, with my draft kept: the next save goes over theirs. */
  async function overwrite() {
    setStale(null);
    await save.run(async () => setEditing(await options.load()));
  }

  async function finish(action: () => Promise<unknown>, done: string) {
    if ((await save.run(action)) === null) return;
    setEditing(null);
    setDraft(null);
    setStale(null);
    setMessage(done);
  }

  function cancel() {
    setEditing(null);
    setDraft(null);
    setStale(null);
    save.clearErrors();
  }

  const staleNotice =
    stale && editing
      ? createElement(StaleNotice, { stale, reload: () => void open(), overwrite: () => void overwrite() })
      : null;
  return { ...save, editing, draft, setDraft, message, open, finish, cancel, staleNotice };
}
