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

export function AssessmentForm({
  entity,
  current,
  interactions,
}: {
  entity: { id: string; name: string };
  current: NonNullable<EntityEngagement['engagement']> | null;
  interactions: EntityEngagement['interactions'];
}) {
  const [date, setDate] = useState(realToday);
  const [stance, setStance] = useState<string>(current?.stance ?? '');
  const [power, setPower] = useState(current?.power ? String(current.power) : '');
  const [interest, setInterest] = useState(current?.interest ? String(current.interest) : '');
  const [note, setNote] = useState('');
  const [interactionId, setInteractionId] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved('');
    // The API's types require all three: say which is missing before asking.
    const missing: FieldErrors = Object.fromEntries(
      (
        [
          ['stance', stance, 'choose a stance'],
          ['power', power, 'choose a power score'],
          ['interest', interest, 'choose an interest score'],
        ] as const
      ).flatMap(([field, value, message]) => (value ? [] : [[field, message]])),
    );
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setSaving(true);
    try {
      await mutate(
        AddAssessmentDocument,
        {
          entityId: entity.id,
          input: {
            date,
            stance: stance as Stance,
            power: Number(power),
            interest: Number(interest),
            note: note.trim() || null,
            interactionId: interactionId || null,
          },
        },
        ['engagement'],
      );
      setNote('');
      setSaved(`Assessment of ${date} recorded.`);
    } catch (error) {
      setErrors(error instanceof ApiError ? fieldErrors(error) : { '': (error as Error).message });
    } finally {
      setSaving(false);
    }
  }

  const select = (
    label: string,
    field: string,
    value: string,
    onChange: (value: string) => void,
    options: { value: string; label: string }[],
  ) => (
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
  const scores = SCORES.map((score) => ({ value: String(score), label: String(score) }));

  return (
    <form className="assessment-form" onSubmit={onSubmit} data-testid="assessment-form" noValidate>
      <div className="field-row">
        <label className="field">
          <span className="field-label">As of</span>
          <input
            type="date"
            value={date}
            max={realToday()}
            onChange={(event) => setDate(event.target.value)}
            {...invalidProps(errors, FORM, 'date')}
          />
          <FieldError errors={errors} form={FORM} field="date" />
        </label>
        {select(
          'Stance',
          'stance',
          stance,
          setStance,
          STANCES.map((value) => ({ value, label: STANCE_LABELS[value] })),
        )}
      </div>
      <div className="field-row">
        {select('Power', 'power', power, setPower, scores)}
        {select('Interest', 'interest', interest, setInterest, scores)}
      </div>
      <label className="field">
        <span className="field-label">Note</span>
        <textarea
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          {...invalidProps(errors, FORM, 'note')}
        />
        <FieldError errors={errors} form={FORM} field="note" />
      </label>
      {select(
        'Based on the interaction',
        'interactionId',
        interactionId,
        setInteractionId,
        interactions.map((interaction) => ({
          value: interaction.id,
          label: `${interaction.date}: ${interaction.summary.slice(0, 60)}`,
        })),
      )}
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
