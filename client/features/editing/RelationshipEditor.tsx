/**
 * Editing a relationship (editors): role, period, date basis, confidence and citations (source from
 * the `sources` list, quote, note), saved with the version it was read at; or retiring it with a
 * reason. Input errors show next to the field the API names; a CONFLICT opens a dialog to reload.
 */
import { useState, type FormEvent } from 'react';
import {
  RelationshipForEditDocument,
  RetireRelationshipDocument,
  UpdateRelationshipDocument,
  type DateBasis,
  type MapEdgeFragment,
  type RelationshipForEditQuery,
} from '../../api/generated/operations.ts';
import { mutate } from '../../api/queries.ts';
import { request } from '../../api/request.ts';
import { useSession } from '../../session/session.ts';
import { FieldError, FormError, invalidProps } from '../../ui/FieldError.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { DATE_BASIS_WORDS } from '../../ui/format.ts';
import {
  CitationsEditor,
  citationDrafts,
  citationFields,
  citationInputs,
  type CitationDraft,
} from './CitationsEditor.tsx';
import { useRecordEditor } from '../../ui/useRecordEditor.ts';
import { SaveButtons } from '../../ui/SaveButtons.tsx';

type EditableEdge = RelationshipForEditQuery['neighbourhood']['edges'][number];
interface Draft {
  role: string;
  validFrom: string;
  validTo: string;
  dateBasis: DateBasis;
  confidence: string;
  citations: CitationDraft[];
}

const FORM = 'relationship';
const CONFIDENCES = [
  { value: '1', label: 'stated (1)' },
  { value: '0.8', label: 'implied (0.8)' },
  { value: '0.6', label: 'probable (0.6)' },
  { value: '0.4', label: 'uncertain (0.4)' },
];

function draftOf(edge: EditableEdge): Draft {
  return {
    role: edge.role ?? '',
    validFrom: edge.validFrom ?? '',
    validTo: edge.validTo ?? '',
    dateBasis: edge.dateBasis,
    confidence: String(edge.confidence),
    citations: citationDrafts(edge.citations),
  };
}

async function load(edge: MapEdgeFragment): Promise<EditableEdge> {
  const result = await request(RelationshipForEditDocument, { source: edge.source });
  const found = result.neighbourhood.edges.find((candidate) => candidate.id === edge.id);
  if (!found) throw new Error('This relationship is no longer in the atlas.');
  return found;
}

/** The form as the API's input: empty text clears a field (null). */
function relationshipInput(draft: Draft) {
  return {
    role: draft.role.trim() || null,
    validFrom: draft.validFrom.trim() || null,
    validTo: draft.validTo.trim() || null,
    dateBasis: draft.dateBasis,
    confidence: Number(draft.confidence),
    citations: citationInputs(draft.citations),
  };
}

export function RelationshipEditor({ edge }: { edge: MapEdgeFragment }) {
  const { canEdit } = useSession();
  const [retireReason, setRetireReason] = useState('');
  const { editing, draft, setDraft, message, open, finish, cancel, busy, errors, conflictDialog, staleNotice } =
    useRecordEditor({
      what: 'this relationship',
      load: () => load(edge),
      draftOf,
      idOf: (record) => record.id,
    });
  if (!canEdit) return null;

  function save(event: FormEvent) {
    event.preventDefault();
    if (!editing || !draft) return;
    const variables = { id: editing.id, expectedVersion: editing.version, input: relationshipInput(draft) };
    void finish(() => mutate(UpdateRelationshipDocument, variables, ['graph']), 'Relationship saved.');
  }

  function retire() {
    if (!editing) return;
    const variables = { id: editing.id, expectedVersion: editing.version, reason: retireReason.trim() };
    void finish(() => mutate(RetireRelationshipDocument, variables, ['graph']), 'Relationship retired.');
  }

  if (!editing || !draft)
    return (
      <div className="edit-bar">
        <button type="button" onClick={() => void open()} disabled={busy}>
          {busy ? 'Loading…' : 'Edit relationship'}
        </button>
        <span role="status" className="muted">
          {message}
        </span>
        <FormError errors={errors} shown={[]} />
      </div>
    );

  const set: SetField = (field) => (event) =>
    setDraft((previous) => (previous ? { ...previous, [field]: event.target.value } : previous));

  return (
    <form className="profile-editor relationship-editor" onSubmit={save} data-testid="relationship-editor" noValidate>
      {staleNotice}
      <RelationshipFields draft={draft} errors={errors} set={set} />
      <CitationsEditor
        citations={draft.citations}
        onChange={(citations) => setDraft({ ...draft, citations })}
        errors={errors}
        form={FORM}
      />
      <FormError errors={errors} shown={[...SHOWN, ...citationFields(draft.citations)]} />
      <SaveButtons busy={busy} label="Save relationship" onCancel={cancel} />
      <details className="retire">
        <summary>Retire this relationship</summary>
        <label className="field">
          <span className="field-label">Reason</span>
          <input
            value={retireReason}
            onChange={(event) => setRetireReason(event.target.value)}
            {...invalidProps(errors, FORM, 'reason')}
          />
          <FieldError errors={errors} form={FORM} field="reason" />
        </label>
        <button type="button" className="danger" disabled={busy || !retireReason.trim()} onClick={retire}>
          Retire relationship
        </button>
      </details>
      {conflictDialog}
    </form>
  );
}

/** The fields the form shows itself; other errors show as the form's. */
const SHOWN = ['role', 'validFrom', 'validTo', 'dateBasis', 'confidence', 'reason'];

type SetField = (
  field: 'role' | 'validFrom' | 'validTo' | 'dateBasis' | 'confidence',
) => (event: { target: { value: string } }) => void;

/** Role, period, date basis and confidence. */
function RelationshipFields({ draft, errors, set }: { draft: Draft; errors: FieldErrors; set: SetField }) {
  return (
    <>
      <label className="field">
        <span className="field-label">Role</span>
        <input value={draft.role} onChange={set('role')} {...invalidProps(errors, FORM, 'role')} />
        <FieldError errors={errors} form={FORM} field="role" />
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field-label">From (YYYY, YYYY-MM or YYYY-MM-DD)</span>
          <input value={draft.validFrom} onChange={set('validFrom')} {...invalidProps(errors, FORM, 'validFrom')} />
          <FieldError errors={errors} form={FORM} field="validFrom" />
        </label>
        <label className="field">
          <span className="field-label">To</span>
          <input value={draft.validTo} onChange={set('validTo')} {...invalidProps(errors, FORM, 'validTo')} />
          <FieldError errors={errors} form={FORM} field="validTo" />
        </label>
      </div>
      <div className="field-row">
        <label className="field">
          <span className="field-label">Date basis</span>
          <select value={draft.dateBasis} onChange={set('dateBasis')}>
            {(Object.keys(DATE_BASIS_WORDS) as DateBasis[]).map((basis) => (
              <option key={basis} value={basis}>
                {DATE_BASIS_WORDS[basis]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Confidence</span>
          <select value={draft.confidence} onChange={set('confidence')} {...invalidProps(errors, FORM, 'confidence')}>
            {!CONFIDENCES.some((option) => option.value === draft.confidence) && (
              <option value={draft.confidence}>{draft.confidence}</option>
            )}
            {CONFIDENCES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <FieldError errors={errors} form={FORM} field="confidence" />
        </label>
      </div>
    </>
  );
}
