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
import { mutate } from '../../api/queries.ts';
import { request } from '../../api/request.ts';
import { KIND_LABELS } from '../../graph/palette.ts';
import { useSession } from '../../session/session.ts';
import { FormError } from '../../ui/FieldError.tsx';
import { EntityFields, entityDraft, entityFieldNames, entityInput, type EntityDraft } from './EntityFields.tsx';
import { Field } from '../../ui/Field.tsx';
import { useRecordEditor } from '../../ui/useRecordEditor.ts';
import { SaveButtons } from '../../ui/SaveButtons.tsx';

type Editable = NonNullable<EntityForEditQuery['entity']>;
const FORM = 'entity';

async function load(id: string): Promise<Editable> {
  const { entity } = await request(EntityForEditDocument, { id });
  if (!entity) throw new Error('This stakeholder is no longer in the atlas.');
  return entity;
}

export function EntityEditor({ id }: { id: string }) {
  const { canEdit } = useSession();
  const [reason, setReason] = useState('');
  const { editing, draft, setDraft, message, open, finish, cancel, busy, errors, conflictDialog, staleNotice } =
    useRecordEditor<Editable, EntityDraft>({
      what: 'this stakeholder',
      load: () => load(id),
      draftOf: entityDraft,
      idOf: (record) => record.id,
    });
  if (!canEdit) return null;

  function save(event: FormEvent) {
    event.preventDefault();
    if (!editing || !draft) return;
    const variables = { id, expectedVersion: editing.version, input: entityInput(editing.kind, draft) };
    void finish(() => mutate(UpdateEntityDocument, variables, ['graph']), 'Stakeholder saved.');
  }

  function retire() {
    if (!editing) return;
    const variables = { id, expectedVersion: editing.version, reason: reason.trim() };
    void finish(() => mutate(RetireEntityDocument, variables, ['graph']), 'Stakeholder retired.');
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
      {staleNotice}
      <p className="muted">{KIND_LABELS[editing.kind]} (the kind cannot be changed)</p>
      <EntityFields kind={editing.kind} draft={draft} onChange={setDraft} errors={errors} form={FORM} />
      <FormError errors={errors} shown={[...entityFieldNames(editing.kind, draft), 'reason']} />
      <SaveButtons busy={busy} label="Save stakeholder" onCancel={cancel} />
      <details className="retire">
        <summary>Retire this stakeholder</summary>
        <Field form={FORM} field="reason" label="Reason" errors={errors}>
          {(control) => <input {...control} value={reason} onChange={(event) => setReason(event.target.value)} />}
        </Field>
        <button type="button" className="danger" disabled={busy || !reason.trim()} onClick={retire}>
          Retire stakeholder
        </button>
      </details>
      {conflictDialog}
    </form>
  );
}
