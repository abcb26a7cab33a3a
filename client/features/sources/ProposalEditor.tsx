/**
 * Edit then accept: the editor changes a proposal's type, direction, ends (any stakeholder the text
 * names), quote, start date or confidence, and accepts it through the normal createRelationship,
 * which validates it (the quote rule, the ends' kinds) and names the field at fault.
 */
import { useState } from 'react';
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
  const endSelect = (end: 'from' | 'to', label: string) => (
    <Field form={form} field={end} label={label} errors={errors}>
      {(control) => (
        <select {...control} value={draft[end]} onChange={(event) => set(end, event.target.value)}>
          {ends.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  async function accept() {
    const done = await run(async () => {
      await acceptProposal(source, proposal, draft);
      return true;
    });
    if (done) onDone(`Accepted as edited: ${named.get(draft.from)} ${typeWords(draft.type)} ${named.get(draft.to)}`);
  }

  return (
    <div className="proposal-editor" role="group" aria-label="Edit the proposal" data-testid="proposal-editor">
      {endSelect('from', 'From')}
      <Field form={form} field="type" label="Relationship" errors={errors}>
        {(control) => (
          <select {...control} value={draft.type} onChange={(event) => set('type', event.target.value)}>
            {RELATIONSHIP_TYPE_NAMES.map((type) => (
              <option key={type} value={type}>
                {typeWords(type)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {endSelect('to', 'To')}
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
      <Field form={form} field="confidence" label="Confidence" errors={errors}>
        {(control) => (
          <select
            {...control}
            value={draft.confidence}
            onChange={(event) => set('confidence', Number(event.target.value))}
          >
            {Object.entries(CONFIDENCE).map(([level, value]) => (
              <option key={level} value={value}>
                {level.toLowerCase()} ({value})
              </option>
            ))}
          </select>
        )}
      </Field>
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
