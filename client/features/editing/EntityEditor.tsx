/**
 * Editing a stakeholder (editors): name, description and citations, saved with the version read when
 * editing starts; or retiring it with a reason. Input errors by field; CONFLICT opens the dialog.
 */
import { useState, type FormEvent } from 'react';
import {
  EntityForEditDocument,
  RetireEntityDocument,
  UpdateEntityDocument,
  type EntityForEditQuery,
} from '../../api/generated/operations.ts';
import { ApiError, request } from '../../api/request.ts';
import { ConflictDialog, isConflict, type Conflict } from '../engagement/ConflictDialog.tsx';
import { useEngagement } from '../engagement/EngagementContext.tsx';
import { FieldError, FormError, invalidProps } from '../engagement/FieldError.tsx';
import { fieldErrors, type FieldErrors } from '../engagement/grid.ts';
import { CitationsEditor, citationFields, citationInputs, type CitationDraft } from './CitationsEditor.tsx';

type Editable = NonNullable<EntityForEditQuery['entity']>;
const FORM = 'entity';

export function EntityEditor({ id, onChanged }: { id: string; onChanged: () => void }) {
  const { canEdit } = useEngagement();
  const [editing, setEditing] = useState<Editable | null>(null);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [citations, setCitations] = useState<CitationDraft[]>([]);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [conflict, setConflict] = useState<Conflict | null>(null);
  if (!canEdit) return null;

  async function open() {
    setBusy(true);
    setErrors({});
    setMessage('');
    try {
      const { entity } = await request(EntityForEditDocument, { id });
      if (!entity) throw new Error('This stakeholder is no longer in the atlas.');
      setEditing(entity);
      setName(entity.name);
      setDescription(entity.description ?? '');
      setCitations(
        entity.citations.map((citation) => ({
          source: citation.source.id,
          quote: citation.quote,
          note: citation.note ?? '',
        })),
      );
    } catch (error) {
      setErrors({ '': (error as Error).message });
    } finally {
      setBusy(false);
    }
  }

  function failed(error: unknown) {
    if (isConflict(error))
      setConflict({ what: 'this stakeholder', message: (error as Error).message, reload: () => void open() });
    else setErrors(error instanceof ApiError ? fieldErrors(error) : { '': (error as Error).message });
  }

  async function run(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    setErrors({});
    try {
      await action();
      setEditing(null);
      setMessage(done);
      onChanged();
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  }

  function save(event: FormEvent) {
    event.preventDefault();
    if (!editing) return;
    void run(
      () =>
        request(UpdateEntityDocument, {
          id,
          expectedVersion: editing.version,
          input: { name: name.trim(), description: description.trim() || null, citations: citationInputs(citations) },
        }),
      'Stakeholder saved.',
    );
  }

  if (!editing)
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
    <form className="profile-editor" onSubmit={save} data-testid="entity-editor" noValidate>
      <label className="field">
        <span className="field-label">Name</span>
        <input value={name} onChange={(event) => setName(event.target.value)} {...invalidProps(errors, FORM, 'name')} />
        <FieldError errors={errors} form={FORM} field="name" />
      </label>
      <label className="field">
        <span className="field-label">Description</span>
        <textarea
          rows={3}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          {...invalidProps(errors, FORM, 'description')}
        />
        <FieldError errors={errors} form={FORM} field="description" />
      </label>
      <CitationsEditor citations={citations} onChange={setCitations} errors={errors} form={FORM} />
      <FormError errors={errors} shown={['name', 'description', 'reason', ...citationFields(citations)]} />
      <div className="action-row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save stakeholder'}
        </button>
        <button type="button" onClick={() => setEditing(null)}>
          Cancel
        </button>
      </div>
      <details className="retire">
        <summary>Retire this stakeholder</summary>
        <label className="field">
          <span className="field-label">Reason</span>
          <input
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            {...invalidProps(errors, FORM, 'reason')}
          />
          <FieldError errors={errors} form={FORM} field="reason" />
        </label>
        <button
          type="button"
          className="danger"
          disabled={busy || !reason.trim()}
          onClick={() =>
            void run(
              () => request(RetireEntityDocument, { id, expectedVersion: editing.version, reason: reason.trim() }),
              'Stakeholder retired.',
            )
          }
        >
          Retire stakeholder
        </button>
      </details>
      {conflict && <ConflictDialog conflict={conflict} onClose={() => setConflict(null)} />}
    </form>
  );
}
