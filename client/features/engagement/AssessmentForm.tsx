/**
 * Records a dated assessment of a stakeholder: stance, power, interest, a note, and optionally the
 * logged interaction it follows. Who made it is the signed-in user (the API takes it from the
 * session). Input errors show next to their field.
 */
import { useState, type FormEvent } from 'react';
import { AddAssessmentDocument, type Stance } from '../../api/generated/operations.ts';
import { mutate } from '../../api/queries.ts';
import { ApiError } from '../../api/request.ts';
import { FieldError, FormError, invalidProps } from '../../ui/FieldError.tsx';
import { fieldErrors, type FieldErrors } from '../../ui/form-errors.ts';
import { STANCES, STANCE_LABELS } from '../../ui/format.ts';
import type { EntityEngagement } from './entity-engagement.ts';
import { SCORES } from './grid.ts';
import { realToday } from './today.ts';

const FORM = 'assessment';
const FIELDS = ['date', 'stance', 'power', 'interest', 'note', 'interactionId'];
const SCORE_CHOICES = SCORES.map((score) => ({ value: String(score), label: String(score) }));
const STANCE_CHOICES = STANCES.map((value) => ({ value, label: STANCE_LABELS[value] }));

interface AssessmentDraft {
  date: string;
  stance: string;
  power: string;
  interest: string;
  note: string;
  interactionId: string;
}

export function AssessmentForm({
  entity,
  current,
  interactions,
}: {
  entity: { id: string; name: string };
  current: NonNullable<EntityEngagement['engagement']> | null;
  interactions: EntityEngagement['interactions'];
}) {
  const [draft, setDraft] = useState<AssessmentDraft>(() => ({
    date: realToday(),
    stance: current?.stance ?? '',
    power: current?.power ? String(current.power) : '',
    interest: current?.interest ? String(current.interest) : '',
    note: '',
    interactionId: '',
  }));
  const { record, errors, saving, saved } = useRecordAssessment(entity.id);
  const set = (field: keyof AssessmentDraft) => (value: string) =>
    setDraft((previous) => ({ ...previous, [field]: value }));
  const choice = (label: string, field: keyof AssessmentDraft, options: Choice[]) => (
    <ChoiceField
      label={label}
      field={field}
      value={draft[field]}
      onChange={set(field)}
      options={options}
      errors={errors}
    />
  );

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await record(draft)) set('note')('');
  }

  return (
    <form className="assessment-form" onSubmit={onSubmit} data-testid="assessment-form" noValidate>
      <div className="field-row">
        <label className="field">
          <span className="field-label">As of</span>
          <input
            type="date"
            value={draft.date}
            max={realToday()}
            onChange={(event) => set('date')(event.target.value)}
            {...invalidProps(errors, FORM, 'date')}
          />
          <FieldError errors={errors} form={FORM} field="date" />
        </label>
        {choice('Stance', 'stance', STANCE_CHOICES)}
      </div>
      <div className="field-row">
        {choice('Power', 'power', SCORE_CHOICES)}
        {choice('Interest', 'interest', SCORE_CHOICES)}
      </div>
      <label className="field">
        <span className="field-label">Note</span>
        <textarea
          rows={2}
          value={draft.note}
          onChange={(event) => set('note')(event.target.value)}
          {...invalidProps(errors, FORM, 'note')}
        />
        <FieldError errors={errors} form={FORM} field="note" />
      </label>
      {choice('Based on the interaction', 'interactionId', interactionChoices(interactions))}
      <FormError errors={errors} shown={FIELDS} />
      <div className="action-row">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Recording…' : 'Record assessment'}
        </button>
        <span role="status" className="muted">
          {saved}
        </span>
      </div>
    </form>
  );
}

function interactionChoices(interactions: EntityEngagement['interactions']): Choice[] {
  return interactions.map((interaction) => ({
    value: interaction.id,
    label: `${interaction.date}: ${interaction.summary.slice(0, 60)}`,
  }));
}

/** Records the draft with addAssessment; true when it was recorded. */
function useRecordAssessment(entityId: string) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState('');

  async function record(draft: AssessmentDraft): Promise<boolean> {
    setSaved('');
    const missing = missingChoices(draft);
    setErrors(missing);
    if (Object.keys(missing).length > 0) return false;
    setSaving(true);
    try {
      const input = {
        date: draft.date,
        stance: draft.stance as Stance,
        power: Number(draft.power),
        interest: Number(draft.interest),
        note: draft.note.trim() || null,
        interactionId: draft.interactionId || null,
      };
      await mutate(AddAssessmentDocument, { entityId, input }, ['engagement']);
      setSaved(`Assessment of ${draft.date} recorded.`);
      return true;
    } catch (error) {
      setErrors(error instanceof ApiError ? fieldErrors(error) : { '': (error as Error).message });
      return false;
    } finally {
      setSaving(false);
    }
  }

  return { record, errors, saving, saved };
}

/** The API's types require all three: say which is missing before asking. */
function missingChoices(draft: AssessmentDraft): FieldErrors {
  return Object.fromEntries(
    (
      [
        ['stance', draft.stance, 'choose a stance'],
        ['power', draft.power, 'choose a power score'],
        ['interest', draft.interest, 'choose an interest score'],
      ] as const
    ).flatMap(([field, value, message]) => (value ? [] : [[field, message]])),
  );
}

interface Choice {
  value: string;
  label: string;
}

function ChoiceField({
  label,
  field,
  value,
  onChange,
  options,
  errors,
}: {
  label: string;
  field: string;
  value: string;
  onChange: (value: string) => void;
  options: Choice[];
  errors: FieldErrors;
}) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)} {...invalidProps(errors, FORM, field)}>
        <option value="">choose…</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError errors={errors} form={FORM} field={field} />
    </label>
  );
}
