/**
 * A new stakeholder (editors): kind, name, an optional readable id, then the fields of its kind
 * (type, sector, the period it existed), description, names over time and citations. Created with
 * createEntity; input errors show next to the field the API names. While the name is typed, existing
 * stakeholders it may be are shown first (PossibleDuplicates); the user decides.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CreateEntityDocument, type EntityKind } from '../../api/generated/operations.ts';
import { mutate } from '../../api/queries.ts';
import { ENTITY_KINDS } from '../../../core/vocabulary.ts';
import { KIND_LABELS } from '../../graph/palette.ts';
import { FormError } from '../../ui/FieldError.tsx';
import { EMPTY_ENTITY, EntityFields, TYPES, entityFieldNames, entityInput, type EntityDraft } from './EntityFields.tsx';
import { Field } from '../../ui/Field.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { PossibleDuplicates, type ExistingStakeholder } from './PossibleDuplicates.tsx';
import { useSave } from '../../ui/useSave.tsx';

const FORM = 'new-entity';
const ID_PREFIX: Record<EntityKind, string> = { BODY: 'body:', PERSON: 'person:', PROGRAMME: 'programme:' };

export function CreateEntity({
  onCreated,
  onCancel,
  onShowExisting,
}: {
  onCreated: (entity: { id: string; kind: EntityKind }) => void;
  onCancel: () => void;
  /** The user chose an existing stakeholder the name may stand for, instead of creating. */
  onShowExisting: (entity: ExistingStakeholder) => void;
}) {
  const [kind, setKind] = useState<EntityKind>('BODY');
  const [id, setId] = useState('');
  const [draft, setDraft] = useState<EntityDraft>(EMPTY_ENTITY);
  const { busy, errors, run } = useSave();
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);

  function changeKind(next: EntityKind) {
    setKind(next);
    // A body's type means nothing to a programme: choose again.
    if (!TYPES[next]?.includes(draft.type)) setDraft({ ...draft, type: '' });
  }

  async function create(event: FormEvent) {
    event.preventDefault();
    const result = await run(() =>
      mutate(CreateEntityDocument, { input: { kind, id: id.trim() || null, ...entityInput(kind, draft) } }, ['graph']),
    );
    if (result) onCreated(result.createEntity);
  }

  return (
    <form
      className="profile-editor entity-editor"
      onSubmit={(event) => void create(event)}
      data-testid="create-entity"
      aria-labelledby="new-entity-title"
      noValidate
    >
      <h2 id="new-entity-title">New stakeholder</h2>
      <Field form={FORM} field="kind" label="Kind" errors={errors}>
        {(control) => (
          <select
            {...control}
            ref={first}
            value={kind}
            onChange={(event) => changeKind(event.target.value as EntityKind)}
          >
            {ENTITY_KINDS.map((option) => (
              <option key={option} value={option}>
                {KIND_LABELS[option]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <EntityFields
        kind={kind}
        draft={draft}
        onChange={setDraft}
        errors={errors}
        form={FORM}
        afterName={
          <>
            <PossibleDuplicates name={draft.name} kind={kind} onShow={onShowExisting} />
            <IdField kind={kind} id={id} onChange={setId} errors={errors} />
          </>
        }
      />
      <FormError errors={errors} shown={['kind', 'id', ...entityFieldNames(kind, draft)]} />
      <div className="action-row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create stakeholder'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** An optional readable id; made from the name when left empty. */
function IdField({
  kind,
  id,
  onChange,
  errors,
}: {
  kind: EntityKind;
  id: string;
  onChange: (id: string) => void;
  errors: FieldErrors;
}) {
  return (
    <Field form={FORM} field="id" label="Id (optional)" errors={errors} hint={`${FORM}-id-hint`}>
      {(control) => (
        <>
          <input
            {...control}
            value={id}
            placeholder={`${ID_PREFIX[kind]}…`}
            onChange={(event) => onChange(event.target.value)}
          />
          <span className="hint" id={`${FORM}-id-hint`}>
            Made from the name when left empty ({ID_PREFIX[kind]}lower-case-words).
          </span>
        </>
      )}
    </Field>
  );
}
