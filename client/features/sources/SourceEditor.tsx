/**
 * Editing a source (editors): its fields, read when editing starts and saved with that version, or
 * retiring it with a reason. Errors by field; a CONFLICT opens the dialog to reload.
 */
import { useState, type FormEvent } from 'react';
import type { FieldErrors } from '../../ui/form-errors.ts';
import {
  RetireSourceDocument,
  SourceForEditDocument,
  UpdateSourceDocument,
  type SourceForEditQuery,
} from '../../api/generated/operations.ts';
import { mutate } from '../../api/queries.ts';
import { request } from '../../api/request.ts';
import { Field } from '../../ui/Field.tsx';
import { FormError } from '../../ui/FieldError.tsx';
import { SOURCE_FIELDS, SourceFields, sourceDraftOf, sourceInput, type SourceDraft } from '../../ui/SourceForm.tsx';
import { useRecordEditor } from '../../ui/useRecordEditor.ts';

type Editable = NonNullable<SourceForEditQuery['source']>;
const FORM = 'source-edit';

export function SourceEditor({ id }: { id: string }) {
  const editor = useRecordEditor<Editable, SourceDraft>({
    what: 'this source',
    load: async () => {
      const { source } = await request(SourceForEditDocument, { id });
      if (!source) throw new Error(`There is no source ${id}.`);
      return source;
    },
    draftOf: sourceDraftOf,
    idOf: (source) => source.id,
  });
  const { editing, draft, busy, errors } = editor;

  if (!editing || !draft) {
    return (
      <div className="source-actions">
        <button type="button" onClick={() => void editor.open()} disabled={busy}>
          Edit source
        </button>
        {editor.message && <p role="status">{editor.message}</p>}
        <FormError errors={errors} shown={[]} />
      </div>
    );
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const input = sourceInput(draft!, { withText: !editing!.fileName });
    await editor.finish(
      () =>
        mutate(
          UpdateSourceDocument,
          { id, expectedVersion: editing!.version, input },
          ['graph'],
          draft!.file ? { upload: { path: 'input.file', file: draft!.file } } : {},
        ),
      'Source saved.',
    );
  }

  return (
    <form className="source-editor" aria-label="Edit source" onSubmit={(event) => void save(event)}>
      {editor.staleNotice}
      <SourceFields
        form={FORM}
        draft={draft}
        onChange={(next) => editor.setDraft(next)}
        errors={errors}
        textFromFile={editing.fileName}
      />
      <FormError errors={errors} shown={[...SOURCE_FIELDS, 'reason']} />
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save source'}
        </button>
        <button type="button" className="link" onClick={editor.cancel}>
          Cancel
        </button>
      </div>
      <RetireSource
        busy={busy}
        errors={errors}
        retire={(reason) =>
          editor.finish(
            () => mutate(RetireSourceDocument, { id, expectedVersion: editing.version, reason }, ['graph']),
            'Source retired: it can no longer be cited.',
          )
        }
      />
      {editor.conflictDialog}
    </form>
  );
}

/** Retiring the source, with a reason: it can no longer be cited, its citations stay. */
function RetireSource({
  busy,
  errors,
  retire,
}: {
  busy: boolean;
  errors: FieldErrors;
  retire: (reason: string) => Promise<unknown>;
}) {
  const [reason, setReason] = useState('');
  return (
    <details className="retire">
      <summary>Retire this source</summary>
      <Field form={FORM} field="reason" label="Reason" errors={errors}>
        {(control) => <input {...control} value={reason} onChange={(event) => setReason(event.target.value)} />}
      </Field>
      <button type="button" disabled={busy || !reason.trim()} onClick={() => void retire(reason.trim())}>
        Retire source
      </button>
    </details>
  );
}
