/**
 * Edit then accept: the editor changes a proposal's type, direction, ends (any stakeholder the text
 * names), quote, start date or confidence, and accepts it through the normal createRelationship,
 * which validates it (the quote rule, the ends' kinds) and names the field at fault.
 */
import { useState } from 'react';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { CONFIDENCE, RELATIONSHIP_TYPE_NAMES } from '../../../core/vocabulary.ts';
import { Field } from '../../ui/Field.tsx';
import { FormError } from '../../ui/FieldError.tsx';
import { useSave } from '../../ui/useSave.tsx';
import { acceptProposal, draftOf, typeWords, type Proposal, type ProposalDraft } from './proposals.ts';

const FIELDS = ['type', 'from', 'to', 'citations.0.quote', 'validFrom', 'confidence'];

export function ProposalEditor({
  source,
  proposal,
  named,
  onDone,
}: {
  source: string;
  proposal: Proposal;
  /** The stakeholders the text names, by id: the ends to choose from. */
  named: ReadonlyMap<string, string>;
  onDone: (message: string | null) => void;
}) {
  const [draft, setDraft] = useState<ProposalDraft>(() => draftOf(proposal));
  const { busy, errors, run } = useSave();
  const form = `proposal-${proposal.from.id}-${proposal.type}-${proposal.to.id}`;
  const set = <K extends keyof ProposalDraft>(key: K, value: ProposalDraft[K]) => setDraft({ ...draft, [key]: value });
  const ends = [...named].sort((a, b) => a[1].localeCompare(b[1]));
  const field = { form, errors };

  async function accept() {
    const done = await run(async () => {
      await acceptProposal(source, proposal, draft);
      return true;
    });
    if (done) onDone(`Accepted as edited: ${named.get(draft.from)} ${typeWords(draft.type)} ${named.get(draft.to)}`);
  }

  return (
    <div className="proposal-editor" role="group" aria-label="Edit the proposal" data-testid="proposal-editor">
      <EndSelect {...field} end="from" label="From" ends={ends} value={draft.from} onChange={(id) => set('from', id)} />
      <TypeSelect {...field} value={draft.type} onChange={(type) => set('type', type)} />
      <EndSelect {...field} end="to" label="To" ends={ends} value={draft.to} onChange={(id) => set('to', id)} />
      <button type="button" onClick={() => setDraft({ ...draft, from: draft.to, to: draft.from })}>
        Swap direction
      </button>
      <Field form={form} field="citations.0.quote" label="Quote (as written in the text)" errors={errors}>
        {(control) => (
          <textarea {...control} rows={2} value={draft.quote} onChange={(event) => set('quote', event.target.value)} />
        )}
      </Field>
      <Field form={form} field="validFrom" label="From (the source's date)" errors={errors}>
        {(control) => (
          <input {...control} value={draft.validFrom} onChange={(event) => set('validFrom', event.target.value)} />
        )}
      </Field>
      <ConfidenceSelect {...field} value={draft.confidence} onChange={(value) => set('confidence', value)} />
      <FormError errors={errors} shown={FIELDS} />
      <div className="form-actions">
        <button type="button" disabled={busy} onClick={() => void accept()}>
          {busy ? 'Accepting…' : 'Accept as edited'}
        </button>
        <button type="button" className="link" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </div>
  );
}

interface SelectProps<T> {
  form: string;
  errors: FieldErrors;
  value: T;
  onChange: (value: T) => void;
}

/** One end of the relationship: any stakeholder the text names. */
function EndSelect({
  form,
  errors,
  end,
  label,
  ends,
  value,
  onChange,
}: SelectProps<string> & { end: 'from' | 'to'; label: string; ends: readonly [string, string][] }) {
  return (
    <Field form={form} field={end} label={label} errors={errors}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          {ends.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function TypeSelect({ form, errors, value, onChange }: SelectProps<string>) {
  return (
    <Field form={form} field="type" label="Relationship" errors={errors}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          {RELATIONSHIP_TYPE_NAMES.map((type) => (
            <option key={type} value={type}>
              {typeWords(type)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function ConfidenceSelect({ form, errors, value, onChange }: SelectProps<number>) {
  return (
    <Field form={form} field="confidence" label="Confidence" errors={errors}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(Number(event.target.value))}>
          {Object.entries(CONFIDENCE).map(([level, number]) => (
            <option key={level} value={number}>
              {level.toLowerCase()} ({number})
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
