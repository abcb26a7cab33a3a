/**
 * Editing a stakeholder (editors): name, type, sector, the period it existed, description, names
 * over time and citations, saved with the version read when editing starts; or retiring it with a
 * reason. Input errors by field; CONFLICT opens the dialog.
 */
import { useState, type FormEvent } from 'react';
import {
  EntityForEditDocument,
  RetireEntityDocument,
  UpdateEntityDocument,
  type EntityForEditQuery,
} from '../../api/generated/operations.ts';
import { request } from '../../api/request.ts';
import { KIND_LABELS } from '../../graph/palette.ts';
import { useEngagement } from '../engagement/EngagementContext.tsx';
import { FormError } from '../engagement/FieldError.tsx';
import { EntityFields, entityDraft, entityFieldNames, entityInput, type EntityDraft } from './EntityFields.tsx';
import { Field } from './Field.tsx';
import { useSave } from './useSave.tsx';

type Editable = NonNullable<EntityForEditQuery['entity']>;
const FORM = 'entity';

export function EntityEditor({ id, onChanged }: { id: string; onChanged: () => void }) {
  const { canEdit } = useEngagement();
  const [editing, setEditing] = useState<Editable | null>(null);
  const [draft, setDraft] = useState<EntityDraft | null>(null);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState('');
  const { busy, errors, run, clearErrors, conflictDialog } = useSave({
    what: 'this stakeholder',
    reload: () => void open(),
  });
  if (!canEdit) return null;

  async function open() {
    setMessage('');
    await run(async () => {
      const { entity } = await request(EntityForEditDocument, { id });
      if (!entity) throw new Error('This stakeholder is no longer in the atlas.');
      setEditing(entity);
      setDraft(entityDraft(entity));
    });
  }

  async function finish(action: () => Promise<unknown>, done: string) {
    if ((await run(action)) === null) return;
    setEditing(null);
    setDraft(null);
    setMessage(done);
    onChanged();
  }

  function save(event: FormEvent) {
    event.preventDefault();
    if (!editing || !draft) return;
    void finish(
      () =>
        request(UpdateEntityDocument, {
          id,
          expectedVersion: editing.version,
          input: entityInput(editing.kind, draft),
        }),
      'Stakeholder saved.',
    );
  }

  if (!editing || !draft)
    return (
      <div className="edit-bar">
        <button type="button" onClick={() => void open()} disabled={busy}>
          {busy ? 'Loading…' : 'Edit stakeholder'}
        </button>
        <span role="status" className="muted">
          {message}
        </span>
        <FormError errors={errors} shown={[]} />
      </div>
    );

  return (
    <form
      className="profile-editor entity-editor"
      onSubmit={save}
      data-testid="entity-editor"
      aria-label={`Edit ${editing.name}`}
      noValidate
    >
      <p className="muted">{KIND_LABELS[editing.kind]} (the kind cannot be changed)</p>
      <EntityFields kind={editing.kind} draft={draft} onChange={setDraft} errors={errors} form={FORM} />
      <FormError errors={errors} shown={[...entityFieldNames(editing.kind, draft), 'reason']} />
      <div className="action-row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save stakeholder'}
        </button>
        <button
          type="button"
          onClick={() => {
            setEditing(null);
            setDraft(null);
            clearErrors();
          }}
        >
          Cancel
        </button>
      </div>
      <details className="retire">
        <summary>Retire this stakeholder</summary>
        <Field form={FORM} field="reason" label="Reason" errors={errors}>
          {(control) => <input {...control} value={reason} onChange={(event) => setReason(event.target.value)} />}
        </Field>
        <button
          type="button"
          className="danger"
          disabled={busy || !reason.trim()}
          onClick={() =>
            void finish(
              () => request(RetireEntityDocument, { id, expectedVersion: editing.version, reason: reason.trim() }),
              'Stakeholder retired.',
            )
          }
        >
          Retire stakeholder
        </button>
      </details>
      {conflictDialog}
    </form>
  );
}
