/**
 * What every editor does when it talks to the API: busy while the request runs, input errors by
 * field (the API's extensions.field), and a CONFLICT as the dialog that offers to reload.
 */
import { useState, type ReactNode } from 'react';
import { ApiError } from '../api/request.ts';
import { ConflictDialog, isConflict, type Conflict } from './ConflictDialog.tsx';
import { fieldErrors, type FieldErrors } from './form-errors.ts';

export interface Save {
  busy: boolean;
  errors: FieldErrors;
  /** Runs the request: its result, or null when it failed (and its error is shown). */
  run: <T>(action: () => Promise<T>) => Promise<T | null>;
  clearErrors: () => void;
  /** The conflict dialog while one is open; render it inside the form. */
  conflictDialog: ReactNode;
}

/**
 * onConflict: what the dialog calls the record ("this stakeholder") and how to read it again ("Reload
 * their version"); forms that only create leave it out, and a CONFLICT is then the form's error.
 */
export function useSave(onConflict?: { what: string; reload: () => void }): Save {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);

  async function run<T>(action: () => Promise<T>): Promise<T | null> {
    setBusy(true);
    setErrors({});
    try {
      return await action();
    } catch (error) {
      if (onConflict && isConflict(error)) setConflict({ ...onConflict, message: (error as Error).message });
      else setErrors(error instanceof ApiError ? fieldErrors(error) : { '': (error as Error).message });
      return null;
    } finally {
      setBusy(false);
    }
  }

  return {
    busy,
    errors,
    run,
    clearErrors: () => setErrors({}),
    conflictDialog: conflict && <ConflictDialog conflict={conflict} onClose={() => setConflict(null)} />,
  };
}
