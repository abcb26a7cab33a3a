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

export function CreateRelationship({
  from,
  autoFocus = false,
}: {
  from: { id: string; name: string };
  /** Focus "Add a relationship…" when it appears (a stakeholder just created). */
  autoFocus?: boolean;
}) {
  const { canEdit } = useSession();
  const nameOf = useNameOf();
  const [open, setOpen] = useState(false);
  const [type, setType] = useState('');
  const [to, setTo] = useState<string | null>(null);
  const [role, setRole] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const [dateBasis, setDateBasis] = useState<DateBasis>('STATED');
  const [confidence, setConfidence] = useState('1');
  const [citations, setCitations] = useState<CitationDraft[]>([EMPTY_CITATION]);
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
    const result = await run(() =>
      mutate(
        CreateRelationshipDocument,
        {
          input: {
            type,
            from: from.id,
            to: to ?? '',
            role: role.trim() || null,
            validFrom: validFrom.trim() || null,
            validTo: validTo.trim() || null,
            dateBasis,
            confidence: Number(confidence),
            citations: citationInputs(citations),
          },
        },
        ['graph'],
      ),
    );
    if (!result) return;
    setOpen(false);
    dispatch({ type: 'select', id: result.createRelationship.id });
  }

  return (
    <form
      className="profile-editor"
      onSubmit={(event) => void create(event)}
      data-testid="create-relationship"
      noValidate
    >
      <p className="muted">From {from.name}</p>
      <label className="field">
        <span className="field-label">Type</span>
        <select value={type} onChange={(event) => setType(event.target.value)} {...invalidProps(errors, FORM, 'type')}>
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
        {to ? (
          <p>
            To <strong>{nameOf(to)}</strong>{' '}
            <button type="button" className="link small" onClick={() => setTo(null)}>
              Change
            </button>
          </p>
        ) : (
          <EntityCombobox
            label="To"
            placeholder="Search a stakeholder…"
            onChoose={(hit) => {
              rememberName(hit);
              setTo(hit.id);
            }}
          />
        )}
        <FieldError errors={errors} form={FORM} field="to" />
      </div>
      <label className="field">
        <span className="field-label">Role</span>
        <input value={role} onChange={(event) => setRole(event.target.value)} {...invalidProps(errors, FORM, 'role')} />
        <FieldError errors={errors} form={FORM} field="role" />
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field-label">From (YYYY, YYYY-MM or YYYY-MM-DD)</span>
          <input
            value={validFrom}
            onChange={(event) => setValidFrom(event.target.value)}
            {...invalidProps(errors, FORM, 'validFrom')}
          />
          <FieldError errors={errors} form={FORM} field="validFrom" />
        </label>
        <label className="field">
          <span className="field-label">To (date)</span>
          <input
            value={validTo}
            onChange={(event) => setValidTo(event.target.value)}
            {...invalidProps(errors, FORM, 'validTo')}
          />
          <FieldError errors={errors} form={FORM} field="validTo" />
        </label>
      </div>
      <div className="field-row">
        <label className="field">
          <span className="field-label">Date basis</span>
          <select value={dateBasis} onChange={(event) => setDateBasis(event.target.value as DateBasis)}>
            {(Object.keys(DATE_BASIS_WORDS) as DateBasis[]).map((basis) => (
              <option key={basis} value={basis}>
                {DATE_BASIS_WORDS[basis]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Confidence</span>
          <select value={confidence} onChange={(event) => setConfidence(event.target.value)}>
            <option value="1">stated (1)</option>
            <option value="0.8">implied (0.8)</option>
            <option value="0.6">probable (0.6)</option>
            <option value="0.4">uncertain (0.4)</option>
          </select>
        </label>
      </div>
      <CitationsEditor citations={citations} onChange={setCitations} errors={errors} form={FORM} />
      <FormError errors={errors} shown={['type', 'to', 'role', 'validFrom', 'validTo', ...citationFields(citations)]} />
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
