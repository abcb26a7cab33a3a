/**
 * The life of an edit to an existing record: read it (and make a draft of it) when editing starts,
 * save or retire with the version read then, and say what happened; a CONFLICT offers to read it
 * again. Built on useSave.
 */
import { useState, type Dispatch, type SetStateAction } from 'react';
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
}

export function useRecordEditor<R, D>(options: {
  /** What the conflict dialog calls the record ("this stakeholder"). */
  what: string;
  load: () => Promise<R>;
  draftOf: (record: R) => D;
}): RecordEditor<R, D> {
  const [editing, setEditing] = useState<R | null>(null);
  const [draft, setDraft] = useState<D | null>(null);
  const [message, setMessage] = useState('');
  const save = useSave({ what: options.what, reload: () => void open() });

  async function open() {
    setMessage('');
    await save.run(async () => {
      const record = await options.load();
      setEditing(record);
      setDraft(options.draftOf(record));
    });
  }

  async function finish(action: () => Promise<unknown>, done: string) {
    if ((await save.run(action)) === null) return;
    setEditing(null);
    setDraft(null);
    setMessage(done);
  }

  function cancel() {
    setEditing(null);
    setDraft(null);
    save.clearErrors();
  }

  return { ...save, editing, draft, setDraft, message, open, finish, cancel };
}
