/** A new relationship from the selected stakeholder (editors): type, other party, role, period, basis, confidence, citations. */
import { useState, type FormEvent } from 'react';
import { CreateRelationshipDocument, type DateBasis } from '../../api/generated/operations.ts';
import { mutate } from '../../api/queries.ts';
import { RELATIONSHIP_TYPES } from '../../../core/vocabulary.ts';
import { relationshipWords } from '../../graph/palette.ts';
import { dispatch, rememberName } from '../../state/store.ts';
import { useNameOf } from '../../state/hooks.ts';
import { DATE_BASIS_WORDS } from '../../ui/format.ts';
import { useSession } from '../../session/session.ts';
import { FieldError, FormError, invalidProps } from '../../ui/FieldError.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { EntityCombobox } from '../../ui/EntityCombobox.tsx';
import {
  CitationsEditor,
  EMPTY_CITATION,
  citationFields,
  citationInputs,
  type CitationDraft,
} from './CitationsEditor.tsx';
import { useSave } from '../../ui/useSave.tsx';

const FORM = 'new-relationship';
const TYPES = Object.keys(RELATIONSHIP_TYPES).sort();

interface NewRelationshipDraft {
  type: string;
  to: string | null;
  role: string;
  validFrom: string;
  validTo: string;
  dateBasis: DateBasis;
  confidence: string;
  citations: CitationDraft[];
}

const EMPTY_DRAFT: NewRelationshipDraft = {
  type: '',
  to: null,
  role: '',
  validFrom: '',
  validTo: '',
  dateBasis: 'STATED',
  confidence: '1',
  citations: [EMPTY_CITATION],
};

type SetField = <K extends keyof NewRelationshipDraft>(field: K) => (value: NewRelationshipDraft[K]) => void;

function relationshipInput(fromId: string, draft: NewRelationshipDraft) {
  return {
    type: draft.type,
    from: fromId,
    to: draft.to ?? '',
    role: draft.role.trim() || null,
    validFrom: draft.validFrom.trim() || null,
    validTo: draft.validTo.trim() || null,
    dateBasis: draft.dateBasis,
    confidence: Number(draft.confidence),
    citations: citationInputs(draft.citations),
  };
}

export function CreateRelationship({
  from,
  autoFocus = false,
}: {
  from: { id: string; name: string };
  /** Focus "Add a relationship…" when it appears (a stakeholder just created). */
  autoFocus?: boolean;
}) {
  const { canEdit } = useSession();
  const [open, setOpen] = useState(false);
  // Kept while the form is closed, as typed.
  const [draft, setDraft] = useState<NewRelationshipDraft>(EMPTY_DRAFT);
  const { busy, errors, run } = useSave();
  if (!canEdit) return null;
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)} autoFocus={autoFocus}>
        Add a relationship…
      </button>
    );

  async function create(event: FormEvent) {
    event.preventDefault();
    const input = relationshipInput(from.id, draft);
    const result = await run(() => mutate(CreateRelationshipDocument, { input }, ['graph']));
    if (!result) return;
    setOpen(false);
    dispatch({ type: 'select', id: result.createRelationship.id });
  }

  const set: SetField = (field) => (value) => setDraft((previous) => ({ ...previous, [field]: value }));
  const shown = ['type', 'to', 'role', 'validFrom', 'validTo', ...citationFields(draft.citations)];
  return (
    <form
      className="profile-editor"
      onSubmit={(event) => void create(event)}
      data-testid="create-relationship"
      noValidate
    >
      <p className="muted">From {from.name}</p>
      <TypeAndOtherParty draft={draft} set={set} errors={errors} />
      <RoleAndPeriod draft={draft} set={set} errors={errors} />
      <CitationsEditor citations={draft.citations} onChange={set('citations')} errors={errors} form={FORM} />
      <FormError errors={errors} shown={shown} />
      <div className="action-row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create relationship'}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface PartProps {
  draft: NewRelationshipDraft;
  set: SetField;
  errors: FieldErrors;
}

/** Which relationship, and with whom (searched; "Change" searches again). */
function TypeAndOtherParty({ draft, set, errors }: PartProps) {
  const nameOf = useNameOf();
  return (
    <>
      <label className="field">
        <span className="field-label">Type</span>
        <select
          value={draft.type}
          onChange={(event) => set('type')(event.target.value)}
          {...invalidProps(errors, FORM, 'type')}
        >
          <option value="">Choose a type…</option>
          {TYPES.map((name) => (
            <option key={name} value={name}>
              {relationshipWords(name)}
            </option>
          ))}
        </select>
        <FieldError errors={errors} form={FORM} field="type" />
      </label>
      <div className="field">
        {draft.to ? (
          <p>
            To <strong>{nameOf(draft.to)}</strong>{' '}
            <button type="button" className="link small" onClick={() => set('to')(null)}>
              Change
            </button>
          </p>
        ) : (
          <EntityCombobox
            label="To"
            placeholder="Search a stakeholder…"
            onChoose={(hit) => {
              rememberName(hit);
              set('to')(hit.id);
            }}
          />
        )}
        <FieldError errors={errors} form={FORM} field="to" />
      </div>
    </>
  );
}

/** Role, period, date basis and confidence. */
function RoleAndPeriod({ draft, set, errors }: PartProps) {
  return (
    <>
      <label className="field">
        <span className="field-label">Role</span>
        <input
          value={draft.role}
          onChange={(event) => set('role')(event.target.value)}
          {...invalidProps(errors, FORM, 'role')}
        />
        <FieldError errors={errors} form={FORM} field="role" />
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field-label">From (YYYY, YYYY-MM or YYYY-MM-DD)</span>
          <input
            value={draft.validFrom}
            onChange={(event) => set('validFrom')(event.target.value)}
            {...invalidProps(errors, FORM, 'validFrom')}
          />
          <FieldError errors={errors} form={FORM} field="validFrom" />
        </label>
        <label className="field">
          <span className="field-label">To (date)</span>
          <input
            value={draft.validTo}
            onChange={(event) => set('validTo')(event.target.value)}
            {...invalidProps(errors, FORM, 'validTo')}
          />
          <FieldError errors={errors} form={FORM} field="validTo" />
        </label>
      </div>
      <div className="field-row">
        <label className="field">
          <span className="field-label">Date basis</span>
          <select value={draft.dateBasis} onChange={(event) => set('dateBasis')(event.target.value as DateBasis)}>
            {(Object.keys(DATE_BASIS_WORDS) as DateBasis[]).map((basis) => (
              <option key={basis} value={basis}>
                {DATE_BASIS_WORDS[basis]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Confidence</span>
          <select value={draft.confidence} onChange={(event) => set('confidence')(event.target.value)}>
            <option value="1">stated (1)</option>
            <option value="0.8">implied (0.8)</option>
            <option value="0.6">probable (0.6)</option>
            <option value="0.4">uncertain (0.4)</option>
          </select>
        </label>
      </div>
    </>
  );
}
